#include "QuestionLabels.h"

namespace ip {

QString QuestionLabels::difficultyName(int difficulty)
{
    switch (difficulty) {
    case 1: return tr("Foundations");
    case 2: return tr("How it works");
    case 3: return tr("Edge cases");
    default: return {};
    }
}

QString QuestionLabels::difficultyDescription(int difficulty)
{
    switch (difficulty) {
    case 1: return tr("Level 1 of 3: foundations, what it is and when to use it");
    case 2: return tr("Level 2 of 3: internals, how it works underneath");
    case 3: return tr("Level 3 of 3: edge cases, failure modes and trade-offs");
    default: return {};
    }
}

QString QuestionLabels::categoryName(QuestionCategory category)
{
    switch (category) {
    case QuestionCategory::None: return {};
    case QuestionCategory::Concept: return tr("Concept");
    case QuestionCategory::Internals: return tr("Internals");
    case QuestionCategory::Design: return tr("Design");
    case QuestionCategory::Operations: return tr("Debugging & operations");
    case QuestionCategory::TradeOff: return tr("Trade-off");
    case QuestionCategory::Project: return tr("Project deep-dive");
    }
    return {};
}

} // namespace ip
