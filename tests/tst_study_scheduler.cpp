// The study deck's scheduling (issue 18): SM-2 as published (P. A. Woźniak, 1990,
// https://super-memory.com/english/ol/sm2.htm) — the E-Factor change for each quality, its floor of 1.3,
// the intervals 1, 6, round(I·EF), a failed review restarting them — the practice grade's rating, and a
// run of reviews worked out by hand.

#include "study/Scheduler.h"

#include <QTest>

using namespace ip;

namespace {

CardSchedule reviewed(const CardSchedule &s, ReviewRating r, const QDate &on)
{
    return nextSchedule(s, r, on);
}

} // namespace

class TestStudyScheduler : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void ratingNames()
    {
        for (ReviewRating r : { ReviewRating::Again, ReviewRating::Hard, ReviewRating::Good, ReviewRating::Easy })
            QVERIFY(reviewRatingFromString(toString(r)) == r);
        QCOMPARE(toString(ReviewRating::Again), QStringLiteral("again"));
        QCOMPARE(toString(ReviewRating::Easy), QStringLiteral("easy"));
        QVERIFY(!reviewRatingFromString(QStringLiteral("Good")));
        QVERIFY(!reviewRatingFromString(QString()));
        QCOMPARE(sm2Quality(ReviewRating::Again), 1);
        QCOMPARE(sm2Quality(ReviewRating::Hard), 3);
        QCOMPARE(sm2Quality(ReviewRating::Good), 4);
        QCOMPARE(sm2Quality(ReviewRating::Easy), 5);
    }

    // SM-2 step 4: EF' = EF + (0.1 - (5-q)(0.08 + (5-q)·0.02)).
    void easinessChange_data()
    {
        QTest::addColumn<int>("quality");
        QTest::addColumn<double>("change");
        QTest::newRow("q=5") << 5 << 0.10;
        QTest::newRow("q=4") << 4 << 0.0;
        QTest::newRow("q=3") << 3 << -0.14;
        QTest::newRow("q=2") << 2 << -0.32;
        QTest::newRow("q=1") << 1 << -0.54;
        QTest::newRow("q=0") << 0 << -0.80;
    }
    void easinessChange()
    {
        QFETCH(int, quality);
        QFETCH(double, change);
        QCOMPARE(nextEasiness(2.5, quality), 2.5 + change);
        QCOMPARE(nextEasiness(2.2, quality), 2.2 + change); // 2.2 - 0.80 = 1.4: still above the floor
    }

    void easinessFloor()
    {
        QCOMPARE(nextEasiness(1.3, 0), 1.3);
        QCOMPARE(nextEasiness(1.4, 1), 1.3); // 0.86 would be below the floor
        QCOMPARE(nextEasiness(1.5, 3), 1.36);
        CardSchedule s;
        const QDate day(2026, 1, 5);
        for (int i = 0; i < 10; ++i)
            s = reviewed(s, ReviewRating::Again, day.addDays(i));
        QCOMPARE(s.easiness, kMinEasiness);
        QCOMPARE(s.repetitions, 0);
        QCOMPARE(s.intervalDays, 1);
    }

    // I(1) = 1, I(2) = 6, I(n) = round(I(n-1)·EF).
    void intervals()
    {
        const QDate start(2026, 1, 5);
        CardSchedule s;
        QVERIFY(s.isNew());
        QList<int> got;
        QDate on = start;
        for (int i = 0; i < 5; ++i) {
            s = reviewed(s, ReviewRating::Good, on);
            got.append(s.intervalDays);
            QCOMPARE(s.due, on.addDays(s.intervalDays));
            QCOMPARE(s.repetitions, i + 1);
            on = s.due;
        }
        QCOMPARE(s.easiness, 2.5); // q=4 leaves EF as it is
        // 1, 6, 6·2.5 = 15, 15·2.5 = 37.5 → 38, 38·2.5 = 95.
        QCOMPARE(got, (QList<int> { 1, 6, 15, 38, 95 }));
        QVERIFY(!s.isNew());

        // Easy raises EF first: the third interval is round(6 · 2.8) = round(16.8) = 17.
        CardSchedule e;
        e = reviewed(e, ReviewRating::Easy, start);
        QCOMPARE(e.intervalDays, 1);
        QCOMPARE(e.easiness, 2.6);
        e = reviewed(e, ReviewRating::Easy, e.due);
        QCOMPARE(e.intervalDays, 6);
        e = reviewed(e, ReviewRating::Easy, e.due);
        QCOMPARE(e.easiness, 2.8);
        QCOMPARE(e.intervalDays, 17);
    }

    // q < 3: the repetitions start again (I(1), I(2), ...) with the E-Factor lowered once by the formula.
    void lapseRestarts()
    {
        const QDate start(2026, 1, 5);
        CardSchedule s;
        for (int i = 0; i < 3; ++i)
            s = reviewed(s, ReviewRating::Good, s.isNew() ? start : s.due);
        QCOMPARE(s.repetitions, 3);
        QCOMPARE(s.intervalDays, 15);
        const QDate lapsedOn = s.due;
        s = reviewed(s, ReviewRating::Again, lapsedOn);
        QCOMPARE(s.repetitions, 0);
        QCOMPARE(s.intervalDays, 1);
        QCOMPARE(s.due, lapsedOn.addDays(1));
        QCOMPARE(s.easiness, 1.96);
        s = reviewed(s, ReviewRating::Good, s.due);
        QCOMPARE(s.intervalDays, 1); // I(1) again: as if the card were new
        s = reviewed(s, ReviewRating::Good, s.due);
        QCOMPARE(s.intervalDays, 6); // I(2)
        s = reviewed(s, ReviewRating::Good, s.due);
        QCOMPARE(s.intervalDays, 12); // round(6 · 1.96) = round(11.76)
        QCOMPARE(s.easiness, 1.96);
    }

    void ratingForGradeTable_data()
    {
        QTest::addColumn<int>("overall");
        QTest::addColumn<bool>("dontKnow");
        QTest::addColumn<ReviewRating>("rating");
        const ReviewRating expected[]
            = { ReviewRating::Again, ReviewRating::Again, ReviewRating::Again, ReviewRating::Again,
                ReviewRating::Hard,  ReviewRating::Hard,  ReviewRating::Good,  ReviewRating::Good,
                ReviewRating::Good,  ReviewRating::Easy,  ReviewRating::Easy };
        for (int grade = 0; grade <= 10; ++grade)
            QTest::addRow("%d", grade) << grade << false << expected[grade];
        QTest::newRow("don't know") << 0 << true << ReviewRating::Again;
        QTest::newRow("don't know beats the score") << 9 << true << ReviewRating::Again;
        QTest::newRow("below range") << -2 << false << ReviewRating::Again;
        QTest::newRow("above range") << 12 << false << ReviewRating::Easy;
    }
    void ratingForGradeTable()
    {
        QFETCH(int, overall);
        QFETCH(bool, dontKnow);
        QFETCH(ReviewRating, rating);
        QCOMPARE(toString(ratingForGrade(overall, dontKnow)), toString(rating));
    }

    // Worked out by hand from the rules above (EF after each review, then the interval).
    void workedExample()
    {
        struct Step
        {
            QDate on;
            ReviewRating rating;
            CardSchedule expected;
        };
        const Step steps[] = {
            // Good (q=4): EF 2.5, n=1, I(1)=1.
            { QDate(2026, 3, 2), ReviewRating::Good, { 1, 2.5, 1, QDate(2026, 3, 3) } },
            // Hard (q=3): EF 2.5-0.14 = 2.36, n=2, I(2)=6.
            { QDate(2026, 3, 3), ReviewRating::Hard, { 2, 2.36, 6, QDate(2026, 3, 9) } },
            // Good: EF 2.36, n=3, I = round(6·2.36 = 14.16) = 14.
            { QDate(2026, 3, 9), ReviewRating::Good, { 3, 2.36, 14, QDate(2026, 3, 23) } },
            // Easy (q=5): EF 2.46, n=4, I = round(14·2.46 = 34.44) = 34; 23 March + 34 days = 26 April.
            { QDate(2026, 3, 23), ReviewRating::Easy, { 4, 2.46, 34, QDate(2026, 4, 26) } },
            // Again (q=1): EF 2.46-0.54 = 1.92, restart: n=0, I=1.
            { QDate(2026, 4, 26), ReviewRating::Again, { 0, 1.92, 1, QDate(2026, 4, 27) } },
            // Good: n=1, I(1)=1.
            { QDate(2026, 4, 27), ReviewRating::Good, { 1, 1.92, 1, QDate(2026, 4, 28) } },
            // Good: n=2, I(2)=6.
            { QDate(2026, 4, 28), ReviewRating::Good, { 2, 1.92, 6, QDate(2026, 5, 4) } },
            // Hard: EF 1.78, n=3, I = round(6·1.78 = 10.68) = 11.
            { QDate(2026, 5, 4), ReviewRating::Hard, { 3, 1.78, 11, QDate(2026, 5, 15) } },
            // Reviewed late (due 15 May, done 20 May): the interval counts from the review.
            { QDate(2026, 5, 20), ReviewRating::Good, { 4, 1.78, 20, QDate(2026, 6, 9) } },
        };
        CardSchedule s;
        for (const Step &step : steps) {
            s = reviewed(s, step.rating, step.on);
            QCOMPARE(s, step.expected);
        }
    }
};

QTEST_GUILESS_MAIN(TestStudyScheduler)
#include "tst_study_scheduler.moc"
