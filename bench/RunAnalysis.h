#pragma once

// From the calls one run made (the fake providers' records) to the bounds its measured times are
// compared with: the lower bound of its schedule under the rate limits, the physical bound of its
// first question, and the original design's schedule on the same calls.

#include "CallRecord.h"
#include "LatencyModel.h"
#include "ScheduleBounds.h"

#include <QList>
#include <QString>

namespace ip::bench {

struct RunBounds
{
    QList<CallRecord> calls; // accepted calls of the run, by arrival
    QList<PlannedCall> planned; // parallel to calls
    Schedule schedule; // the lower-bound schedule (times from the first call's start)
    double makespanMs = 0; // lower bound of the whole run (first call start → last call end)
    // Lower bound of the first question: extraction + one discovery + first-token latency + one
    // question's tokens, with this run's durations.
    double firstQuestionMs = 0;
};

// Dependencies are the data a call needs: discovery needs the extracted skills; a question call
// needs its skills' sections (complete on the wire: the discovery's end unless it streamed); a
// repeated call for the same skills needs the earlier one. Durations are what the servers took
// (arrival → last byte).
RunBounds runBounds(const QList<CallRecord> &records, const LatencyModel &model);

// The original design on the same latency model and the same calls: batches of `batchSize` in
// discovery order, 0.5 s stagger (scaled), whole (not streamed) answers, Groq not rate-limited.
SeedResult seedSchedule(const QList<CallRecord> &records, const LatencyModel &model, int batchSize,
                        int questionsPerSkill);

// A per-call timeline (for --verbose): measured arrival/end vs the bound's start/end, relative to
// `originMs` (bench clock) of the measured run.
QString timeline(const RunBounds &bounds, double originMs);

// Every 429 of a log, with the accepted request it collided with (for --verbose): how far inside
// the server's window the refused request arrived.
QString rateLimitReport(const QList<CallRecord> &records, const LatencyModel &model);

} // namespace ip::bench
