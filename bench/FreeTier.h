#pragma once

// The free-tier figures (issue 14), pure: what a run's calls cost in Groq's per-model token windows,
// the lower bound those windows put on the run, and the original design under the same window.

#include "CallRecord.h"
#include "LatencyModel.h"
#include "RunAnalysis.h"

#include <QHash>
#include <QList>
#include <QString>

namespace ip::bench {

// Groq tokens (prompt + completion including reasoning) of the accepted calls, per model.
QHash<QString, qint64> groqTokensByModel(const QList<CallRecord> &records);

// The time a model's token window needs for `tokens`: the first `limit` are free at once, every
// further `limit` needs a window: window × (tokens − limit) / limit (0 when tokens <= limit).
double tokenBoundMs(qint64 tokens, qint64 limit, double windowMs);

struct FreeTierBound
{
    double criticalPathMs = 0; // the latency critical path under the RPM windows (RunBounds)
    double tokenMs = 0; // the largest per-model token bound
    QString tokenModel; // whose it is
    [[nodiscard]] double boundMs() const { return std::max(criticalPathMs, tokenMs); }
};
FreeTierBound freeTierBound(const QList<CallRecord> &records, const LatencyModel &model, double criticalPathMs);

// Information beside that bound: the same calls scheduled as early as their data, the RPM windows
// AND each Groq model's ROLLING token window allow, every call costing its actual tokens at its
// start. The formula above assumes tokens come back continuously (a bucket); in a rolling window
// the tokens over the limit wait until the first calls' entries leave, a whole window after them.
double rollingWindowBoundMs(const RunBounds &bounds, const LatencyModel &model);

// The original design under the same free-tier window: extraction, then each batch's discovery
// (staggered 0.5 s, under Gemini's RPM window), then its question call to Groq without any client
// limit, declaring the original output budget; a 429 is retried after 1, 2 and 4 s (scaled with
// the model), then the batch fails and its skills are lost. The server is FreeTierWindow with
// model.groqTpm, the reasoning model of `model`, and this run's prompt sizes (per skill).
struct SeedFreeTier
{
    int skills = 0;
    int skillsLost = 0;
    int batchesLost = 0;
    int http429 = 0;
};
// What the original design declared for a question call of `skills` × `perSkill` questions.
int seedDeclaredOutput(int skills, int perSkill);
SeedFreeTier seedFreeTier(const QList<CallRecord> &records, const LatencyModel &model, int batchSize,
                          int questionsPerSkill);

} // namespace ip::bench
