#include "pipeline/TokenBudget.h"

#include <algorithm>

namespace ip {

qint64 TokenLimits::plannable() const
{
    const qint64 limit = effective();
    if (limit <= 0)
        return 0;
    return std::max<qint64>(1, limit - budget::kProviderReserve);
}

int budget::questionsOutput(int skills, int perSkill)
{
    const qint64 v = 2048 + qint64(std::max(1, skills)) * std::max(1, perSkill) * 80;
    return int(std::min<qint64>(v, 16'384));
}

qsizetype charsForTokens(qint64 freeTokens)
{
    if (freeTokens <= 8)
        return 0;
    // estimateTokens() is ceil(chars / 4); keep 8 tokens of margin for framing.
    return qsizetype((freeTokens - 8) * 4);
}

QString trimToChars(const QString &text, qsizetype maxChars)
{
    if (text.size() <= maxChars)
        return text;
    static const QString marker = QStringLiteral(" […]");
    if (maxChars <= marker.size())
        return {};
    const qsizetype room = maxChars - marker.size();
    const QStringView head = QStringView(text).left(room);
    // Prefer a paragraph end, then a line end, then a sentence end, if one is in the last third.
    const qsizetype minCut = room * 2 / 3;
    qsizetype cut = head.lastIndexOf(QLatin1String("\n\n"));
    if (cut < minCut)
        cut = head.lastIndexOf(QLatin1Char('\n'));
    if (cut < minCut) {
        cut = head.lastIndexOf(QLatin1String(". "));
        if (cut >= 0)
            ++cut;
    }
    if (cut < minCut)
        cut = room;
    return head.left(cut).trimmed().toString() + marker;
}

} // namespace ip
