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

    // The default free tier: a batch's skills go together (only the first skill alone), so the
    // questions model stays inside one 8,000-token window and the answer times bound the run.
    void freeTierKeepsTheQuestionsInOneWindow()
    {
        EstimateInput in;
        in.resumeChars = 6'000;
        const RunEstimate e = estimateRun(in);
        const StageEstimate *questions = stage(e, QStringLiteral("questions"));
        QCOMPARE(questions->requests, 3 + 1);
        QCOMPARE(e.requests(), 1 + 3 + 4);
        QCOMPARE(questions->model, QStringLiteral("openai/gpt-oss-120b"));
        QCOMPARE(stage(e, QStringLiteral("discovery"))->provider, QStringLiteral("Gemini"));
        QVERIFY2(questions->tokens() < 8'000, qPrintable(QString::number(questions->tokens())));
        QCOMPARE(e.bound, RunEstimate::Bound::Latency);
        // Skills, one round of discovery, then a batch's three skills in one answer.
        QCOMPARE(e.expectedMs, 2'000 + 9'000 + 500 + (200 + 3 * (16 + 8 * 36)) * 1000 / 300);

        // Without a token limit every skill is asked as soon as its notes are in.
        in.settings.groqTokensPerMinute = 0;
        QCOMPARE(stage(estimateRun(in), QStringLiteral("questions"))->requests, 9);
    }

    // Twice the skills: the questions model's tokens beyond one window bound the time.
    void freeTierTokensBoundTheTime()
    {
        EstimateInput in;
        in.settings.skillCount = 18;
        const RunEstimate e = estimateRun(in);
        const StageEstimate *questions = stage(e, QStringLiteral("questions"));
        QCOMPARE(questions->requests, 6 + 1);
        QVERIFY(questions->tokens() > 8'000);
        QCOMPARE(e.bound, RunEstimate::Bound::Tokens);
        QCOMPARE(e.boundModel, QStringLiteral("openai/gpt-oss-120b"));
        QCOMPARE(e.boundLimit, 8'000);
        const qint64 lastCall = 500 + (200 + 3 * (16 + 8 * 36)) * 1000 / 300;
        QCOMPARE(e.expectedMs, (questions->tokens() - 8'000) * 60'000 / 8'000 + lastCall);
        QCOMPARE(describeBound(e), QStringLiteral("limited by Groq's 8,000 tokens a minute for openai/gpt-oss-120b"));
        QVERIFY2(QRegularExpression(QStringLiteral("^14 request(s|\\(s\\)), about [0-9,]+ tokens \\(Groq [0-9,]+, "
                                                   "Gemini [0-9,]+\\), cost —, about [0-9]+ s — limited by Groq's"))
                     .match(describeEstimate(e))
                     .hasMatch(),
                 qPrintable(describeEstimate(e)));
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
        RunEstimate e = estimateRun(in);
        QCOMPARE(e.stages.size(), 1);
        QCOMPARE(e.stages.first().stage, QStringLiteral("questions"));
        QCOMPARE(e.requests(), 1); // one batch's two skills together (token-limited)
        in.settings.groqTokensPerMinute = 0;
        e = estimateRun(in);
        QCOMPARE(e.requests(), 2); // each as its notes arrive
        QCOMPARE(e.bound, RunEstimate::Bound::Latency);

        in.questionsLeft = 0;
        QVERIFY(estimateRun(in).isEmpty());
        QCOMPARE(estimateRun(in).expectedMs, 0);
    }

    // Money only at the prices the person entered: a stage whose model (or, for sources, grounding)
    // has no price is unknown, and so is the run's total; with every price the total adds up.
    void costAtEnteredPrices()
    {
        EstimateInput in;
        RunEstimate e = estimateRun(in);
        QVERIFY(!e.cost());
        for (const StageEstimate &s : e.stages)
            QVERIFY(!s.cost);
        QVERIFY(describeEstimate(e).contains(QStringLiteral(", cost —, ")));

        in.settings.prices.models.insert(in.settings.skillModel, ModelPrice { 0.10, 0.50 });
        in.settings.prices.models.insert(in.settings.questionModel, ModelPrice { 0.15, 0.75 });
        in.settings.prices.models.insert(in.settings.discoveryModel, ModelPrice { 0.30, 2.50 });
        e = estimateRun(in);
        const StageEstimate *skills = stage(e, QStringLiteral("skills"));
        const StageEstimate *discovery = stage(e, QStringLiteral("discovery"));
        const StageEstimate *questions = stage(e, QStringLiteral("questions"));
        QVERIFY(skills->cost && questions->cost);
        QCOMPARE(*skills->cost, skills->promptTokens * 0.10 / 1e6 + skills->completionTokens * 0.50 / 1e6);
        QCOMPARE(*questions->cost, questions->promptTokens * 0.15 / 1e6 + questions->completionTokens * 0.75 / 1e6);
        QVERIFY(!discovery->cost); // grounding's price is not known
        QVERIFY(!e.cost());

        in.settings.prices.groundingPerThousand = 35.0;
        e = estimateRun(in);
        discovery = stage(e, QStringLiteral("discovery"));
        QVERIFY(discovery->cost);
        QCOMPARE(*discovery->cost,
                 discovery->promptTokens * 0.30 / 1e6 + discovery->completionTokens * 2.50 / 1e6
                     + discovery->requests * 35.0 / 1000);
        QVERIFY(e.cost());
        QCOMPARE(*e.cost(),
                 *stage(e, QStringLiteral("skills"))->cost + *discovery->cost
                     + *stage(e, QStringLiteral("questions"))->cost);
        QVERIFY2(describeEstimate(e).contains(QStringLiteral(", cost about $0.")), qPrintable(describeEstimate(e)));

        // Grounding off: no discovery stage, so its price does not matter.
        in.settings.prices.groundingPerThousand.reset();
        in.grounded = false;
        QVERIFY(estimateRun(in).cost());
    }

    void costWording()
    {
        QCOMPARE(describeCost(std::nullopt), QStringLiteral("—"));
        QCOMPARE(describeCost(0.0), QStringLiteral("$0.00"));
        QCOMPARE(describeCost(0.00042), QStringLiteral("$0.0004"));
        QCOMPARE(describeCost(1.5), QStringLiteral("$1.50"));
        QCOMPARE(addCosts(1.0, std::nullopt), std::nullopt);
        QCOMPARE(*addCosts(1.0, 2.0), 3.0);
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
