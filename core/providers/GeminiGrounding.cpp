#include "providers/GeminiGrounding.h"

#include "session/SourceLabel.h"

#include <QJsonArray>
#include <QJsonValue>

#include <algorithm>
#include <cmath>
#include <cstdlib>

namespace ip {

namespace {

int utf8Length(QChar c)
{
    const char16_t u = c.unicode();
    if (u < 0x80)
        return 1;
    if (u < 0x800)
        return 2;
    return 3; // BMP character, or a lone surrogate (encoded as U+FFFD)
}

// Cumulative UTF-8 byte offset of each UTF-16 index (size text.size() + 1).
QList<qint64> byteOffsetsOf(const QString &text)
{
    QList<qint64> offsets;
    offsets.reserve(text.size() + 1);
    qint64 bytes = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        offsets.append(bytes);
        if (text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            offsets.append(bytes); // the low surrogate shares its pair's position
            bytes += 4;
            ++i;
        } else {
            bytes += utf8Length(text.at(i));
        }
    }
    offsets.append(bytes);
    return offsets;
}

// First index whose byte offset is >= byteOffset (rounds up inside a character), -1 past the end.
qsizetype indexForByte(const QList<qint64> &offsets, qint64 byteOffset)
{
    if (byteOffset < 0 || offsets.isEmpty() || byteOffset > offsets.constLast())
        return -1;
    const auto it = std::lower_bound(offsets.cbegin(), offsets.cend(), byteOffset);
    return it - offsets.cbegin();
}

// Gemini sends int64 values as JSON numbers (or, in proto3 JSON, sometimes as strings). Numbers
// beyond the int64 range saturate (converting them would be undefined behaviour).
qint64 intField(const QJsonObject &o, QLatin1StringView key, qint64 fallback)
{
    const QJsonValue v = o.value(key);
    if (v.isDouble()) {
        const double d = v.toDouble();
        return std::isnan(d) ? fallback : static_cast<qint64>(std::clamp(d, -9.0e18, 9.0e18));
    }
    if (v.isString()) {
        bool ok = false;
        const qint64 n = v.toString().toLongLong(&ok);
        return ok ? n : fallback;
    }
    return fallback;
}

qsizetype nearestOccurrence(const QString &text, const QString &needle, qsizetype near)
{
    qsizetype best = -1;
    for (qsizetype pos = text.indexOf(needle); pos >= 0; pos = text.indexOf(needle, pos + 1)) {
        if (best < 0 || std::llabs(pos - near) < std::llabs(best - near))
            best = pos;
    }
    return best;
}

} // namespace

qsizetype utf8OffsetToIndex(const QString &text, qint64 byteOffset)
{
    return indexForByte(byteOffsetsOf(text), byteOffset);
}

Grounding mapGeminiGrounding(const QJsonObject &groundingMetadata, const QString &text,
                             const QList<qint64> &partByteOffsets)
{
    Grounding g;

    for (const QJsonValue q : groundingMetadata.value(QLatin1StringView("webSearchQueries")).toArray()) {
        const QString query = q.toString().trimmed();
        if (!query.isEmpty())
            g.webSearchQueries.append(query);
    }

    // Chunk index → source index (only web chunks become sources).
    QList<int> sourceOfChunk;
    for (const QJsonValue c : groundingMetadata.value(QLatin1StringView("groundingChunks")).toArray()) {
        const QJsonObject web = c.toObject().value(QLatin1StringView("web")).toObject();
        const QUrl url(web.value(QLatin1StringView("uri")).toString(), QUrl::StrictMode);
        if (web.isEmpty() || !url.isValid() || url.scheme().isEmpty()) {
            sourceOfChunk.append(-1);
            continue;
        }
        QString title = web.value(QLatin1StringView("title")).toString().trimmed();
        // The host names the site, unless the address is a grounding redirect (whose host says nothing).
        if (title.isEmpty() && !looksLikeGroundingRedirect(url))
            title = url.host();
        sourceOfChunk.append(int(g.sources.size()));
        g.sources.append(GroundingSource { title, url });
    }

    const QList<qint64> offsets = byteOffsetsOf(text);
    for (const QJsonValue s : groundingMetadata.value(QLatin1StringView("groundingSupports")).toArray()) {
        const QJsonObject support = s.toObject();
        const QJsonObject segment = support.value(QLatin1StringView("segment")).toObject();
        if (segment.isEmpty())
            continue;

        const qint64 partIndex = intField(segment, QLatin1StringView("partIndex"), 0);
        qint64 partBase = 0;
        if (!partByteOffsets.isEmpty()) {
            if (partIndex < 0 || partIndex >= partByteOffsets.size() || partByteOffsets.at(partIndex) < 0)
                continue;
            partBase = partByteOffsets.at(partIndex);
        } else if (partIndex != 0) {
            continue;
        }
        const qint64 startByte = intField(segment, QLatin1StringView("startIndex"), 0);
        const qint64 endByte = intField(segment, QLatin1StringView("endIndex"), -1);
        // Bounded before adding partBase, so that bogus offsets cannot overflow.
        if (startByte < 0 || endByte <= startByte || partBase > offsets.constLast()
            || endByte > offsets.constLast() - partBase)
            continue;
        qsizetype start = indexForByte(offsets, partBase + startByte);
        qsizetype end = indexForByte(offsets, partBase + endByte);
        if (start < 0 || end < 0 || end <= start)
            continue;

        const QString segmentText = segment.value(QLatin1StringView("text")).toString();
        if (!segmentText.isEmpty() && QStringView(text).mid(start, end - start) != segmentText) {
            const qsizetype found = nearestOccurrence(text, segmentText, start);
            if (found >= 0) {
                start = found;
                end = found + segmentText.size();
            }
        }

        GroundingSpan span;
        span.start = start;
        span.end = end;
        for (const QJsonValue idx : support.value(QLatin1StringView("groundingChunkIndices")).toArray()) {
            const int chunk = idx.toInt(-1);
            if (chunk < 0 || chunk >= sourceOfChunk.size() || sourceOfChunk.at(chunk) < 0)
                continue;
            if (!span.sourceIndices.contains(sourceOfChunk.at(chunk)))
                span.sourceIndices.append(sourceOfChunk.at(chunk));
        }
        if (!span.sourceIndices.isEmpty())
            g.spans.append(span);
    }
    return g;
}

} // namespace ip
