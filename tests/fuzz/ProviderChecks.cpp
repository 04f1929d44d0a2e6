#include "ProviderChecks.h"

#include "FuzzSupport.h"

namespace ip::fuzz {

namespace {

bool isOneLine(const QString &s)
{
    return !s.contains(QLatin1Char('\n')) && !s.contains(QLatin1Char('\r'));
}

} // namespace

void checkProviderError(const ProviderError &error)
{
    IP_FUZZ_CHECK(!error.message.isEmpty());
    IP_FUZZ_CHECK(isOneLine(error.message));
    IP_FUZZ_CHECK(isOneLine(error.detail));
    IP_FUZZ_CHECK(error.detail.size() <= 300);
    IP_FUZZ_CHECK(error.retryAfterMs >= -1);
    (void)error.isRetryable();
    (void)error.stopsProvider();
    (void)toString(error.kind);
}

void checkGrounding(const Grounding &grounding, const QString &text)
{
    for (const GroundingSpan &span : grounding.spans) {
        IP_FUZZ_CHECK(span.start >= 0);
        IP_FUZZ_CHECK(span.start < span.end);
        IP_FUZZ_CHECK(span.end <= text.size());
        IP_FUZZ_CHECK(!span.sourceIndices.isEmpty());
        for (const int index : span.sourceIndices)
            IP_FUZZ_CHECK(index >= 0 && index < grounding.sources.size());
    }
    for (const GroundingSource &source : grounding.sources)
        IP_FUZZ_CHECK(source.url.isValid());
    for (const QString &query : grounding.webSearchQueries)
        IP_FUZZ_CHECK(!query.isEmpty());
    const QList<GroundingSource> all = grounding.sourcesFor(0, text.size());
    IP_FUZZ_CHECK(all.size() <= grounding.sources.size());
}

void checkResponse(const ChatResponse &response)
{
    IP_FUZZ_CHECK(!response.text.trimmed().isEmpty());
    IP_FUZZ_CHECK(response.usage.promptTokens >= 0 && response.usage.completionTokens >= 0);
    checkGrounding(response.grounding, response.text);
}

void checkModels(const QList<ModelInfo> &models)
{
    for (qsizetype i = 0; i < models.size(); ++i) {
        IP_FUZZ_CHECK(!models.at(i).id.isEmpty());
        IP_FUZZ_CHECK(models.at(i).contextWindow >= 0);
        if (i > 0)
            IP_FUZZ_CHECK(!(models.at(i).id < models.at(i - 1).id));
    }
}

} // namespace ip::fuzz
