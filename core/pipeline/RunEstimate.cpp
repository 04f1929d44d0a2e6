#include "pipeline/RunEstimate.h"

#include "net/RateLimiterCore.h"
#include "pipeline/GenerationJob.h"
#include "pipeline/GenerationPlanner.h"
#include "pipeline/Prompts.h"
#include "pipeline/StageRequests.h"
#include "pipeline/TokenBudget.h"
#include "providers/JsonMode.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>

#include <algorithm>
#include <functional>
#include <limits>
#include <vector>

namespace ip {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ip::RunEstimate)
};

// The model of a call (typical answers of today's free-tier models; the benchmark's fake providers
// play the same numbers):
// - hidden reasoning of a gpt-oss answer: 200 tokens at low effort, 800 at medium, 2,000 at high;
// - a question (questions_grounded v3) is an object: its text about 33 tokens with its quotes, the
//   keys, difficulty and category about 21, three key points of at most 8 words about 32: 86; a
//   skill's entry adds its name and brackets (16) and four quoted resume lines of about 100
//   characters (28 each): the evidence of its one or two "project" questions and two claims;
// - a skill name: 6;
// - research notes: about 130 words (200 tokens) a skill, and Gemini's own thinking about 600 tokens
//   a call;
// - answer times: skills 2 s, a grounded discovery call 9 s, a question call 0.5 s to the first
//   token then 300 tokens a second.
constexpr qint64 kQuestionTokens = 86;
constexpr qint64 kKeyPointsTokens = 32; // of those, the three key points (Settings::keyPoints)
constexpr qint64 kSkillEntryTokens = 16;
constexpr qint64 kQuotedLineTokens = 28;
constexpr qint64 kQuotedLinesPerSkill = 4;
constexpr qint64 kSkillNameTokens = 6;
constexpr qint64 kNotesTokensPerSkill = 200;
constexpr qint64 kGeminiThinkingTokens = 600;
constexpr qint64 kSkillsCallMs = 2'000;
constexpr qint64 kDiscoveryCallMs = 9'000;
constexpr qint64 kFirstTokenMs = 500;
constexpr qint64 kTokensPerSecond = 300;
// What a skill adds to a questions prompt besides its notes, measured on buildQuestionsRequest
// (tst_run_estimate::promptModelMatchesARealRequest): its list entry and <resume_lines> tags with
// its name (about 70 characters); its resume lines (at most 4 and 480 characters; about 300 on a
// full resume: awesome-cv's nine most named skills average 301, a one-page resume's about 50); with
// notes, their tags (30) and numbered source list (three sources of about 60 characters: "Title —
// site"). The prompt's fixed part (template, and the schema a streamed JSON request carries as
// instructions) is measured on a request without skills.
constexpr qint64 kPerSkillFramingChars = 70;
constexpr qint64 kResumeLineCharsPerSkill = 300;
constexpr qint64 kNotesFramingChars = 30 + 10 + 3 * 60;
constexpr qint64 kMinuteMs = 60'000;

// A skill's entry in a question answer of `perSkill` questions.
qint64 skillAnswerTokens(int perSkill, bool keyPoints)
{
    return kSkillEntryTokens + kQuotedLinesPerSkill * kQuotedLineTokens
        + qint64(perSkill) * (keyPoints ? kQuestionTokens : kQuestionTokens - kKeyPointsTokens);
}

qint64 reasoningTokens(const QString &model, const QString &effort)
{
    if (!model.contains(QLatin1StringView("gpt-oss"), Qt::CaseInsensitive))
        return 0;
    if (effort == QLatin1String("low"))
        return 200;
    if (effort == QLatin1String("high"))
        return 2'000;
    return 800;
}

qint64 templateChars(const QString &name)
{
    const auto prompt = loadPrompt(name);
    return prompt.isOk() ? prompt.value().system.size() + prompt.value().user.size() : 1'000;
}

// A questions request without skills as a streamed JSON request sends it: the template with the
// settings' words, and the schema as instructions (JsonMode::JsonObject).
qint64 questionsPromptBaseChars(bool grounded, const Settings &settings)
{
    GenerationJob job;
    job.grounded = grounded;
    const auto request = buildQuestionsRequest(job, settings);
    qint64 chars
        = templateChars(grounded ? QStringLiteral("questions_grounded") : QStringLiteral("questions_context_free"))
        + 1'500;
    if (request.isOk()) {
        chars = 0;
        for (const ChatMessage &m :
             withJsonInstruction(request.value().request.messages, request.value().request.jsonSchema))
            chars += m.content.size();
    }
    return chars;
}

// ChatProvider::estimateTokens for a system + user prompt of `chars` characters.
qint64 promptTokens(qint64 chars)
{
    return 3 + 2 * 4 + (chars + 3) / 4;
}

// Time beyond the first window that `used` units need under `perMinute` (the first minute's worth
// is free: a sliding window admits it at once).
qint64 windowBoundMs(qint64 used, qint64 perMinute)
{
    if (perMinute <= 0 || used <= perMinute)
        return 0;
    return (used - perMinute) * kMinuteMs / perMinute;
}

qint64 questionCallMs(qint64 completionTokens)
{
    return kFirstTokenMs + completionTokens * 1000 / kTokensPerSecond;
}

// The questions stage's requests and tokens when its calls go as `parts` (the skills of each call),
// each call as `part` makes it: a split call repeats the instructions and spends its reasoning.
void setQuestionTotals(StageEstimate &e, const QList<int> &parts, const WindowPart &part)
{
    e.requests = int(parts.size());
    e.promptTokens = e.completionTokens = e.declaredTokens = 0;
    for (const int k : parts) {
        const WindowCall call = part(k);
        e.promptTokens += call.promptTokens;
        e.completionTokens += call.usedTokens - call.promptTokens;
        e.declaredTokens += call.declaredTokens;
    }
}

} // namespace

int RunEstimate::requests() const
{
    int n = 0;
    for (const StageEstimate &s : stages)
        n += s.requests;
    return n;
}

qint64 RunEstimate::tokens() const
{
    qint64 n = 0;
    for (const StageEstimate &s : stages)
        n += s.tokens();
    return n;
}

qint64 RunEstimate::tokens(const QString &provider) const
{
    qint64 n = 0;
    for (const StageEstimate &s : stages)
        if (s.provider == provider)
            n += s.tokens();
    return n;
}

std::optional<double> RunEstimate::cost() const
{
    std::optional<double> total = 0.0;
    for (const StageEstimate &s : stages)
        total = addCosts(total, s.cost);
    return total;
}

WindowSchedule scheduleThroughWindow(const QList<WindowCall> &calls, qint64 tokensPerMinute, int parallel,
                                     const WindowPart &part)
{
    WindowSchedule out;
    out.startsMs.fill(-1, calls.size());
    out.sentSkills.resize(calls.size());
    const RateLimits limits { 0, std::max<qint64>(0, tokensPerMinute), kMinuteMs, kProviderWindowGuard };
    RateLimiterCore core(limits);
    struct Pending
    {
        WindowCall call;
        qsizetype origin; // index in `calls`
    };
    struct Running
    {
        qint64 endMs;
        RateLimiterCore::Ticket ticket;
        qint64 used;
    };
    QList<Pending> pending;
    for (qsizetype i = 0; i < calls.size(); ++i)
        pending.append({ calls.at(i), i });
    std::vector<Running> running;
    QList<std::pair<RateLimiterCore::Ticket, Pending>> queued; // granted in this order
    qint64 now = 0;
    const qsizetype cap = std::max(1, parallel);
    // A call of several skills that would wait long for the window sends the skills that fit now and
    // keeps the rest for when that part has ended (GenerationStage::skillsThatFitNow).
    const auto splitToFit = [&](Pending &p) -> std::optional<Pending> {
        if (!part || tokensPerMinute <= 0 || p.call.skills < 2
            || core.delayForNew(p.call.declaredTokens, now) < limits.windowMs / kSplitForWaitDivisor)
            return std::nullopt;
        for (int k = p.call.skills - 1; k >= 1; --k) {
            WindowCall first = part(k);
            if (core.delayForNew(first.declaredTokens, now) != 0)
                continue;
            WindowCall rest = part(p.call.skills - k);
            rest.readyMs = now + first.durationMs;
            first.readyMs = p.call.readyMs;
            p.call = first;
            return Pending { rest, p.origin };
        }
        return std::nullopt;
    };
    // Every step starts or ends a call or moves to the next moment one can: a bounded loop.
    const qsizetype maxSteps = 64 * (calls.size() + 1) * std::max<qsizetype>(1, calls.size());
    for (qsizetype steps = 0; steps < maxSteps; ++steps) {
        for (qsizetype i = 0; i < pending.size() && qsizetype(running.size()) + queued.size() < cap;) {
            if (pending.at(i).call.readyMs > now) {
                ++i;
                continue;
            }
            Pending p = pending.takeAt(i);
            if (auto rest = splitToFit(p))
                pending.insert(i, *rest);
            const RateLimiterCore::Ticket ticket = core.enqueue(p.call.declaredTokens);
            if (ticket != 0)
                queued.append({ ticket, p });
        }
        for (const RateLimiterCore::Ticket ticket : core.grant(now)) {
            if (queued.isEmpty() || queued.front().first != ticket)
                break; // cannot happen: the core grants in queue order
            const Pending &p = queued.front().second;
            if (out.startsMs.at(p.origin) < 0)
                out.startsMs[p.origin] = now;
            out.sentSkills[p.origin].append(p.call.skills);
            running.push_back({ now + std::max<qint64>(0, p.call.durationMs), ticket, p.call.usedTokens });
            queued.removeFirst();
        }
        if (pending.isEmpty() && queued.isEmpty() && running.empty())
            break;
        qint64 at = std::numeric_limits<qint64>::max();
        for (const Running &r : running)
            at = std::min(at, r.endMs);
        if (!queued.isEmpty()) {
            const qint64 delay = core.delayForHead(now);
            if (delay > 0)
                at = std::min(at, now + delay);
        }
        for (const Pending &p : std::as_const(pending))
            if (p.call.readyMs > now)
                at = std::min(at, p.call.readyMs);
        if (at == std::numeric_limits<qint64>::max())
            break;
        now = std::max(now, at);
        for (auto it = running.begin(); it != running.end();) {
            if (it->endMs <= now) {
                core.settle(it->ticket, it->used);
                out.endMs = std::max(out.endMs, it->endMs);
                it = running.erase(it);
            } else {
                ++it;
            }
        }
    }
    return out;
}

RunEstimate estimateRun(const EstimateInput &in)
{
    const Settings &s = in.settings;
    const int skills = std::max(0, in.skillCount >= 0 ? in.skillCount : s.skillCount);
    const int discoveryLeft
        = in.grounded ? std::clamp(in.discoveryLeft >= 0 ? in.discoveryLeft : skills, 0, skills) : 0;
    const int questionsLeft = std::clamp(in.questionsLeft >= 0 ? in.questionsLeft : skills, 0, skills);
    const int batchSize = std::max(1, s.batchSize);
    const QString groq = QStringLiteral("Groq");
    const QString gemini = QStringLiteral("Gemini");

    RunEstimate out;
    qint64 latencyMs = 0;
    std::optional<WindowCall> skillsCall; // for the window of the questions model when it is the same

    if (in.skillsLeft) {
        StageEstimate e { QStringLiteral("skills"), groq, s.skillModel, 1, 0, 0, 0 };
        e.promptTokens = promptTokens(templateChars(QStringLiteral("extract_skills")) + in.resumeChars);
        e.completionTokens = reasoningTokens(s.skillModel, s.skillReasoningEffort) + 10 + skills * kSkillNameTokens;
        e.declaredTokens = e.promptTokens + budget::skillsOutput(s.skillCount, s.skillReasoningEffort);
        out.stages.append(e);
        latencyMs += kSkillsCallMs;
        skillsCall = WindowCall { 0, e.declaredTokens, e.tokens(), kSkillsCallMs };
    }

    int discoveryCalls = 0;
    if (discoveryLeft > 0) {
        discoveryCalls = (discoveryLeft + batchSize - 1) / batchSize;
        StageEstimate e { QStringLiteral("discovery"), gemini, s.discoveryModel, discoveryCalls, 0, 0, 0 };
        e.promptTokens = discoveryCalls * promptTokens(templateChars(QStringLiteral("discover_sources")))
            + discoveryLeft * 2 * kSkillNameTokens;
        e.completionTokens = discoveryLeft * kNotesTokensPerSkill + discoveryCalls * kGeminiThinkingTokens;
        e.declaredTokens = e.promptTokens + qint64(discoveryCalls) * budget::kDiscoveryOutput;
        out.stages.append(e);
        // Calls beyond the concurrency run in later rounds.
        const int rounds
            = (discoveryCalls + std::max(1, s.discoveryConcurrency) - 1) / std::max(1, s.discoveryConcurrency);
        latencyMs += qint64(rounds) * kDiscoveryCallMs;
    }

    qint64 lastQuestionCallMs = 0;
    const qint64 questionsReadyMs = latencyMs; // when the skills and one round of sources are in
    QList<WindowCall> questionCalls;
    WindowPart questionPart;
    if (questionsLeft > 0) {
        // Grounded skills are asked as their notes arrive (discovery streams): about one call a
        // skill, except on a token-limited model, where a batch's skills go together and only the
        // run's first skill goes alone (GenerationStage::holdForMore); context-free ones go a batch
        // to a call.
        const bool grounded = in.grounded;
        const int batches = (questionsLeft + batchSize - 1) / batchSize;
        const bool fresh = in.skillsLeft || discoveryLeft == skills;
        const int heldCalls = std::min(questionsLeft, batches + (fresh && batchSize > 1 ? 1 : 0));
        const int calls = !grounded ? batches : s.groqTokensPerMinute > 0 ? heldCalls : questionsLeft;
        const int perCall = (questionsLeft + calls - 1) / calls;
        const qint64 reasoning = reasoningTokens(s.questionModel, s.questionReasoningEffort);
        const qint64 notesChars = grounded
            ? std::min<qint64>(budget::kNotesCharsPerSkill, kNotesTokensPerSkill * 4) + kNotesFramingChars
            : 0;
        const qint64 resumeChars = std::min<qint64>(budget::kResumeCharsPerSkill, kResumeLineCharsPerSkill);
        StageEstimate e { QStringLiteral("questions"), groq, s.questionModel, calls, 0, 0, 0 };
        e.promptTokens = qint64(calls) * promptTokens(questionsPromptBaseChars(grounded, s))
            + (questionsLeft * (notesChars + resumeChars + kPerSkillFramingChars) + 3) / 4;
        const qint64 perCallCompletion
            = reasoning + qint64(perCall) * skillAnswerTokens(s.questionsPerSkill, s.keyPoints);
        e.completionTokens
            = qint64(calls) * reasoning + qint64(questionsLeft) * skillAnswerTokens(s.questionsPerSkill, s.keyPoints);
        e.declaredTokens = e.promptTokens
            + qint64(calls)
                * budget::questionsOutput(perCall, s.questionsPerSkill, s.questionReasoningEffort, s.keyPoints);
        out.stages.append(e);
        lastQuestionCallMs = questionCallMs(perCallCompletion);

        // The calls one by one, for the model's token window: a held run sends its first skill alone,
        // then the rest of that batch, then a batch a call; otherwise `calls` calls of `perCall` skills.
        QList<int> skillsPerCall;
        if (grounded && s.groqTokensPerMinute > 0 && calls == heldCalls && calls > batches) {
            skillsPerCall << 1;
            if (std::min(questionsLeft, batchSize) > 1)
                skillsPerCall << std::min(questionsLeft, batchSize) - 1;
            for (int left = questionsLeft - std::min(questionsLeft, batchSize); left > 0; left -= batchSize)
                skillsPerCall << std::min(left, batchSize);
        } else {
            for (int left = questionsLeft; left > 0; left -= perCall)
                skillsPerCall << std::min(left, perCall);
        }
        // By value: questionPart outlives this block (the window's schedule splits calls with it).
        const qint64 basePrompt = promptTokens(questionsPromptBaseChars(grounded, s));
        const qint64 perSkillPromptChars = notesChars + resumeChars + kPerSkillFramingChars;
        const qint64 answerPerSkill = skillAnswerTokens(s.questionsPerSkill, s.keyPoints);
        const int perSkill = s.questionsPerSkill;
        const QString effort = s.questionReasoningEffort;
        const bool keyPoints = s.keyPoints;
        const auto promptOf = [basePrompt, perSkillPromptChars](int k) {
            return basePrompt + (k * perSkillPromptChars + 3) / 4;
        };
        const auto completionOf = [reasoning, answerPerSkill](int k) {
            return reasoning + qint64(k) * answerPerSkill;
        };
        const auto declaredOf = [promptOf, perSkill, effort, keyPoints](int k) {
            return promptOf(k) + budget::questionsOutput(k, perSkill, effort, keyPoints);
        };
        // A call that could never fit the window is halved until it does (planGeneration: the first
        // half gets the odd skill).
        QList<int> sent;
        std::function<void(int)> add = [&](int k) {
            if (k > 1 && s.groqTokensPerMinute > 0 && declaredOf(k) > s.groqTokensPerMinute) {
                add(k - k / 2);
                add(k / 2);
            } else {
                sent << k;
            }
        };
        for (const int k : std::as_const(skillsPerCall))
            add(k);
        questionPart = [questionsReadyMs, promptOf, completionOf, declaredOf](int k) {
            return WindowCall {
                questionsReadyMs, declaredOf(k), promptOf(k) + completionOf(k), questionCallMs(completionOf(k)), k,
                promptOf(k)
            };
        };
        for (const int k : std::as_const(sent))
            questionCalls << questionPart(k);
        if (sent.size() != skillsPerCall.size())
            setQuestionTotals(out.stages.last(), sent, questionPart);
        // Calls run up to maxConcurrentBatches at once once their skills have notes.
        const int parallel = std::max(1, s.maxConcurrentBatches);
        const int rounds = grounded ? 1 : (calls + parallel - 1) / parallel;
        if (grounded && calls < questionsLeft) // a held batch: its skills in one answer
            lastQuestionCallMs = questionCallMs(reasoning
                                                + qint64(std::min(questionsLeft, batchSize))
                                                    * skillAnswerTokens(s.questionsPerSkill, s.keyPoints));
        latencyMs += qint64(rounds) * lastQuestionCallMs;
    }

    for (StageEstimate &e : out.stages)
        e.cost = s.prices.cost(e.stage, e.model, TokenUsage { e.requests, e.promptTokens, e.completionTokens });

    out.expectedMs = latencyMs;
    out.bound = RunEstimate::Bound::Latency;
    const auto consider
        = [&out](qint64 ms, RunEstimate::Bound bound, const QString &provider, const QString &model, qint64 limit) {
              if (ms > out.expectedMs) {
                  out.expectedMs = ms;
                  out.bound = bound;
                  out.boundProvider = provider;
                  out.boundModel = model;
                  out.boundLimit = limit;
              }
          };

    // Each model's tokens under its own window (the Groq models each have one).
    QHash<QString, qint64> groqTokensByModel;
    int groqRequests = 0;
    for (const StageEstimate &e : std::as_const(out.stages)) {
        if (e.provider == groq) {
            groqTokensByModel[e.model] += e.tokens();
            groqRequests += e.requests;
        }
    }
    for (auto it = groqTokensByModel.constBegin(); it != groqTokensByModel.constEnd(); ++it) {
        if (it.key() != s.questionModel || questionCalls.isEmpty() || s.groqTokensPerMinute <= 0) {
            consider(windowBoundMs(it.value(), s.groqTokensPerMinute) + lastQuestionCallMs, RunEstimate::Bound::Tokens,
                     groq, it.key(), s.groqTokensPerMinute);
            continue;
        }
        // The questions model: its calls through the window as the limiter admits them. A call's
        // tokens come back a whole minute after it started, not continuously, so a run whose
        // questions need more than one window waits for the first to pass.
        QList<WindowCall> calls = questionCalls;
        if (skillsCall && s.skillModel == s.questionModel)
            calls.prepend(*skillsCall);
        const int parallel = std::max(1, s.maxConcurrentBatches) + (calls.size() > questionCalls.size() ? 1 : 0);
        const WindowSchedule schedule = scheduleThroughWindow(calls, s.groqTokensPerMinute, parallel, questionPart);
        // Calls split to fit the window: each part repeats the instructions and spends its reasoning.
        QList<int> parts;
        for (qsizetype i = calls.size() - questionCalls.size(); i < calls.size(); ++i)
            parts << schedule.sentSkills.at(i);
        if (parts.size() > questionCalls.size()) {
            for (StageEstimate &e : out.stages) {
                if (e.stage != QLatin1String("questions"))
                    continue;
                setQuestionTotals(e, parts, questionPart);
                e.cost = s.prices.cost(e.stage, e.model, TokenUsage { e.requests, e.promptTokens, e.completionTokens });
            }
        }
        if (schedule.endMs > scheduleThroughWindow(calls, 0, parallel).endMs)
            consider(schedule.endMs, RunEstimate::Bound::Tokens, groq, it.key(), s.groqTokensPerMinute);
    }
    consider(windowBoundMs(groqRequests, s.groqRequestsPerMinute) + lastQuestionCallMs, RunEstimate::Bound::Requests,
             groq, QString(), s.groqRequestsPerMinute);
    if (discoveryCalls > 0)
        consider(windowBoundMs(discoveryCalls, s.geminiRequestsPerMinute) + kDiscoveryCallMs + lastQuestionCallMs,
                 RunEstimate::Bound::Requests, gemini, s.discoveryModel, s.geminiRequestsPerMinute);
    return out;
}

QString describeDuration(qint64 ms)
{
    const qint64 seconds = std::max<qint64>(1, (ms + 999) / 1000);
    if (seconds < 60)
        return Tr::tr("%n s", nullptr, int(seconds));
    const qint64 minutes = seconds / 60;
    const qint64 rest = seconds % 60;
    if (rest == 0)
        return Tr::tr("%n min", nullptr, int(minutes));
    return Tr::tr("%1 min %2 s").arg(minutes).arg(rest);
}

QString describeEstimatedCost(std::optional<double> cost)
{
    return cost ? Tr::tr("cost about %1").arg(describeCost(cost)) : Tr::tr("cost —");
}

QStringList describeStageUsage(const QMap<QString, TokenUsage> &usage, const QMap<QString, QString> &models,
                               const Prices &prices)
{
    const QLocale locale;
    QStringList parts;
    for (const char *key : { "skills", "discovery", "questions" }) {
        const QString stage = QString::fromLatin1(key);
        const auto it = usage.constFind(stage);
        if (it == usage.constEnd() || it->requests == 0)
            continue;
        const std::optional<double> cost = prices.cost(stage, models.value(stage), *it);
        parts.append(Tr::tr("%1: %n request(s), %2 tokens, cost %3", nullptr, it->requests)
                         .arg(stageDisplayName(stage), locale.toString(it->totalTokens()), describeCost(cost)));
    }
    return parts;
}

QString describeBound(const RunEstimate &e)
{
    const QLocale locale;
    switch (e.bound) {
    case RunEstimate::Bound::Latency: return {};
    case RunEstimate::Bound::Tokens:
        return Tr::tr("limited by %1's %2 tokens a minute for %3")
            .arg(e.boundProvider, locale.toString(e.boundLimit), e.boundModel);
    case RunEstimate::Bound::Requests:
        return Tr::tr("limited by %1's %2 requests a minute").arg(e.boundProvider, locale.toString(e.boundLimit));
    }
    return {};
}

QString describeEstimate(const RunEstimate &e)
{
    const QLocale locale;
    QStringList perProvider;
    for (const QString &provider : { QStringLiteral("Groq"), QStringLiteral("Gemini") }) {
        const qint64 t = e.tokens(provider);
        if (t > 0)
            perProvider.append(QStringLiteral("%1 %2").arg(provider, locale.toString(t)));
    }
    QString text = Tr::tr("%n request(s), about %1 tokens (%2), %3, about %4", nullptr, e.requests())
                       .arg(locale.toString(e.tokens()), perProvider.join(QStringLiteral(", ")),
                            describeEstimatedCost(e.cost()), describeDuration(e.expectedMs));
    const QString bound = describeBound(e);
    if (!bound.isEmpty())
        text += QStringLiteral(" — ") + bound;
    return text;
}

} // namespace ip
