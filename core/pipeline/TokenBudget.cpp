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

int budget::reasoningAllowance(const QString &effort)
{
    if (effort == QLatin1String("low"))
        return 512;
    if (effort == QLatin1String("high"))
        return 4096;
    return 1536;
}

int budget::skillsOutput(int count, const QString &effort)
{
    // A skill name with its quotes and comma is rarely more than 12 tokens.
    return reasoningAllowance(effort) + 64 + std::max(1, count) * 12;
}

int budget::plainQuestionsOutput(int skills, int perSkill, const QString &effort)
{
    // A question of one or two sentences is 25–40 tokens; 48 with its quotes and some slack, and
    // each entry adds its name and brackets.
    const qint64 v = reasoningAllowance(effort) + 64 + qint64(std::max(1, skills)) * (16 + std::max(1, perSkill) * 48);
    return int(std::min<qint64>(v, 16'384));
}

int budget::questionsOutput(int skills, int perSkill, const QString &effort, bool keyPoints)
{
    // A question of one or two sentences is 25–40 tokens; with its difficulty, category, three short
    // key points and (sometimes) a quoted resume line about 90. Each skill's entry adds its name,
    // brackets and up to three quoted claims.
    const qint64 v = reasoningAllowance(effort) + 64
        + qint64(std::max(1, skills)) * (64 + std::max(1, perSkill) * (keyPoints ? 90 : 60));
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
