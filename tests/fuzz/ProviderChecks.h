#pragma once

// Invariants shared by the provider fuzz targets.

#include "providers/ChatProvider.h"
#include "providers/ProviderError.h"

#include <QList>

namespace ip::fuzz {

// Every error: a one-line message for a person; detail one line of at most 300 characters.
void checkProviderError(const ProviderError &error);

// Grounding mapped onto `text`: spans inside the text, non-empty, pointing at existing sources.
void checkGrounding(const Grounding &grounding, const QString &text);

// A successful answer has text that is not blank, token counts >= 0, and valid grounding.
void checkResponse(const ChatResponse &response);

// Model lists: ids not empty, context windows >= 0, sorted by id.
void checkModels(const QList<ModelInfo> &models);

} // namespace ip::fuzz
