// The batch scheduler (pure, plain data): what to start next under the discovery and generation
// limits, the order of batches, and the gates for a stopped or missing provider.
#include "pipeline/BatchScheduler.h"

#include <QTest>

using namespace ip;
using Phase = BatchView::Phase;
using Action = BatchStep::Action;

namespace {

BatchView batch(Phase phase, bool hasReady = false, bool generating = false)
{
    return BatchView { phase, hasReady, generating };
}

BatchStep step(Action action, int index)
{
    return BatchStep { action, index };
}

// Performs each step as the orchestrator would if every call stayed in flight; returns the steps.
QList<BatchStep> drain(QList<BatchView> batches, const BatchLimits &limits, const BatchGates &gates = {})
{
    QList<BatchStep> out;
    for (int guard = 0; guard < 100; ++guard) {
        const BatchStep s = nextBatchStep(batches, limits, gates);
        if (s.action == Action::None)
            break;
        out.append(s);
        BatchView &b = batches[s.batch];
        switch (s.action) {
        case Action::StartDiscovery: b.phase = Phase::Discovering; break;
        case Action::SkipDiscovery:
            b.phase = Phase::ReadyToGenerate;
            b.hasReady = true;
            break;
        case Action::StartGeneration:
            b.generating = true;
            b.hasReady = false;
            if (b.phase == Phase::ReadyToGenerate)
                b.phase = Phase::Generating;
            break;
        case Action::FeedGeneration:
            b.hasReady = false;
            if (b.phase == Phase::ReadyToGenerate)
                b.phase = Phase::Generating;
            break;
        case Action::DropReady:
            b.hasReady = false;
            if (b.phase == Phase::ReadyToGenerate)
                b.phase = Phase::Done;
            break;
        case Action::None: break;
        }
    }
    return out;
}

} // namespace

class BatchSchedulerTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void nothingToDoForNoBatches()
    {
        QCOMPARE(nextBatchStep({}, {}, {}), BatchStep {});
        QVERIFY(allBatchesDone({}));
        QVERIFY(discoveryEnded({}));
    }

    void discoveryStartsInBatchOrderUpToItsLimit()
    {
        const QList<BatchView> batches(4, batch(Phase::Pending));
        QCOMPARE(drain(batches, BatchLimits { 2, 3 }),
                 (QList<BatchStep> { step(Action::StartDiscovery, 0), step(Action::StartDiscovery, 1) }));
    }

    void aLimitBelowOneCountsAsOne()
    {
        const QList<BatchView> batches(3, batch(Phase::Pending));
        QCOMPARE(drain(batches, BatchLimits { 0, -5 }), (QList<BatchStep> { step(Action::StartDiscovery, 0) }));
        const QList<BatchView> ready(3, batch(Phase::ReadyToGenerate, true));
        QCOMPARE(drain(ready, BatchLimits { 0, 0 }), (QList<BatchStep> { step(Action::StartGeneration, 0) }));
    }

    void aDiscoveringBatchHoldsItsSlot()
    {
        const QList<BatchView> batches { batch(Phase::Discovering), batch(Phase::Pending), batch(Phase::Pending) };
        QCOMPARE(nextBatchStep(batches, BatchLimits { 1, 1 }, {}), BatchStep {});
        QCOMPARE(nextBatchStep(batches, BatchLimits { 2, 1 }, {}), step(Action::StartDiscovery, 1));
    }

    void withoutDiscoveryEveryPendingBatchIsReadyAtOnce()
    {
        const QList<BatchView> batches(3, batch(Phase::Pending));
        const auto steps = drain(batches, BatchLimits { 1, 2 }, BatchGates { false, true });
        QCOMPARE(steps,
                 (QList<BatchStep> { step(Action::SkipDiscovery, 0), step(Action::SkipDiscovery, 1),
                                     step(Action::SkipDiscovery, 2), step(Action::StartGeneration, 0),
                                     step(Action::StartGeneration, 1) }));
    }

    void generationStartsUpToItsLimitInBatchOrder()
    {
        const QList<BatchView> batches { batch(Phase::Generating, false, true), batch(Phase::ReadyToGenerate, true),
                                         batch(Phase::ReadyToGenerate, true), batch(Phase::ReadyToGenerate, true) };
        QCOMPARE(drain(batches, BatchLimits { 1, 3 }),
                 (QList<BatchStep> { step(Action::StartGeneration, 1), step(Action::StartGeneration, 2) }));
    }

    void aBatchStillDiscoveringGeneratesWhatIsReady()
    {
        const QList<BatchView> early { batch(Phase::Discovering, true) };
        QCOMPARE(nextBatchStep(early, {}, {}), step(Action::StartGeneration, 0));
        const QList<BatchView> nothingYet { batch(Phase::Discovering) };
        QCOMPARE(nextBatchStep(nothingYet, {}, {}), BatchStep {});
    }

    void aGeneratingBatchIsFedRegardlessOfTheLimit()
    {
        // One request at a time per batch: its new skills go to the stage it has, not a second one.
        const QList<BatchView> batches { batch(Phase::Discovering, true, true),
                                         batch(Phase::ReadyToGenerate, false, true) };
        QCOMPARE(drain(batches, BatchLimits { 1, 1 }),
                 (QList<BatchStep> { step(Action::FeedGeneration, 0), step(Action::FeedGeneration, 1) }));
        const QList<BatchView> idle { batch(Phase::Generating, false, true) };
        QCOMPARE(nextBatchStep(idle, {}, {}), BatchStep {});
    }

    void batchesAfterTheGenerationLimitWaitEvenToBeFed()
    {
        const QList<BatchView> batches { batch(Phase::Generating, false, true), batch(Phase::ReadyToGenerate, true),
                                         batch(Phase::Discovering, true, true) };
        QCOMPARE(nextBatchStep(batches, BatchLimits { 1, 1 }, {}), BatchStep {});
    }

    void aStoppedQuestionsProviderDropsWhatIsReady()
    {
        const QList<BatchView> batches { batch(Phase::ReadyToGenerate, true), batch(Phase::Discovering, true),
                                         batch(Phase::Discovering) };
        QCOMPARE(drain(batches, BatchLimits { 1, 1 }, BatchGates { true, false }),
                 (QList<BatchStep> { step(Action::DropReady, 0), step(Action::DropReady, 1) }));
    }

    void discoveryComesBeforeGeneration()
    {
        const QList<BatchView> batches { batch(Phase::ReadyToGenerate, true), batch(Phase::Pending) };
        QCOMPARE(nextBatchStep(batches, {}, {}), step(Action::StartDiscovery, 1));
    }

    void discoveryEndsWhenNoBatchIsPendingOrDiscovering()
    {
        QVERIFY(!discoveryEnded({ batch(Phase::Done), batch(Phase::Pending) }));
        QVERIFY(!discoveryEnded({ batch(Phase::Discovering, true, true) }));
        QVERIFY(discoveryEnded({ batch(Phase::ReadyToGenerate), batch(Phase::Generating), batch(Phase::Done) }));
    }

    void theRunIsDoneWhenEveryBatchIs()
    {
        QVERIFY(allBatchesDone({ batch(Phase::Done), batch(Phase::Done) }));
        QVERIFY(!allBatchesDone({ batch(Phase::Done), batch(Phase::Generating) }));
    }
};

QTEST_APPLESS_MAIN(BatchSchedulerTest)
#include "tst_batch_scheduler.moc"
