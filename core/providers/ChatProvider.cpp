#include "providers/ChatProvider.h"

#include <QSet>

namespace ip {

qint64 ChatProvider::estimateTokens(const QList<ChatMessage> &messages) const
{
    // ~4 characters per token for English prose and code, plus a few tokens of framing
    // per message. Deliberately a slight over-estimate: budgets must not be exceeded.
    qint64 tokens = 3;
    for (const auto &m : messages)
        tokens += 4 + (m.content.size() + 3) / 4;
    return tokens;
}

QList<GroundingSource> Grounding::sourcesFor(qsizetype start, qsizetype end) const
{
    QList<GroundingSource> out;
    QSet<QString> seen;
    for (const auto &span : spans) {
        if (span.end <= start || span.start >= end)
            continue;
        for (int idx : span.sourceIndices) {
            if (idx < 0 || idx >= sources.size())
                continue;
            const auto &src = sources.at(idx);
            const QString key = src.url.toString();
            if (seen.contains(key))
                continue;
            seen.insert(key);
            out.append(src);
        }
    }
    return out;
}

QString toString(ProviderErrorKind kind)
{
    switch (kind) {
    case ProviderErrorKind::Unauthorized: return QStringLiteral("Unauthorized");
    case ProviderErrorKind::RateLimited: return QStringLiteral("RateLimited");
    case ProviderErrorKind::QuotaExhausted: return QStringLiteral("QuotaExhausted");
    case ProviderErrorKind::RequestTooLarge: return QStringLiteral("RequestTooLarge");
    case ProviderErrorKind::ContextTooLong: return QStringLiteral("ContextTooLong");
    case ProviderErrorKind::JsonGenerationFailed: return QStringLiteral("JsonGenerationFailed");
    case ProviderErrorKind::Overloaded: return QStringLiteral("Overloaded");
    case ProviderErrorKind::InvalidRequest: return QStringLiteral("InvalidRequest");
    case ProviderErrorKind::ContentBlocked: return QStringLiteral("ContentBlocked");
    case ProviderErrorKind::Network: return QStringLiteral("Network");
    case ProviderErrorKind::Timeout: return QStringLiteral("Timeout");
    case ProviderErrorKind::Cancelled: return QStringLiteral("Cancelled");
    case ProviderErrorKind::MalformedResponse: return QStringLiteral("MalformedResponse");
    }
    return {};
}

} // namespace ip
