// The window's building blocks, fed with plain value types: drop verdicts, the skill section,
// the accordion, the progress panel, the banner and the first-run panel; the report's target file
// and the recent-files list.

#include "Badge.h"
#include "CoreInit.h"
#include "DropZone.h"
#include "ErrorBanner.h"
#include "FileDialogs.h"
#include "FirstRunPanel.h"
#include "JobDialog.h"
#include "JobGapSection.h"
#include "ProgressPanel.h"
#include "QuestionRow.h"
#include "RecentFiles.h"
#include "ReportExporter.h"
#include "ResultsView.h"
#include "ResumeDrop.h"
#include "RunPage.h"
#include "SkillReviewPanel.h"
#include "SkillSectionWidget.h"
#include "common/Clock.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <memory>

using namespace ip;

namespace {

SkillResult doneSkill(const QString &name, int questions, bool grounded)
{
    SkillResult s;
    s.name = name;
    s.state = SkillState::Done;
    s.context = grounded ? ContextKind::Grounded : ContextKind::ContextFree;
    if (grounded)
        s.sources = { { QStringLiteral("CMake reference"), QUrl(QStringLiteral("https://www.cmake.org/docs/x")) },
                      { QString(), QUrl(QStringLiteral("https://blog.example.com/post")) } };
    else
        s.contextReason = QStringLiteral("grounding is off");
    for (int i = 1; i <= questions; ++i)
        s.questions << QStringLiteral("%1 question %2?").arg(name).arg(i);
    return s;
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write(bytes);
    return path;
}

QMimeData *urlsMime(const QList<QUrl> &urls)
{
    auto *mime = new QMimeData;
    mime->setUrls(urls);
    return mime;
}

JobGap kafkaGap(int questions)
{
    JobGap g;
    g.skill = QStringLiteral("Kafka");
    g.adjacent = QStringLiteral("RabbitMQ queues");
    g.advice = QStringLiteral("Say you have not run Kafka; explain the queueing you did run and what would differ.");
    for (int i = 1; i <= questions; ++i)
        g.questions << QStringLiteral("Kafka question %1?").arg(i);
    return g;
}

// Issue 15: a grounded skill whose questions say how hard they are, what they ask about, which
// resume line they probe and what a strong answer covers (with the source of each point).
// Question 1: internals, debugging & operations, evidence, three key points (sources 1, none, 2).
// Question 2: plain (nothing said). Question 3: foundations, concept. Question 4: edge cases, design.
SkillResult richSkill(const QString &name)
{
    SkillResult s = doneSkill(name, 0, true);
    Question q1(name + QStringLiteral(" question 1?"));
    q1.difficulty = 2;
    q1.category = QuestionCategory::Operations;
    q1.evidence = QStringLiteral("Cut build times by 40% across 30 repositories");
    q1.keyPoints = { { QStringLiteral("Where the time goes: configure, compile, link"), 0 },
                     { QStringLiteral("ccache & <precompiled headers>"), -1 },
                     { QStringLiteral("Ninja's parallelism"), 1 } };
    Question q3(name + QStringLiteral(" question 3?"));
    q3.difficulty = 1;
    q3.category = QuestionCategory::Concept;
    Question q4(name + QStringLiteral(" question 4?"));
    q4.difficulty = 3;
    q4.category = QuestionCategory::Design;
    s.questions = { q1, Question(name + QStringLiteral(" question 2?")), q3, q4 };
    s.claims = { QStringLiteral("Cut build times by 40% across 30 repositories"),
                 QStringLiteral("Owned the CI of 12 teams") };
    return s;
}

template<typename T>
T *findByAccessibleName(QWidget *root, const QString &name)
{
    const auto all = root->findChildren<T *>();
    for (T *w : all)
        if (w->accessibleName() == name)
            return w;
    return nullptr;
}

// Drops `mime` on a widget (enter, then drop), as a file manager would.
bool dropOn(QWidget *target, const QMimeData *mime)
{
    const QPoint pos = target->rect().center();
    QDragEnterEvent enter(pos, Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &enter);
    if (!enter.isAccepted())
        return false;
    QDragMoveEvent move(pos, Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &move);
    QDropEvent drop(QPointF(pos), Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &drop);
    return drop.isAccepted();
}

// A shown progress panel on a manual clock, with a run of "cv.pdf" started.
struct RunningPanel
{
    ManualClock clock { 5'000 };
    ProgressPanel panel;

    RunningPanel()
    {
        panel.setClock(&clock);
        panel.show();
        panel.startRun(QStringLiteral("cv.pdf"));
    }
};

} // namespace

class TestUiWidgets : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { registerCoreTypes(); }

    void dropVerdicts()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString pdf = writeFile(dir, QStringLiteral("cv.PDF"), "%PDF-1.4 fake");
        const QString md = writeFile(dir, QStringLiteral("cv.md"), "# Jane");
        const QString gif = writeFile(dir, QStringLiteral("photo.gif"), "GIF89a");
        const QString png = writeFile(dir, QStringLiteral("scan.png"), "png"); // read with OCR
        const QString big = writeFile(dir, QStringLiteral("big.txt"), QByteArray(5000, 'x'));

        std::unique_ptr<QMimeData> ok(urlsMime({ QUrl::fromLocalFile(pdf) }));
        QVERIFY(ResumeDrop::checkMime(ok.get(), 0).isAccepted());
        QCOMPARE(ResumeDrop::checkMime(ok.get(), 0).path, QFileInfo(pdf).absoluteFilePath());
        QVERIFY(ResumeDrop::checkFile(md, 0).isAccepted());

        QVERIFY(ResumeDrop::checkFile(png, 0).isAccepted());
        const DropVerdict image = ResumeDrop::checkFile(gif, 0);
        QVERIFY(!image.isAccepted());
        QVERIFY2(image.refusal.contains(QStringLiteral("photo.gif")), qPrintable(image.refusal));
        QVERIFY(image.refusal.contains(QStringLiteral("PDF")));

        const DropVerdict tooBig = ResumeDrop::checkFile(big, 1024);
        QVERIFY(!tooBig.isAccepted());
        QVERIFY2(tooBig.refusal.contains(QStringLiteral("too large")), qPrintable(tooBig.refusal));
        QVERIFY(ResumeDrop::checkFile(big, 10000).isAccepted());

        QVERIFY(!ResumeDrop::checkFile(dir.path(), 0).isAccepted());
        QVERIFY(!ResumeDrop::checkFile(dir.filePath(QStringLiteral("gone.pdf")), 0).isAccepted());

        std::unique_ptr<QMimeData> two(urlsMime({ QUrl::fromLocalFile(pdf), QUrl::fromLocalFile(md) }));
        QVERIFY(ResumeDrop::checkMime(two.get(), 0).refusal.contains(QStringLiteral("one resume")));
        std::unique_ptr<QMimeData> remote(urlsMime({ QUrl(QStringLiteral("https://example.com/cv.pdf")) }));
        QVERIFY(!ResumeDrop::checkMime(remote.get(), 0).isAccepted());
        QMimeData text;
        text.setText(QStringLiteral("hello"));
        QVERIFY(!ResumeDrop::checkMime(&text, 0).isAccepted());
    }

    // Issue 15: the review list keeps one entry per skill (compared like extracted skills), puts a
    // refused rename back, stops at 30, and Write Questions needs at least one skill.
    void skillReviewKeepsTheListClean()
    {
        SkillReviewPanel panel;
        panel.setSkills({ QStringLiteral("Kubernetes"), QStringLiteral("Go") });
        auto *list = panel.findChild<QListWidget *>(QStringLiteral("reviewSkillList"));
        auto *write = panel.findChild<QPushButton *>(QStringLiteral("reviewWrite"));
        QSignalSpy confirmed(&panel, &SkillReviewPanel::confirmed);

        list->item(1)->setText(QStringLiteral("k8s")); // a rename into a skill already there
        QCOMPARE(list->item(1)->text(), QStringLiteral("Go"));
        QVERIFY2(panel.message().contains(QStringLiteral("“k8s” is already in the list (as “Kubernetes”)")),
                 qPrintable(panel.message()));
        list->item(1)->setText(QStringLiteral("  **"));
        QCOMPARE(list->item(1)->text(), QStringLiteral("Go"));
        QCOMPARE(panel.message(), QStringLiteral("A skill needs a name; “Go” is kept."));
        list->item(1)->setText(QStringLiteral("1. \"Rust\"."));
        QCOMPARE(list->item(1)->text(), QStringLiteral("Rust")); // cleaned like an extracted name
        QVERIFY(panel.message().isEmpty());
        list->item(1)->setText(QStringLiteral("k8s")); // refused again: the accepted name is "Rust" now
        QCOMPARE(list->item(1)->text(), QStringLiteral("Rust"));

        QVERIFY(!panel.addSkill(QStringLiteral("KUBERNETES")));
        QVERIFY(!panel.addSkill(QStringLiteral("-")));
        for (int i = 0; i < 28; ++i)
            QVERIFY(panel.addSkill(QStringLiteral("Skill %1").arg(i)));
        QCOMPARE(list->count(), 30);
        QVERIFY(!panel.addSkill(QStringLiteral("One too many")));
        QCOMPARE(panel.message(), QStringLiteral("At most 30 skills can be asked about in one run."));

        write->click();
        QCOMPARE(confirmed.size(), 1);
        QCOMPARE(confirmed.first().at(0).toStringList().size(), 30);
        QCOMPARE(confirmed.first().at(0).toStringList().mid(0, 2),
                 (QStringList { QStringLiteral("Kubernetes"), QStringLiteral("Rust") }));

        panel.setSkills({ QStringLiteral("Go") });
        QVERIFY(write->isEnabled());
        QTest::keyClick(list, Qt::Key_Delete);
        QCOMPARE(list->count(), 0);
        QVERIFY(!write->isEnabled());
        QVERIFY(
            panel.findChild<QLabel *>(QStringLiteral("reviewCount"))->text().contains(QStringLiteral("at least one")));
    }

    void sectionShowsHeaderAndBody()
    {
        SkillSectionWidget section(0, QStringLiteral("CMake"));
        section.show();
        auto *state = section.findChild<QLabel *>(QStringLiteral("sectionState"));
        auto *count = section.findChild<QLabel *>(QStringLiteral("sectionCount"));
        auto *badge = section.findChild<Badge *>(QStringLiteral("sectionBadge"));
        QVERIFY(state && count && badge);
        QCOMPARE(state->text(), QStringLiteral("queued"));
        QCOMPARE(count->text(), QStringLiteral("0 questions"));
        QVERIFY(badge->isHidden()); // not known yet while queued

        SkillResult searching;
        searching.name = QStringLiteral("CMake");
        searching.state = SkillState::Searching;
        section.setResult(searching);
        QCOMPARE(state->text(), QStringLiteral("searching"));

        section.setResult(doneSkill(QStringLiteral("CMake"), 3, true));
        QCOMPARE(state->text(), QStringLiteral("done"));
        QCOMPARE(count->text(), QStringLiteral("3 questions"));
        QVERIFY(badge->isVisibleTo(&section));
        QCOMPARE(badge->text(), QStringLiteral("grounded"));
        QVERIFY(section.toggle()->accessibleName().contains(QStringLiteral("grounded")));

        // Collapsed by default; the body holds numbered, selectable questions and source links.
        QVERIFY(!section.isExpanded());
        auto *body = section.findChild<QWidget *>(QStringLiteral("sectionBody"));
        QVERIFY(body->isHidden());
        section.setExpanded(true);
        QVERIFY(body->isVisible());
        auto *q2 = section.findChild<QLabel *>(QStringLiteral("question2"));
        QVERIFY(q2);
        QCOMPARE(q2->text(), QStringLiteral("CMake question 2?"));
        // Selectable as soon as the pointer is over it (measuring stays cheap until then).
        QEnterEvent enter(QPointF(2, 2), QPointF(2, 2), q2->mapToGlobal(QPointF(2, 2)));
        QApplication::sendEvent(q2, &enter);
        QVERIFY(q2->textInteractionFlags() & Qt::TextSelectableByMouse);
        QVERIFY(q2->textInteractionFlags() & Qt::TextSelectableByKeyboard);
        QCOMPARE(section.findChild<QLabel *>(QStringLiteral("questionNumber2"))->text(), QStringLiteral("2."));
        auto *link1 = section.findChild<QLabel *>(QStringLiteral("sourceLink1"));
        auto *link2 = section.findChild<QLabel *>(QStringLiteral("sourceLink2"));
        QVERIFY(link1 && link2);
        QVERIFY(link1->text().contains(QStringLiteral("href=\"https://www.cmake.org/docs/x\"")));
        QVERIFY(link1->text().contains(QStringLiteral("CMake reference")));
        QVERIFY(link1->text().contains(QStringLiteral(">CMake reference — cmake.org<"))); // domain, without www.
        QVERIFY(link2->text().contains(QStringLiteral(">blog.example.com<"))); // no title: the domain
        QVERIFY(section.findChild<QWidget *>(QStringLiteral("sourcesBox"))->isVisible());

        // General knowledge: badge and reason, no sources.
        section.setResult(doneSkill(QStringLiteral("CMake"), 2, false));
        QCOMPARE(badge->text(), QStringLiteral("general knowledge"));
        QVERIFY(!section.findChild<QWidget *>(QStringLiteral("sourcesBox"))->isVisible());
        QVERIFY(section.findChild<QLabel *>(QStringLiteral("sectionContextNote"))
                    ->text()
                    .contains(QStringLiteral("grounding is off")));
        QVERIFY(!section.findChild<QLabel *>(QStringLiteral("question3"))); // rows follow the list
    }

    void sectionKeyboardToggles()
    {
        SkillSectionWidget section(0, QStringLiteral("Qt"));
        section.show();
        QVERIFY(QTest::qWaitForWindowExposed(&section));
        QVERIFY(section.toggle()->focusPolicy() & Qt::TabFocus);
        section.toggle()->setFocus();
        QSignalSpy spy(&section, &SkillSectionWidget::expandedChanged);
        QTest::keyClick(section.toggle(), Qt::Key_Space);
        QVERIFY(section.isExpanded());
        QTest::keyClick(section.toggle(), Qt::Key_Return);
        QVERIFY(!section.isExpanded());
        QTest::keyClick(section.toggle(), Qt::Key_Enter);
        QVERIFY(section.isExpanded());
        QCOMPARE(spy.count(), 3);
        // A click anywhere on the header toggles too.
        auto *header = section.findChild<QWidget *>(QStringLiteral("sectionHeader"));
        QTest::mouseClick(header, Qt::LeftButton, {}, QPoint(header->width() - 5, header->height() / 2));
        QVERIFY(!section.isExpanded());
    }

    void sectionCopiesAndRegenerates()
    {
        SkillSectionWidget section(4, QStringLiteral("Go"));
        section.setResult(doneSkill(QStringLiteral("Go"), 3, false));
        section.setExpanded(true);
        section.show();
        QSignalSpy copied(&section, &SkillSectionWidget::copied);
        QSignalSpy regen(&section, &SkillSectionWidget::regenerateRequested);

        section.findChild<QToolButton *>(QStringLiteral("copyQuestion2"))->click();
        QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("Go question 2?"));
        section.findChild<QPushButton *>(QStringLiteral("copyQuestionsButton"))->click();
        QCOMPARE(QApplication::clipboard()->text(),
                 QStringLiteral("1. Go question 1?\n2. Go question 2?\n3. Go question 3?"));
        QCOMPARE(copied.count(), 2);

        auto *regenerate = section.findChild<QPushButton *>(QStringLiteral("regenerateButton"));
        QVERIFY(regenerate->isEnabled());
        regenerate->click();
        QCOMPARE(regen.count(), 1);
        QCOMPARE(regen.first().first().toInt(), 4);
        section.setActionsEnabled(false);
        QVERIFY(!regenerate->isEnabled());
    }

    void failedSectionShowsWhyWithRetry()
    {
        SkillSectionWidget section(2, QStringLiteral("Rust"));
        section.setExpanded(true);
        section.show();
        SkillResult failed;
        failed.name = QStringLiteral("Rust");
        failed.state = SkillState::Failed;
        failed.error = QStringLiteral("Groq is overloaded; try again in a minute.");
        section.setResult(failed);
        QCOMPARE(section.findChild<QLabel *>(QStringLiteral("sectionState"))->text(), QStringLiteral("failed"));
        auto *error = section.findChild<QWidget *>(QStringLiteral("sectionError"));
        QVERIFY(error->isVisible());
        QCOMPARE(section.findChild<QLabel *>(QStringLiteral("sectionErrorText"))->text(), failed.error);
        QVERIFY(!section.findChild<QPushButton *>(QStringLiteral("regenerateButton"))->isVisible());
        QSignalSpy regen(&section, &SkillSectionWidget::regenerateRequested);
        section.findChild<QPushButton *>(QStringLiteral("retryButton"))->click();
        QCOMPARE(regen.count(), 1);
        QCOMPARE(regen.first().first().toInt(), 2);
    }

    void streamedQuestionsAppend()
    {
        SkillSectionWidget section(0, QStringLiteral("Qt"));
        SkillResult gen;
        gen.name = QStringLiteral("Qt");
        gen.state = SkillState::Generating;
        section.setResult(gen);
        section.addQuestion(0, QStringLiteral("First?"));
        section.addQuestion(1, QStringLiteral("Second?"));
        QCOMPARE(questionTexts(section.questions()),
                 (QStringList { QStringLiteral("First?"), QStringLiteral("Second?") }));
        QCOMPARE(section.findChild<QLabel *>(QStringLiteral("sectionCount"))->text(), QStringLiteral("2 questions"));
        QVERIFY(!section.findChild<QLabel *>(QStringLiteral("question1"))); // built when first seen
        section.setExpanded(true);
        auto *first = section.findChild<QLabel *>(QStringLiteral("question1"));
        QVERIFY(first);
        section.addQuestion(2, QStringLiteral("Third?"));
        QCOMPARE(section.findChild<QLabel *>(QStringLiteral("question3"))->text(), QStringLiteral("Third?"));
        // The full update with the same questions keeps the rows (a selection survives).
        gen.state = SkillState::Done;
        QCOMPARE(section.questions().size(), 3);
        gen.questions = section.questions();
        section.setResult(gen);
        QCOMPARE(section.findChild<QLabel *>(QStringLiteral("question1")), first);
        // A different list (regenerated) replaces them.
        gen.questions = { QStringLiteral("New?") };
        section.setResult(gen);
        QCOMPARE(section.findChild<QLabel *>(QStringLiteral("question1"))->text(), QStringLiteral("New?"));
        QVERIFY(!section.findChild<QLabel *>(QStringLiteral("question2")));
    }

    // --- Issue 15: questions with details ---

    void detailedQuestionShowsBadgesAndEvidence()
    {
        SkillSectionWidget section(0, QStringLiteral("CMake"));
        section.setResult(richSkill(QStringLiteral("CMake")));
        section.setExpanded(true);
        section.show();
        auto *row1 = section.findChild<QuestionRow *>(QStringLiteral("questionRow1"));
        auto *row2 = section.findChild<QuestionRow *>(QStringLiteral("questionRow2"));
        QVERIFY(row1 && row2);

        auto *difficulty = row1->findChild<Badge *>(QStringLiteral("difficultyBadge"));
        auto *category = row1->findChild<Badge *>(QStringLiteral("categoryBadge"));
        QVERIFY(difficulty && category);
        QVERIFY(difficulty->isVisible() && category->isVisible());
        QCOMPARE(difficulty->text(), QStringLiteral("How it works"));
        QCOMPARE(difficulty->level(), 2);
        QCOMPARE(difficulty->accessibleName(), QStringLiteral("Difficulty: How it works"));
        QVERIFY(difficulty->toolTip().contains(QStringLiteral("Level 2 of 3")));
        QCOMPARE(category->text(), QStringLiteral("Debugging & operations"));
        QCOMPARE(category->accessibleName(), QStringLiteral("Category: Debugging & operations"));
        auto *evidence = row1->findChild<QLabel *>(QStringLiteral("questionEvidence"));
        QVERIFY(evidence && evidence->isVisible());
        QCOMPARE(evidence->text(), QStringLiteral("From your resume: “Cut build times by 40% across 30 repositories”"));
        QVERIFY(!evidence->font().italic()); // muted instead: an italic face often lacks Arabic glyphs
        QCOMPARE(evidence->accessibleName(), QStringLiteral("From your resume"));
        QCOMPARE(row1->findChild<QLabel *>(QStringLiteral("question1"))->text(), QStringLiteral("CMake question 1?"));

        // A question with nothing said about it: number, text, copy, and Practice under the text (issue 16).
        QVERIFY(!row2->findChild<Badge *>());
        QVERIFY(!row2->findChild<QLabel *>(QStringLiteral("questionEvidence")));
        QVERIFY(!row2->findChild<QToolButton *>(QStringLiteral("keyPointsToggle")));
        QCOMPARE(row2->findChild<QLabel *>(QStringLiteral("question2"))->parentWidget(),
                 row2->findChild<QWidget *>(QStringLiteral("questionDetails")));
        auto *practise2 = row2->findChild<QToolButton *>(QStringLiteral("practiceButton2"));
        QVERIFY(practise2 && practise2->isVisible());
        QCOMPARE(practise2->text(), QStringLiteral("Practice"));
        // Details without evidence or key points: the badges only.
        auto *row3 = section.findChild<QuestionRow *>(QStringLiteral("questionRow3"));
        QCOMPARE(row3->findChild<Badge *>(QStringLiteral("difficultyBadge"))->text(), QStringLiteral("Foundations"));
        QCOMPARE(row3->findChild<Badge *>(QStringLiteral("categoryBadge"))->text(), QStringLiteral("Concept"));
        QVERIFY(!row3->findChild<QLabel *>(QStringLiteral("questionEvidence")));
        QVERIFY(!row3->findChild<QToolButton *>(QStringLiteral("keyPointsToggle")));

        // An older run (plain questions throughout) shows no badge, quote or key points.
        section.setResult(doneSkill(QStringLiteral("CMake"), 2, true));
        QVERIFY(!section.findChild<Badge *>(QStringLiteral("difficultyBadge")));
        QVERIFY(!section.findChild<QToolButton *>(QStringLiteral("keyPointsToggle")));
        QVERIFY(!section.findChild<QWidget *>(QStringLiteral("claimsBox"))->isVisible());
    }

    void keyPointsHideBehindTheirToggle()
    {
        SkillSectionWidget section(0, QStringLiteral("CMake"));
        section.setResult(richSkill(QStringLiteral("CMake")));
        section.setExpanded(true);
        section.show();
        QVERIFY(QTest::qWaitForWindowExposed(&section));
        auto *row1 = section.findChild<QuestionRow *>(QStringLiteral("questionRow1"));
        auto *toggle = findByAccessibleName<QToolButton>(&section, QStringLiteral("Show key points for question 1"));
        QVERIFY(toggle);
        QCOMPARE(toggle, row1->findChild<QToolButton *>(QStringLiteral("keyPointsToggle")));
        QCOMPARE(toggle->text(), QStringLiteral("Show key points"));
        QVERIFY(toggle->isCheckable());
        QVERIFY(toggle->focusPolicy() & Qt::TabFocus);
        // Hidden (not even built) until asked for.
        QVERIFY(!row1->findChild<QWidget *>(QStringLiteral("keyPoints")));
        QVERIFY(!row1->keyPointsShown());

        toggle->click();
        auto *points = row1->findChild<QWidget *>(QStringLiteral("keyPoints"));
        QVERIFY(points && points->isVisible());
        auto *p1 = points->findChild<QLabel *>(QStringLiteral("keyPoint1"));
        auto *p2 = points->findChild<QLabel *>(QStringLiteral("keyPoint2"));
        auto *p3 = points->findChild<QLabel *>(QStringLiteral("keyPoint3"));
        QVERIFY(p1 && p2 && p3);
        // A point drawn from a source names it as a link (the skill's first source here).
        QCOMPARE(p1->textFormat(), Qt::RichText);
        QVERIFY(p1->text().startsWith(QStringLiteral("Where the time goes: configure, compile, link (from <a ")));
        QVERIFY(p1->text().contains(QStringLiteral("href=\"https://www.cmake.org/docs/x\"")));
        QVERIFY(p1->text().contains(QStringLiteral(">CMake reference — cmake.org</a>)")));
        QVERIFY(p1->textInteractionFlags() & Qt::LinksAccessibleByKeyboard);
        QCOMPARE(p1->accessibleName(), QStringLiteral("Key point 1: Where the time goes: configure, compile, link"));
        QVERIFY(p3->text().contains(QStringLiteral(">blog.example.com</a>)"))); // no title: the site
        // Without a source: the plain text, nothing to escape or link.
        QCOMPARE(p2->textFormat(), Qt::PlainText);
        QCOMPARE(p2->text(), QStringLiteral("ccache & <precompiled headers>"));
        toggle->click();
        QVERIFY(points->isHidden());

        // By keyboard: Tab reaches the toggle after the question's copy button; Space and Enter toggle.
        auto *copy = row1->findChild<QToolButton *>(QStringLiteral("copyQuestion1"));
        copy->setFocus();
        QTRY_COMPARE(QApplication::focusWidget(), copy);
        QTest::keyClick(copy, Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), toggle);
        QTest::keyClick(toggle, Qt::Key_Space);
        QVERIFY(row1->keyPointsShown());
        QVERIFY(points->isVisible());
        QTest::keyClick(toggle, Qt::Key_Return);
        QVERIFY(!row1->keyPointsShown());
        QVERIFY(points->isHidden());
        QTest::keyClick(toggle, Qt::Key_Enter);
        QVERIFY(points->isVisible());

        // New sources (a regenerated discovery) relink the points shown.
        SkillResult moved = richSkill(QStringLiteral("CMake"));
        moved.sources.swapItemsAt(0, 1);
        section.setResult(moved);
        p1 = row1->findChild<QLabel *>(QStringLiteral("keyPoint1"));
        QVERIFY(p1 && p1->isVisible());
        QVERIFY(p1->text().contains(QStringLiteral(">blog.example.com</a>)")));
    }

    void claimsToDefendAboveTheSources()
    {
        SkillSectionWidget section(0, QStringLiteral("CMake"));
        section.setExpanded(true);
        section.show();
        auto *claims = section.findChild<QWidget *>(QStringLiteral("claimsBox"));
        QVERIFY(claims && claims->isHidden());
        section.setResult(richSkill(QStringLiteral("CMake")));
        QVERIFY(claims->isVisible());
        QCOMPARE(claims->findChild<QLabel *>(QStringLiteral("claimsTitle"))->text(),
                 QStringLiteral("Claims you must be ready to defend"));
        auto *c1 = claims->findChild<QLabel *>(QStringLiteral("claim1"));
        auto *c2 = claims->findChild<QLabel *>(QStringLiteral("claim2"));
        QVERIFY(c1 && c2 && !claims->findChild<QLabel *>(QStringLiteral("claim3")));
        QCOMPARE(c1->text(), QStringLiteral("“Cut build times by 40% across 30 repositories”"));
        QCOMPARE(c2->accessibleName(), QStringLiteral("Claim 2"));
        QCOMPARE(c2->accessibleDescription(), QStringLiteral("Owned the CI of 12 teams"));
        // In the body, after the questions and before the sources.
        auto *sources = section.findChild<QWidget *>(QStringLiteral("sourcesBox"));
        QVERIFY(sources->isVisible());
        QVERIFY(claims->y() > section.findChild<QWidget *>(QStringLiteral("questionsBox"))->y());
        QVERIFY(claims->y() < sources->y());
        // The same claims again (a streamed update) keep their labels; none hide the block.
        section.setResult(richSkill(QStringLiteral("CMake")));
        QCOMPARE(claims->findChild<QLabel *>(QStringLiteral("claim1")), c1);
        SkillResult none = richSkill(QStringLiteral("CMake"));
        none.claims.clear();
        section.setResult(none);
        QVERIFY(claims->isHidden());
    }

    void filtersHideQuestionsAndCount()
    {
        ResultsView view;
        view.resize(900, 700);
        view.show();
        auto *row = view.findChild<QWidget *>(QStringLiteral("filterRow"));
        QVERIFY(row);
        view.setSkills({ QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C") });
        view.updateSkill(2, doneSkill(QStringLiteral("C"), 2, false));
        QVERIFY(row->isHidden()); // plain questions: nothing to filter on
        view.updateSkill(0, richSkill(QStringLiteral("A")));
        QVERIFY(row->isVisible());
        view.updateSkill(1, richSkill(QStringLiteral("B")));
        view.section(0)->setExpanded(true);

        auto *difficulty = findByAccessibleName<QComboBox>(&view, QStringLiteral("Filter questions by difficulty"));
        auto *category = findByAccessibleName<QComboBox>(&view, QStringLiteral("Filter questions by category"));
        QVERIFY(difficulty && category);
        QCOMPARE(difficulty->count(), 4);
        QCOMPARE(difficulty->itemText(0), QStringLiteral("Any"));
        QCOMPARE(difficulty->itemText(3), QStringLiteral("Edge cases"));
        QCOMPARE(category->count(), 7);
        QCOMPARE(category->itemText(4), QStringLiteral("Debugging & operations"));

        // Difficulty "How it works" by keyboard: question 1 of A and B only.
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        difficulty->setFocus();
        QTest::keyClick(difficulty, Qt::Key_Down);
        QTest::keyClick(difficulty, Qt::Key_Down);
        QCOMPARE(difficulty->currentText(), QStringLiteral("How it works"));
        QCOMPARE(view.filter().difficulty, 2);
        SkillSectionWidget *a = view.section(0);
        QVERIFY(a->findChild<QWidget *>(QStringLiteral("questionRow1"))->isVisible());
        for (const char *hidden : { "questionRow2", "questionRow3", "questionRow4" })
            QVERIFY(a->findChild<QWidget *>(QString::fromLatin1(hidden))->isHidden());
        QCOMPARE(a->findChild<QLabel *>(QStringLiteral("sectionCount"))->text(), QStringLiteral("1 of 4 questions"));
        QVERIFY(a->toggle()->accessibleName().contains(QStringLiteral("1 of 4 questions")));
        QCOMPARE(view.section(1)->findChild<QLabel *>(QStringLiteral("sectionCount"))->text(),
                 QStringLiteral("1 of 4 questions"));
        // C's questions say no difficulty: none match.
        QCOMPARE(view.section(2)->findChild<QLabel *>(QStringLiteral("sectionCount"))->text(),
                 QStringLiteral("0 of 2 questions"));
        QVERIFY(view.findChild<QLabel *>(QStringLiteral("resultsSummary"))
                    ->text()
                    .contains(QStringLiteral("2 of 10 questions")));
        auto *clear = findByAccessibleName<QToolButton>(&view, QStringLiteral("Clear the question filters"));
        QVERIFY(clear && clear->isVisible());

        // Both filters: edge cases about design is A's (and B's) question 4, which keeps its number.
        view.setFilter({ 3, QuestionCategory::Design });
        QCOMPARE(difficulty->currentText(), QStringLiteral("Edge cases"));
        QCOMPARE(category->currentText(), QStringLiteral("Design"));
        QVERIFY(a->findChild<QWidget *>(QStringLiteral("questionRow1"))->isHidden());
        QVERIFY(a->findChild<QWidget *>(QStringLiteral("questionRow4"))->isVisible());
        QCOMPARE(a->findChild<QLabel *>(QStringLiteral("questionNumber4"))->text(), QStringLiteral("4."));
        // Copy questions copies what is shown.
        a->findChild<QPushButton *>(QStringLiteral("copyQuestionsButton"))->click();
        QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("4. A question 4?"));

        // A category no question has: every section says so in a line.
        category->setFocus();
        QTest::keyClick(category, Qt::Key_End); // "Project deep-dive"
        QVERIFY(view.filter().category == QuestionCategory::Project);
        QVERIFY(a->findChild<QLabel *>(QStringLiteral("sectionNoMatch"))->isVisible());
        QCOMPARE(a->findChild<QLabel *>(QStringLiteral("sectionNoMatch"))->text(),
                 QStringLiteral("No question matches the filters"));
        QVERIFY(a->findChild<QWidget *>(QStringLiteral("questionsBox"))->isHidden());

        // Rows built later (a section opened while filtering) follow the filter.
        view.setFilter({ 1, QuestionCategory::None });
        SkillSectionWidget *b = view.section(1);
        QVERIFY(!b->findChild<QWidget *>(QStringLiteral("questionRow1")));
        b->setExpanded(true);
        QVERIFY(b->findChild<QWidget *>(QStringLiteral("questionRow1"))->isHidden());
        QVERIFY(b->findChild<QWidget *>(QStringLiteral("questionRow3"))->isVisible());
        QVERIFY(!a->findChild<QLabel *>(QStringLiteral("sectionNoMatch"))->isVisible());

        // Clearing shows everything again; counts say just the number.
        clear->click();
        QVERIFY(!view.filter().isActive());
        QCOMPARE(difficulty->currentIndex(), 0);
        QCOMPARE(category->currentIndex(), 0);
        QVERIFY(clear->isHidden());
        for (int i = 1; i <= 4; ++i)
            QVERIFY(a->findChild<QWidget *>(QStringLiteral("questionRow%1").arg(i))->isVisible());
        QCOMPARE(a->findChild<QLabel *>(QStringLiteral("sectionCount"))->text(), QStringLiteral("4 questions"));

        // A new run starts without filters, and without the row until its questions have details.
        view.setFilter({ 2, QuestionCategory::None });
        view.clear();
        QVERIFY(!view.filter().isActive());
        QVERIFY(row->isHidden());
        view.setSkills({ QStringLiteral("D") });
        view.addQuestion(0, 0, QStringLiteral("Plain?"));
        QVERIFY(row->isHidden());
        Question detailed(QStringLiteral("Detailed?"));
        detailed.category = QuestionCategory::TradeOff;
        view.addQuestion(0, 1, detailed);
        QVERIFY(row->isVisible());
        QCOMPARE(difficulty->currentIndex(), 0);
    }

    void accordionExpandCollapseAll()
    {
        ResultsView view;
        view.show();
        view.setSkills({ QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C") });
        QCOMPARE(view.count(), 3);
        QVERIFY(view.findChild<QLabel *>(QStringLiteral("resultsEmpty"))->isHidden());
        for (int i = 0; i < 3; ++i)
            QVERIFY(!view.section(i)->isExpanded());

        // The first skill with questions opens by itself, once.
        view.updateSkill(1, doneSkill(QStringLiteral("B"), 2, true));
        QVERIFY(view.section(1)->isExpanded());
        view.updateSkill(0, doneSkill(QStringLiteral("A"), 2, true));
        QVERIFY(!view.section(0)->isExpanded());

        view.findChild<QToolButton *>(QStringLiteral("expandAllButton"))->click();
        QVERIFY(view.section(0)->isExpanded()); // the first at once, the others turn by turn
        QTRY_VERIFY(view.allExpanded());
        // Collapsing while an expansion is still under way stops it.
        view.findChild<QToolButton *>(QStringLiteral("collapseAllButton"))->click();
        view.findChild<QToolButton *>(QStringLiteral("expandAllButton"))->click();
        view.findChild<QToolButton *>(QStringLiteral("collapseAllButton"))->click();
        QTest::qWait(20);
        for (int i = 0; i < 3; ++i)
            QVERIFY(!view.section(i)->isExpanded());
        view.findChild<QToolButton *>(QStringLiteral("expandAllButton"))->click();
        QTRY_VERIFY(view.allExpanded());
        view.findChild<QToolButton *>(QStringLiteral("collapseAllButton"))->click();
        for (int i = 0; i < 3; ++i)
            QVERIFY(!view.section(i)->isExpanded());
        QCOMPARE(view.doneCount(), 2);
        QVERIFY(
            view.findChild<QLabel *>(QStringLiteral("resultsSummary"))->text().contains(QStringLiteral("4 questions")));

        // Tab moves from header to header.
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.section(0)->toggle()->setFocus();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), view.section(1)->toggle());

        QSignalSpy regen(&view, &ResultsView::regenerateRequested);
        view.section(2)->findChild<QPushButton *>(QStringLiteral("regenerateButton"))->click();
        QCOMPARE(regen.count(), 0); // C is still queued: nothing to regenerate yet
        view.section(0)->findChild<QPushButton *>(QStringLiteral("regenerateButton"))->click();
        QCOMPARE(regen.count(), 1);
        QCOMPARE(regen.first().first().toInt(), 0);

        view.clear();
        QCOMPARE(view.count(), 0);
    }

    // Issue 14: a wait is one line that counts down, names the longest wait, and goes away when
    // the wait does (never a log line that stays after the wait vanished).
    void progressPanelWaitLineCountsDownAndIsWithdrawn()
    {
        RunningPanel running;
        ManualClock &clock = running.clock;
        ProgressPanel &panel = running.panel;
        auto *line = panel.findChild<QLabel *>(QStringLiteral("waitLabel"));
        QVERIFY(line);
        QVERIFY(!line->isVisible());

        panel.setWaits({ RunWait { QStringLiteral("Groq"), QStringLiteral("Groq rate limit"), 12'000, true },
                         RunWait { QStringLiteral("Gemini"), QStringLiteral("Gemini rate limit"), 3'000, true } });
        QVERIFY(line->isVisible());
        QCOMPARE(line->text(), QStringLiteral("Waiting about 12 s for the Groq rate limit (2 calls waiting)"));
        clock.advance(5'000);
        panel.refreshElapsed();
        QCOMPARE(line->text(), QStringLiteral("Waiting about 7 s for the Groq rate limit (2 calls waiting)"));

        // A new estimate replaces the old one; a backoff names its reason.
        panel.setWaits({ RunWait { QStringLiteral("Groq"), QStringLiteral("Groq is busy or unreachable, retrying"),
                                   2'500, false } });
        QCOMPARE(line->text(), QStringLiteral("Waiting about 3 s: Groq is busy or unreachable, retrying"));

        panel.setWaits({});
        QVERIFY(!line->isVisible());
        QVERIFY(panel.waitText().isEmpty());
        QVERIFY(!panel.activityLines().join(QLatin1Char('\n')).contains(QStringLiteral("Waiting")));

        // The end of the run withdraws what still waited.
        panel.setWaits({ RunWait { QStringLiteral("Groq"), QString(), 60'000, true } });
        QVERIFY(line->isVisible());
        panel.finishRun(RunSummary {});
        QVERIFY(!line->isVisible());
    }

    // Issue 14: the time left counts down between estimates and names what bounds it; each stage's
    // requests and tokens are shown once the run ended.
    void progressPanelTimeLeftAndStageUsage()
    {
        RunningPanel running;
        ManualClock &clock = running.clock;
        ProgressPanel &panel = running.panel;
        auto *left = panel.findChild<QLabel *>(QStringLiteral("timeLeftLabel"));
        auto *stages = panel.findChild<QLabel *>(QStringLiteral("stageUsageLabel"));
        QVERIFY(left && stages);
        QVERIFY(!left->isVisible());

        RunEstimate estimate;
        estimate.stages = { StageEstimate { QStringLiteral("questions"), QStringLiteral("Groq"),
                                            QStringLiteral("openai/gpt-oss-120b"), 3, 3'000, 2'000, 9'000 } };
        estimate.expectedMs = 100'000;
        estimate.bound = RunEstimate::Bound::Tokens;
        estimate.boundProvider = QStringLiteral("Groq");
        estimate.boundModel = QStringLiteral("openai/gpt-oss-120b");
        estimate.boundLimit = 8'000;
        panel.setEstimate(estimate);
        QVERIFY(left->isVisible());
        QCOMPARE(
            left->text(),
            QStringLiteral("About 1 min 40 s left — limited by Groq's 8,000 tokens a minute for openai/gpt-oss-120b"));
        clock.advance(70'000);
        panel.refreshElapsed();
        QVERIFY2(left->text().startsWith(QStringLiteral("About 30 s left")), qPrintable(left->text()));
        panel.setEstimate(RunEstimate {}); // nothing left
        QVERIFY(!left->isVisible());
        panel.setEstimate(estimate);

        panel.finishRun(RunSummary {});
        QVERIFY(!left->isVisible());
        // Costs at the prices entered: the skills and questions models have one; Gemini's tokens do,
        // but grounding has no price, so the sources stage's cost is unknown ("—"), never a guess.
        const QMap<QString, QString> models { { QStringLiteral("skills"), QStringLiteral("openai/gpt-oss-20b") },
                                              { QStringLiteral("discovery"), QStringLiteral("gemini-2.5-flash") },
                                              { QStringLiteral("questions"), QStringLiteral("openai/gpt-oss-120b") } };
        Prices prices;
        prices.models.insert(QStringLiteral("openai/gpt-oss-20b"), ModelPrice { 0.10, 0.50 });
        prices.models.insert(QStringLiteral("openai/gpt-oss-120b"), ModelPrice { 0.15, 0.75 });
        prices.models.insert(QStringLiteral("gemini-2.5-flash"), ModelPrice { 0.30, 2.50 });
        panel.setStageUsage({ { QStringLiteral("skills"), TokenUsage { 1, 1'500, 300 } },
                              { QStringLiteral("discovery"), TokenUsage { 3, 900, 3'000 } },
                              { QStringLiteral("questions"), TokenUsage { 9, 6'000, 4'000 } } },
                            models, prices);
        QVERIFY(stages->isVisible());
        const QStringList parts = stages->text().split(QLatin1Char('\n')); // a line a stage
        QCOMPARE(parts.size(), 3);
        QVERIFY2(parts.at(0).startsWith(QStringLiteral("Skills: 1 request")), qPrintable(parts.at(0)));
        QVERIFY2(parts.at(0).endsWith(QStringLiteral(", 1,800 tokens, cost $0.0003")), qPrintable(parts.at(0)));
        QVERIFY2(parts.at(1).endsWith(QStringLiteral(", 3,900 tokens, cost —")), qPrintable(parts.at(1)));
        QVERIFY2(parts.at(2).endsWith(QStringLiteral(", 10,000 tokens, cost $0.0039")), qPrintable(parts.at(2)));
        prices.groundingPerThousand = 35.0; // 3 searches: $0.105, plus the tokens: $0.00027 + $0.0075
        panel.setStageUsage({ { QStringLiteral("discovery"), TokenUsage { 3, 900, 3'000 } } }, models, prices);
        QVERIFY2(stages->text().endsWith(QStringLiteral(", 3,900 tokens, cost $0.1128")), qPrintable(stages->text()));

        panel.startRun(QStringLiteral("next.pdf"));
        QVERIFY(!stages->isVisible());
    }

    void progressPanelStagesCountsAndTime()
    {
        RunningPanel running;
        ManualClock &clock = running.clock;
        ProgressPanel &panel = running.panel;
        QVERIFY(panel.isRunning());
        auto *cancel = panel.findChild<QPushButton *>(QStringLiteral("cancelButton"));
        QVERIFY(cancel->isVisible());

        panel.setStage(Stage::ExtractingSkills);
        auto *reading = panel.findChild<QLabel *>(QStringLiteral("stageLabel_reading-resume"));
        auto *extracting = panel.findChild<QLabel *>(QStringLiteral("stageLabel_extracting-skills"));
        auto *writing = panel.findChild<QLabel *>(QStringLiteral("stageLabel_writing-questions"));
        QCOMPARE(reading->property("stageState").toString(), QStringLiteral("done"));
        QCOMPARE(extracting->property("stageState").toString(), QStringLiteral("in progress"));
        QVERIFY(extracting->font().bold());
        QVERIFY(!writing->font().bold());
        QCOMPARE(writing->property("stageState").toString(), QStringLiteral("not started"));

        panel.setSkillCounts(3, 9);
        auto *bar = panel.findChild<QProgressBar *>(QStringLiteral("skillProgress"));
        QCOMPARE(bar->maximum(), 9);
        QCOMPARE(bar->value(), 3);
        QCOMPARE(bar->text(), QStringLiteral("3 of 9 skills done"));
        panel.setSkillCounts(3, 9, 2);
        QCOMPARE(bar->value(), 5);
        QCOMPARE(bar->text(), QStringLiteral("3 of 9 skills done, 2 failed"));

        clock.advance(83'000);
        panel.refreshElapsed();
        QCOMPARE(panel.elapsedText(), QStringLiteral("1:23"));
        QCOMPARE(panel.findChild<QLabel *>(QStringLiteral("elapsedLabel"))->text(), QStringLiteral("Elapsed 1:23"));

        panel.addActivity(QStringLiteral("Batch 2/3: searching the web"));
        QVERIFY(panel.activityLines().last().endsWith(QStringLiteral("Batch 2/3: searching the web")));

        QSignalSpy cancelled(&panel, &ProgressPanel::cancelRequested);
        cancel->click();
        QCOMPARE(cancelled.count(), 1);

        panel.finishRun({ RunSummary::Outcome::Cancelled, 3, 0, QString() });
        QVERIFY(!panel.isRunning());
        QVERIFY(!cancel->isVisible());
        clock.advance(60'000); // the clock stops with the run
        panel.refreshElapsed();
        QCOMPARE(panel.elapsedText(), QStringLiteral("1:23"));
        QVERIFY(
            panel.findChild<QLabel *>(QStringLiteral("outcomeLabel"))->text().contains(QStringLiteral("Cancelled")));
        // The stage it stopped in says so; later ones never started; "finished" does not mark them done.
        panel.setStage(Stage::Finished);
        QCOMPARE(extracting->property("stageState").toString(), QStringLiteral("stopped"));
        QCOMPARE(writing->property("stageState").toString(), QStringLiteral("not started"));
        QCOMPARE(reading->property("stageState").toString(), QStringLiteral("done"));

        panel.startRun(QStringLiteral("cv.pdf"));
        panel.setStage(Stage::ReadingResume);
        panel.setStage(Stage::Finished); // ignored while running: the outcome decides
        QCOMPARE(reading->property("stageState").toString(), QStringLiteral("in progress"));
        panel.finishRun({ RunSummary::Outcome::Failed, 0, 0, QStringLiteral("bad file") });
        QCOMPARE(reading->property("stageState").toString(), QStringLiteral("failed"));
        QCOMPARE(bar->text(), QStringLiteral("No skills"));

        panel.startRun(QStringLiteral("cv.pdf"));
        panel.setStage(Stage::WritingQuestions);
        panel.setSkillCounts(2, 2);
        panel.finishRun({ RunSummary::Outcome::Complete, 2, 0, QString() });
        QCOMPARE(writing->property("stageState").toString(), QStringLiteral("done"));
    }

    void bannerShowsMessageAndActions()
    {
        ErrorBanner banner;
        QVERIFY(banner.isHidden());
        QSignalSpy spy(&banner, &ErrorBanner::actionTriggered);
        banner.showMessage(QStringLiteral("Groq rejected the API key."),
                           { ErrorBanner::Action::OpenSettings, ErrorBanner::Action::Retry });
        QVERIFY(!banner.isHidden());
        QCOMPARE(banner.message(), QStringLiteral("Groq rejected the API key."));
        QVERIFY(banner.button(ErrorBanner::Action::OpenSettings));
        QVERIFY(!banner.button(ErrorBanner::Action::ChooseFile));
        banner.button(ErrorBanner::Action::Retry)->click();
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.first().first().value<ErrorBanner::Action>(), ErrorBanner::Action::Retry);
        banner.findChild<QToolButton *>(QStringLiteral("errorBannerClose"))->click();
        QVERIFY(banner.isHidden());
        QVERIFY(banner.message().isEmpty());
    }

    void dropZoneStates()
    {
        DropZone zone;
        zone.show();
        QSignalSpy open(&zone, &DropZone::openRequested);
        zone.findChild<QPushButton *>(QStringLiteral("openResumeButton"))->click();
        QCOMPARE(open.count(), 1);
        zone.setRefusal(QStringLiteral("nope"));
        QCOMPARE(zone.refusal(), QStringLiteral("nope"));
        zone.setHighlighted(true); // a valid file hovers: the old refusal goes
        QVERIFY(zone.refusal().isEmpty());
        QCOMPARE(zone.findChild<QLabel *>(QStringLiteral("dropZoneTitle"))->text(),
                 QStringLiteral("Release to read this resume"));
        QSignalSpy recent(&zone, &DropZone::recentFileRequested);
        zone.setRecentFiles({ QStringLiteral("/tmp/a.pdf"), QStringLiteral("/tmp/b.md") });
        zone.findChild<QPushButton *>(QStringLiteral("recentFileButton1"))->click();
        QCOMPARE(recent.count(), 1);
        QCOMPARE(recent.first().first().toString(), QStringLiteral("/tmp/b.md"));
    }

    void firstRunPanelOffersALocalServerOnlyWhenFound()
    {
        FirstRunPanel panel;
        panel.show();
        const QString links = panel.findChild<QLabel *>(QStringLiteral("firstRunLinks"))->text();
        QVERIFY(links.contains(QStringLiteral("https://console.groq.com/keys")));
        QVERIFY(links.contains(QStringLiteral("https://aistudio.google.com/apikey")));
        QVERIFY(!panel.isLocalServerOffered());
        QVERIFY(!panel.offeredServer());
        const auto server = [](const char *name, int port, const QStringList &models) {
            return LocalServer { QString::fromUtf8(name), QUrl(QStringLiteral("http://localhost:%1/v1").arg(port)),
                                 models };
        };
        auto *text = panel.findChild<QLabel *>(QStringLiteral("localServerOfferText"));
        auto *use = panel.findChild<QPushButton *>(QStringLiteral("useLocalServerButton"));
        auto *choice = panel.findChild<QComboBox *>(QStringLiteral("localServerChoice"));
        QSignalSpy used(&panel, &FirstRunPanel::useLocalServerRequested);

        // One server: named with its address and the model it would use (not the embedding model).
        const LocalServer lmStudio
            = server("LM Studio", 1234, { QStringLiteral("text-embedding-nomic"), QStringLiteral("qwen2.5-7b") });
        panel.setLocalServers({ lmStudio });
        QVERIFY(panel.isLocalServerOffered());
        QVERIFY(choice->isHidden());
        QVERIFY2(text->text().contains(QStringLiteral("LM Studio is running on this computer (localhost:1234) with 2 "
                                                      "models, e.g. qwen2.5-7b.")),
                 qPrintable(text->text()));
        QCOMPARE(use->text(), QStringLiteral("Work Offline with LM Studio"));
        use->click();
        QCOMPARE(used.count(), 1);
        QCOMPARE(used.at(0).at(0).value<LocalServer>(), lmStudio);

        // Several: a choice, and the button follows it.
        const LocalServer ollama = server("Ollama", 11434, { QStringLiteral("llama3.2") });
        panel.setLocalServers({ ollama, lmStudio });
        QVERIFY(choice->isVisible());
        QCOMPARE(choice->count(), 2);
        QCOMPARE(choice->itemText(0), QStringLiteral("Ollama (localhost:11434): llama3.2"));
        QVERIFY(text->text().contains(QStringLiteral("2 chat servers are running on this computer.")));
        QCOMPARE(use->text(), QStringLiteral("Work Offline with Ollama"));
        choice->setCurrentIndex(1);
        QCOMPARE(use->text(), QStringLiteral("Work Offline with LM Studio"));
        use->click();
        QCOMPARE(used.at(1).at(0).value<LocalServer>(), lmStudio);

        // A server with no model to chat with is not offered; nothing found hides the offer.
        panel.setLocalServers({ server("vLLM", 8000, {}) });
        QVERIFY(!panel.isLocalServerOffered());
        panel.setLocalServers({});
        QVERIFY(!panel.isLocalServerOffered());
        QSignalSpy settings(&panel, &FirstRunPanel::openSettingsRequested);
        panel.findChild<QPushButton *>(QStringLiteral("firstRunSettingsButton"))->click();
        QCOMPARE(settings.count(), 1);
    }

    void everyControlHasAnAccessibleName()
    {
        ResultsView view;
        view.setSkills({ QStringLiteral("A"), QStringLiteral("B") });
        view.updateSkill(0, doneSkill(QStringLiteral("A"), 2, true));
        view.updateSkill(1, richSkill(QStringLiteral("B"))); // badges, key points with links, filters
        view.section(1)->setExpanded(true);
        view.section(1)->findChild<QuestionRow *>(QStringLiteral("questionRow1"))->setKeyPointsShown(true);
        QVERIFY(view.section(1)->findChild<QLabel *>(QStringLiteral("keyPoint1")));
        QVERIFY(view.findChild<QComboBox *>(QStringLiteral("categoryFilter")));
        ProgressPanel panel;
        FirstRunPanel first;
        first.setLocalServers(
            { { QStringLiteral("Ollama"), QUrl(QStringLiteral("http://localhost:11434/v1")), { QStringLiteral("m") } },
              { QStringLiteral("Jan"), QUrl(QStringLiteral("http://localhost:1337/v1")), { QStringLiteral("n") } } });
        DropZone zone;
        zone.setRecentFiles({ QStringLiteral("/tmp/a.pdf") });
        ErrorBanner banner;
        banner.showMessage(QStringLiteral("x"), { ErrorBanner::Action::Retry });
        view.setJobGaps({ kafkaGap(2) });
        view.jobGapSection(0)->setExpanded(true);
        DropZone jobZone;
        jobZone.setJob(QStringLiteral("Backend Engineer"));
        JobDialog dialog;
        for (QWidget *root : QList<QWidget *> { &view, &panel, &first, &zone, &banner, &jobZone, &dialog }) {
            const auto widgets = root->findChildren<QWidget *>();
            for (QWidget *w : widgets) {
                if (!(w->focusPolicy() & Qt::TabFocus))
                    continue; // only what a keyboard or screen-reader user lands on
                if (w->objectName().startsWith(QLatin1String("qt_")))
                    continue; // Qt's internals (scroll area viewport, …)
                const QString name
                    = w->accessibleName().isEmpty() ? w->property("text").toString() : w->accessibleName();
                QVERIFY2(!name.isEmpty(),
                         qPrintable(w->metaObject()->className() + QStringLiteral(" ") + w->objectName()));
            }
        }
    }

    // --- Targeting a job: the dialog, the drop page's row, the gaps in the results ---

    void jobDialogPastesCountsCapsAndRefusesEmpty()
    {
        JobDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *text = dialog.findChild<QPlainTextEdit *>(QStringLiteral("jobText"));
        auto *count = dialog.findChild<QLabel *>(QStringLiteral("jobCount"));
        auto *ok = dialog.findChild<QPushButton *>(QStringLiteral("jobOk"));
        QVERIFY(text && count && ok);
        QCOMPARE(text->accessibleName(), QStringLiteral("Job description"));
        const QString cap = QLocale().toString(JobDialog::kMaxChars); // "20,000" in English
        QCOMPARE(count->text(), QStringLiteral("0 / %1 characters").arg(cap));
        QSignalSpy accepted(&dialog, &QDialog::accepted);

        // Empty (or blank) is refused, with a reason, and the dialog stays.
        ok->click();
        QCOMPARE(accepted.count(), 0);
        QVERIFY(dialog.isVisible());
        QVERIFY2(dialog.message().contains(QStringLiteral("Paste the job description")), qPrintable(dialog.message()));
        text->setPlainText(QStringLiteral("  \n\t "));
        ok->click();
        QCOMPARE(accepted.count(), 0);
        QVERIFY(!dialog.message().isEmpty());

        // Pasted: counted; typing clears the old message.
        text->clear();
        QApplication::clipboard()->setText(QStringLiteral("Senior Backend Engineer\nKafka, Go, PostgreSQL"));
        text->setFocus();
        QTest::keySequence(text, QKeySequence::Paste);
        QCOMPARE(text->toPlainText(), QStringLiteral("Senior Backend Engineer\nKafka, Go, PostgreSQL"));
        QCOMPARE(count->text(), QStringLiteral("45 / %1 characters").arg(cap));
        QVERIFY(dialog.message().isEmpty());

        // Past the cap: the first 20,000 characters stay, and the dialog says so.
        QApplication::clipboard()->setText(QString(25'000, QLatin1Char('x')));
        QTest::keySequence(text, QKeySequence::Paste);
        QCOMPARE(text->toPlainText().size(), JobDialog::kMaxChars);
        QVERIFY(text->toPlainText().startsWith(QStringLiteral("Senior Backend Engineer\n")));
        QCOMPARE(count->text(), QStringLiteral("%1 / %1 characters").arg(cap));
        QVERIFY2(dialog.message().contains(cap), qPrintable(dialog.message()));

        // Clear empties it; OK takes the trimmed text.
        dialog.findChild<QPushButton *>(QStringLiteral("jobClear"))->click();
        QVERIFY(text->toPlainText().isEmpty());
        QTest::keyClicks(text, QStringLiteral("  Staff Engineer  "));
        ok->click();
        QCOMPARE(accepted.count(), 1);
        QCOMPARE(dialog.text(), QStringLiteral("Staff Engineer"));
    }

    void jobDialogReadsFiles()
    {
        QTemporaryDir dir;
        JobDialog dialog;
        dialog.show();
        auto *text = dialog.findChild<QPlainTextEdit *>(QStringLiteral("jobText"));
        QSignalSpy loaded(&dialog, &JobDialog::fileLoaded);

        // Open File… with a Markdown file: read at once, trimmed.
        const QString md = writeFile(dir, QStringLiteral("job.md"),
                                     QByteArrayLiteral("\n# Staff Engineer \xe2\x80\x94 Platform\n\nKafka, Go\n"));
        FileDialogs::setNextOpenFile(md);
        dialog.findChild<QPushButton *>(QStringLiteral("jobOpenFile"))->click();
        QCOMPARE(loaded.count(), 1);
        QCOMPARE(loaded.last().first().toBool(), true);
        QCOMPARE(text->toPlainText(), QStringLiteral("# Staff Engineer — Platform\n\nKafka, Go"));
        QCOMPARE(dialog.message(), QStringLiteral("Read “job.md”."));
        QVERIFY(FileDialogs::lastFilters().first().contains(QStringLiteral("*.pdf")));

        // Dropped on the text area: read the same way (not its address inserted).
        const QString txt = writeFile(dir, QStringLiteral("other.txt"), QByteArrayLiteral("Data Engineer\nSpark"));
        std::unique_ptr<QMimeData> mime(urlsMime({ QUrl::fromLocalFile(txt) }));
        QVERIFY(dropOn(text->viewport(), mime.get()));
        QCOMPARE(text->toPlainText(), QStringLiteral("Data Engineer\nSpark"));
        QCOMPARE(loaded.count(), 2);

        // Longer than the cap: cut, and said.
        const QString big = writeFile(dir, QStringLiteral("big.txt"), QByteArray(30'000, 'y'));
        dialog.loadFile(big);
        QCOMPARE(text->toPlainText().size(), JobDialog::kMaxChars);
        QVERIFY2(dialog.message().contains(QLocale().toString(JobDialog::kMaxChars)), qPrintable(dialog.message()));

        // Refused: another kind of file, text that is not UTF-8, an empty file; the text stays.
        const QString before = text->toPlainText();
        dialog.loadFile(writeFile(dir, QStringLiteral("job.docx"), QByteArrayLiteral("PK\x03\x04")));
        QVERIFY2(dialog.message().contains(QStringLiteral(".txt, .md or .pdf")), qPrintable(dialog.message()));
        dialog.loadFile(writeFile(dir, QStringLiteral("latin1.txt"), QByteArrayLiteral("Caf\xe9 \xff\xfe")));
        QVERIFY2(dialog.message().contains(QStringLiteral("not UTF-8")), qPrintable(dialog.message()));
        dialog.loadFile(writeFile(dir, QStringLiteral("empty.md"), QByteArray()));
        QVERIFY2(dialog.message().contains(QStringLiteral("empty")), qPrintable(dialog.message()));
        QCOMPARE(text->toPlainText(), before);
        QCOMPARE(loaded.last().first().toBool(), false);
    }

    void jobDialogReadsAPdfInTheBackground()
    {
        JobDialog dialog;
        dialog.show();
        auto *text = dialog.findChild<QPlainTextEdit *>(QStringLiteral("jobText"));
        auto *ok = dialog.findChild<QPushButton *>(QStringLiteral("jobOk"));
        QSignalSpy loaded(&dialog, &JobDialog::fileLoaded);
        dialog.loadFile(QStringLiteral(IP_TEST_DATA_DIR "/resumes/rendercv_classic.pdf"));
        QVERIFY(dialog.isLoading());
        QVERIFY(!ok->isEnabled());
        QVERIFY(dialog.message().contains(QStringLiteral("Reading “rendercv_classic.pdf”")));
        QVERIFY(loaded.wait(30'000));
        QCOMPARE(loaded.last().first().toBool(), true);
        QVERIFY(!dialog.isLoading());
        QVERIFY(ok->isEnabled());
        QVERIFY(text->toPlainText().size() > 200);

        // A damaged PDF: the loader's reason, shown in the dialog.
        QTemporaryDir dir;
        dialog.loadFile(writeFile(dir, QStringLiteral("broken.pdf"), QByteArrayLiteral("not a pdf at all")));
        QVERIFY(loaded.wait(30'000));
        QCOMPARE(loaded.last().first().toBool(), false);
        QVERIFY2(dialog.message().contains(QStringLiteral("broken.pdf")), qPrintable(dialog.message()));
    }

    void dropZoneNamesTheJob()
    {
        DropZone zone;
        zone.show();
        QVERIFY(QTest::qWaitForWindowExposed(&zone));
        auto *target = zone.findChild<QPushButton *>(QStringLiteral("targetJobButton"));
        auto *label = zone.findChild<QLabel *>(QStringLiteral("jobLabel"));
        auto *change = zone.findChild<QPushButton *>(QStringLiteral("changeJobButton"));
        auto *remove = zone.findChild<QPushButton *>(QStringLiteral("removeJobButton"));
        QVERIFY(target && label && change && remove);
        QVERIFY(target->isVisible());
        QVERIFY(!label->isVisible() && !change->isVisible() && !remove->isVisible());
        QSignalSpy requested(&zone, &DropZone::jobRequested);
        QSignalSpy removeRequested(&zone, &DropZone::jobRemoveRequested);
        target->click();
        QCOMPARE(requested.count(), 1);

        zone.setJob(QStringLiteral("\n  \n  Senior   Backend Engineer  \nKafka, Go"));
        QVERIFY(zone.hasJob());
        QVERIFY(!target->isVisible());
        QVERIFY(label->isVisible() && change->isVisible() && remove->isVisible());
        QCOMPARE(label->text(), QStringLiteral("Targeting a job: Senior Backend Engineer"));
        QCOMPARE(change->accessibleName(), QStringLiteral("Change the job description"));
        QCOMPARE(remove->accessibleName(), QStringLiteral("Remove the job description"));
        change->click();
        QCOMPARE(requested.count(), 2);
        remove->setFocus();
        QTest::keyClick(remove, Qt::Key_Space);
        QCOMPARE(removeRequested.count(), 1);

        // A long first line is elided; the tooltip and the accessible name keep it whole.
        const QString longTitle = QStringLiteral("Principal Engineer ") + QString(300, QLatin1Char('z'));
        zone.setJob(longTitle);
        QVERIFY(label->text().endsWith(QChar(0x2026)));
        QVERIFY(label->text().size() < longTitle.size());
        QCOMPARE(label->accessibleName(), QStringLiteral("Targeting a job: ") + longTitle);

        zone.setJob({});
        QVERIFY(!zone.hasJob());
        QVERIFY(target->isVisible());
        QVERIFY(!label->isVisible());
    }

    void jobGapSectionShowsTheGap()
    {
        JobGapSection section(0, kafkaGap(2));
        section.show();
        QVERIFY(QTest::qWaitForWindowExposed(&section));
        QCOMPARE(section.toggle()->text(), QStringLiteral("Kafka"));
        auto *badge = section.findChild<Badge *>(QStringLiteral("gapBadge"));
        QCOMPARE(badge->text(), QStringLiteral("Not on your resume"));
        QVERIFY(badge->isVisible());
        QCOMPARE(section.findChild<QLabel *>(QStringLiteral("gapCount"))->text(), QStringLiteral("2 questions"));
        QVERIFY(section.toggle()->accessibleName().contains(QStringLiteral("not on your resume")));

        // Collapsed at first; Space, Return and Enter toggle it from the keyboard.
        auto *body = section.findChild<QWidget *>(QStringLiteral("gapBody"));
        QVERIFY(!section.isExpanded());
        QVERIFY(body->isHidden());
        QVERIFY(!section.findChild<QLabel *>(QStringLiteral("question1"))); // built when first seen
        QVERIFY(section.toggle()->focusPolicy() & Qt::TabFocus);
        section.toggle()->setFocus();
        QSignalSpy toggled(&section, &JobGapSection::expandedChanged);
        QTest::keyClick(section.toggle(), Qt::Key_Space);
        QVERIFY(section.isExpanded());
        QVERIFY(body->isVisible());
        QTest::keyClick(section.toggle(), Qt::Key_Return);
        QVERIFY(!section.isExpanded());
        QTest::keyClick(section.toggle(), Qt::Key_Enter);
        QVERIFY(section.isExpanded());
        QCOMPARE(toggled.count(), 3);

        QCOMPARE(section.findChild<QLabel *>(QStringLiteral("gapAdjacent"))->text(),
                 QStringLiteral("Closest on your resume: RabbitMQ queues"));
        QCOMPARE(section.findChild<QLabel *>(QStringLiteral("gapAdvice"))->text(),
                 QStringLiteral("How to answer: ") + kafkaGap(0).advice);
        auto *q2 = section.findChild<QLabel *>(QStringLiteral("question2"));
        QVERIFY(q2);
        QCOMPARE(q2->text(), QStringLiteral("Kafka question 2?"));
        QEnterEvent enter(QPointF(2, 2), QPointF(2, 2), q2->mapToGlobal(QPointF(2, 2)));
        QApplication::sendEvent(q2, &enter);
        QVERIFY(q2->textInteractionFlags() & Qt::TextSelectableByMouse);
        QVERIFY(!section.findChild<QWidget *>(QStringLiteral("gapError"))->isVisible());

        // Copy one, copy all.
        QSignalSpy copied(&section, &JobGapSection::copied);
        section.findChild<QToolButton *>(QStringLiteral("copyQuestion1"))->click();
        QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("Kafka question 1?"));
        section.findChild<QPushButton *>(QStringLiteral("copyGapQuestionsButton"))->click();
        QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("1. Kafka question 1?\n2. Kafka question 2?"));
        QCOMPARE(copied.count(), 2);

        // Known before its questions: while the run goes on it says they are being written; no advice yet.
        JobGap early = kafkaGap(0);
        early.advice.clear();
        section.setPending(true);
        section.setGap(early);
        QVERIFY(!section.findChild<QLabel *>(QStringLiteral("question1")));
        QVERIFY(!section.findChild<QLabel *>(QStringLiteral("gapAdvice"))->isVisible());
        auto *placeholder = section.findChild<QLabel *>(QStringLiteral("gapPlaceholder"));
        QVERIFY(placeholder->isVisible());
        QCOMPARE(placeholder->text(), QStringLiteral("Writing questions…"));
        QVERIFY(!section.findChild<QLabel *>(QStringLiteral("gapCount"))->isVisible());

        // Failed: the reason instead of questions.
        JobGap failed = early;
        failed.error = QStringLiteral("Groq is over capacity (503) after 4 attempts.");
        section.setPending(false);
        section.setGap(failed);
        QVERIFY(section.findChild<QWidget *>(QStringLiteral("gapError"))->isVisible());
        QCOMPARE(section.findChild<QLabel *>(QStringLiteral("gapErrorText"))->text(), failed.error);
        QVERIFY(!placeholder->isVisible());
        QVERIFY(!section.findChild<QPushButton *>(QStringLiteral("copyGapQuestionsButton"))->isVisible());

        // Nothing close on the resume.
        failed.adjacent.clear();
        section.setGap(failed);
        QCOMPARE(section.findChild<QLabel *>(QStringLiteral("gapAdjacent"))->text(),
                 QStringLiteral("Closest on your resume: nothing close was found."));
    }

    void resultsShowTheGapsAfterTheSkills()
    {
        ResultsView view;
        view.show();
        auto *box = view.findChild<QWidget *>(QStringLiteral("jobGapsBox"));
        auto *title = view.findChild<QLabel *>(QStringLiteral("jobGapsTitle"));
        QVERIFY(box && title);
        QVERIFY(!box->isVisible()); // no job, no section

        // The gaps may be known before the skills are shown: they stay after them.
        JobGap docker = kafkaGap(1);
        docker.skill = QStringLiteral("Terraform");
        view.setJobGaps({ kafkaGap(2), docker });
        view.setSkills({ QStringLiteral("A"), QStringLiteral("B") });
        QVERIFY(box->isVisible());
        QCOMPARE(title->text(), QStringLiteral("Asked for by the job, not shown on your resume"));
        QCOMPARE(view.jobGapCount(), 2);
        QCOMPARE(view.jobGapSection(1)->toggle()->text(), QStringLiteral("Terraform"));
        QVERIFY(box->y() > view.section(1)->y());
        QVERIFY(!view.findChild<QLabel *>(QStringLiteral("resultsEmpty"))->isVisible());

        // Updated in place (an open gap stays open), e.g. when its questions arrive.
        view.jobGapSection(0)->setExpanded(true);
        JobGapSection *first = view.jobGapSection(0);
        JobGap more = kafkaGap(3);
        view.setJobGaps({ more, docker });
        QCOMPARE(view.jobGapSection(0), first);
        QVERIFY(first->isExpanded());
        QCOMPARE(first->gap().questions.size(), 3);

        // Expand all / collapse all take the gaps too; Tab goes from the last skill to the first gap.
        view.expandAll();
        QTRY_VERIFY(view.allExpanded());
        QVERIFY(view.jobGapSection(1)->isExpanded());
        view.collapseAll();
        QVERIFY(!view.jobGapSection(0)->isExpanded());
        view.section(1)->toggle()->setFocus();
        QTest::keyClick(view.section(1)->toggle(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), view.jobGapSection(0)->toggle());

        // A run's clear() drops them.
        view.clear();
        QCOMPARE(view.jobGapCount(), 0);
        QVERIFY(!box->isVisible());
    }

    void savedRunShowsItsGaps()
    {
        RunPage page;
        page.show();
        RunState state;
        state.sourceFile = QStringLiteral("cv.pdf");
        state.skills = { doneSkill(QStringLiteral("Go"), 2, false) };
        state.jobText = QStringLiteral("Backend Engineer\nKafka");
        state.jobGaps = { kafkaGap(2) };
        RunSummary summary;
        summary.outcome = RunSummary::Outcome::Complete;
        page.showSaved(state, summary);
        QCOMPARE(page.results()->jobGapCount(), 1);
        QCOMPARE(page.results()->jobGapSection(0)->gap(), kafkaGap(2));
        // A saved run without a job shows none.
        state.jobGaps.clear();
        page.showSaved(state, summary);
        QCOMPARE(page.results()->jobGapCount(), 0);
        // Nothing is being written for a saved run: a gap without questions says so.
        state.jobGaps = { kafkaGap(0) };
        page.showSaved(state, summary);
        page.results()->jobGapSection(0)->setExpanded(true);
        QCOMPARE(page.results()->jobGapSection(0)->findChild<QLabel *>(QStringLiteral("gapPlaceholder"))->text(),
                 QStringLiteral("No questions."));
    }

    // --- Saving the report: which file, which format ---

    void reportTargetTakesTheFormatFromTheSuffix()
    {
        const ReportTarget md = reportTarget(QStringLiteral("/tmp/r.md"), 0);
        QCOMPARE(md.path, QStringLiteral("/tmp/r.md"));
        QCOMPARE(md.format, ReportFormat::Markdown);
        QVERIFY(!md.suffixAdded);
        const ReportTarget json = reportTarget(QStringLiteral("/tmp/r.JSON"), 1);
        QCOMPARE(json.format, ReportFormat::Json);
        QCOMPARE(json.path, QStringLiteral("/tmp/r.JSON"));
        QVERIFY(!json.suffixAdded);
    }

    void reportTargetAddsTheChosenFiltersSuffix()
    {
        const ReportTarget text = reportTarget(QStringLiteral("/tmp/report"), 0);
        QCOMPARE(text.path, QStringLiteral("/tmp/report.txt"));
        QCOMPARE(text.format, ReportFormat::Text);
        QVERIFY(text.suffixAdded);
        const ReportTarget md = reportTarget(QStringLiteral("/tmp/report.v2"), 1);
        QCOMPARE(md.path, QStringLiteral("/tmp/report.v2.md"));
        QCOMPARE(md.format, ReportFormat::Markdown);
        QCOMPARE(reportTarget(QStringLiteral("/tmp/report"), 2).path, QStringLiteral("/tmp/report.json"));
        QCOMPARE(reportTarget(QStringLiteral("/tmp/report"), -1).format, ReportFormat::Text);
        const ReportTarget pdf = reportTarget(QStringLiteral("/tmp/report"), 3);
        QCOMPARE(pdf.path, QStringLiteral("/tmp/report.pdf"));
        QCOMPARE(pdf.format, ReportFormat::Pdf);
        const ReportTarget anki = reportTarget(QStringLiteral("/tmp/cards"), 4);
        QCOMPARE(anki.path, QStringLiteral("/tmp/cards.txt"));
        QCOMPARE(anki.format, ReportFormat::Anki);
    }

    // Issue 18: a .pdf name is a PDF whatever the filter; Anki cards are a .txt too, so the Anki
    // filter picks them for that suffix (and only for it).
    void reportTargetPdfAndAnki()
    {
        const ReportTarget pdf = reportTarget(QStringLiteral("/tmp/r.PDF"), 0);
        QCOMPARE(pdf.format, ReportFormat::Pdf);
        QVERIFY(!pdf.suffixAdded);
        const ReportTarget anki = reportTarget(QStringLiteral("/tmp/cards.txt"), 4);
        QCOMPARE(anki.format, ReportFormat::Anki);
        QCOMPARE(anki.path, QStringLiteral("/tmp/cards.txt"));
        QVERIFY(!anki.suffixAdded);
        QCOMPARE(reportTarget(QStringLiteral("/tmp/cards.txt"), 0).format, ReportFormat::Text);
        QCOMPARE(reportTarget(QStringLiteral("/tmp/cards.md"), 4).format, ReportFormat::Markdown);
    }

    // --- Recent files ---

    void recentFilesPutTheNewestFirstOnce()
    {
        const QStringList list = { QStringLiteral("/a"), QStringLiteral("/b"), QStringLiteral("/c") };
        QCOMPARE(
            RecentFiles::withFirst(list, QStringLiteral("/d"), 8),
            (QStringList { QStringLiteral("/d"), QStringLiteral("/a"), QStringLiteral("/b"), QStringLiteral("/c") }));
        QCOMPARE(RecentFiles::withFirst(list, QStringLiteral("/b"), 8),
                 (QStringList { QStringLiteral("/b"), QStringLiteral("/a"), QStringLiteral("/c") }));
        QCOMPARE(RecentFiles::withFirst(list, QStringLiteral("/d"), 2),
                 (QStringList { QStringLiteral("/d"), QStringLiteral("/a") }));
        QCOMPARE(RecentFiles::withFirst({}, QStringLiteral("/a"), 8), QStringList { QStringLiteral("/a") });
    }
};

QTEST_MAIN(TestUiWidgets)
#include "tst_ui_widgets.moc"
