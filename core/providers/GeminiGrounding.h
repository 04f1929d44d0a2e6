#pragma once

#include "providers/ChatProvider.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace ip {

// Converts a UTF-8 byte offset into `text` to a QString (UTF-16) index. An offset inside a
// multi-byte character rounds up to the next character boundary. Returns -1 when the offset is
// negative or beyond the end of the text.
qsizetype utf8OffsetToIndex(const QString &text, qint64 byteOffset);

// Maps Gemini's groundingMetadata onto `text` (the concatenated answer text):
//  - groundingChunks[].web {uri, title} → Grounding::sources (chunks without `web` are skipped
//    and the indices of the supports re-mapped accordingly);
//  - groundingSupports[].segment {partIndex?, startIndex?, endIndex, text} → Grounding::spans.
//    Offsets are UTF-8 BYTE offsets into the part's text, and zero values are omitted from the
//    JSON (absent startIndex / partIndex = 0). `partByteOffsets[i]` is where part i starts in
//    the UTF-8 of `text` (empty = a single part at 0; -1 = a part not in `text`, e.g. a thought).
//    Malformed segments (beyond the text, end < start, unknown part) are dropped. When the byte
//    slice does not match segment.text but that text occurs in `text`, the occurrence is used.
//  - webSearchQueries → Grounding::webSearchQueries.
// Pure: safe on any input.
Grounding mapGeminiGrounding(const QJsonObject &groundingMetadata, const QString &text,
                             const QList<qint64> &partByteOffsets = {});

} // namespace ip
