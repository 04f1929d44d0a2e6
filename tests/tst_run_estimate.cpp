// Issue 14: the estimate's arithmetic (pipeline/RunEstimate.h) with plain numbers.
#include "pipeline/Prompts.h"
#include "pipeline/RunEstimate.h"
#include "pipeline/TokenBudget.h"

#include <QRegularExpression>
#include <QTest>

using namespace ip;

namespace {

qint64 templateChars(const QString &name)
{
    const auto p = loadPrompt(name);
    return p.value().system.size() + p.value().user.size();
}

// ChatProvider::estimateTokens of a system + user prompt of `chars` characters.
qint64 prompt(qint64 chars)
{
    return 3 + 8 + (chars + 3) / 4;
}

const StageEstimate *stage(const RunEstimate &e, const QString &name)
{
    for (const StageEstimate &s : e.stages)
        if (s.stage == name)
            return &s;
    return nullptr;
}

} // namespace

class TestRunEstimate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Three skills, context-free (one question call), no token limit: the answer times bound it.
    void contextFreeRunWithoutLimits()
    {
        EstimateInput in;
        in.settings.skillCount = 3;
        in.settings.batchSize = 3;
        in.settings.questionsPerSkill = 5;
        in.settings.groqTokensPerMinute = 0;
        in.resumeChars = 4'000;
        in.grounded = false;
        const RunEstimate e = estimateRun(in);
        QCOMPARE(e.stages.size(), 2);
        const StageEstimate *skills = stage(e, QStringLiteral("skills"));
        const StageEstimate *questions = stage(e, QStringLiteral("questions"));
        QVERIFY(skills && questions);
        QVERIFY(!stage(e, QStringLiteral("discovery")));
        QCOMPARE(skills->model, QStringLiteral("openai/gpt-oss-20b"));
        QCOMPARE(skills->requests, 1);
        QCOMPARE(skills->promptTokens, prompt(templateChars(QStringLiteral("extract_skills")) + 4'000));
        QCOMPARE(skills->completionTokens, 200 + 10 + 3 * 6); // low reasoning, 3 names
        QCOMPARE(skills->declaredTokens, skills->promptTokens + budget::skillsOutput(3, QStringLiteral("low")));
        QCOMPARE(questions->requests, 1);
        QCOMPARE(questions->completionTokens, 200 + 3 * (16 + 5 * 36));
        QCOMPARE(questions->declaredTokens - questions->promptTokens,
                 qint64(budget::questionsOutput(3, 5, QStringLiteral("low"))));
        QCOMPARE(e.requests(), 2);
        QCOMPARE(e.tokens(), skills->tokens() + questions->tokens());
        QCOMPARE(e.tokens(QStringLiteral("Gemini")), 0);
        QCOMPARE(e.bound, RunEstimate::Bound::Latency);
        // 2 s for the skills, 0.5 s to the first token, 788 tokens at 300 a second.
        QCOMPARE(e.expectedMs, 2'000 + 500 + 788 * 1000 / 300);
        QVERIFY(describeBound(e).isEmpty());
    }

    // Reasoning tokens follow the effort, and only reasoning models have them.
    void reasoningFollowsTheEffortAndTheModel()
    {
        EstimateInput in;
        in.grounded = false;
        in.settings.questionReasoningEffort = QStringLiteral("high");
        const qint64 high = stage(estimateRun(in), QStringLiteral("questions"))->completionTokens;
        in.settings.questionReasoningEffort = QStringLiteral("low");
        const qint64 low = stage(estimateRun(in), QStringLiteral("questions"))->completionTokens;
        QCOMPARE(high - low, 3 * (2'000 - 200)); // 9 skills, 3 a call
        in.settings.questionModel = QStringLiteral("llama-3.3-70b-versatile");
        QCOMPARE(stage(estimateRun(in), QStringLiteral("questions"))->completionTokens, low - 3 * 200);
    }

    // The default free tier: one question call a skill as their notes stream in; the question
    // model's tokens beyond one window bound the time, at 8,000 a minute.
    void freeTierTokensBoundTheTime()
    {
        EstimateInput in;
        in.resumeChars = 6'000;
        const RunEstimate e = estimateRun(in);
        QCOMPARE(e.requests(), 1 + 3 + 9);
        const StageEstimate *questions = stage(e, QStringLiteral("questions"));
        QCOMPARE(questions->requests, 9);
        QCOMPARE(questions->model, QStringLiteral("openai/gpt-oss-120b"));
        QCOMPARE(stage(e, QStringLiteral("discovery"))->provider, QStringLiteral("Gemini"));
        QVERIFY(questions->tokens() > 8'000);
        QCOMPARE(e.bound, RunEstimate::Bound::Tokens);
        QCOMPARE(e.boundModel, QStringLiteral("openai/gpt-oss-120b"));
        QCOMPARE(e.boundLimit, 8'000);
        const qint64 lastCall = 500 + (200 + 16 + 8 * 36) * 1000 / 300;
        QCOMPARE(e.expectedMs, (questions->tokens() - 8'000) * 60'000 / 8'000 + lastCall);
        QCOMPARE(describeBound(e), QStringLiteral("limited by Groq's 8,000 tokens a minute for openai/gpt-oss-120b"));
        QVERIFY2(QRegularExpression(
                     QStringLiteral("^13 request(s|\\(s\\)), about [0-9,]+ tokens \\(Groq [0-9,]+, Gemini [0-9,]+\\), "
                                    "about [0-9]+ s — limited by Groq's"))
                     .match(describeEstimate(e))
                     .hasMatch(),
                 qPrintable(describeEstimate(e)));

        // Twice the skills: more than a minute of tokens.
        in.settings.skillCount = 18;
        QVERIFY(estimateRun(in).expectedMs > 60'000);
    }

    // Gemini's 5 requests a minute bound a run with many discovery calls.
    void requestsBoundTheTime()
    {
        EstimateInput in;
        in.settings.skillCount = 30;
        in.settings.batchSize = 1;
        in.settings.groqTokensPerMinute = 0;
        const RunEstimate e = estimateRun(in);
        QCOMPARE(e.bound, RunEstimate::Bound::Requests);
        QCOMPARE(e.boundProvider, QStringLiteral("Gemini"));
        QCOMPARE(stage(e, QStringLiteral("discovery"))->requests, 30);
        QVERIFY(e.expectedMs >= (30 - 5) * 60'000 / 5);
        QCOMPARE(describeBound(e), QStringLiteral("limited by Gemini's 5 requests a minute"));
    }

    // What is left while a run goes on: only the stages with work, nothing once all is done.
    void workLeft()
    {
        EstimateInput in;
        in.skillsLeft = false;
        in.skillCount = 9;
        in.discoveryLeft = 0;
        in.questionsLeft = 2;
        const RunEstimate e = estimateRun(in);
        QCOMPARE(e.stages.size(), 1);
        QCOMPARE(e.stages.first().stage, QStringLiteral("questions"));
        QCOMPARE(e.requests(), 2);
        QCOMPARE(e.bound, RunEstimate::Bound::Latency);

        in.questionsLeft = 0;
        QVERIFY(estimateRun(in).isEmpty());
        QCOMPARE(estimateRun(in).expectedMs, 0);
    }

    void durations()
    {
        QCOMPARE(describeDuration(100'000), QStringLiteral("1 min 40 s"));
        QCOMPARE(describeDuration(35'000), QStringLiteral("35 s"));
        QCOMPARE(describeDuration(34'001), QStringLiteral("35 s"));
        QCOMPARE(describeDuration(120'000), QStringLiteral("2 min"));
        QCOMPARE(describeDuration(0), QStringLiteral("1 s"));
    }
};

QTEST_GUILESS_MAIN(TestRunEstimate)
#include "tst_run_estimate.moc"
