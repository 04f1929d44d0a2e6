#include "JobGapSection.h"

#include "Badge.h"
#include "Icons.h"
#include "QuestionRow.h"
#include "Theme.h"
#include "WrappedLabel.h"

#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMouseEvent>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace ip {

JobGapSection::JobGapSection(int index, const JobGap &gap, QWidget *parent)
    : QFrame(parent)
    , m_index(index)
    , m_gap(gap)
    , m_header(new QWidget(this))
    , m_toggle(new SectionToggle(m_header))
    , m_count(new QLabel(m_header))
    , m_badge(new Badge(m_header))
    , m_body(new QWidget(this))
    , m_adjacent(new WrappedLabel(m_body))
    , m_advice(new WrappedLabel(m_body))
    , m_errorRow(new QWidget(m_body))
    , m_errorIcon(new QLabel(m_errorRow))
    , m_errorText(new WrappedLabel(m_errorRow))
    , m_placeholder(new QLabel(m_body))
    , m_questionsBox(new QWidget(m_body))
    , m_questionsLayout(new QVBoxLayout(m_questionsBox))
    , m_copyAll(new QPushButton(m_body))
{
    setObjectName(QStringLiteral("jobGapSection%1").arg(index));
    setFrameShape(QFrame::StyledPanel);
    setFrameShadow(QFrame::Plain);

    m_header->setObjectName(QStringLiteral("gapHeader"));
    m_header->installEventFilter(this);
    m_header->setCursor(Qt::PointingHandCursor);
    m_toggle->setObjectName(QStringLiteral("gapToggle"));
    QFont bold = m_toggle->font();
    bold.setWeight(QFont::DemiBold);
    m_toggle->setFont(bold);
    connect(m_toggle, &QToolButton::clicked, this, [this] { setExpanded(!m_expanded); });
    m_count->setObjectName(QStringLiteral("gapCount"));
    m_count->setForegroundRole(QPalette::PlaceholderText);
    m_badge->setObjectName(QStringLiteral("gapBadge"));
    m_badge->setTone(Badge::Tone::Warning);
    auto *headerLayout = new QHBoxLayout(m_header);
    headerLayout->setContentsMargins(4, 2, 10, 2);
    headerLayout->setSpacing(8);
    headerLayout->addWidget(m_toggle);
    headerLayout->addStretch(1);
    headerLayout->addWidget(m_count);
    headerLayout->addSpacing(6);
    headerLayout->addWidget(m_badge);

    m_body->setObjectName(QStringLiteral("gapBody"));
    for (WrappedLabel *label : { m_adjacent, m_advice }) {
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
        label->setSelectableOnDemand(true);
        label->setFocusPolicy(Qt::ClickFocus);
    }
    m_adjacent->setObjectName(QStringLiteral("gapAdjacent"));
    m_advice->setObjectName(QStringLiteral("gapAdvice"));
    m_errorRow->setObjectName(QStringLiteral("gapError"));
    auto *errorLayout = new QHBoxLayout(m_errorRow);
    errorLayout->setContentsMargins(0, 0, 0, 0);
    m_errorIcon->setObjectName(QStringLiteral("gapErrorIcon"));
    m_errorIcon->setAlignment(Qt::AlignTop);
    m_errorText->setObjectName(QStringLiteral("gapErrorText"));
    m_errorText->setWordWrap(true);
    m_errorText->setTextFormat(Qt::PlainText);
    m_errorText->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    errorLayout->addWidget(m_errorIcon);
    errorLayout->addWidget(m_errorText, 1);
    m_placeholder->setObjectName(QStringLiteral("gapPlaceholder"));
    m_placeholder->setForegroundRole(QPalette::PlaceholderText);
    m_questionsBox->setObjectName(QStringLiteral("gapQuestionsBox"));
    m_questionsLayout->setContentsMargins(0, 0, 0, 0);
    m_questionsLayout->setSpacing(6);
    m_copyAll->setObjectName(QStringLiteral("copyGapQuestionsButton"));
    m_copyAll->setIcon(icons::themed(QStringLiteral("copy")));
    connect(m_copyAll, &QPushButton::clicked, this,
            [this] { copyText(questionsAsText(), tr("the questions for %1").arg(m_gap.skill)); });
    auto *actions = new QHBoxLayout;
    actions->addStretch();
    actions->addWidget(m_copyAll);

    auto *bodyLayout = new QVBoxLayout(m_body);
    bodyLayout->setContentsMargins(34, 2, 12, 10);
    bodyLayout->setSpacing(8);
    bodyLayout->addWidget(m_adjacent);
    bodyLayout->addWidget(m_advice);
    bodyLayout->addWidget(m_errorRow);
    bodyLayout->addWidget(m_placeholder);
    bodyLayout->addWidget(m_questionsBox);
    bodyLayout->addLayout(actions);
    m_body->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(1, 1, 1, 1);
    layout->setSpacing(0);
    layout->addWidget(m_header);
    layout->addWidget(m_body);

    retranslate();
}

void JobGapSection::retranslate()
{
    m_copyAll->setText(tr("Copy questions"));
    m_copyAll->setAccessibleName(tr("Copy the questions for %1").arg(m_gap.skill));
    m_copyAll->setAccessibleDescription(tr("Puts all questions for this skill of the job on the clipboard"));
    m_adjacent->setAccessibleName(tr("Closest on your resume"));
    m_advice->setAccessibleName(tr("How to answer"));
    m_errorText->setAccessibleName(tr("Why no questions were written"));
    updateHeader();
    updateBody();
}

void JobGapSection::setGap(const JobGap &gap)
{
    const bool questionsChanged = gap.questions != m_gap.questions;
    m_gap = gap;
    if (questionsChanged)
        rebuildQuestions();
    retranslate(); // the names in the accessible texts
}

void JobGapSection::setExpanded(bool expanded)
{
    if (m_expanded == expanded)
        return;
    m_expanded = expanded;
    if (expanded && !m_rowsBuilt)
        rebuildQuestions(); // rows are built when first seen
    m_body->setVisible(expanded);
    updateHeader();
    Q_EMIT expandedChanged(expanded);
}

void JobGapSection::setPending(bool pending)
{
    if (m_pending == pending)
        return;
    m_pending = pending;
    updateBody();
}

void JobGapSection::rebuildQuestions()
{
    while (QLayoutItem *item = m_questionsLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_rowsBuilt = m_expanded;
    if (!m_expanded)
        return;
    for (int i = 0; i < m_gap.questions.size(); ++i) {
        const int number = i + 1;
        auto *row = new QuestionRow(number, m_gap.questions.at(i), {}, m_questionsBox);
        connect(row, &QuestionRow::copyRequested, this, [this, number] {
            if (number - 1 < m_gap.questions.size())
                copyText(m_gap.questions.at(number - 1), tr("question %1 for %2").arg(number).arg(m_gap.skill));
        });
        m_questionsLayout->addWidget(row);
    }
}

void JobGapSection::updateHeader()
{
    if (m_toggle->text() != m_gap.skill)
        m_toggle->setText(m_gap.skill);
    const int n = int(m_gap.questions.size());
    m_count->setText(n == 1 ? tr("1 question") : tr("%n questions", nullptr, n));
    m_count->setVisible(n > 0);
    m_badge->setText(tr("Not on your resume"));
    m_badge->setAccessibleName(m_badge->text());
    m_badge->setToolTip(tr("The job asks for this skill and your resume does not show it: the questions test what "
                           "you know nearby"));
    m_badge->updateGeometry();

    const QString collapsed
        = layoutDirection() == Qt::RightToLeft ? QStringLiteral("chevron-left") : QStringLiteral("chevron-right");
    m_toggle->setIcon(icons::themed(m_expanded ? QStringLiteral("chevron-down") : collapsed));
    QString summary = tr("%1, asked for by the job, not on your resume").arg(m_gap.skill);
    if (n > 0)
        summary += QStringLiteral(", ") + m_count->text();
    m_toggle->setAccessibleName(summary);
    m_toggle->setAccessibleDescription(m_expanded ? tr("Expanded. Press Space to collapse.")
                                                  : tr("Collapsed. Press Space to expand."));
    m_toggle->setToolTip(m_expanded ? tr("Hide the questions") : tr("Show the questions"));
    const int small = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_errorIcon->setPixmap(icons::tinted(QStringLiteral("warning"), theme::color(palette(), theme::Semantic::Error))
                               .pixmap(QSize(small, small), devicePixelRatioF()));
}

void JobGapSection::updateBody()
{
    const QString adjacent = m_gap.adjacent.trimmed().isEmpty()
        ? tr("Closest on your resume: nothing close was found.")
        : tr("Closest on your resume: %1").arg(m_gap.adjacent.trimmed());
    if (m_adjacent->text() != adjacent)
        m_adjacent->setWrappedText(adjacent);
    const QString advice = tr("How to answer: %1").arg(m_gap.advice.trimmed());
    if (m_advice->text() != advice)
        m_advice->setWrappedText(advice);
    m_advice->setVisible(!m_gap.advice.trimmed().isEmpty());

    const bool failed = !m_gap.error.isEmpty();
    m_errorRow->setVisible(failed);
    if (m_errorText->text() != m_gap.error)
        m_errorText->setWrappedText(m_gap.error);
    const bool none = m_gap.questions.isEmpty();
    m_placeholder->setVisible(none && !failed);
    m_placeholder->setText(m_pending ? tr("Writing questions…") : tr("No questions."));
    m_questionsBox->setVisible(!none);
    m_copyAll->setVisible(!none);
}

QString JobGapSection::questionsAsText() const
{
    QStringList lines;
    for (int i = 0; i < m_gap.questions.size(); ++i)
        lines << QStringLiteral("%1. %2").arg(i + 1).arg(m_gap.questions.at(i));
    return lines.join(QLatin1Char('\n'));
}

void JobGapSection::copyText(const QString &text, const QString &what)
{
    if (text.isEmpty())
        return;
    QApplication::clipboard()->setText(text);
    Q_EMIT copied(what);
}

bool JobGapSection::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_header && event->type() == QEvent::MouseButtonRelease) {
        auto *me = static_cast<QMouseEvent *>(event);
        if (me->button() == Qt::LeftButton) {
            m_toggle->click();
            return true;
        }
    }
    return QFrame::eventFilter(watched, event);
}

void JobGapSection::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    else if (event->type() == QEvent::PaletteChange || event->type() == QEvent::LayoutDirectionChange)
        updateHeader();
    QFrame::changeEvent(event);
}

} // namespace ip
