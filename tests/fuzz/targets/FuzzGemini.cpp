// Gemini responses (core/providers/GeminiWire, GeminiGrounding): a unary body, the same bytes as an
// SSE stream of chunks, a model list; and the grounding mapping on its own.

#include "FuzzSupport.h"
#include "FuzzTargets.h"
#include "ProviderChecks.h"
#include "net/SseParser.h"
#include "providers/GeminiGrounding.h"
#include "providers/GeminiWire.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace ip::fuzz {

void fuzzGeminiResponse(const std::uint8_t *data, std::size_t size)
{
    const QByteArray input = bytesOf(data, size);
    const QString provider = QStringLiteral("Gemini");

    // Unary body.
    const auto unary = parseGeminiResponse(provider, input);
    if (unary)
        checkResponse(unary.value());
    else
        checkProviderError(unary.error());

    // Streamed: the bytes as SSE, split where the data says; every chunk's delta adds up to the text.
    const qsizetype split = splitPointOf(input);
    SseParser parser;
    QList<SseEvent> events = parser.feed(input.left(split));
    events += parser.feed(input.mid(split));
    events += parser.flush();
    GeminiAccumulator stream(provider);
    QString deltas;
    for (const SseEvent &event : events)
        deltas += stream.feedData(event.data);
    deltas += stream.feedData(parser.takeStrayText());
    IP_FUZZ_CHECK(deltas == stream.text());
    const auto streamed = stream.finish();
    if (streamed) {
        checkResponse(streamed.value());
        IP_FUZZ_CHECK(streamed.value().text == stream.text());
    } else {
        checkProviderError(streamed.error());
    }

    // Model list.
    QString pageToken;
    const auto models = parseGeminiModels(provider, input, &pageToken);
    if (models)
        checkModels(models.value());
    else
        checkProviderError(models.error());
}

// Input: <groundingMetadata JSON> NUL <part 0> RS <part 1> RS … (RS = 0x1E). A part that starts with
// 0x1F is a thought: not in the text, its offset -1. Without a NUL the text is empty.
void fuzzGeminiGrounding(const std::uint8_t *data, std::size_t size)
{
    const QByteArray input = bytesOf(data, size);
    const qsizetype nul = input.indexOf('\0');
    const QByteArray metaBytes = nul < 0 ? input : input.left(nul);
    const QJsonObject meta = QJsonDocument::fromJson(metaBytes).object();

    QString text;
    QList<qint64> partOffsets;
    if (nul >= 0) {
        qint64 bytes = 0;
        for (const QByteArray &part : input.mid(nul + 1).split('\x1e')) {
            if (part.startsWith('\x1f')) {
                partOffsets.append(-1);
                continue;
            }
            const QString partText = QString::fromUtf8(part);
            partOffsets.append(bytes);
            text += partText;
            bytes += partText.toUtf8().size();
        }
    }

    const Grounding single = mapGeminiGrounding(meta, text);
    checkGrounding(single, text);
    const Grounding parts = mapGeminiGrounding(meta, text, partOffsets);
    checkGrounding(parts, text);
    IP_FUZZ_CHECK(parts.sources.size() == single.sources.size());

    const std::uint32_t h = hashOf(input);
    const qint64 offset = qint64(h % (std::uint32_t(text.size()) * 4u + 8u)) - 4;
    const qsizetype index = utf8OffsetToIndex(text, offset);
    IP_FUZZ_CHECK(index >= -1 && index <= text.size());
    if (offset < 0)
        IP_FUZZ_CHECK(index == -1);
    if (index > 0)
        IP_FUZZ_CHECK(QStringView(text).left(index).toUtf8().size() >= offset);
}

} // namespace ip::fuzz
