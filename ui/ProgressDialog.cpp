#include "ProgressDialog.h"

#include "Theme.h"
#include "session/PracticeStats.h"

#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLegend>
#include <QLineSeries>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <limits>

namespace ip {

namespace {

enum Column { DateColumn, SkillColumn, QuestionColumn, ScoreColumn, NoteColumn, ColumnCount };

constexpr qint64 kHourMs = 60LL * 60 * 1000;
constexpr qint64 kDayMs = 24 * kHourMs;

QString oneDecimal(double value)
{
    return QLocale().toString(value, 'f', 1);
}

// A date-time format without seconds (the locale's short time format may show them).
QString withoutSeconds(QString format)
{
    static const QRegularExpression seconds(QStringLiteral("[:.]ss?"));
    return format.remove(seconds);
}

// Text in the other direction than the layout's (an English question in an Arabic window) keeps its
// own: marks either side stop the layout from moving its punctuation and leading digits.
QString inDirection(const QString &text, Qt::LayoutDirection layout)
{
    const bool rtl = text.isRightToLeft();
    if (text.isEmpty() || rtl == (layout == Qt::RightToLeft))
        return text;
    const QChar mark = rtl ? QChar(0x200F) : QChar(0x200E); // RIGHT-TO-LEFT / LEFT-TO-RIGHT MARK
    return mark + text + mark;
}

QString criteriaText(const PracticeGrade &grade)
{
    return ProgressDialog::tr("Correct %1 · Depth %2 · Trade-offs %3 · Clarity %4")
        .arg(grade.correct)
        .arg(grade.depth)
        .arg(grade.tradeOffs)
        .arg(grade.clarity);
}

} // namespace

ProgressDialog::ProgressDialog(QWidget *parent)
    : QDialog(parent)
    , m_summary(new QLabel(this))
    , m_empty(new QLabel(this))
    , m_splitter(new QSplitter(Qt::Vertical, this))
    , m_chart(new QChart)
    , m_chartView(new QChartView(m_chart, m_splitter))
    , m_list(new QTreeWidget(m_splitter))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
{
    setObjectName(QStringLiteral("progressDialog"));
    setModal(false);
    m_summary->setObjectName(QStringLiteral("progressSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_empty->setObjectName(QStringLiteral("progressEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setTextFormat(Qt::PlainText);
    m_splitter->setObjectName(QStringLiteral("progressSplitter"));
    m_splitter->setChildrenCollapsible(false);

    m_chart->setObjectName(QStringLiteral("progressChartModel"));
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->setBackgroundRoundness(0);
    m_chart->setLocalizeNumbers(true);
    m_chartView->setObjectName(QStringLiteral("progressChart"));
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumHeight(220);
    m_chartView->setFocusPolicy(Qt::StrongFocus);

    m_list->setObjectName(QStringLiteral("progressAttempts"));
    m_list->setColumnCount(ColumnCount);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(DateColumn, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(SkillColumn, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(QuestionColumn, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(ScoreColumn, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(NoteColumn, QHeaderView::ResizeToContents);
    m_buttons->setObjectName(QStringLiteral("progressButtons"));

    m_splitter->addWidget(m_chartView);
    m_splitter->addWidget(m_list);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setSizes({ 360, 200 });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_splitter, 1);
    layout->addWidget(m_empty, 1);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    retranslate();
    resize(820, 620);
    rebuild();
}

void ProgressDialog::setAttempts(const RunState &run, const QList<PracticeAttempt> &attempts)
{
    m_run = run;
    m_graded.clear();
    for (const PracticeAttempt &a : attempts)
        if (a.graded)
            m_graded.append(a);
    // Newest first; equal times: the later in the list (graded later) first.
    std::reverse(m_graded.begin(), m_graded.end());
    std::stable_sort(m_graded.begin(), m_graded.end(),
                     [](const PracticeAttempt &a, const PracticeAttempt &b) { return b.at < a.at; });
    rebuild();
}

QString ProgressDialog::summaryText() const
{
    return m_summary->isVisibleTo(this) ? m_summary->text() : QString();
}

bool ProgressDialog::isEmptyShown() const
{
    return m_empty->isVisibleTo(this);
}

void ProgressDialog::rebuild()
{
    const bool empty = m_graded.isEmpty();
    m_splitter->setVisible(!empty);
    m_summary->setVisible(!empty);
    m_empty->setVisible(empty);
    if (empty) {
        m_summary->clear();
    } else {
        const PracticeSummary summary = summarisePractice(m_run, m_graded);
        m_summary->setText(tr("%n answer(s) graded, average %1 out of 10.", nullptr, summary.answered)
                               .arg(oneDecimal(summary.overall)));
    }
    rebuildChart();
    rebuildList();
}

void ProgressDialog::rebuildChart()
{
    m_chart->removeAllSeries();
    const QList<QAbstractAxis *> axes = m_chart->axes();
    for (QAbstractAxis *axis : axes) {
        m_chart->removeAxis(axis);
        delete axis;
    }
    applyTheme();
    if (m_graded.isEmpty()) {
        m_chartView->setAccessibleDescription(QString());
        return;
    }

    const bool rtl = layoutDirection() == Qt::RightToLeft;
    m_chart->setLocale(locale());

    auto *timeAxis = new QDateTimeAxis;
    timeAxis->setObjectName(QStringLiteral("progressTimeAxis"));
    auto *scoreAxis = new QValueAxis;
    scoreAxis->setObjectName(QStringLiteral("progressScoreAxis"));
    scoreAxis->setRange(kMinScore, kMaxScore);
    scoreAxis->setTickCount(6);
    scoreAxis->setMinorTickCount(1);
    scoreAxis->setLabelFormat(QStringLiteral("%.0f"));
    // Right to left: time runs from the right, the score axis stands on the right.
    timeAxis->setReverse(rtl);
    m_chart->addAxis(timeAxis, Qt::AlignBottom);
    m_chart->addAxis(scoreAxis, rtl ? Qt::AlignRight : Qt::AlignLeft);

    const QMap<QString, QList<ScorePoint>> progress = progressBySkill(m_graded);
    const PracticeSummary summary = summarisePractice(m_run, m_graded);
    qint64 first = std::numeric_limits<qint64>::max();
    qint64 last = std::numeric_limits<qint64>::min();
    QStringList description;
    for (const SkillScore &skill : summary.skills) {
        auto *series = new QLineSeries;
        series->setObjectName(QStringLiteral("progressSeries"));
        series->setName(skill.skill);
        series->setPointsVisible(true);
        for (const ScorePoint &p : progress.value(skill.skill)) {
            const qint64 ms = p.at.toMSecsSinceEpoch();
            first = std::min(first, ms);
            last = std::max(last, ms);
            series->append(static_cast<qreal>(ms), p.overall);
        }
        m_chart->addSeries(series);
        series->attachAxis(timeAxis);
        series->attachAxis(scoreAxis);
        description.append(
            tr("%1: %n answer(s), average %2", nullptr, skill.answered).arg(skill.skill, oneDecimal(skill.average)));
    }
    // A little room either side so the first and last points are not on the frame; an hour each way
    // when every answer was graded at the same moment.
    const qint64 margin = last > first ? std::max<qint64>((last - first) / 30, 60 * 1000) : kHourMs;
    timeAxis->setRange(QDateTime::fromMSecsSinceEpoch(first - margin), QDateTime::fromMSecsSinceEpoch(last + margin));
    const QLocale here = locale();
    const QString dateFormat = here.dateFormat(QLocale::ShortFormat);
    timeAxis->setFormat(last - first < 2 * kDayMs
                            ? dateFormat + QLatin1Char(' ') + withoutSeconds(here.timeFormat(QLocale::ShortFormat))
                            : dateFormat);
    timeAxis->setTickCount(last - first < 2 * kDayMs ? 4 : 6);
    m_chartView->setAccessibleDescription(description.join(QStringLiteral("; ")));
    applyTheme(); // colours the new axes
}

void ProgressDialog::rebuildList()
{
    m_list->clear();
    const QLocale here = locale();
    const Qt::LayoutDirection direction = layoutDirection();
    for (const PracticeAttempt &a : std::as_const(m_graded)) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setData(DateColumn, Qt::UserRole, a.id);
        item->setText(DateColumn, inDirection(here.toString(a.at.toLocalTime(), QLocale::ShortFormat), direction));
        item->setText(SkillColumn, inDirection(a.skill, direction));
        item->setText(QuestionColumn, inDirection(a.question, direction));
        item->setToolTip(QuestionColumn,
                         a.grade.feedback.isEmpty() ? a.question
                                                    : a.question + QStringLiteral("\n\n") + a.grade.feedback);
        const int score = practiceScore(a);
        item->setText(ScoreColumn, tr("%1/10").arg(here.toString(score)));
        item->setData(ScoreColumn, Qt::UserRole, score);
        item->setTextAlignment(ScoreColumn, Qt::AlignCenter);
        if (!a.grade.dontKnow)
            item->setToolTip(ScoreColumn, criteriaText(a.grade));
        QStringList marks;
        if (a.depth > 0 || !a.parentId.isEmpty())
            marks.append(tr("follow-up"));
        if (a.grade.dontKnow)
            marks.append(tr("I don't know"));
        item->setText(NoteColumn, marks.join(QStringLiteral(", ")));
    }
}

void ProgressDialog::applyTheme()
{
    const QPalette pal = palette();
    m_chart->setTheme(theme::isDark(pal) ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    // The theme's own background would not match the window: take the palette's.
    m_chart->setBackgroundBrush(pal.brush(QPalette::Base));
    m_chart->setBackgroundPen(Qt::NoPen);
    m_chart->setTitleBrush(pal.brush(QPalette::Text));
    m_chart->legend()->setLabelColor(pal.color(QPalette::Text));
    m_chartView->setBackgroundBrush(pal.brush(QPalette::Base));
    QColor grid = pal.color(QPalette::Text);
    grid.setAlphaF(0.18F);
    const QList<QAbstractAxis *> axes = m_chart->axes();
    for (QAbstractAxis *axis : axes) {
        axis->setLabelsColor(pal.color(QPalette::Text));
        axis->setLinePenColor(pal.color(QPalette::Mid));
        axis->setGridLineColor(grid);
        axis->setMinorGridLineColor(Qt::transparent);
    }
    const QList<QAbstractSeries *> series = m_chart->series();
    for (QAbstractSeries *s : series)
        if (auto *line = qobject_cast<QLineSeries *>(s)) {
            QPen pen = line->pen();
            pen.setWidthF(2.0);
            line->setPen(pen);
        }
}

void ProgressDialog::retranslate()
{
    setWindowTitle(tr("Practice Progress"));
    m_summary->setAccessibleName(tr("Practice summary"));
    m_empty->setText(tr("No graded answers yet: choose Practice under a question."));
    m_empty->setAccessibleName(tr("No graded answers"));
    m_chartView->setAccessibleName(tr("Score per skill over time"));
    m_list->setAccessibleName(tr("Graded answers, newest first"));
    m_list->setHeaderLabels({ tr("Date"), tr("Skill"), tr("Question"), tr("Score"), tr("Note") });
    m_splitter->setAccessibleName(tr("Chart and answers"));
    m_buttons->setAccessibleName(tr("Dialog buttons"));
    if (QAbstractButton *close = m_buttons->button(QDialogButtonBox::Close))
        close->setAccessibleName(tr("Close"));
}

void ProgressDialog::changeEvent(QEvent *event)
{
    QDialog::changeEvent(event);
    switch (event->type()) {
    case QEvent::LanguageChange:
        retranslate();
        rebuild();
        break;
    case QEvent::LocaleChange:
    case QEvent::LayoutDirectionChange: rebuild(); break;
    case QEvent::PaletteChange:
    case QEvent::StyleChange: applyTheme(); break;
    default: break;
    }
}

} // namespace ip
