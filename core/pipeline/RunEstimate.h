#pragma once

// What a run will cost and how long it will take under the configured limits, before anything is
// sent (the window's first activity line, `--headless` on stderr, `--estimate`), and what is left
// while it runs (the progress panel's "about … left"). Pure arithmetic over Settings and a few
// counts; the model of a call is documented in RunEstimate.cpp and is the same one the benchmark's
// fake providers play (tokens per question, reasoning tokens per effort, answer times).

#include "common/StageName.h"
#include "settings/Settings.h"

#include <QList>
#include <QMap>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QtGlobal>

#include <functional>
#include <optional>

namespace ip {

// One stage's calls: all go to one provider and model.
struct StageEstimate
{
    QString stage; // "skills", "discovery", "questions"
    QString provider; // "Groq", "Gemini"
    QString model;
    int requests = 0;
    qint64 promptTokens = 0; // expected, all requests
    qint64 completionTokens = 0; // expected, including hidden reasoning
    qint64 declaredTokens = 0; // prompt + declared maximum output: what admission is charged
    std::optional<double> cost; // US$ at the prices the person entered; unknown without them

    [[nodiscard]] qint64 tokens() const { return promptTokens + completionTokens; }
    friend bool operator==(const StageEstimate &, const StageEstimate &) = default;
};

struct RunEstimate
{
    // What bounds the expected time.
    enum class Bound {
        Latency, // the answer times of the calls one after the other
        Tokens, // a model's tokens per minute
        Requests // a provider's requests per minute
    };

    QList<StageEstimate> stages; // only stages with work left
    qint64 expectedMs = 0;
    Bound bound = Bound::Latency;
    QString boundProvider; // for Tokens / Requests
    QString boundModel;
    qint64 boundLimit = 0; // the tokens or requests per minute that bound

    [[nodiscard]] int requests() const;
    [[nodiscard]] qint64 tokens() const;
    [[nodiscard]] qint64 tokens(const QString &provider) const;
    // The stages' costs added up; unknown when any stage's is.
    [[nodiscard]] std::optional<double> cost() const;
    [[nodiscard]] bool isEmpty() const { return stages.isEmpty(); }
    friend bool operator==(const RunEstimate &, const RunEstimate &) = default;
};

// The work a run has (left): a new run has everything; a running one passes what is left.
struct EstimateInput
{
    Settings settings;
    qint64 resumeChars = 0; // the extracted text (the skills prompt carries it)
    bool grounded = true; // discovery runs (grounding on and a discovery provider)
    bool skillsLeft = true; // skill extraction still to do
    int skillCount = -1; // skills known (after extraction) or -1: Settings::skillCount
    int discoveryLeft = -1; // skills still waiting for their sources; -1: all of them
    int questionsLeft = -1; // skills still waiting for their questions; -1: all of them
};

[[nodiscard]] RunEstimate estimateRun(const EstimateInput &input);

// One call of a schedule through a model's token window: when it can go (its input is ready), what
// admission charges (prompt + declared output), what it uses (the window's entry once it ends) and
// how long its answer takes.
struct WindowCall
{
    qint64 readyMs = 0;
    qint64 declaredTokens = 0;
    qint64 usedTokens = 0;
    qint64 durationMs = 0;
    int skills = 1; // a questions call's skills (a call of several may be split to fit the window)
    qint64 promptTokens = 0; // of usedTokens and declaredTokens, the prompt
};
// The call for the first `skills` skills of a questions call (what a split sends).
using WindowPart = std::function<WindowCall(int skills)>;
// When each call starts and the last ends (ms from 0) if the calls go in order through the client's
// limiter for one model (RateLimiterCore over a minute with the providers' guard: first come first
// served, the declared cost until the answer settles it, a call's tokens back a window after its
// start), at most `parallel` at once; tokensPerMinute 0 = no window. A call that can never fit the
// window is left out (the planner splits such a request). With `part`, a call of several skills that
// would wait at least a sixth of the window sends the skills that fit now and the rest once that part
// has ended (GenerationStage::skillsThatFitNow); startsMs is then when its first part started.
struct WindowSchedule
{
    QList<qint64> startsMs;
    qint64 endMs = 0;
    QList<QList<int>> sentSkills; // per call, the skills of each part it was sent as, in order
};
[[nodiscard]] WindowSchedule scheduleThroughWindow(const QList<WindowCall> &calls, qint64 tokensPerMinute, int parallel,
                                                   const WindowPart &part = {});

// "7 requests, about 11,200 tokens (Groq 9,800, Gemini 1,400), cost about $0.0031, about 1 min 40 s —
// limited by Groq's 8,000 tokens a minute for openai/gpt-oss-120b" ("cost —" without prices)
[[nodiscard]] QString describeEstimate(const RunEstimate &estimate);
// "cost about $0.0031", or "cost —" when a price is unknown.
[[nodiscard]] QString describeEstimatedCost(std::optional<double> cost);
// What each stage spent, with its cost at `prices` for the stage's model (`models`: stage -> model, as
// in RunState::models), one line a stage that spent anything: "Skills: 1 request, 4,100 tokens, cost
// $0.0004", "Sources: …, cost —", ….
[[nodiscard]] QStringList describeStageUsage(const QMap<QString, TokenUsage> &usage,
                                             const QMap<QString, QString> &models, const Prices &prices);
// "1 min 40 s", "35 s"
[[nodiscard]] QString describeDuration(qint64 ms);
// "limited by Groq's 8,000 tokens a minute for openai/gpt-oss-120b" (empty for latency).
[[nodiscard]] QString describeBound(const RunEstimate &estimate);

} // namespace ip

Q_DECLARE_METATYPE(ip::RunEstimate)
