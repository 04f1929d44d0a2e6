#include "ProgressPanel.h"

#include "Icons.h"
#include "Theme.h"
#include "common/Clock.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStyle>
#include <QTime>
#include <QVBoxLayout>

namespace ip {
namespace {

int stageOrder(Stage s)
{
    switch (s) {
    case Stage::Idle: return 0;
    case Stage::ReadingResume: return 1;
    case Stage::ExtractingSkills: return 2;
    case Stage::FindingSources: return 3;
    case Stage::WritingQuestions: return 4;
    case Stage::Finished: return 5;
    }
    return 0;
}

QString formatDuration(qint64 ms)
{
    const qint64 totalSec = ms / 1000;
    const qint64 h = totalSec / 3600;
    const qint64 m = (totalSec / 60) % 60;
    const qint64 s = totalSec % 60;
    if (h > 0)
        return QStringLiteral("%1:%2:%3").arg(h).arg(m, 2, 10, QLatin1Char('0')).arg(s, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2").arg(m).arg(s, 2, 10, QLatin1Char('0'));
}

// A line of the panel that is shown only while it has something to say.
void showLine(QLabel *line, const QString &text)
{
    line->setText(text);
    line->setVisible(!text.isEmpty());
}

} // namespace

ProgressPanel::ProgressPanel(QWidget *parent)
    : QWidget(parent)
    , m_clock(Clock::system())
    , m_fileLabel(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_elapsed(new QLabel(this))
    , m_usage(new QLabel(this))
    , m_wait(new QLabel(this))
    , m_timeLeft(new QLabel(this))
    , m_stageUsage(new QLabel(this))
    , m_outcome(new QLabel(this))
    , m_activityCaption(new QLabel(this))
    , m_activity(new QPlainTextEdit(this))
    , m_cancel(new QPushButton(this))
{
    setObjectName(QStringLiteral("progressPanel"));

    m_fileLabel->setObjectName(QStringLiteral("runFileLabel"));
    m_fileLabel->setWordWrap(true);
    QFont f = m_fileLabel->font();
    f.setWeight(QFont::DemiBold);
    f.setPointSizeF(f.pointSizeF() * 1.15);
    m_fileLabel->setFont(f);
    m_fileLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *stages = new QGridLayout;
    stages->setHorizontalSpacing(8);
    stages->setVerticalSpacing(6);
    const Stage order[]
        = { Stage::ReadingResume, Stage::ExtractingSkills, Stage::FindingSources, Stage::WritingQuestions };
    int row = 0;
    for (Stage s : order) {
        StageRow r { s, new QLabel(this), new QLabel(this) };
        r.icon->setObjectName(QStringLiteral("stageIcon_%1").arg(toString(s)));
        r.label->setObjectName(QStringLiteral("stageLabel_%1").arg(toString(s)));
        stages->addWidget(r.icon, row, 0);
        stages->addWidget(r.label, row, 1);
        m_rows.append(r);
        ++row;
    }
    stages->setColumnStretch(1, 1);

    m_progress->setObjectName(QStringLiteral("skillProgress"));
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_progress->setTextVisible(true);

    m_elapsed->setObjectName(QStringLiteral("elapsedLabel"));
    m_usage->setObjectName(QStringLiteral("usageLabel"));
    m_usage->setForegroundRole(QPalette::PlaceholderText);
    m_timeLeft->setObjectName(QStringLiteral("timeLeftLabel"));
    m_timeLeft->setWordWrap(true);
    m_timeLeft->hide();
    m_stageUsage->setObjectName(QStringLiteral("stageUsageLabel"));
    m_stageUsage->setWordWrap(true);
    m_stageUsage->setForegroundRole(QPalette::PlaceholderText);
    m_stageUsage->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_stageUsage->hide();
    m_wait->setObjectName(QStringLiteral("waitLabel"));
    m_wait->setWordWrap(true);
    m_wait->hide();
    m_outcome->setObjectName(QStringLiteral("outcomeLabel"));
    m_outcome->setWordWrap(true);
    m_outcome->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_outcome->hide();

    m_activityCaption->setObjectName(QStringLiteral("activityCaption"));
    m_activityCaption->setBuddy(m_activity);
    m_activity->setObjectName(QStringLiteral("activityLog"));
    m_activity->setReadOnly(true);
    m_activity->setMaximumBlockCount(500);
    m_activity->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_activity->setTabChangesFocus(true);
    m_activity->setFrameShape(QFrame::StyledPanel);

    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    m_cancel->setIcon(icons::themed(QStringLiteral("stop")));
    connect(m_cancel, &QPushButton::clicked, this, &ProgressPanel::cancelRequested);
    m_cancel->hide();

    auto *timeRow = new QHBoxLayout;
    timeRow->addWidget(m_elapsed);
    timeRow->addStretch();
    timeRow->addWidget(m_usage);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->setSpacing(10);
    layout->addWidget(m_fileLabel);
    layout->addLayout(stages);
    layout->addWidget(m_progress);
    layout->addLayout(timeRow);
    layout->addWidget(m_timeLeft);
    layout->addWidget(m_wait);
    layout->addWidget(m_outcome);
    layout->addWidget(m_stageUsage);
    layout->addWidget(m_activityCaption);
    layout->addWidget(m_activity, 1);
    layout->addWidget(m_cancel, 0, Qt::AlignRight);

    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, &ProgressPanel::refreshElapsed);

    retranslate();
    updateStageRows();
    refreshElapsed();
}

void ProgressPanel::setClock(Clock *clock)
{
    m_clock = clock ? clock : Clock::system();
}

void ProgressPanel::retranslate()
{
    m_activityCaption->setText(tr("&Activity"));
    m_activity->setAccessibleName(tr("Activity log"));
    m_activity->setAccessibleDescription(tr("What the run is doing right now, newest line last"));
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(tr("Stop the run and keep the questions written so far (Esc)"));
    m_cancel->setAccessibleName(tr("Cancel run"));
    m_cancel->setAccessibleDescription(tr("Stops the run; questions written so far are kept"));
    m_progress->setAccessibleName(tr("Skills done"));
    m_elapsed->setAccessibleName(tr("Elapsed time"));
    m_usage->setAccessibleName(tr("Requests and tokens used"));
    m_wait->setAccessibleName(tr("What the run is waiting for"));
    m_timeLeft->setAccessibleName(tr("Expected time left"));
    m_stageUsage->setAccessibleName(tr("Requests and tokens per stage"));
    m_fileLabel->setAccessibleName(tr("Resume"));
    m_outcome->setAccessibleName(tr("Run outcome"));
    setAccessibleName(tr("Progress"));
    for (const StageRow &r : std::as_const(m_rows)) {
        switch (r.stage) {
        case Stage::ReadingResume: r.label->setText(tr("Reading resume")); break;
        case Stage::ExtractingSkills: r.label->setText(tr("Extracting skills")); break;
        case Stage::FindingSources: r.label->setText(tr("Finding sources")); break;
        case Stage::WritingQuestions: r.label->setText(tr("Writing questions")); break;
        default: break;
        }
    }
    setSkillCounts(m_done, m_total, m_failed);
    updateStageRows();
}

void ProgressPanel::startRun(const QString &fileName)
{
    m_fileLabel->setText(fileName);
    m_startMs = m_clock->nowMs();
    m_endMs = -1;
    m_running = true;
    m_endedAs = RunSummary::Outcome::Complete;
    m_stage = Stage::Idle;
    m_activity->clear();
    m_outcome->hide();
    m_outcome->clear();
    m_usage->clear();
    clearWaitAndTimeLeft();
    showLine(m_stageUsage, {});
    m_cancel->show();
    m_cancel->setEnabled(true);
    setSkillCounts(0, 0);
    updateStageRows();
    refreshElapsed();
    m_tick.start();
}

void ProgressPanel::setStage(Stage stage)
{
    // "Finished" says the run ended, not how: finishRun() decides what the rows show then.
    if (stage == Stage::Finished)
        return;
    m_stage = stage;
    updateStageRows();
}

void ProgressPanel::updateStageRows()
{
    const int current = stageOrder(m_stage);
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize);
    for (const StageRow &r : std::as_const(m_rows)) {
        const int order = stageOrder(r.stage);
        QFont font = r.label->font();
        QString iconName;
        QPalette::ColorRole role = QPalette::WindowText;
        QString state;
        if (order < current) {
            iconName = QStringLiteral("check-circle");
            font.setWeight(QFont::Normal);
            r.label->setForegroundRole(QPalette::WindowText);
            state = tr("done");
        } else if (order == current && m_running) {
            iconName = QStringLiteral("circle-dot");
            role = QPalette::Highlight;
            font.setWeight(QFont::Bold);
            r.label->setForegroundRole(QPalette::WindowText);
            state = tr("in progress");
        } else if (order == current) {
            // The run ended here: failed, or stopped by the user.
            const bool failed = m_endedAs == RunSummary::Outcome::Failed;
            iconName = failed ? QStringLiteral("warning") : QStringLiteral("stop");
            font.setWeight(QFont::Bold);
            r.label->setForegroundRole(QPalette::WindowText);
            state = failed ? tr("failed") : tr("stopped");
        } else {
            iconName = QStringLiteral("circle");
            role = QPalette::PlaceholderText;
            font.setWeight(QFont::Normal);
            r.label->setForegroundRole(QPalette::PlaceholderText);
            state = tr("not started");
        }
        r.label->setFont(font);
        const QIcon icon = state == tr("failed")
            ? icons::tinted(iconName, theme::color(palette(), theme::Semantic::Error))
            : icons::themed(iconName, role);
        r.icon->setPixmap(icon.pixmap(QSize(iconSize, iconSize), devicePixelRatioF()));
        r.label->setAccessibleName(tr("%1: %2").arg(r.label->text(), state));
        r.label->setProperty("stageState", state);
        r.icon->setAccessibleName(state);
    }
}

void ProgressPanel::setSkillCounts(int done, int total, int failed)
{
    m_done = done;
    m_failed = failed;
    m_total = total;
    if (total <= 0) {
        m_progress->setRange(0, 1);
        m_progress->setValue(0);
        m_progress->setFormat(!m_running        ? tr("No skills")
                                  : m_reviewing ? tr("Waiting for your review of the skills")
                                                : tr("Waiting for skills…"));
    } else {
        m_progress->setRange(0, total);
        m_progress->setValue(qBound(0, done + failed, total));
        QString text
            = total == 1 ? tr("%1 of 1 skill done").arg(done) : tr("%1 of %n skills done", nullptr, total).arg(done);
        if (failed > 0)
            text += tr(", %1 failed").arg(failed);
        m_progress->setFormat(text);
    }
    m_progress->setAccessibleDescription(m_progress->text());
}

void ProgressPanel::addActivity(const QString &line)
{
    const QString stamp = QStringLiteral("[%1] ").arg(elapsedText());
    m_activity->appendPlainText(stamp + line);
}

QStringList ProgressPanel::activityLines() const
{
    return m_activity->toPlainText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

void ProgressPanel::setUsage(const TokenUsage &usage)
{
    const QLocale locale;
    const QString tokens = locale.toString(usage.promptTokens + usage.completionTokens);
    m_usage->setText(usage.requests == 1 ? tr("1 request, %1 tokens").arg(tokens)
                                         : tr("%n requests, %1 tokens", nullptr, usage.requests).arg(tokens));
}

void ProgressPanel::finishRun(const RunSummary &summary)
{
    m_running = false;
    m_endMs = m_clock->nowMs();
    m_tick.stop();
    m_cancel->hide();
    clearWaitAndTimeLeft();
    m_endedAs = summary.outcome;
    if (summary.outcome == RunSummary::Outcome::Complete || summary.outcome == RunSummary::Outcome::Partial)
        m_stage = Stage::Finished;
    refreshElapsed();
    setSkillCounts(m_done, m_total, m_failed);
    updateStageRows();
    QString text;
    switch (summary.outcome) {
    case RunSummary::Outcome::Complete: text = tr("Finished."); break;
    case RunSummary::Outcome::Partial: text = tr("Finished with gaps."); break;
    case RunSummary::Outcome::Failed: text = tr("The run failed."); break;
    case RunSummary::Outcome::Cancelled: text = tr("Cancelled. Questions written so far are kept."); break;
    }
    if (!summary.message.isEmpty())
        text += QLatin1Char(' ') + summary.message;
    m_outcome->setText(text);
    m_outcome->show();
}

void ProgressPanel::resumeRun()
{
    m_endedAs = RunSummary::Outcome::Complete;
    m_startMs = m_clock->nowMs();
    m_endMs = -1;
    m_running = true;
    m_outcome->hide();
    m_cancel->show();
    refreshElapsed();
    updateStageRows();
    m_tick.start();
}

QString ProgressPanel::elapsedText() const
{
    if (m_startMs == 0 && m_endMs < 0 && !m_running)
        return formatDuration(0);
    const qint64 end = m_endMs >= 0 ? m_endMs : m_clock->nowMs();
    return formatDuration(qMax<qint64>(0, end - m_startMs));
}

void ProgressPanel::refreshElapsed()
{
    m_elapsed->setText(tr("Elapsed %1").arg(elapsedText()));
    refreshWait();
    refreshTimeLeft();
}

void ProgressPanel::setEstimate(const RunEstimate &left)
{
    m_left = left;
    m_leftSinceMs = m_clock->nowMs();
    refreshTimeLeft();
}

void ProgressPanel::setWaitingForReview(bool on)
{
    if (m_reviewing == on)
        return;
    m_reviewing = on;
    m_leftSinceMs = m_clock->nowMs(); // the estimate counts down from the end of the review
    setSkillCounts(m_done, m_total, m_failed);
    refreshTimeLeft();
}

QString ProgressPanel::timeLeftText() const
{
    if (!m_running || m_reviewing || m_left.isEmpty())
        return {};
    const qint64 left = qMax<qint64>(1'000, m_left.expectedMs - (m_clock->nowMs() - m_leftSinceMs));
    const QString bound = describeBound(m_left);
    return bound.isEmpty() ? tr("About %1 left").arg(describeDuration(left))
                           : tr("About %1 left — %2").arg(describeDuration(left), bound);
}

void ProgressPanel::refreshTimeLeft()
{
    showLine(m_timeLeft, timeLeftText());
}

void ProgressPanel::setStageUsage(const QMap<QString, TokenUsage> &usage, const QMap<QString, QString> &models,
                                  const Prices &prices)
{
    showLine(m_stageUsage, describeStageUsage(usage, models, prices).join(QLatin1Char('\n')));
}

void ProgressPanel::setWaits(const QList<RunWait> &waits)
{
    m_waits = waits;
    m_waitsSinceMs = m_clock->nowMs();
    refreshWait();
}

QString ProgressPanel::waitText() const
{
    const RunWait *longest = longestWait(m_waits);
    if (!longest)
        return {};
    QString text = describeWait(*longest, longest->ms - (m_clock->nowMs() - m_waitsSinceMs));
    if (m_waits.size() > 1)
        text += QLatin1Char(' ') + tr("(%n calls waiting)", nullptr, int(m_waits.size()));
    return text;
}

void ProgressPanel::refreshWait()
{
    showLine(m_wait, waitText());
}

void ProgressPanel::clearWaitAndTimeLeft()
{
    m_waits.clear();
    m_left = RunEstimate();
    refreshWait();
    refreshTimeLeft();
}

void ProgressPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    else if (event->type() == QEvent::PaletteChange)
        updateStageRows();
    QWidget::changeEvent(event);
}

} // namespace ip
