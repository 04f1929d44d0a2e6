#pragma once

#include "session/Question.h"

#include <QCoreApplication>
#include <QString>

namespace ip {

// How a question's difficulty and category are named in the window (issue 15): the badges, their
// tooltips and the filters.
class QuestionLabels
{
    Q_DECLARE_TR_FUNCTIONS(QuestionLabels)
public:
    // "Foundations", "Internals", "Edge cases"; empty for 0 (not said).
    [[nodiscard]] static QString difficultyName(int difficulty);
    // What the level means, in a sentence ("Level 2 of 3: internals, how it works underneath").
    [[nodiscard]] static QString difficultyDescription(int difficulty);
    // "Concept", "Internals", "Design", "Debugging & operations", "Trade-off", "Project deep-dive";
    // empty for None.
    [[nodiscard]] static QString categoryName(QuestionCategory category);
};

// The window's question filters: a difficulty and a category, each optional. A question with no
// value for a filtered field does not match.
struct QuestionFilter
{
    int difficulty = 0; // 0 = any
    QuestionCategory category = QuestionCategory::None; // None = any

    [[nodiscard]] bool isActive() const { return difficulty != 0 || category != QuestionCategory::None; }
    [[nodiscard]] bool matches(const Question &q) const
    {
        return (difficulty == 0 || q.difficulty == difficulty)
            && (category == QuestionCategory::None || q.category == category);
    }
    friend bool operator==(const QuestionFilter &, const QuestionFilter &) = default;
};

} // namespace ip
