#pragma once

// How a web source is named where it is shown (reports, the window): "page title — site".

#include "session/RunState.h"

#include <QString>
#include <QUrl>

namespace ip {

// An address in the shape of Gemini's grounding redirect (".../grounding-api-redirect/<token>", any
// host): its host names no site. Which addresses are resolved is SourceResolver's rule.
[[nodiscard]] bool looksLikeGroundingRedirect(const QUrl &url);

// The site of an address: its host without "www." ("uefa.com" for https://www.uefa.com/x).
[[nodiscard]] QString sourceSite(const QUrl &url);

// "title — site" (site of the source's address). Just the site when the title is empty or is only a
// domain of that site (Gemini's titles are usually "uefa.com"); just the title when the address is
// still a grounding redirect (its host says nothing) or has no host. Empty only when both are.
[[nodiscard]] QString sourceLabel(const Source &source);

} // namespace ip
