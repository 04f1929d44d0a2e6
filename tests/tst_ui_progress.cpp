// Practice Progress (issue 16): the chart of each skill's score over time, the graded answers under
// it, the summary line, the empty state, the palette (light and dark) and right to left.
// IP_SCREENSHOT_DIR=<dir>: also saves the dialog as progress-{light,dark,rtl,empty}.png there.

#include "ProgressDialog.h"

#include <QAbstractButton>
#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineSeries>
#include <QTest>
#include <QTreeWidget>
#include <QValueAxis>

using namespace ip;

namespace {

QDateTime at(int minutes)
{
    return QDateTime(QDate(2026, 12, 7), QTime(9, 0), Qt::UTC).addSecs(minutes * 60);
}

RunState fixtureRun()
{
    RunState run;
    SkillResult python;
    python.name = QStringLiteral("Python");
    python.state = SkillState::Done;
    python.questions = { QStringLiteral("What is the GIL?"), QStringLiteral("Generators?") };
    SkillResult rust;
    rust.name = QStringLiteral("Rust");
    rust.state = SkillState::Done;
    rust.questions = { QStringLiteral("Ownership?") };
    run.skills = { python, rust };
    return run;
}

PracticeAttempt attempt(const QString &id, const QString &skill, const QString &question, int overall, int minute)
{
    PracticeAttempt a;
    a.id = id;
    a.skill = skill;
    a.question = question;
    a.at = at(minute);
    a.graded = true;
    a.grade.overall = overall;
    a.grade.correct = overall;
    a.grade.depth = overall;
    a.grade.tradeOffs = overall;
    a.grade.clarity = overall;
    a.grade.feedback = QStringLiteral("Good start; name the trade-off.");
    return a;
}

// Python: g3 "I don't know" (minute 5, 0), g1 (10, 4), g2 a follow-up of g1 (11, 2); Rust: g4 (20, 6),
// g5 not graded; Kotlin, no longer in the run: g6 (3, 8). Five graded: 0 + 4 + 2 + 6 + 8 = 20, average 4.0.
QList<PracticeAttempt> fixtureAttempts()
{
    QList<PracticeAttempt> all;
    all.append(attempt(QStringLiteral("g1"), QStringLiteral("Python"), QStringLiteral("What is the GIL?"), 4, 10));
    PracticeAttempt g2
        = attempt(QStringLiteral("g2"), QStringLiteral("Python"), QStringLiteral("When is it released?"), 2, 11);
    g2.parentId = QStringLiteral("g1");
    g2.depth = 1;
    all.append(g2);
    PracticeAttempt g3 = attempt(QStringLiteral("g3"), QStringLiteral("Python"), QStringLiteral("Generators?"), 3, 5);
    g3.grade.dontKnow = true;
    all.append(g3);
    all.append(attempt(QStringLiteral("g4"), QStringLiteral("Rust"), QStringLiteral("Ownership?"), 6, 20));
    PracticeAttempt g5 = attempt(QStringLiteral("g5"), QStringLiteral("Rust"), QStringLiteral("Ownership?"), 9, 25);
    g5.graded = false;
    all.append(g5);
    all.append(attempt(QStringLiteral("g6"), QStringLiteral("Kotlin"), QStringLiteral("Coroutines?"), 8, 3));
    return all;
}

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(37, 38, 41));
    p.setColor(QPalette::WindowText, QColor(230, 230, 230));
    p.setColor(QPalette::Base, QColor(28, 29, 31));
    p.setColor(QPalette::AlternateBase, QColor(45, 46, 50));
    p.setColor(QPalette::Text, QColor(230, 230, 230));
    p.setColor(QPalette::Button, QColor(50, 51, 55));
    p.setColor(QPalette::ButtonText, QColor(230, 230, 230));
    p.setColor(QPalette::Highlight, QColor(61, 142, 220));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Mid, QColor(90, 90, 95));
    return p;
}

QList<QLineSeries *> lineSeries(const QChart *chart)
{
    QList<QLineSeries *> lines;
    const QList<QAbstractSeries *> all = chart->series();
    for (QAbstractSeries *s : all)
        if (auto *line = qobject_cast<QLineSeries *>(s))
            lines.append(line);
    return lines;
}

template<typename Axis>
Axis *axisOf(const QChart *chart, Qt::Orientation orientation)
{
    const QList<QAbstractAxis *> axes = chart->axes(orientation);
    return axes.size() == 1 ? qobject_cast<Axis *>(axes.first()) : nullptr;
}

void saveScreenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("IP_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QVERIFY(QTest::qWaitForWindowExposed(widget));
    QVERIFY(widget->grab().save(dir + QLatin1Char('/') + name));
}

} // namespace

class TestUiProgress : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void emptyStateSaysHowToPractise();
    void chartHasOneLinePerSkillInTimeOrder();
    void listsGradedAnswersNewestFirst();
    void summaryLine();
    void followsThePalette();
    void rightToLeftMirrorsTheChart();
    void everyControlIsNamed();
};

void TestUiProgress::emptyStateSaysHowToPractise()
{
    ProgressDialog dialog(nullptr);
    QVERIFY(!dialog.isModal());
    QCOMPARE(dialog.windowTitle(), QStringLiteral("Practice Progress"));
    dialog.show();
    QVERIFY(dialog.isEmptyShown());
    auto *empty = dialog.findChild<QLabel *>(QStringLiteral("progressEmpty"));
    QVERIFY(empty);
    QCOMPARE(empty->text(), QStringLiteral("No graded answers yet: choose Practice under a question."));
    QVERIFY(!dialog.chartView()->isVisible());
    QVERIFY(!dialog.list()->isVisible());
    QVERIFY(dialog.summaryText().isEmpty());
    saveScreenshot(&dialog, QStringLiteral("progress-empty.png"));

    // Attempts that are not graded yet leave it empty; graded ones replace it, none again restores it.
    QList<PracticeAttempt> pending = fixtureAttempts();
    for (PracticeAttempt &a : pending)
        a.graded = false;
    dialog.setAttempts(fixtureRun(), pending);
    QVERIFY(dialog.isEmptyShown());
    QVERIFY(dialog.chartView()->chart()->series().isEmpty());
    QCOMPARE(dialog.list()->topLevelItemCount(), 0);
    dialog.setAttempts(fixtureRun(), fixtureAttempts());
    QVERIFY(!dialog.isEmptyShown());
    QVERIFY(dialog.chartView()->isVisible());
    QVERIFY(dialog.list()->isVisible());
    dialog.setAttempts(fixtureRun(), {});
    QVERIFY(dialog.isEmptyShown());
    QVERIFY(dialog.chartView()->chart()->series().isEmpty());
    QVERIFY(dialog.chartView()->chart()->axes().isEmpty());
}

void TestUiProgress::chartHasOneLinePerSkillInTimeOrder()
{
    ProgressDialog dialog(nullptr);
    dialog.setAttempts(fixtureRun(), fixtureAttempts());
    const QChart *chart = dialog.chartView()->chart();
    const QList<QLineSeries *> lines = lineSeries(chart);
    // Run order, then the skill the run no longer has.
    QCOMPARE(lines.size(), 3);
    QCOMPARE(lines[0]->name(), QStringLiteral("Python"));
    QCOMPARE(lines[1]->name(), QStringLiteral("Rust"));
    QCOMPARE(lines[2]->name(), QStringLiteral("Kotlin"));
    const auto ms = [](int minute) {
        return static_cast<qreal>(at(minute).toMSecsSinceEpoch());
    };
    // Python: "I don't know" at 0, then 4, then the follow-up's 2.
    QCOMPARE(lines[0]->points(), (QList<QPointF> { { ms(5), 0 }, { ms(10), 4 }, { ms(11), 2 } }));
    // Rust: the ungraded 9 is not drawn.
    QCOMPARE(lines[1]->points(), (QList<QPointF> { { ms(20), 6 } }));
    QCOMPARE(lines[2]->points(), (QList<QPointF> { { ms(3), 8 } }));
    for (const QLineSeries *line : lines)
        QVERIFY(line->pointsVisible());

    auto *score = axisOf<QValueAxis>(chart, Qt::Vertical);
    QVERIFY(score);
    QCOMPARE(score->min(), 0.0);
    QCOMPARE(score->max(), 10.0);
    auto *time = axisOf<QDateTimeAxis>(chart, Qt::Horizontal);
    QVERIFY(time);
    QVERIFY(time->min() < at(3));
    QVERIFY(time->max() > at(20));
    QVERIFY(!time->isReverse());
    QVERIFY2(!time->format().contains(QStringLiteral("ss")), qPrintable(time->format())); // minutes are enough
    QCOMPARE(chart->legend()->alignment(), Qt::AlignBottom);
    QVERIFY(chart->legend()->isVisible());
    for (QLineSeries *line : lines)
        QCOMPARE(line->attachedAxes().size(), 2);

    // Shown again with other attempts: the old lines and axes are gone, not added to.
    dialog.setAttempts(fixtureRun(),
                       { attempt(QStringLiteral("x"), QStringLiteral("Rust"), QStringLiteral("Ownership?"), 9, 1) });
    QCOMPARE(lineSeries(chart).size(), 1);
    QCOMPARE(chart->axes().size(), 2);
    // One answer: an hour either side, so the point is not on the frame.
    time = axisOf<QDateTimeAxis>(chart, Qt::Horizontal);
    QVERIFY(time);
    QCOMPARE(time->min(), at(1).addSecs(-3600));
    QCOMPARE(time->max(), at(1).addSecs(3600));
}

void TestUiProgress::listsGradedAnswersNewestFirst()
{
    ProgressDialog dialog(nullptr);
    dialog.setAttempts(fixtureRun(), fixtureAttempts());
    const QTreeWidget *list = dialog.list();
    QCOMPARE(list->columnCount(), 5);
    QCOMPARE(list->topLevelItemCount(), 5); // g5 is not graded
    QStringList ids;
    for (int i = 0; i < list->topLevelItemCount(); ++i)
        ids.append(list->topLevelItem(i)->data(0, Qt::UserRole).toString());
    QCOMPARE(ids,
             (QStringList { QStringLiteral("g4"), QStringLiteral("g2"), QStringLiteral("g1"), QStringLiteral("g3"),
                            QStringLiteral("g6") }));

    const QTreeWidgetItem *rust = list->topLevelItem(0);
    QCOMPARE(rust->text(0), QLocale().toString(at(20).toLocalTime(), QLocale::ShortFormat));
    QCOMPARE(rust->text(1), QStringLiteral("Rust"));
    QCOMPARE(rust->text(2), QStringLiteral("Ownership?"));
    QCOMPARE(rust->text(3), QStringLiteral("6/10"));
    QVERIFY(rust->text(4).isEmpty());
    QVERIFY(rust->toolTip(2).contains(QStringLiteral("name the trade-off")));
    QVERIFY(rust->toolTip(3).contains(QStringLiteral("Depth 6")));

    const QTreeWidgetItem *followUp = list->topLevelItem(1);
    QCOMPARE(followUp->text(2), QStringLiteral("When is it released?"));
    QCOMPARE(followUp->text(3), QStringLiteral("2/10"));
    QCOMPARE(followUp->text(4), QStringLiteral("follow-up"));

    // "I don't know": scored 0 whatever the grade's overall says.
    const QTreeWidgetItem *dontKnow = list->topLevelItem(3);
    QCOMPARE(dontKnow->text(3), QStringLiteral("0/10"));
    QCOMPARE(dontKnow->text(4), QStringLiteral("I don't know"));

    // Equal times: the one graded later (later in the list) first.
    QList<PracticeAttempt> same
        = { attempt(QStringLiteral("first"), QStringLiteral("Rust"), QStringLiteral("Ownership?"), 3, 7),
            attempt(QStringLiteral("second"), QStringLiteral("Rust"), QStringLiteral("Ownership?"), 5, 7) };
    dialog.setAttempts(fixtureRun(), same);
    QCOMPARE(list->topLevelItemCount(), 2);
    QCOMPARE(list->topLevelItem(0)->data(0, Qt::UserRole).toString(), QStringLiteral("second"));
}

void TestUiProgress::summaryLine()
{
    ProgressDialog dialog(nullptr);
    dialog.show();
    dialog.setAttempts(fixtureRun(), fixtureAttempts());
    // 0 + 4 + 2 + 6 + 8 = 20 over 5 answers: 4.0.
    const QString summary = dialog.summaryText();
    QVERIFY2(summary.contains(QLatin1Char('5')), qPrintable(summary));
    QVERIFY2(summary.contains(QLocale().toString(4.0, 'f', 1)), qPrintable(summary));
    // The chart's description reads the per-skill figures to a screen reader: Python (0 + 4 + 2) / 3 = 2.0.
    const QString description = dialog.chartView()->accessibleDescription();
    QVERIFY2(description.contains(QStringLiteral("Python")), qPrintable(description));
    QVERIFY2(description.contains(QLocale().toString(2.0, 'f', 1)), qPrintable(description));
    QVERIFY2(description.contains(QStringLiteral("Kotlin")), qPrintable(description));
}

void TestUiProgress::followsThePalette()
{
    ProgressDialog dialog(nullptr);
    dialog.setPalette(QApplication::style()->standardPalette());
    dialog.setAttempts(fixtureRun(), fixtureAttempts());
    dialog.show();
    QChart *chart = dialog.chartView()->chart();
    QCOMPARE(chart->theme(), QChart::ChartThemeLight);
    QCOMPARE(chart->backgroundBrush().color(), dialog.palette().color(QPalette::Base));
    saveScreenshot(&dialog, QStringLiteral("progress-light.png"));

    dialog.setPalette(darkPalette());
    QCOMPARE(chart->theme(), QChart::ChartThemeDark);
    QCOMPARE(chart->backgroundBrush().color(), QColor(28, 29, 31));
    QCOMPARE(chart->legend()->labelColor(), QColor(230, 230, 230));
    auto *score = axisOf<QValueAxis>(chart, Qt::Vertical);
    QVERIFY(score);
    QCOMPARE(score->labelsColor(), QColor(230, 230, 230));
    // The lines keep their width through the theme change.
    for (const QLineSeries *line : lineSeries(chart))
        QCOMPARE(line->pen().widthF(), 2.0);
    saveScreenshot(&dialog, QStringLiteral("progress-dark.png"));

    dialog.setPalette(QApplication::style()->standardPalette());
    QCOMPARE(chart->theme(), QChart::ChartThemeLight);
}

void TestUiProgress::rightToLeftMirrorsTheChart()
{
    ProgressDialog dialog(nullptr);
    dialog.setAttempts(fixtureRun(), fixtureAttempts());
    dialog.setLayoutDirection(Qt::RightToLeft);
    const QChart *chart = dialog.chartView()->chart();
    auto *time = axisOf<QDateTimeAxis>(chart, Qt::Horizontal);
    QVERIFY(time);
    QVERIFY(time->isReverse());
    auto *score = axisOf<QValueAxis>(chart, Qt::Vertical);
    QVERIFY(score);
    QCOMPARE(score->alignment(), Qt::AlignRight);
    QCOMPARE(lineSeries(chart).size(), 3);
    QCOMPARE(dialog.list()->layoutDirection(), Qt::RightToLeft);
    // An English question in a right-to-left list keeps its question mark at its end.
    const QChar ltrMark(0x200E);
    QCOMPARE(dialog.list()->topLevelItem(0)->text(2), ltrMark + QStringLiteral("Ownership?") + ltrMark);
    dialog.show();
    saveScreenshot(&dialog, QStringLiteral("progress-rtl.png"));

    dialog.setLayoutDirection(Qt::LeftToRight);
    time = axisOf<QDateTimeAxis>(chart, Qt::Horizontal);
    QVERIFY(time);
    QVERIFY(!time->isReverse());
    score = axisOf<QValueAxis>(chart, Qt::Vertical);
    QVERIFY(score);
    QCOMPARE(score->alignment(), Qt::AlignLeft);
    QCOMPARE(dialog.list()->topLevelItem(0)->text(2), QStringLiteral("Ownership?"));
}

void TestUiProgress::everyControlIsNamed()
{
    ProgressDialog dialog(nullptr);
    dialog.setAttempts(fixtureRun(), fixtureAttempts());
    dialog.show();
    const QList<QWidget *> named
        = { dialog.chartView(), dialog.list(), dialog.findChild<QLabel *>(QStringLiteral("progressSummary")),
            dialog.findChild<QLabel *>(QStringLiteral("progressEmpty")) };
    for (const QWidget *w : named) {
        QVERIFY(w);
        QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(w->objectName()));
    }
    const QList<QAbstractButton *> buttons = dialog.findChildren<QAbstractButton *>();
    QVERIFY(!buttons.isEmpty());
    for (const QAbstractButton *b : buttons)
        QVERIFY2(!b->accessibleName().isEmpty(), qPrintable(b->text()));
}

QTEST_MAIN(TestUiProgress)
#include "tst_ui_progress.moc"
