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
    if (key.isEmpty())
        return std::nullopt;
    static const QList<std::pair<QuestionCategory, QStringList>> names {
        { QuestionCategory::Concept,
          { QStringLiteral("concept"), QStringLiteral("conceptual"), QStringLiteral("fundamental") } },
        { QuestionCategory::Internals, { QStringLiteral("internals"), QStringLiteral("internal") } },
        { QuestionCategory::Design,
          { QStringLiteral("design"), QStringLiteral("systemdesign"), QStringLiteral("architecture") } },
        { QuestionCategory::Operations,
          { QStringLiteral("operations"), QStringLiteral("operation"), QStringLiteral("debugging"),
            QStringLiteral("debuggingoperations"), QStringLiteral("debuggingandoperations"),
            QStringLiteral("debuggingoperation") } },
        { QuestionCategory::TradeOff, { QStringLiteral("tradeoff") } },
        { QuestionCategory::Project,
          { QStringLiteral("project"), QStringLiteral("projectdeepdive"), QStringLiteral("deepdive") } },
    };
    // A plural names the same category ("concepts", "trade-offs", "projects").
    const QString singular = key.endsWith(QLatin1Char('s')) ? key.chopped(1) : key;
    for (const auto &[category, spellings] : names)
        if (spellings.contains(key) || spellings.contains(singular))
            return category;
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
