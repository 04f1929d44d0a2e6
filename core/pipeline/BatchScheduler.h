#pragma once

#include <QList>

namespace ip {

// What the scheduler needs to know of one batch: plain data, no stage, no provider.
struct BatchView
{
    // Pending → Discovering → ReadyToGenerate → Generating → Done. A batch may start generating while
    // it is still Discovering (skills whose sections are complete are ready early).
    enum class Phase { Pending, Discovering, ReadyToGenerate, Generating, Done };
    Phase phase = Phase::Pending;
    bool hasReady = false; // discovered skills not yet handed to generation
    bool generating = false; // has a generation stage (one request at a time per batch)
};

// The limits of Settings that shape scheduling (each at least 1).
struct BatchLimits
{
    int discovery = 1; // discovery calls in flight (Settings::discoveryConcurrency)
    int generation = 1; // batches generating at once (Settings::maxConcurrentBatches)
};

// The next thing to do for the batches, in batch order: discovery first (at most `discovery`
// batches discovering), then generation (at most `generation` batches with a generation stage).
struct BatchStep
{
    enum class Action {
        None, // nothing to start now (wait for an answer), or everything is done
        StartDiscovery, // ask the discovery provider for the batch's skills
        SkipDiscovery, // no discovery (grounding off, no provider, provider stopped): ready as context-free
        FeedGeneration, // hand the batch's ready skills to its generation stage (closing its input once ready)
        StartGeneration, // start the batch's generation stage with its ready skills
        DropReady, // the questions provider stopped: the batch's ready skills fail
    };
    Action action = Action::None;
    int batch = -1; // index into the batches

    friend bool operator==(const BatchStep &, const BatchStep &) = default;
};

// Whether new calls may go to a provider (false: not configured / switched off / stopped).
struct BatchGates
{
    bool discovery = true; // discovery may be asked (grounding on, provider present, not stopped)
    bool generation = true; // the questions provider has not stopped
};

// Pure: answers what to do next. The caller performs the step, updates its batches and asks again
// until the answer is None; every step changes the batch it names so that it is not named again
// for the same reason.
[[nodiscard]] BatchStep nextBatchStep(const QList<BatchView> &batches, const BatchLimits &limits,
                                      const BatchGates &gates);
// No batch is waiting for or in discovery (the run moves from finding sources to writing questions).
[[nodiscard]] bool discoveryEnded(const QList<BatchView> &batches);
// Every batch is Done (an empty list is done).
[[nodiscard]] bool allBatchesDone(const QList<BatchView> &batches);

} // namespace ip
