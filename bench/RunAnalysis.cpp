#include "RunAnalysis.h"

#include "FakeAnswers.h"

#include <QTextStream>

#include <limits>

namespace ip::bench {

namespace {

double served(const CallRecord &r)
{
    return r.endMs >= r.arrivalMs ? r.endMs - r.arrivalMs : r.durationMs;
}

} // namespace

namespace {

// The calls' data dependencies; with `sectionAware`, a question call may start once its skills'
// sections were complete on a streamed discovery answer (else: once the discovery ended).
QList<PlannedCall> planCalls(const QList<CallRecord> &calls, bool sectionAware)
{
    QList<PlannedCall> planned;
    for (qsizetype i = 0; i < calls.size(); ++i) {
        const CallRecord &r = calls[i];
        PlannedCall p;
        p.provider = r.api == Api::Groq ? 0 : 1;
        p.durationMs = served(r);
        // The latest earlier call this one's data comes from.
        auto latest = [&](auto predicate) {
            for (qsizetype j = i - 1; j >= 0; --j)
                if (predicate(calls[j]))
                    return int(j);
            return -1;
        };
        const int extraction = latest([](const CallRecord &c) { return c.kind == CallKind::Skills; });
        switch (r.kind) {
        case CallKind::Skills: {
            if (extraction >= 0
                && calls[extraction].key.section(QLatin1Char('|'), 1, 1) == r.key.section(QLatin1Char('|'), 1, 1))
                p.deps.append({ extraction, planned[extraction].durationMs });
            break;
        }
        case CallKind::Discovery: {
            if (extraction >= 0)
                p.deps.append({ extraction, planned[extraction].durationMs });
            const int again = latest([&](const CallRecord &c) {
                return c.kind == CallKind::Discovery && !c.skills.isEmpty() && r.skills.contains(c.skills.first());
            });
            if (again >= 0)
                p.deps.append({ again, planned[again].durationMs });
            break;
        }
        case CallKind::Questions: {
            bool any = false;
            for (const QString &skill : r.skills) {
                const int d = latest(
                    [&](const CallRecord &c) { return c.kind == CallKind::Discovery && c.skills.contains(skill); });
                if (d >= 0) {
                    const CallRecord &dc = calls[d];
                    const auto at = dc.skills.indexOf(skill);
                    double ready = planned[d].durationMs;
                    if (sectionAware && dc.stream && at >= 0 && at < dc.sectionReadyMs.size())
                        ready = std::min(ready, dc.sectionReadyMs[at]);
                    p.deps.append({ d, ready });
                    any = true;
                }
                const int again = latest(
                    [&](const CallRecord &c) { return c.kind == CallKind::Questions && c.skills.contains(skill); });
                if (again >= 0)
                    p.deps.append({ again, planned[again].durationMs });
            }
            if (!any && extraction >= 0)
                p.deps.append({ extraction, planned[extraction].durationMs });
            break;
        }
        case CallKind::Other: break;
        }
        planned.append(p);
    }
    return planned;
}

} // namespace

RunBounds runBounds(const QList<CallRecord> &records, const LatencyModel &model)
{
    RunBounds b;
    for (const CallRecord &r : records)
        if (r.accepted() && r.kind != CallKind::Other)
            b.calls.append(r);
    const WindowLimit groq { model.groqRpm, model.window() };
    const WindowLimit gemini { model.geminiRpm, model.window() };
    b.planned = planCalls(b.calls, true);
    b.schedule = scheduleCalls(b.planned, { groq, gemini });
    b.makespanMs = b.schedule.makespanMs;
    // The first question's bound as the issue defines it: extraction + one whole discovery +
    // first-token latency + one question's tokens (no credit for streamed sections).
    const Schedule whole = scheduleCalls(planCalls(b.calls, false), { groq, gemini });
    b.firstQuestionMs = std::numeric_limits<double>::infinity();
    for (qsizetype i = 0; i < b.calls.size(); ++i)
        if (b.calls[i].kind == CallKind::Questions && whole.start[i] >= 0)
            b.firstQuestionMs = std::min(b.firstQuestionMs, whole.start[i] + b.calls[i].firstQuestionBoundMs);
    if (b.calls.isEmpty())
        b.firstQuestionMs = 0;
    return b;
}

SeedResult seedSchedule(const QList<CallRecord> &records, const LatencyModel &model, int batchSize,
                        int questionsPerSkill)
{
    SeedInput in;
    in.staggerMs = model.scaled(500);
    in.discoveryLimit = { model.geminiRpm, model.window() };
    QStringList skills;
    for (const CallRecord &r : records) {
        if (!r.accepted())
            continue;
        if (r.kind == CallKind::Skills && skills.isEmpty()) {
            in.extractionMs = r.durationMs;
            skills = r.skills;
        }
    }
    // The batches the original made: the same skills in the same groups, so the same calls.
    for (qsizetype at = 0; at < skills.size(); at += batchSize) {
        const QStringList batch = skills.mid(at, batchSize);
        in.discoveryMs.append(model.discoveryCall(discoveryKey(batch, 0)));
        const QuestionsAnswer answer = questionsAnswer(batch, questionsPerSkill, model.questionTokens);
        in.generationMs.append(model.questionsCall(questionsKey(batch, 0), tokensOf(answer.text)));
    }
    return simulateSeed(in);
}

QString timeline(const RunBounds &bounds, double originMs)
{
    QString out;
    QTextStream s(&out);
    s << "  #  provider  kind        skills                                 arrived    ended   | bound start    end\n";
    const double boundOrigin = bounds.calls.isEmpty() ? 0 : bounds.calls.first().arrivalMs - originMs;
    for (qsizetype i = 0; i < bounds.calls.size(); ++i) {
        const CallRecord &r = bounds.calls[i];
        s << QStringLiteral("%1  %2  %3 %4 %5 %6 | %7 %8\n")
                 .arg(i, 3)
                 .arg(toString(r.api), -8)
                 .arg(toString(r.kind) + (r.stream ? QStringLiteral("*") : QString()), -10)
                 .arg(r.skills.join(QStringLiteral(", ")).left(38), -38)
                 .arg((r.arrivalMs - originMs) / 1000.0, 8, 'f', 3)
                 .arg((r.endMs - originMs) / 1000.0, 8, 'f', 3)
                 .arg((bounds.schedule.start[i] + boundOrigin) / 1000.0, 11, 'f', 3)
                 .arg((bounds.schedule.end[i] + boundOrigin) / 1000.0, 8, 'f', 3);
    }
    s << "  (times in s from the end of reading the resume; bound times shifted to the run's first call; * = "
         "streamed)\n";
    return out;
}

QString rateLimitReport(const QList<CallRecord> &records, const LatencyModel &model)
{
    QString out;
    QTextStream s(&out);
    for (qsizetype i = 0; i < records.size(); ++i) {
        const CallRecord &r = records[i];
        if (r.status != 429)
            continue;
        const int limit = r.api == Api::Gemini ? model.geminiRpm : model.groqRpm;
        // The accepted arrivals of the same server before this one; the limit-th latest is the one
        // whose window it fell into.
        QList<double> accepted;
        for (qsizetype j = 0; j < i; ++j)
            if (records[j].api == r.api && records[j].accepted())
                accepted.append(records[j].arrivalMs);
        const double blocker = accepted.size() >= limit ? accepted[accepted.size() - limit] : -1;
        s << QStringLiteral("  429 from %1 for %2 [%3]: arrived %4 ms before the window of the request at %5 s "
                            "had passed\n")
                 .arg(toString(r.api), toString(r.kind), r.skills.join(QStringLiteral(", ")).left(40))
                 .arg(blocker >= 0 ? blocker + model.window() - r.arrivalMs : 0.0, 0, 'f', 3)
                 .arg(blocker / 1000.0, 0, 'f', 3);
    }
    return out;
}

} // namespace ip::bench
