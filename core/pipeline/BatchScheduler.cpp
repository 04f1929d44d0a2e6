#include "pipeline/BatchScheduler.h"

#include <algorithm>

namespace ip {

namespace {

using Phase = BatchView::Phase;
using Action = BatchStep::Action;

int count(const QList<BatchView> &batches, bool (*pred)(const BatchView &))
{
    return int(std::count_if(batches.cbegin(), batches.cend(), pred));
}

} // namespace

BatchStep nextBatchStep(const QList<BatchView> &batches, const BatchLimits &limits, const BatchGates &gates)
{
    const int discovering = count(batches, [](const BatchView &b) { return b.phase == Phase::Discovering; });
    for (qsizetype i = 0; i < batches.size(); ++i) {
        if (batches.at(i).phase != Phase::Pending)
            continue;
        if (!gates.discovery)
            return { Action::SkipDiscovery, int(i) };
        if (discovering >= std::max(1, limits.discovery))
            break;
        return { Action::StartDiscovery, int(i) };
    }

    const int generating = count(batches, [](const BatchView &b) { return b.generating; });
    for (qsizetype i = 0; i < batches.size(); ++i) {
        const BatchView &b = batches.at(i);
        if (b.generating) {
            if (b.hasReady || b.phase == Phase::ReadyToGenerate)
                return { Action::FeedGeneration, int(i) };
            continue;
        }
        const bool early = b.phase == Phase::Discovering && b.hasReady;
        if (b.phase != Phase::ReadyToGenerate && !early)
            continue;
        if (!gates.generation)
            return { Action::DropReady, int(i) };
        if (generating >= std::max(1, limits.generation))
            break;
        return { Action::StartGeneration, int(i) };
    }
    return {};
}

bool discoveryEnded(const QList<BatchView> &batches)
{
    return std::none_of(batches.cbegin(), batches.cend(),
                        [](const BatchView &b) { return b.phase == Phase::Pending || b.phase == Phase::Discovering; });
}

bool allBatchesDone(const QList<BatchView> &batches)
{
    return std::all_of(batches.cbegin(), batches.cend(), [](const BatchView &b) { return b.phase == Phase::Done; });
}

} // namespace ip
