#include "DropZone.h"

#include "Icons.h"
#include "LevelChoice.h"
#include "ResumeDrop.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPainterPath>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace ip {

DropZone::DropZone(QWidget *parent)
    : QWidget(parent)
    , m_icon(new QLabel(this))
    , m_title(new QLabel(this))
    , m_hint(new QLabel(this))
    , m_openButton(new QPushButton(this))
    , m_optionsRow(new QWidget(this))
    , m_levelLabel(new QLabel(m_optionsRow))
    , m_level(new QComboBox(m_optionsRow))
    , m_review(new QCheckBox(m_optionsRow))
    , m_jobRow(new QWidget(this))
    , m_targetJob(new QPushButton(m_jobRow))
    , m_jobLabel(new QLabel(m_jobRow))
    , m_changeJob(new QPushButton(m_jobRow))
    , m_removeJob(new QPushButton(m_jobRow))
    , m_refusalRow(new QWidget(this))
    , m_refusalIcon(new QLabel(m_refusalRow))
    , m_refusalText(new QLabel(m_refusalRow))
    , m_recentBox(new QWidget(this))
    , m_recentLayout(new QVBoxLayout(m_recentBox))
{
    setObjectName(QStringLiteral("dropZone"));
    setMinimumSize(320, 260);
    setAttribute(Qt::WA_Hover, false);

    m_icon->setObjectName(QStringLiteral("dropZoneIcon"));
    m_icon->setAlignment(Qt::AlignCenter);
    m_title->setObjectName(QStringLiteral("dropZoneTitle"));
    m_title->setAlignment(Qt::AlignCenter);
    m_title->setWordWrap(true);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setWeight(QFont::DemiBold);
    m_title->setFont(titleFont);
    m_hint->setObjectName(QStringLiteral("dropZoneHint"));
    m_hint->setAlignment(Qt::AlignCenter);
    m_hint->setWordWrap(true);
    m_hint->setForegroundRole(QPalette::PlaceholderText);

    m_openButton->setObjectName(QStringLiteral("openResumeButton"));
    m_openButton->setIcon(icons::themed(QStringLiteral("folder-open")));
    m_openButton->setDefault(true);
    connect(m_openButton, &QPushButton::clicked, this, &DropZone::openRequested);

    m_optionsRow->setObjectName(QStringLiteral("runOptions"));
    m_level->setObjectName(QStringLiteral("dropLevel"));
    fillLevelChoice(m_level);
    m_levelLabel->setBuddy(m_level);
    m_review->setObjectName(QStringLiteral("dropReviewSkills"));
    auto *optionsLayout = new QHBoxLayout(m_optionsRow);
    optionsLayout->setContentsMargins(0, 0, 0, 0);
    optionsLayout->addWidget(m_levelLabel);
    optionsLayout->addWidget(m_level);
    optionsLayout->addSpacing(16);
    optionsLayout->addWidget(m_review);
    const auto changed = [this] {
        Q_EMIT runOptionsChanged(level(), reviewSkills());
    };
    connect(m_level, &QComboBox::activated, this, changed);
    connect(m_review, &QCheckBox::toggled, this, changed);

    m_jobRow->setObjectName(QStringLiteral("jobRow"));
    m_targetJob->setObjectName(QStringLiteral("targetJobButton"));
    m_targetJob->setIcon(icons::themed(QStringLiteral("document")));
    m_jobLabel->setObjectName(QStringLiteral("jobLabel"));
    m_jobLabel->setTextFormat(Qt::PlainText);
    m_changeJob->setObjectName(QStringLiteral("changeJobButton"));
    m_removeJob->setObjectName(QStringLiteral("removeJobButton"));
    auto *jobLayout = new QHBoxLayout(m_jobRow);
    jobLayout->setContentsMargins(0, 0, 0, 0);
    jobLayout->addWidget(m_targetJob);
    jobLayout->addWidget(m_jobLabel);
    jobLayout->addWidget(m_changeJob);
    jobLayout->addWidget(m_removeJob);
    connect(m_targetJob, &QPushButton::clicked, this, &DropZone::jobRequested);
    connect(m_changeJob, &QPushButton::clicked, this, &DropZone::jobRequested);
    connect(m_removeJob, &QPushButton::clicked, this, &DropZone::jobRemoveRequested);

    m_refusalRow->setObjectName(QStringLiteral("dropRefusal"));
    auto *refusalLayout = new QHBoxLayout(m_refusalRow);
    refusalLayout->setContentsMargins(0, 0, 0, 0);
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_refusalIcon->setPixmap(icons::themed(QStringLiteral("warning"), QPalette::WindowText)
                                 .pixmap(QSize(iconSize, iconSize), devicePixelRatioF()));
    m_refusalIcon->setAlignment(Qt::AlignTop);
    m_refusalText->setObjectName(QStringLiteral("dropRefusalText"));
    m_refusalText->setWordWrap(true);
    m_refusalText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    refusalLayout->addStretch();
    refusalLayout->addWidget(m_refusalIcon);
    refusalLayout->addWidget(m_refusalText, 1);
    refusalLayout->addStretch();
    m_refusalRow->setMaximumWidth(560);
    m_refusalRow->hide();

    m_recentBox->setObjectName(QStringLiteral("recentFilesBox"));
    m_recentLayout->setContentsMargins(0, 0, 0, 0);
    m_recentLayout->setSpacing(2);
    m_recentBox->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 32, 32, 32);
    layout->setSpacing(12);
    layout->addStretch(2);
    layout->addWidget(m_icon);
    layout->addWidget(m_title);
    layout->addWidget(m_hint);
    layout->addSpacing(8);
    layout->addWidget(m_openButton, 0, Qt::AlignHCenter);
    layout->addWidget(m_optionsRow, 0, Qt::AlignHCenter);
    layout->addWidget(m_jobRow, 0, Qt::AlignHCenter);
    layout->addWidget(m_refusalRow, 0, Qt::AlignHCenter);
    layout->addSpacing(8);
    layout->addWidget(m_recentBox, 0, Qt::AlignHCenter);
    layout->addStretch(3);

    updateTexts();
}

void DropZone::updateTexts()
{
    m_icon->setPixmap(icons::themed(QStringLiteral("document"), QPalette::PlaceholderText)
                          .pixmap(QSize(64, 64), devicePixelRatioF()));
    m_title->setText(m_highlighted ? tr("Release to read this resume") : tr("Drop a resume here"));
    QString hint = tr("PDF, text (.txt, .md) or a scan (.png, .jpg)");
    if (m_maxBytes > 0)
        hint = tr("PDF, text (.txt, .md) or a scan (.png, .jpg), up to %1").arg(ResumeDrop::formatSize(m_maxBytes));
    m_hint->setText(hint);
    m_openButton->setText(tr("Open resume…"));
    m_openButton->setAccessibleName(tr("Open resume"));
    m_openButton->setAccessibleDescription(tr("Choose a resume file to generate interview questions from"));
    m_openButton->setToolTip(
        tr("Choose a resume file (%1)").arg(QKeySequence(QKeySequence::Open).toString(QKeySequence::NativeText)));
    setAccessibleName(tr("Resume drop area"));
    setAccessibleDescription(tr("Drag a resume file from your file manager and drop it here"));
    m_refusalText->setAccessibleName(tr("Why the file was refused"));
    m_levelLabel->setText(tr("Role &level:"));
    m_level->setAccessibleName(tr("Role level"));
    m_level->setToolTip(tr("The level of the role you prepare for: it sets how deep the questions go"));
    m_level->setAccessibleDescription(m_level->toolTip());
    retranslateLevelChoice(m_level);
    m_review->setText(tr("&Review the skills before questions are written"));
    m_review->setAccessibleName(tr("Review the skills before questions are written"));
    m_review->setToolTip(tr("After the skills are found, the run waits while you rename, reorder, remove or add "
                            "skills"));
    m_review->setAccessibleDescription(m_review->toolTip());
    m_targetJob->setText(tr("Target a &Job…"));
    m_targetJob->setAccessibleName(tr("Target a job"));
    m_targetJob->setToolTip(tr("Paste or open a job description: the skills it asks for come first, and those your "
                               "resume does not show get questions of their own"));
    m_targetJob->setAccessibleDescription(m_targetJob->toolTip());
    m_changeJob->setText(tr("&Change…"));
    m_changeJob->setAccessibleName(tr("Change the job description"));
    m_removeJob->setText(tr("Re&move"));
    m_removeJob->setAccessibleName(tr("Remove the job description"));
    m_removeJob->setToolTip(tr("The next runs target no job"));
    m_removeJob->setAccessibleDescription(m_removeJob->toolTip());
    updateJob();
}

QString DropZone::jobTitle(const QString &text)
{
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        const QString simplified = line.simplified();
        if (!simplified.isEmpty())
            return simplified;
    }
    return {};
}

void DropZone::setJob(const QString &text)
{
    m_job = text.trimmed();
    updateJob();
}

void DropZone::updateJob()
{
    const bool has = !m_job.isEmpty();
    // The keyboard stays in the row when its buttons swap (Remove → Target a Job…, and back).
    QWidget *focused = focusWidget();
    const bool rowHadFocus = focused && (focused == m_targetJob || focused == m_changeJob || focused == m_removeJob);
    m_targetJob->setVisible(!has);
    m_jobLabel->setVisible(has);
    m_changeJob->setVisible(has);
    m_removeJob->setVisible(has);
    if (rowHadFocus)
        (has ? m_changeJob : m_targetJob)->setFocus();
    if (!has) {
        m_jobLabel->clear();
        return;
    }
    const QString title = jobTitle(m_job);
    const QString full = tr("Targeting a job: %1").arg(title);
    const QString elided = m_jobLabel->fontMetrics().elidedText(title, Qt::ElideRight, 360);
    m_jobLabel->setText(tr("Targeting a job: %1").arg(elided));
    m_jobLabel->setToolTip(full);
    m_jobLabel->setAccessibleName(full);
}

void DropZone::setRunOptions(const QString &level, bool reviewSkills)
{
    const QSignalBlocker levelBlocker(m_level);
    const QSignalBlocker reviewBlocker(m_review);
    selectLevel(m_level, level);
    m_review->setChecked(reviewSkills);
}

QString DropZone::level() const
{
    return chosenLevel(m_level);
}

bool DropZone::reviewSkills() const
{
    return m_review->isChecked();
}

void DropZone::setHighlighted(bool on)
{
    if (m_highlighted == on)
        return;
    m_highlighted = on;
    if (on)
        setRefusal({});
    updateTexts();
    update();
}

void DropZone::setRefusal(const QString &reason)
{
    m_refusalText->setText(reason);
    m_refusalRow->setVisible(!reason.isEmpty());
}

QString DropZone::refusal() const
{
    return m_refusalRow->isHidden() ? QString() : m_refusalText->text();
}

void DropZone::setRecentFiles(const QStringList &paths)
{
    while (QLayoutItem *item = m_recentLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const QStringList shown = paths.mid(0, 5);
    if (shown.isEmpty()) {
        m_recentBox->hide();
        return;
    }
    auto *caption = new QLabel(tr("Recent resumes"), m_recentBox);
    caption->setAlignment(Qt::AlignCenter);
    caption->setForegroundRole(QPalette::PlaceholderText);
    m_recentLayout->addWidget(caption);
    int i = 0;
    for (const QString &path : shown) {
        auto *button = new QPushButton(QFileInfo(path).fileName(), m_recentBox);
        button->setObjectName(QStringLiteral("recentFileButton%1").arg(i++));
        button->setFlat(true);
        button->setCursor(Qt::PointingHandCursor);
        button->setToolTip(path);
        button->setAccessibleName(tr("Open recent resume %1").arg(QFileInfo(path).fileName()));
        button->setAccessibleDescription(path);
        connect(button, &QPushButton::clicked, this, [this, path] { Q_EMIT recentFileRequested(path); });
        m_recentLayout->addWidget(button, 0, Qt::AlignHCenter);
    }
    m_recentBox->show();
}

void DropZone::setMaxFileBytes(qint64 bytes)
{
    m_maxBytes = bytes;
    updateTexts();
}

void DropZone::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::LanguageChange)
        updateTexts();
    QWidget::changeEvent(event);
}

void DropZone::paintEvent(QPaintEvent *event)
{
    QWidget::paintEvent(event);
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF r = QRectF(rect()).adjusted(12.5, 12.5, -12.5, -12.5);
    QPainterPath path;
    path.addRoundedRect(r, 14, 14);
    const QPalette &pal = palette();
    if (m_highlighted) {
        QColor fill = pal.color(QPalette::Highlight);
        fill.setAlphaF(0.12f);
        p.fillPath(path, fill);
    }
    QPen pen(m_highlighted ? pal.color(QPalette::Highlight) : pal.color(QPalette::Mid), m_highlighted ? 3 : 2);
    pen.setStyle(m_highlighted ? Qt::SolidLine : Qt::DashLine);
    p.setPen(pen);
    p.drawPath(path);
}

} // namespace ip
