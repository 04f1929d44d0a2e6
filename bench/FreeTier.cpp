#include "FreeTier.h"

#include "FakeAnswers.h"
#include "FreeTierWindow.h"
#include "ScheduleBounds.h"

#include <queue>

#include <algorithm>
#include <vector>

namespace ip::bench {

QHash<QString, qint64> groqTokensByModel(const QList<CallRecord> &records)
{
    QHash<QString, qint64> out;
    for (const CallRecord &r : records)
        if (r.api == Api::Groq && r.accepted())
            out[r.model] += r.tokens();
    return out;
}

double tokenBoundMs(qint64 tokens, qint64 limit, double windowMs)
{
    if (limit <= 0 || tokens <= limit)
        return 0;
    return windowMs * double(tokens - limit) / double(limit);
}

FreeTierBound freeTierBound(const QList<CallRecord> &records, const LatencyModel &model, double criticalPathMs)
{
    FreeTierBound b;
    b.criticalPathMs = criticalPathMs;
    const QHash<QString, qint64> tokens = groqTokensByModel(records);
    for (auto it = tokens.begin(); it != tokens.end(); ++it) {
        const double ms = tokenBoundMs(it.value(), model.groqTpm, model.window());
        if (ms > b.tokenMs) {
            b.tokenMs = ms;
            b.tokenModel = it.key();
        }
    }
    return b;
}

double rollingWindowBoundMs(const RunBounds &bounds, const LatencyModel &model)
{
    QList<PlannedCall> planned = bounds.planned;
    QStringList pools;
    for (qsizetype i = 0; i < planned.size() && i < bounds.calls.size(); ++i) {
        const CallRecord &r = bounds.calls[i];
        if (r.api != Api::Groq || model.groqTpm <= 0)
            continue;
        if (!pools.contains(r.model))
            pools.append(r.model);
        planned[i].tokenPool = int(pools.indexOf(r.model));
        planned[i].tokens = r.tokens();
    }
    const QList<TokenWindow> windows(pools.size(), TokenWindow { model.groqTpm, model.window() });
    return scheduleCalls(
               planned,
               { WindowLimit { model.groqRpm, model.window() }, WindowLimit { model.geminiRpm, model.window() } },
               windows)
        .makespanMs;
}

int seedDeclaredOutput(int skills, int perSkill)
{
    // The original's budget: room for reasoning plus 80 tokens a question (today's main, Dec 2026).
    return std::min(2048 + std::max(1, skills) * std::max(1, perSkill) * 80, 16'384);
}

SeedFreeTier seedFreeTier(const QList<CallRecord> &records, const LatencyModel &model, int batchSize,
                          int questionsPerSkill)
{
    SeedFreeTier out;
    QStringList skills;
    double extractionMs = 0;
    qint64 promptTokens = 0;
    int promptSkills = 0;
    QString questionModel = QStringLiteral("openai/gpt-oss-120b");
    for (const CallRecord &r : records) {
        if (!r.accepted())
            continue;
        if (r.kind == CallKind::Skills && skills.isEmpty()) {
            extractionMs = r.durationMs;
            skills = r.skills;
        } else if (r.kind == CallKind::Questions && !r.skills.isEmpty()) {
            promptTokens += r.promptTokens;
            promptSkills += int(r.skills.size());
            questionModel = r.model;
        }
    }
    out.skills = int(skills.size());
    if (skills.isEmpty() || batchSize <= 0)
        return out;
    const double promptPerSkill = promptSkills > 0 ? double(promptTokens) / promptSkills : 0;

    // The discovery schedule of the original (as simulateSeed): stagger, Gemini's RPM window.
    QList<PlannedCall> calls;
    PlannedCall extraction;
    extraction.provider = -1;
    extraction.durationMs = extractionMs;
    calls.append(extraction);
    QList<QStringList> batches;
    for (qsizetype at = 0; at < skills.size(); at += batchSize)
        batches.append(skills.mid(at, batchSize));
    for (qsizetype b = 0; b < batches.size(); ++b) {
        PlannedCall discovery;
        discovery.provider = 0;
        discovery.durationMs = model.discoveryCall(discoveryKey(batches[b], 0));
        discovery.deps.append({ 0, extractionMs + double(b) * model.scaled(500) });
        calls.append(discovery);
    }
    const Schedule schedule = scheduleCalls(calls, { WindowLimit { model.geminiRpm, model.window() } });

    ip::test::FreeTierConfig config = ip::test::FreeTierConfig::groq();
    config.tokensPerMinute = model.groqTpm;
    config.requestsPerMinute = model.groqRpm;
    config.windowMs = model.window();
    config.dayMs = model.scaled(86'400'000);
    ip::test::FreeTierWindow window(config);
    const qint64 reasoning = model.reasoningMedium; // the original sent no reasoning_effort

    // Events in time order: attempts (batch, try) and the end of admitted answers (settle).
    struct Event
    {
        double atMs;
        int batch;
        int attempt; // -1: settle `id`
        qint64 id;
        bool operator>(const Event &o) const { return atMs > o.atMs; }
    };
    std::priority_queue<Event, std::vector<Event>, std::greater<>> events;
    for (qsizetype b = 0; b < batches.size(); ++b)
        events.push({ schedule.end[b + 1], int(b), 0, -1 });
    const double backoffMs[] = { model.scaled(1000), model.scaled(2000), model.scaled(4000) };
    while (!events.empty()) {
        const Event e = events.top();
        events.pop();
        const QStringList &batch = batches[e.batch];
        const QuestionsAnswer answer = questionsAnswer(batch, questionsPerSkill, model.questionTokens);
        const int completion = tokensOf(answer.text);
        if (e.attempt < 0) {
            window.settle(e.id, qint64(promptPerSkill * double(batch.size())) + completion + reasoning);
            continue;
        }
        const auto admission = window.admit(questionModel, qint64(promptPerSkill * double(batch.size())),
                                            seedDeclaredOutput(int(batch.size()), questionsPerSkill), e.atMs);
        if (admission.admitted()) {
            const double duration = model.questionsCall(questionsKey(batch, 0), completion);
            events.push({ e.atMs + duration, e.batch, -1, admission.id });
            continue;
        }
        ++out.http429;
        if (e.attempt < 3) {
            events.push({ e.atMs + backoffMs[e.attempt], e.batch, e.attempt + 1, -1 });
        } else {
            ++out.batchesLost;
            out.skillsLost += int(batch.size());
        }
    }
    return out;
}

} // namespace ip::bench
