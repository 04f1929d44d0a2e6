#include "pipeline/GenerationPlanner.h"

#include "pipeline/TokenBudget.h"

namespace ip {

namespace {

// Below this a context is no longer worth sending as research notes.
constexpr qsizetype kMinUsefulContext = 200;

GenerationJob withoutContext(const GenerationJob &job)
{
    GenerationJob j = job;
    j.grounded = false;
    for (auto &i : j.items) {
        i.context.clear();
        i.contextTrimmed = true;
    }
    return j;
}

} // namespace

std::pair<GenerationJob, GenerationJob> splitJob(const GenerationJob &job)
{
    GenerationJob a = job;
    GenerationJob b = job;
    const qsizetype half = (job.items.size() + 1) / 2;
    a.items = job.items.mid(0, half);
    b.items = job.items.mid(half);
    return { a, b };
}

std::optional<GenerationJob> shrinkContext(const GenerationJob &job)
{
    if (job.items.size() != 1 || !job.grounded)
        return std::nullopt;
    const QString &ctx = job.items.front().context;
    // Half of what the prompt carries (at most budget::kNotesCharsPerSkill of the notes).
    const qsizetype target = std::min(ctx.size(), budget::kNotesCharsPerSkill) / 2;
    if (target < kMinUsefulContext)
        return withoutContext(job);
    GenerationJob j = job;
    j.items.front().context = trimToChars(ctx, target);
    j.items.front().contextTrimmed = true;
    return j;
}

GenerationPlan planGeneration(const GenerationJob &job, const JobCost &cost, qint64 limit)
{
    GenerationPlan plan;
    if (job.items.isEmpty())
        return plan;
    if (limit <= 0 || cost(job) <= limit) {
        plan.jobs.append(job);
        return plan;
    }
    if (job.items.size() > 1) {
        const auto [a, b] = splitJob(job);
        for (const auto &part : { a, b }) {
            const GenerationPlan p = planGeneration(part, cost, limit);
            plan.jobs += p.jobs;
            plan.tooLarge += p.tooLarge;
        }
        return plan;
    }
    // One skill that does not fit: trim its context to what the budget leaves.
    if (job.grounded && !job.items.front().context.isEmpty()) {
        GenerationJob empty = job;
        empty.items.front().context.clear();
        const qint64 base = cost(empty);
        if (base <= limit) {
            qsizetype chars = charsForTokens(limit - base);
            GenerationJob trimmed = job;
            while (chars >= kMinUsefulContext) {
                trimmed.items.front().context = trimToChars(job.items.front().context, chars);
                trimmed.items.front().contextTrimmed = true;
                if (cost(trimmed) <= limit) {
                    plan.jobs.append(trimmed);
                    return plan;
                }
                chars = chars * 3 / 4;
            }
        }
        const GenerationJob bare = withoutContext(job);
        if (cost(bare) <= limit) {
            plan.jobs.append(bare);
            return plan;
        }
    }
    plan.tooLarge += job.items;
    return plan;
}

} // namespace ip
