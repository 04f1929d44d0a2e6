#include "ResultsView.h"

#include "Icons.h"
#include "JobGapSection.h"
#include "SkillSectionWidget.h"

#include <QAbstractItemView>
#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace ip {

ResultsView::ResultsView(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_expandAll(new QToolButton(this))
    , m_collapseAll(new QToolButton(this))
    , m_bar(new QWidget(this))
    , m_filterRow(new QWidget(this))
    , m_difficultyLabel(new QLabel(m_filterRow))
    , m_difficulty(new QComboBox(m_filterRow))
    , m_categoryLabel(new QLabel(m_filterRow))
    , m_category(new QComboBox(m_filterRow))
    , m_clearFilters(new QToolButton(m_filterRow))
    , m_scroll(new QScrollArea(this))
    , m_container(new QWidget)
    , m_list(new QVBoxLayout(m_container))
    , m_empty(new QLabel(m_container))
    , m_gapsBox(new QWidget(m_container))
    , m_gapsTitle(new QLabel(m_gapsBox))
    , m_gapsLayout(new QVBoxLayout(m_gapsBox))
{
    setObjectName(QStringLiteral("resultsView"));
    QFont f = m_title->font();
    f.setWeight(QFont::DemiBold);
    f.setPointSizeF(f.pointSizeF() * 1.15);
    m_title->setFont(f);
    m_title->setObjectName(QStringLiteral("resultsTitle"));
    m_summary->setObjectName(QStringLiteral("resultsSummary"));
    m_summary->setForegroundRole(QPalette::PlaceholderText);

    m_expandAll->setObjectName(QStringLiteral("expandAllButton"));
    m_expandAll->setIcon(icons::themed(QStringLiteral("chevrons-down")));
    m_expandAll->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_expandAll->setAutoRaise(true);
    connect(m_expandAll, &QToolButton::clicked, this, &ResultsView::expandAll);
    m_collapseAll->setObjectName(QStringLiteral("collapseAllButton"));
    m_collapseAll->setIcon(icons::themed(QStringLiteral("chevrons-up")));
    m_collapseAll->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_collapseAll->setAutoRaise(true);
    connect(m_collapseAll, &QToolButton::clicked, this, &ResultsView::collapseAll);

    auto *bar = new QHBoxLayout(m_bar);
    bar->setContentsMargins(12, 8, 12, 4);
    bar->addWidget(m_title);
    bar->addWidget(m_summary);
    bar->addStretch();
    bar->addWidget(m_expandAll);
    bar->addWidget(m_collapseAll);

    // Filters: shown once a question of the run has details.
    m_filterRow->setObjectName(QStringLiteral("filterRow"));
    m_difficultyLabel->setObjectName(QStringLiteral("difficultyFilterLabel"));
    m_difficultyLabel->setBuddy(m_difficulty);
    m_difficulty->setObjectName(QStringLiteral("difficultyFilter"));
    m_difficulty->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_categoryLabel->setObjectName(QStringLiteral("categoryFilterLabel"));
    m_categoryLabel->setBuddy(m_category);
    m_category->setObjectName(QStringLiteral("categoryFilter"));
    m_category->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_clearFilters->setObjectName(QStringLiteral("clearFiltersButton"));
    m_clearFilters->setAutoRaise(true);
    m_clearFilters->hide();
    fillFilterChoices();
    connect(m_difficulty, &QComboBox::activated, this, [this] {
        QuestionFilter f = m_filter;
        f.difficulty = m_difficulty->currentData().toInt();
        setFilter(f);
    });
    connect(m_category, &QComboBox::activated, this, [this] {
        QuestionFilter f = m_filter;
        f.category = QuestionCategory(m_category->currentData().toInt());
        setFilter(f);
    });
    connect(m_clearFilters, &QToolButton::clicked, this, [this] { setFilter({}); });
    auto *filters = new QHBoxLayout(m_filterRow);
    filters->setContentsMargins(12, 0, 12, 4);
    filters->setSpacing(6);
    filters->addWidget(m_difficultyLabel);
    filters->addWidget(m_difficulty);
    filters->addSpacing(10);
    filters->addWidget(m_categoryLabel);
    filters->addWidget(m_category);
    filters->addSpacing(4);
    filters->addWidget(m_clearFilters);
    filters->addStretch(1);
    m_filterRow->hide();

    m_empty->setObjectName(QStringLiteral("resultsEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_empty->setWordWrap(true);

    m_list->setContentsMargins(12, 4, 12, 12);
    m_list->setSpacing(6);
    m_gapsBox->setObjectName(QStringLiteral("jobGapsBox"));
    m_gapsTitle->setObjectName(QStringLiteral("jobGapsTitle"));
    m_gapsTitle->setWordWrap(true);
    QFont gapsFont = m_gapsTitle->font();
    gapsFont.setWeight(QFont::DemiBold);
    m_gapsTitle->setFont(gapsFont);
    m_gapsLayout->setContentsMargins(0, 12, 0, 0);
    m_gapsLayout->setSpacing(6);
    m_gapsLayout->addWidget(m_gapsTitle);
    m_gapsBox->hide();

    m_list->addWidget(m_empty);
    m_list->addWidget(m_gapsBox);
    m_list->addStretch(1);
    m_container->setObjectName(QStringLiteral("resultsContainer"));
    m_container->setBackgroundRole(QPalette::Window);

    m_scroll->setObjectName(QStringLiteral("resultsScroll"));
    m_scroll->setWidget(m_container);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_bar);
    layout->addWidget(m_filterRow);
    layout->addWidget(m_scroll, 1);

    retranslate();
    updateSummary();
}

void ResultsView::retranslate()
{
    m_title->setText(tr("Questions"));
    m_expandAll->setText(tr("Expand all"));
    m_expandAll->setAccessibleName(tr("Expand all skills"));
    m_expandAll->setAccessibleDescription(tr("Shows the questions of every skill"));
    m_collapseAll->setText(tr("Collapse all"));
    m_collapseAll->setAccessibleName(tr("Collapse all skills"));
    m_collapseAll->setAccessibleDescription(tr("Hides the questions of every skill"));
    m_empty->setText(tr("Skills appear here as soon as they are found in the resume."));
    m_scroll->setAccessibleName(tr("Skills and questions"));
    m_gapsTitle->setText(tr("Asked for by the job, not shown on your resume"));
    m_gapsTitle->setAccessibleName(m_gapsTitle->text());
    setAccessibleName(tr("Results"));
    m_difficultyLabel->setText(tr("Difficulty:"));
    m_difficulty->setAccessibleName(tr("Filter questions by difficulty"));
    m_difficulty->setToolTip(tr("Show only the questions of this level"));
    m_categoryLabel->setText(tr("Category:"));
    m_category->setAccessibleName(tr("Filter questions by category"));
    m_category->setToolTip(tr("Show only the questions of this kind"));
    m_difficulty->view()->setAccessibleName(tr("Difficulties"));
    m_category->view()->setAccessibleName(tr("Categories"));
    m_clearFilters->setText(tr("Clear filters"));
    m_clearFilters->setAccessibleName(tr("Clear the question filters"));
    m_clearFilters->setAccessibleDescription(tr("Shows every question again"));
    fillFilterChoices();
    updateSummary();
}

void ResultsView::fillFilterChoices()
{
    // Items carry the value (difficulty 1–3, category as an int; 0 = any), so a language change
    // keeps the choice.
    const QSignalBlocker blockDifficulty(m_difficulty);
    const QSignalBlocker blockCategory(m_category);
    m_difficulty->clear();
    m_difficulty->addItem(tr("Any"), 0);
    for (int d = kMinDifficulty; d <= kMaxDifficulty; ++d) {
        m_difficulty->addItem(QuestionLabels::difficultyName(d), d);
        m_difficulty->setItemData(d, QuestionLabels::difficultyDescription(d), Qt::ToolTipRole);
    }
    m_difficulty->setCurrentIndex(m_difficulty->findData(m_filter.difficulty));
    m_category->clear();
    m_category->addItem(tr("Any"), int(QuestionCategory::None));
    for (QuestionCategory c : questionCategories())
        m_category->addItem(QuestionLabels::categoryName(c), int(c));
    m_category->setCurrentIndex(m_category->findData(int(m_filter.category)));
}

void ResultsView::setFilter(const QuestionFilter &filter)
{
    if (m_filter == filter)
        return;
    m_filter = filter;
    {
        const QSignalBlocker blockDifficulty(m_difficulty);
        const QSignalBlocker blockCategory(m_category);
        m_difficulty->setCurrentIndex(std::max(0, m_difficulty->findData(filter.difficulty)));
        m_category->setCurrentIndex(std::max(0, m_category->findData(int(filter.category))));
    }
    applyFilter();
}

void ResultsView::applyFilter()
{
    for (auto *s : std::as_const(m_sections))
        s->setFilter(m_filter);
    m_clearFilters->setVisible(m_filter.isActive());
    updateSummary();
}

void ResultsView::noteDetails(const Question &question)
{
    if (m_anyDetails || !question.hasDetails())
        return;
    m_anyDetails = true;
    m_filterRow->show();
}

void ResultsView::addBarAction(QAction *action)
{
    auto *button = new QToolButton(m_bar);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    button->setAutoRaise(true);
    button->setObjectName(action->objectName() + QStringLiteral("Button"));
    static_cast<QHBoxLayout *>(m_bar->layout())->addWidget(button);
}

void ResultsView::clear()
{
    clearSkills();
    setJobGaps({});
    m_attempts.clear();
    m_gradingId.clear();
    // A new run starts unfiltered, without the filters until its questions have details.
    m_anyDetails = false;
    m_filterRow->hide();
    setFilter({});
}

void ResultsView::clearSkills()
{
    ++m_expandGeneration;
    qDeleteAll(m_sections);
    m_sections.clear();
    m_userToggled = false;
    m_empty->setVisible(m_gaps.isEmpty());
    updateSummary();
}

void ResultsView::setJobGaps(const QList<JobGap> &gaps)
{
    bool same = m_gaps.size() == gaps.size();
    for (qsizetype i = 0; i < gaps.size() && same; ++i)
        same = m_gaps.at(i)->gap().skill == gaps.at(i).skill;
    if (same) {
        for (qsizetype i = 0; i < gaps.size(); ++i)
            m_gaps.at(i)->setGap(gaps.at(i));
        return;
    }
    qDeleteAll(m_gaps);
    m_gaps.clear();
    for (qsizetype i = 0; i < gaps.size(); ++i) {
        auto *section = new JobGapSection(int(i), gaps.at(i), m_gapsBox);
        section->setPending(m_gapsPending);
        connect(section, &JobGapSection::copied, this, &ResultsView::copied);
        connect(section->toggle(), &QToolButton::clicked, this, [this] { m_userToggled = true; });
        m_gapsLayout->addWidget(section);
        m_gaps.append(section);
    }
    m_gapsBox->setVisible(!m_gaps.isEmpty());
    m_empty->setVisible(m_sections.isEmpty() && m_gaps.isEmpty());
    updateTabOrder();
    updateSummary();
}

void ResultsView::setJobGapsPending(bool pending)
{
    m_gapsPending = pending;
    for (auto *g : std::as_const(m_gaps))
        g->setPending(pending);
}

JobGapSection *ResultsView::jobGapSection(int index) const
{
    return index >= 0 && index < m_gaps.size() ? m_gaps.at(index) : nullptr;
}

void ResultsView::updateTabOrder()
{
    // Tab order follows the list: the skills, then the job's gaps.
    QList<QWidget *> toggles;
    for (auto *s : std::as_const(m_sections))
        toggles << s->toggle();
    for (auto *g : std::as_const(m_gaps))
        toggles << g->toggle();
    for (qsizetype i = 1; i < toggles.size(); ++i)
        setTabOrder(toggles.at(i - 1), toggles.at(i));
}

void ResultsView::setSkills(const QStringList &names)
{
    // Keep sections whose names did not change (a re-extraction keeps what it can).
    if (m_sections.size() == names.size()) {
        bool same = true;
        for (int i = 0; i < names.size() && same; ++i)
            same = m_sections.at(i)->result().name == names.at(i);
        if (same)
            return;
    }
    clearSkills();
    m_empty->hide();
    for (int i = 0; i < names.size(); ++i) {
        auto *section = new SkillSectionWidget(i, names.at(i), m_container);
        section->setActionsEnabled(m_actionsEnabled);
        section->setFilter(m_filter);
        connect(section, &SkillSectionWidget::regenerateRequested, this, &ResultsView::regenerateRequested);
        connect(section, &SkillSectionWidget::moreRequested, this, &ResultsView::moreRequested);
        connect(section, &SkillSectionWidget::copied, this, &ResultsView::copied);
        connect(section, &SkillSectionWidget::practiceSubmitted, this, &ResultsView::practiceSubmitted);
        connect(section, &SkillSectionWidget::practiceRegradeRequested, this, &ResultsView::practiceRegradeRequested);
        connect(section, &SkillSectionWidget::practiceStopRequested, this, &ResultsView::practiceStopRequested);
        section->setAttempts(m_attempts);
        section->setPracticeGrading(m_gradingId);
        section->setVoice(m_voice);
        connect(section->toggle(), &QToolButton::clicked, this, [this] { m_userToggled = true; });
        m_list->insertWidget(m_list->indexOf(m_gapsBox), section);
        m_sections.append(section);
    }
    updateTabOrder();
    updateSummary();
}

SkillSectionWidget *ResultsView::section(int index) const
{
    return index >= 0 && index < m_sections.size() ? m_sections.at(index) : nullptr;
}

void ResultsView::updateSkill(int index, const SkillResult &skill)
{
    if (index < 0)
        return;
    if (index >= m_sections.size()) {
        // A skill we were not told about (no skillsExtracted seen): grow the list.
        QStringList names;
        for (auto *s : std::as_const(m_sections))
            names << s->result().name;
        while (names.size() <= index)
            names << (names.size() == index ? skill.name : QString());
        setSkills(names);
    }
    SkillSectionWidget *s = m_sections.at(index);
    s->setResult(skill);
    for (const Question &q : skill.questions)
        noteDetails(q);
    // Open the first skill with questions until the user takes over, so the results show.
    if (!m_userToggled && skill.hasQuestions()) {
        bool anyOpen = false;
        for (auto *other : std::as_const(m_sections))
            anyOpen = anyOpen || other->isExpanded();
        if (!anyOpen)
            s->setExpanded(true);
    }
    updateSummary();
}

void ResultsView::setVoice(VoiceService *voice)
{
    m_voice = voice;
    for (SkillSectionWidget *section : std::as_const(m_sections))
        section->setVoice(voice);
}

void ResultsView::setAttempts(const QList<PracticeAttempt> &attempts)
{
    m_attempts = attempts;
    for (SkillSectionWidget *s : std::as_const(m_sections))
        s->setAttempts(m_attempts);
}

void ResultsView::setPracticeGrading(const QString &gradingId)
{
    m_gradingId = gradingId;
    for (SkillSectionWidget *s : std::as_const(m_sections))
        s->setPracticeGrading(m_gradingId);
}

void ResultsView::addQuestion(int skillIndex, int questionIndex, const Question &question)
{
    if (SkillSectionWidget *s = section(skillIndex))
        s->addQuestion(questionIndex, question);
    noteDetails(question);
    updateSummary();
}

void ResultsView::setActionsEnabled(bool enabled)
{
    m_actionsEnabled = enabled;
    for (auto *s : std::as_const(m_sections))
        s->setActionsEnabled(enabled);
}

int ResultsView::doneCount() const
{
    int n = 0;
    for (auto *s : std::as_const(m_sections))
        n += s->result().state == SkillState::Done ? 1 : 0;
    return n;
}

void ResultsView::expandAll()
{
    m_userToggled = true;
    expandFrom(0, ++m_expandGeneration);
}

void ResultsView::expandFrom(int index, int generation)
{
    if (generation != m_expandGeneration)
        return; // collapsed or cleared meanwhile
    while (index < m_sections.size() && m_sections.at(index)->isExpanded())
        ++index;
    if (index >= m_sections.size()) {
        for (auto *g : std::as_const(m_gaps)) // few, and short: at once
            g->setExpanded(true);
        return;
    }
    // One section per turn of the event loop: building and laying out every question of every
    // skill at once would hold the GUI thread for a noticeable time.
    m_sections.at(index)->setExpanded(true);
    QTimer::singleShot(0, this, [this, index, generation] { expandFrom(index + 1, generation); });
}

bool ResultsView::allExpanded() const
{
    for (auto *s : std::as_const(m_sections))
        if (!s->isExpanded())
            return false;
    for (auto *g : std::as_const(m_gaps))
        if (!g->isExpanded())
            return false;
    return !m_sections.isEmpty() || !m_gaps.isEmpty();
}

void ResultsView::collapseAll()
{
    m_userToggled = true;
    ++m_expandGeneration;
    for (auto *s : std::as_const(m_sections))
        s->setExpanded(false);
    for (auto *g : std::as_const(m_gaps))
        g->setExpanded(false);
}

void ResultsView::updateSummary()
{
    int questions = 0;
    int matching = 0;
    for (auto *s : std::as_const(m_sections)) {
        questions += int(s->questions().size());
        matching += s->matchingCount();
    }
    QString questionCount = questions == 1 ? tr("1 question") : tr("%n questions", nullptr, questions);
    if (m_filter.isActive())
        questionCount = questions == 1 ? tr("%1 of 1 question").arg(matching)
                                       : tr("%1 of %n questions", nullptr, questions).arg(matching);
    if (m_sections.isEmpty())
        m_summary->clear();
    else
        m_summary->setText((m_sections.size() == 1 ? tr("1 skill") : tr("%n skills", nullptr, int(m_sections.size())))
                           + QStringLiteral(" · ") + questionCount);
    m_summary->setAccessibleName(m_summary->text());
    m_expandAll->setEnabled(!m_sections.isEmpty() || !m_gaps.isEmpty());
    m_collapseAll->setEnabled(!m_sections.isEmpty() || !m_gaps.isEmpty());
}

void ResultsView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace ip
