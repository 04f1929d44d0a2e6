#include "ResultsView.h"

#include "Icons.h"
#include "JobGapSection.h"
#include "SkillSectionWidget.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace ip {

ResultsView::ResultsView(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_expandAll(new QToolButton(this))
    , m_collapseAll(new QToolButton(this))
    , m_bar(new QWidget(this))
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
    updateSummary();
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
        connect(section, &SkillSectionWidget::regenerateRequested, this, &ResultsView::regenerateRequested);
        connect(section, &SkillSectionWidget::copied, this, &ResultsView::copied);
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

void ResultsView::addQuestion(int skillIndex, int questionIndex, const Question &question)
{
    if (SkillSectionWidget *s = section(skillIndex))
        s->addQuestion(questionIndex, question);
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
    for (auto *s : std::as_const(m_sections))
        questions += int(s->questions().size());
    if (m_sections.isEmpty())
        m_summary->clear();
    else
        m_summary->setText((m_sections.size() == 1 ? tr("1 skill") : tr("%n skills", nullptr, int(m_sections.size())))
                           + QStringLiteral(" · ")
                           + (questions == 1 ? tr("1 question") : tr("%n questions", nullptr, questions)));
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
