#pragma once

#include "pipeline/GenerationJob.h"

#include <QList>

#include <functional>
#include <optional>
#include <utility>

namespace ip {

// Splitting question-generation work so that no request exceeds the token limit: halve a job
// recursively down to one skill, then trim that skill's context; a skill that does not fit even
// without context cannot be sent at all.
struct GenerationPlan
{
    QList<GenerationJob> jobs; // each fits, in the original skill order
    QList<GenerationItem> tooLarge; // cannot fit, even alone and context-free
};

// Estimated prompt tokens + declared max output of the request a job would send.
using JobCost = std::function<qint64(const GenerationJob &)>;

GenerationPlan planGeneration(const GenerationJob &job, const JobCost &cost, qint64 limit);

// A questions request of several skills that would wait at least window / this for the token window
// sends the skills that fit now instead (GenerationStage; the run estimate plays the same rule): a split
// repeats the instructions and spends reasoning again, so it is only worth it against a long wait.
inline constexpr qint64 kSplitForWaitDivisor = 6;

// Halves a job (the first half gets the odd item). Precondition: at least two items.
std::pair<GenerationJob, GenerationJob> splitJob(const GenerationJob &job);

// A one-skill grounded job with half its context (for a ContextTooLong / RequestTooLarge answer);
// the context is dropped (job becomes context-free) once it gets short; nullopt when it already is.
std::optional<GenerationJob> shrinkContext(const GenerationJob &job);

} // namespace ip
