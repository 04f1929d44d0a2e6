#pragma once

// The detectors behind findPersonalData (privacy/Redaction.h), one per kind, each a pure function
// of the resume's lines; exposed for the tests that check each alone.

#include "privacy/Redaction.h"

#include <QStringList>

namespace ip::personal {

struct Found
{
    PersonalKind kind = PersonalKind::Name;
    QString text;
};

// The lines at the top that hold the name and contact details: up to the first section heading or
// sentence, at most 10 non-empty lines.
[[nodiscard]] int contactBlockEnd(const QStringList &lines);
// The candidate's name: the first line of the contact block that reads like a name (2–5 words,
// capitalised or Arabic, particles such as "van", "de", "al", "bin" allowed; no digits; not a job
// title or a heading). Empty when none does.
[[nodiscard]] QString findName(const QStringList &lines, int contactEnd);
// Everything else, in order of appearance.
[[nodiscard]] QList<Found> findContactData(const QStringList &lines, int contactEnd);

} // namespace ip::personal
