// OpenAI-compatible responses (core/providers/OpenAiWire): a unary body and a model list; and a
// streamed body (SSE in two pieces split where the data says, stray text as llama.cpp sends it).

#include "FuzzSupport.h"
#include "FuzzTargets.h"
#include "ProviderChecks.h"
#include "net/SseParser.h"
#include "providers/OpenAiWire.h"

namespace ip::fuzz {

void fuzzOpenAiResponse(const std::uint8_t *data, std::size_t size)
{
    const QByteArray input = bytesOf(data, size);
    const QString provider = QStringLiteral("Groq");

    const auto response = parseOpenAiChatResponse(provider, input);
    if (response) {
        checkResponse(response.value());
        IP_FUZZ_CHECK(response.value().usage.requests == 1);
    } else {
        checkProviderError(response.error());
    }

    const auto models = parseOpenAiModels(provider, input);
    if (models)
        checkModels(models.value());
    else
        checkProviderError(models.error());
}

void fuzzOpenAiStream(const std::uint8_t *data, std::size_t size)
{
    const QByteArray input = bytesOf(data, size);
    const qsizetype split = splitPointOf(input);

    SseParser parser;
    OpenAiStreamAccumulator stream(QStringLiteral("llama.cpp"));
    QString deltas;
    const auto feedAll = [&](const QList<SseEvent> &events) {
        for (const SseEvent &event : events) {
            const bool wasDone = stream.isDone();
            const QString delta = stream.feed(event);
            if (wasDone)
                IP_FUZZ_CHECK(delta.isEmpty()); // nothing after [DONE]
            deltas += delta;
        }
        stream.feedStrayText(parser.takeStrayText());
    };
    feedAll(parser.feed(input.left(split)));
    feedAll(parser.feed(input.mid(split)));
    feedAll(parser.flush());

    IP_FUZZ_CHECK(deltas == stream.text());
    if (stream.error())
        checkProviderError(*stream.error());
    const auto result = stream.finish();
    if (result) {
        checkResponse(result.value());
        IP_FUZZ_CHECK(result.value().text == stream.text());
        IP_FUZZ_CHECK(!stream.error());
    } else {
        checkProviderError(result.error());
    }
}

} // namespace ip::fuzz
