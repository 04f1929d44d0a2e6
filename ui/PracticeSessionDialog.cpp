#include "PracticeSessionDialog.h"

#include "PracticePanel.h"
#include "SourceList.h"
#include "VoiceAnswer.h"
#include "VoiceService.h"
#include "WrappedLabel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ip {

namespace {

constexpr int kLimits[] = { 0, 60, 120, 180, 300 }; // seconds per answer offered; 0 = none

} // namespace

PracticeSessionDialog::PracticeSessionDialog(QWidget *parent)
    : QDialog(parent)
    , m_pages(new QStackedWidget(this))
    , m_setup(new QWidget(m_pages))
    , m_skillsLabel(new QLabel(m_setup))
    , m_skills(new QListWidget(m_setup))
    , m_weakest(new QCheckBox(m_setup))
    , m_countLabel(new QLabel(m_setup))
    , m_count(new QSpinBox(m_setup))
    , m_limitLabel(new QLabel(m_setup))
    , m_limit(new QComboBox(m_setup))
    , m_setupProblem(new QLabel(m_setup))
    , m_start(new QPushButton(m_setup))
    , m_questionPage(new QWidget(m_pages))
    , m_position(new QLabel(m_questionPage))
    , m_countdown(new QLabel(m_questionPage))
    , m_question(new WrappedLabel(m_questionPage))
    , m_panelHolder(new QVBoxLayout)
    , m_next(new QPushButton(m_questionPage))
    , m_end(new QPushButton(m_questionPage))
    , m_timer(new QTimer(this))
    , m_summaryPage(new QWidget(m_pages))
    , m_headline(new WrappedLabel(m_summaryPage))
    , m_scores(new QTreeWidget(m_summaryPage))
    , m_weakTitle(new QLabel(m_summaryPage))
    , m_weakList(new WrappedLabel(m_summaryPage))
    , m_readTitle(new QLabel(m_summaryPage))
    , m_readList(new WrappedLabel(m_summaryPage))
    , m_again(new QPushButton(m_summaryPage))
    , m_close(new QPushButton(m_summaryPage))
{
    setObjectName(QStringLiteral("practiceSessionDialog"));
    resize(720, 620);

    // --- Set-up
    m_skills->setObjectName(QStringLiteral("practiceSkills"));
    m_skillsLabel->setBuddy(m_skills);
    m_weakest->setObjectName(QStringLiteral("practiceWeakestFirst"));
    m_count->setObjectName(QStringLiteral("practiceCount"));
    m_count->setRange(1, 30);
    m_count->setValue(5);
    m_countLabel->setBuddy(m_count);
    m_limit->setObjectName(QStringLiteral("practiceTimeLimit"));
    m_limitLabel->setBuddy(m_limit);
    for (int seconds : kLimits)
        m_limit->addItem(QString(), seconds);
    m_setupProblem->setObjectName(QStringLiteral("practiceSetupProblem"));
    m_setupProblem->setWordWrap(true);
    m_setupProblem->setVisible(false);
    m_start->setObjectName(QStringLiteral("practiceStart"));
    m_start->setDefault(true);
    auto *setupLayout = new QVBoxLayout(m_setup);
    setupLayout->addWidget(m_skillsLabel);
    setupLayout->addWidget(m_skills, 1);
    setupLayout->addWidget(m_weakest);
    auto *form = new QFormLayout;
    form->addRow(m_countLabel, m_count);
    form->addRow(m_limitLabel, m_limit);
    setupLayout->addLayout(form);
    setupLayout->addWidget(m_setupProblem);
    auto *setupButtons = new QHBoxLayout;
    setupButtons->addStretch(1);
    setupButtons->addWidget(m_start);
    setupLayout->addLayout(setupButtons);
    connect(m_start, &QPushButton::clicked, this, &PracticeSessionDialog::start);

    // --- Question
    m_position->setObjectName(QStringLiteral("practicePosition"));
    QFont bold = m_position->font();
    bold.setBold(true);
    m_position->setFont(bold);
    m_countdown->setObjectName(QStringLiteral("practiceCountdown"));
    m_question->setObjectName(QStringLiteral("practiceQuestion"));
    m_question->setTextFormat(Qt::PlainText);
    m_question->setSelectableOnDemand(true);
    QFont big = m_question->font();
    big.setPointSizeF(big.pointSizeF() * 1.15);
    m_question->setFont(big);
    m_next->setObjectName(QStringLiteral("practiceNext"));
    m_next->setAutoDefault(false);
    m_end->setObjectName(QStringLiteral("practiceEnd"));
    m_end->setAutoDefault(false);
    auto *questionLayout = new QVBoxLayout(m_questionPage);
    auto *top = new QHBoxLayout;
    top->addWidget(m_position, 1);
    top->addWidget(m_countdown);
    questionLayout->addLayout(top);
    questionLayout->addWidget(m_question);
    questionLayout->addLayout(m_panelHolder);
    questionLayout->addStretch(1);
    auto *questionButtons = new QHBoxLayout;
    questionButtons->addWidget(m_end);
    questionButtons->addStretch(1);
    questionButtons->addWidget(m_next);
    questionLayout->addLayout(questionButtons);
    m_timer->setInterval(1000);
    connect(m_timer, &QTimer::timeout, this, &PracticeSessionDialog::tick);
    connect(m_next, &QPushButton::clicked, this, &PracticeSessionDialog::next);
    connect(m_end, &QPushButton::clicked, this, &PracticeSessionDialog::showSummary);

    // --- Summary
    m_headline->setObjectName(QStringLiteral("practiceHeadline"));
    m_headline->setTextFormat(Qt::PlainText);
    m_headline->setFont(bold);
    m_scores->setObjectName(QStringLiteral("practiceScores"));
    m_scores->setRootIsDecorated(false);
    m_scores->setColumnCount(3);
    m_scores->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_weakTitle->setObjectName(QStringLiteral("practiceWeakTitle"));
    m_weakTitle->setFont(bold);
    m_weakList->setObjectName(QStringLiteral("practiceWeakest"));
    m_weakList->setTextFormat(Qt::PlainText);
    m_readTitle->setObjectName(QStringLiteral("practiceReadTitle"));
    m_readTitle->setFont(bold);
    m_readList->setObjectName(QStringLiteral("practiceToRead"));
    m_readList->setTextFormat(Qt::RichText);
    m_readList->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    openLinksInBrowser(m_readList);
    m_again->setObjectName(QStringLiteral("practiceAgain"));
    m_close->setObjectName(QStringLiteral("practiceSessionClose"));
    m_close->setDefault(true);
    auto *summaryLayout = new QVBoxLayout(m_summaryPage);
    summaryLayout->addWidget(m_headline);
    summaryLayout->addWidget(m_scores, 1);
    summaryLayout->addWidget(m_weakTitle);
    summaryLayout->addWidget(m_weakList);
    summaryLayout->addWidget(m_readTitle);
    summaryLayout->addWidget(m_readList);
    auto *summaryButtons = new QHBoxLayout;
    summaryButtons->addStretch(1);
    summaryButtons->addWidget(m_again);
    summaryButtons->addWidget(m_close);
    summaryLayout->addLayout(summaryButtons);
    connect(m_again, &QPushButton::clicked, this, [this] {
        m_current = -1;
        m_pages->setCurrentWidget(m_setup);
        m_start->setFocus();
    });
    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);

    m_pages->addWidget(m_setup);
    m_pages->addWidget(m_questionPage);
    m_pages->addWidget(m_summaryPage);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages);
    retranslate();
}

void PracticeSessionDialog::retranslate()
{
    setWindowTitle(tr("Practice Session"));
    m_skillsLabel->setText(tr("&Skills to practise:"));
    m_skills->setAccessibleName(tr("Skills to practise"));
    m_weakest->setText(tr("&Weakest first (the skills and questions you scored lowest on, or never answered)"));
    m_countLabel->setText(tr("&Questions:"));
    m_count->setAccessibleName(tr("Number of questions"));
    m_limitLabel->setText(tr("&Time per answer:"));
    m_limit->setAccessibleName(tr("Time per answer"));
    for (int i = 0; i < m_limit->count(); ++i) {
        const int seconds = m_limit->itemData(i).toInt();
        m_limit->setItemText(i, seconds == 0 ? tr("No limit") : tr("%n minute(s)", nullptr, seconds / 60));
    }
    m_start->setText(tr("Start"));
    m_start->setAccessibleName(tr("Start the practice session"));
    m_next->setAccessibleName(tr("Next question"));
    m_end->setText(tr("End Session"));
    m_end->setAccessibleName(tr("End the session and see the summary"));
    m_scores->setHeaderLabels({ tr("Skill"), tr("Average"), tr("Answered") });
    m_scores->setAccessibleName(tr("Score per skill"));
    m_weakTitle->setText(tr("Your three weakest points"));
    m_readTitle->setText(tr("What to read"));
    m_again->setText(tr("Practise Again"));
    m_close->setText(tr("Close"));
    updateNext();
    if (m_current >= 0)
        showQuestion(m_current);
    if (showsSummary())
        showSummary();
}

void PracticeSessionDialog::setRun(const RunState &run)
{
    m_run = run;
    fillSkills();
}

void PracticeSessionDialog::fillSkills()
{
    m_skills->clear();
    for (const SkillResult &skill : std::as_const(m_run.skills)) {
        if (skill.state != SkillState::Done || skill.questions.isEmpty())
            continue;
        auto *item = new QListWidgetItem(skill.name, m_skills);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
    }
}

PracticeOptions PracticeSessionDialog::options() const
{
    PracticeOptions o;
    bool all = true;
    for (int i = 0; i < m_skills->count(); ++i) {
        if (m_skills->item(i)->checkState() == Qt::Checked)
            o.skills << m_skills->item(i)->text();
        else
            all = false;
    }
    if (all)
        o.skills.clear(); // every skill
    else if (o.skills.isEmpty())
        o.skills << QString(); // none chosen: matches no skill
    o.weakestFirst = m_weakest->isChecked();
    o.count = m_count->value();
    o.secondsPerAnswer = m_limit->currentData().toInt();
    return o;
}

void PracticeSessionDialog::setOptions(const PracticeOptions &options)
{
    for (int i = 0; i < m_skills->count(); ++i) {
        QListWidgetItem *item = m_skills->item(i);
        item->setCheckState(options.skills.isEmpty() || options.skills.contains(item->text()) ? Qt::Checked
                                                                                              : Qt::Unchecked);
    }
    m_weakest->setChecked(options.weakestFirst);
    m_count->setValue(options.count);
    const int at = m_limit->findData(options.secondsPerAnswer);
    if (at >= 0)
        m_limit->setCurrentIndex(at);
}

bool PracticeSessionDialog::start()
{
    m_plan = planPractice(m_run, m_attempts, options());
    if (m_plan.isEmpty()) {
        m_setupProblem->setText(tr("Choose at least one skill with questions."));
        m_setupProblem->setVisible(true);
        return false;
    }
    m_setupProblem->setVisible(false);
    m_mine.clear();
    showQuestion(0);
    return true;
}

const Question *PracticeSessionDialog::questionAt(const PlannedQuestion &planned) const
{
    if (planned.skill < 0 || planned.skill >= m_run.skills.size())
        return nullptr;
    const SkillResult &skill = m_run.skills.at(planned.skill);
    if (planned.question < 0 || planned.question >= skill.questions.size())
        return nullptr;
    return &skill.questions.at(planned.question);
}

void PracticeSessionDialog::showQuestion(int index)
{
    if (index < 0 || index >= m_plan.size())
        return;
    const bool same = index == m_current && m_panel;
    m_current = index;
    const PlannedQuestion planned = m_plan.at(index);
    const Question *question = questionAt(planned);
    const SkillResult &skill = m_run.skills.at(planned.skill);
    m_position->setText(tr("Question %1 of %2 · %3").arg(index + 1).arg(m_plan.size()).arg(skill.name));
    m_position->setAccessibleName(m_position->text());
    m_question->setWrappedText(question ? question->text : QString());
    m_question->setAccessibleName(tr("Question"));
    m_question->setAccessibleDescription(m_question->text());
    if (!same) {
        delete m_panel;
        m_panel = new PracticePanel(planned.question + 1, skill.sources, m_questionPage);
        m_panel->setCloseVisible(false);
        m_panel->setVoice(m_voice, skill.name);
        m_panel->setTimeLimit(options().secondsPerAnswer);
        m_panelHolder->addWidget(m_panel);
        // Time up while the answer is spoken: the recording stops at the limit, and the answer is
        // graded once its transcript is in the box.
        connect(m_panel, &PracticePanel::voiceBusyChanged, this, [this](bool busy) {
            if (!busy && m_gradeWhenTranscribed) {
                m_gradeWhenTranscribed = false;
                timeUp();
            }
        });
        connect(m_panel, &PracticePanel::submitted, this,
                [this, planned](const QString &answer, bool dontKnow, const QString &parentId) {
                    expectNewAttempt();
                    m_timer->stop();
                    m_countdown->clear();
                    Q_EMIT submitted(planned.skill, planned.question, answer, dontKnow, parentId);
                });
        connect(m_panel, &PracticePanel::regradeRequested, this,
                [this, planned](const QString &id) { Q_EMIT regradeRequested(planned.skill, planned.question, id); });
        connect(m_panel, &PracticePanel::stopRequested, this, &PracticeSessionDialog::stopRequested);
        connect(m_panel, &PracticePanel::closeRequested, this, &QDialog::reject);
        m_secondsLeft = options().secondsPerAnswer;
        if (m_secondsLeft > 0) {
            tick();
            m_timer->start();
        } else {
            m_timer->stop();
            m_countdown->clear();
        }
    }
    if (question)
        m_panel->setAttempts(attemptsOn(m_attempts, skill.name, question->text));
    m_panel->setGrading(!m_gradingId.isEmpty(), m_mine.contains(m_gradingId));
    m_pages->setCurrentWidget(m_questionPage);
    if (!same) {
        m_panel->focusAnswer();
        if (m_voice && question && m_voice->readsQuestionsAloud())
            m_voice->say(question->text);
    }
    updateNext();
}

void PracticeSessionDialog::tick()
{
    if (m_secondsLeft <= 0) {
        m_timer->stop();
        return;
    }
    --m_secondsLeft;
    const QString left
        = QStringLiteral("%1:%2").arg(m_secondsLeft / 60).arg(m_secondsLeft % 60, 2, 10, QLatin1Char('0'));
    m_countdown->setText(tr("Time left: %1").arg(left));
    m_countdown->setAccessibleName(tr("Time left: %n second(s)", nullptr, m_secondsLeft));
    if (m_secondsLeft == 0)
        timeUp();
}

void PracticeSessionDialog::timeUp()
{
    m_timer->stop();
    if (!m_panel || m_current < 0)
        return;
    m_countdown->setText(tr("Time is up"));
    if (m_panel->isVoiceBusy()) {
        m_gradeWhenTranscribed = true;
        if (VoiceAnswer *voice = m_panel->voiceAnswer(); voice && voice->isRecording())
            voice->toggle(); // stop: transcribed, then graded
        return;
    }
    const QString typed = m_panel->editor()->toPlainText().trimmed();
    const PlannedQuestion planned = m_plan.at(m_current);
    expectNewAttempt();
    if (VoiceAnswer *voice = m_panel->voiceAnswer(); voice && !typed.isEmpty())
        voice->handOverRecording();
    Q_EMIT submitted(planned.skill, planned.question, typed, typed.isEmpty(), m_panel->followUpParent());
}

void PracticeSessionDialog::expectNewAttempt()
{
    // The attempt that comes back next (setAttempts) and was not there before is this session's.
    for (const PracticeAttempt &a : std::as_const(m_attempts))
        m_known.insert(a.id);
    m_waitingForNew = true;
}

void PracticeSessionDialog::setAttempts(const QList<PracticeAttempt> &attempts)
{
    m_attempts = attempts;
    if (m_waitingForNew) {
        for (const PracticeAttempt &a : std::as_const(m_attempts))
            if (!m_known.contains(a.id)) {
                m_mine.insert(a.id);
                m_waitingForNew = false;
            }
    }
    if (m_current >= 0 && m_pages->currentWidget() == m_questionPage)
        showQuestion(m_current);
}

void PracticeSessionDialog::setGrading(const QString &gradingId)
{
    m_gradingId = gradingId;
    if (m_panel)
        m_panel->setGrading(!gradingId.isEmpty(), m_mine.contains(gradingId));
    updateNext();
}

void PracticeSessionDialog::updateNext()
{
    const bool last = m_current + 1 >= m_plan.size();
    m_next->setText(last ? tr("See Summary") : tr("Next Question"));
    m_next->setAccessibleName(last ? tr("See the summary") : tr("Next question"));
    m_next->setEnabled(m_gradingId.isEmpty() || !m_mine.contains(m_gradingId));
}

void PracticeSessionDialog::next()
{
    if (m_current + 1 >= m_plan.size()) {
        showSummary();
        return;
    }
    showQuestion(m_current + 1);
}

QList<PracticeAttempt> PracticeSessionDialog::sessionAttempts() const
{
    QList<PracticeAttempt> mine;
    for (const PracticeAttempt &a : m_attempts)
        if (m_mine.contains(a.id))
            mine.append(a);
    return mine;
}

bool PracticeSessionDialog::showsSummary() const
{
    return m_pages->currentWidget() == m_summaryPage;
}

void PracticeSessionDialog::showSummary()
{
    m_timer->stop();
    m_current = -1;
    m_summary = summarisePractice(m_run, sessionAttempts());
    const QLocale locale;
    m_headline->setWrappedText(m_summary.answered == 0
                                   ? tr("No answer was graded in this session.")
                                   : tr("%n answer(s) graded, %1 out of 10 on average.", nullptr, m_summary.answered)
                                         .arg(locale.toString(m_summary.overall, 'f', 1)));
    m_headline->setAccessibleName(m_headline->text());
    m_scores->clear();
    for (const SkillScore &s : std::as_const(m_summary.skills)) {
        auto *item = new QTreeWidgetItem(m_scores);
        item->setText(0, s.skill);
        item->setText(1, tr("%1/10").arg(locale.toString(s.average, 'f', 1)));
        item->setText(2, locale.toString(s.answered));
    }
    QStringList weak;
    for (const WeakPoint &w : std::as_const(m_summary.weakest))
        weak << tr("• %1 (%2; missed %n time(s))", nullptr, w.missed).arg(w.point, w.skill);
    m_weakList->setWrappedText(weak.isEmpty() ? tr("No key point was missed.") : weak.join(QLatin1Char('\n')));
    m_weakTitle->setVisible(m_summary.answered > 0);
    m_weakList->setVisible(m_summary.answered > 0);
    QStringList links;
    for (const Source &s : std::as_const(m_summary.toRead))
        if (const QString link = sourceLinkHtml(s); !link.isEmpty())
            links << QStringLiteral("• ") + link;
    m_readList->setWrappedText(links.join(QStringLiteral("<br>")));
    m_readTitle->setVisible(!links.isEmpty());
    m_readList->setVisible(!links.isEmpty());
    m_pages->setCurrentWidget(m_summaryPage);
    m_close->setFocus();
}

void PracticeSessionDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace ip
