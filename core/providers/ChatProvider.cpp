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

} // namespace ip
