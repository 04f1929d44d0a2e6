#include "session/Question.h"

namespace ip {

QString toString(QuestionCategory category)
{
    switch (category) {
    case QuestionCategory::None: return {};
    case QuestionCategory::Concept: return QStringLiteral("concept");
    case QuestionCategory::Internals: return QStringLiteral("internals");
    case QuestionCategory::Design: return QStringLiteral("design");
    case QuestionCategory::Operations: return QStringLiteral("operations");
    case QuestionCategory::TradeOff: return QStringLiteral("trade-off");
    case QuestionCategory::Project: return QStringLiteral("project");
    }
    return {};
}

QList<QuestionCategory> questionCategories()
{
    return { QuestionCategory::Concept,    QuestionCategory::Internals, QuestionCategory::Design,
             QuestionCategory::Operations, QuestionCategory::TradeOff,  QuestionCategory::Project };
}

std::optional<QuestionCategory> questionCategoryFromString(const QString &text)
{
    // Letters only, folded: "Trade-offs" → "tradeoffs", "debugging/operations" → "debuggingoperations".
    QString key;
    for (const QChar c : text.toCaseFolded())
        if (c.isLetter())
            key.append(c);
    if (key.endsWith(QLatin1Char('s')) && key != QLatin1StringView("internals")
        && key != QLatin1StringView("operations"))
        key.chop(1);
    if (key.isEmpty())
        return std::nullopt;
    if (key == QLatin1StringView("concept") || key == QLatin1StringView("conceptual")
        || key == QLatin1StringView("fundamental"))
        return QuestionCategory::Concept;
    if (key == QLatin1StringView("internals") || key == QLatin1StringView("internal"))
        return QuestionCategory::Internals;
    if (key == QLatin1StringView("design") || key == QLatin1StringView("systemdesign")
        || key == QLatin1StringView("architecture"))
        return QuestionCategory::Design;
    if (key == QLatin1StringView("operations") || key == QLatin1StringView("debugging")
        || key == QLatin1StringView("debuggingoperations") || key == QLatin1StringView("debuggingandoperations")
        || key == QLatin1StringView("operation"))
        return QuestionCategory::Operations;
    if (key == QLatin1StringView("tradeoff"))
        return QuestionCategory::TradeOff;
    if (key == QLatin1StringView("project") || key == QLatin1StringView("projectdeepdive")
        || key == QLatin1StringView("deepdive"))
        return QuestionCategory::Project;
    return std::nullopt;
}

QStringList questionTexts(const QList<Question> &questions)
{
    QStringList out;
    out.reserve(questions.size());
    for (const Question &q : questions)
        out.append(q.text);
    return out;
}

QList<Question> questionsFromTexts(const QStringList &texts)
{
    QList<Question> out;
    out.reserve(texts.size());
    for (const QString &t : texts)
        out.append(Question(t));
    return out;
}

} // namespace ip
