#pragma once

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

namespace ip {

// One interview question with what the model said about it, validated (QuestionDetails.h in the
// pipeline checks each field before a Question is made from an answer). Plain value type: the
// pipeline fills it, the window shows it, the reports print it, the session file and cache store it.

// What a question asks about (issue 15). None: not said (an older run, a model that left it out).
enum class QuestionCategory { None, Concept, Internals, Design, Operations, TradeOff, Project };

// "concept", "internals", "design", "operations", "trade-off", "project" (empty for None).
[[nodiscard]] QString toString(QuestionCategory category);
// The inverse, lenient about spelling ("Trade-offs", "debugging/operations", "project deep-dive");
// nullopt for anything else (and for an empty text).
[[nodiscard]] std::optional<QuestionCategory> questionCategoryFromString(const QString &text);
// Every category but None, in the order the window offers them.
[[nodiscard]] QList<QuestionCategory> questionCategories();

// One point a strong answer covers, with the skill's source it was drawn from.
struct KeyPoint
{
    QString text;
    int source = -1; // index into the skill's sources; -1 = none named

    friend bool operator==(const KeyPoint &, const KeyPoint &) = default;
};

constexpr int kMinDifficulty = 1; // foundations
constexpr int kMaxDifficulty = 3; // edge cases and trade-offs

struct Question
{
    Question() = default;
    // A question with nothing said about it but its text (implicit: a list of texts reads as one).
    Question(QString questionText) // NOLINT(google-explicit-constructor)
        : text(std::move(questionText))
    { }

    QString text;
    int difficulty = 0; // kMinDifficulty..kMaxDifficulty; 0 = not said
    QuestionCategory category = QuestionCategory::None;
    // A line of the resume the question probes, as it stands in the resume's text (found there:
    // a quote that is not in the resume is never kept). Empty = none.
    QString evidence;
    QList<KeyPoint> keyPoints;

    [[nodiscard]] bool hasDetails() const
    {
        return difficulty != 0 || category != QuestionCategory::None || !evidence.isEmpty() || !keyPoints.isEmpty();
    }
    friend bool operator==(const Question &, const Question &) = default;
};

// What question generation gives one skill: its questions and the resume's claims to defend.
struct SkillQuestions
{
    QList<Question> questions;
    QStringList claims;

    friend bool operator==(const SkillQuestions &, const SkillQuestions &) = default;
};

[[nodiscard]] QStringList questionTexts(const QList<Question> &questions);
[[nodiscard]] QList<Question> questionsFromTexts(const QStringList &texts);

} // namespace ip

Q_DECLARE_METATYPE(ip::Question)
