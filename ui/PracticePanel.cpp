#include "PracticePanel.h"

#include "Icons.h"
#include "SectionToggle.h"
#include "SourceList.h"
#include "Theme.h"
#include "VoiceAnswer.h"
#include "WrappedLabel.h"

#include <QEvent>
#include <QFileInfo>
#include <QFrame>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QTextCursor>
#include <QUrl>
#include <QVBoxLayout>

namespace ip {

namespace {

WrappedLabel *plainLabel(const QString &text, QWidget *parent, const QString &name = {})
{
    auto *label = new WrappedLabel(parent);
    label->setObjectName(name);
    label->setTextFormat(Qt::PlainText);
    label->setWrappedText(text);
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    label->setSelectableOnDemand(true);
    label->setFocusPolicy(Qt::ClickFocus);
    return label;
}

// Text of the answer's or the question's language inside a sentence of the window's language: isolated
// (U+2068 … U+2069) so that an English answer in the Arabic window keeps its punctuation in place.
QString isolated(const QString &text)
{
    return QChar(0x2068) + text + QChar(0x2069);
}

QString criterionName(Criterion criterion)
{
    switch (criterion) {
    case Criterion::Correct: return PracticePanel::tr("Correct");
    case Criterion::Depth: return PracticePanel::tr("Depth");
    case Criterion::TradeOffs: return PracticePanel::tr("Trade-offs");
    case Criterion::Clarity: return PracticePanel::tr("Clarity");
    }
    return {};
}

} // namespace

PracticePanel::PracticePanel(int number, const QList<Source> &sources, QWidget *parent)
    : QWidget(parent)
    , m_number(number)
    , m_sources(sources)
    , m_thread(new QWidget(this))
    , m_threadLayout(new QVBoxLayout(m_thread))
    , m_prompt(new WrappedLabel(this))
    , m_editor(new QPlainTextEdit(this))
    , m_submit(new QPushButton(this))
    , m_dontKnow(new QPushButton(this))
    , m_stop(new QPushButton(this))
    , m_close(new QPushButton(this))
    , m_status(new QLabel(this))
    , m_problem(new WrappedLabel(this))
{
    setObjectName(QStringLiteral("practicePanel%1").arg(number));
    m_thread->setObjectName(QStringLiteral("practiceThread"));
    m_threadLayout->setContentsMargins(0, 0, 0, 0);
    m_threadLayout->setSpacing(8);
    m_prompt->setObjectName(QStringLiteral("practicePrompt"));
    m_prompt->setTextFormat(Qt::PlainText);
    QFont bold = m_prompt->font();
    bold.setBold(true);
    m_prompt->setFont(bold);
    m_editor->setObjectName(QStringLiteral("practiceAnswer"));
    m_editor->setTabChangesFocus(true);
    m_editor->setMinimumHeight(m_editor->fontMetrics().lineSpacing() * 4 + 12);
    m_editor->setMaximumHeight(m_editor->fontMetrics().lineSpacing() * 10 + 12);
    m_submit->setObjectName(QStringLiteral("practiceSubmit"));
    m_submit->setDefault(false);
    m_submit->setAutoDefault(false);
    m_dontKnow->setObjectName(QStringLiteral("practiceDontKnow"));
    m_dontKnow->setAutoDefault(false);
    m_stop->setObjectName(QStringLiteral("practiceStop"));
    m_stop->setAutoDefault(false);
    m_stop->setIcon(icons::themed(QStringLiteral("stop")));
    m_close->setObjectName(QStringLiteral("practiceClose"));
    m_close->setAutoDefault(false);
    m_status->setObjectName(QStringLiteral("practiceStatus"));
    m_status->setForegroundRole(QPalette::PlaceholderText);
    m_problem->setObjectName(QStringLiteral("practiceProblem"));
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setVisible(false);
    QPalette warn = m_problem->palette();
    warn.setColor(QPalette::WindowText, theme::color(palette(), theme::Semantic::Error));
    m_problem->setPalette(warn);

    connect(m_submit, &QPushButton::clicked, this, [this] { submit(false); });
    connect(m_dontKnow, &QPushButton::clicked, this, [this] { submit(true); });
    connect(m_stop, &QPushButton::clicked, this, &PracticePanel::stopRequested);
    connect(m_close, &QPushButton::clicked, this, &PracticePanel::closeRequested);
    connect(m_editor, &QPlainTextEdit::textChanged, this, &PracticePanel::updateControls);
    for (const QKeySequence &keys :
         { QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter) }) {
        auto *grade = new QShortcut(keys, this);
        grade->setContext(Qt::WidgetWithChildrenShortcut);
        connect(grade, &QShortcut::activated, this, [this] {
            if (m_submit->isEnabled())
                submit(false);
        });
    }
    auto *esc = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    esc->setContext(Qt::WidgetWithChildrenShortcut);
    connect(esc, &QShortcut::activated, this, &PracticePanel::closeRequested);
    // In the box, Esc is the panel's even while the window's Esc (Cancel Run) is enabled.
    m_editor->installEventFilter(this);

    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(6);
    buttons->addWidget(m_submit);
    buttons->addWidget(m_dontKnow);
    buttons->addWidget(m_stop);
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_close);

    auto *frame = new QFrame(this);
    frame->setObjectName(QStringLiteral("practiceFrame"));
    frame->setFrameShape(QFrame::StyledPanel);
    auto *inner = new QVBoxLayout(frame);
    inner->setContentsMargins(10, 8, 10, 8);
    inner->setSpacing(6);
    m_thread->setParent(frame);
    m_prompt->setParent(frame);
    m_editor->setParent(frame);
    m_problem->setParent(frame);
    inner->addWidget(m_thread);
    inner->addWidget(m_prompt);
    inner->addWidget(m_editor);
    m_voiceRow = inner;
    inner->addWidget(m_problem);
    inner->addLayout(buttons);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 4);
    layout->addWidget(frame);
    setFocusProxy(m_editor);
    retranslate();
    rebuild();
}

void PracticePanel::setVoice(VoiceService *voice, const QString &hint)
{
    if (!voice || m_voice)
        return;
    m_voice = new VoiceAnswer(*voice, this);
    m_voice->setHint(hint);
    // Right under the box, before the problem line and the buttons.
    m_voiceRow->insertWidget(m_voiceRow->indexOf(m_editor) + 1, m_voice);
    connect(m_voice, &VoiceAnswer::transcribed, this, [this](const QString &text) {
        // Added to what is typed (a second recording continues the first), to edit before grading.
        const QString typed = m_editor->toPlainText().trimmed();
        m_editor->setPlainText(typed.isEmpty() ? text : typed + QLatin1Char(' ') + text);
        m_editor->moveCursor(QTextCursor::End);
        m_editor->setFocus(Qt::OtherFocusReason);
    });
    connect(m_voice, &VoiceAnswer::busyChanged, this, [this](bool busy) {
        updateControls();
        Q_EMIT voiceBusyChanged(busy);
    });
    auto *record = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_M), this);
    record->setContext(Qt::WidgetWithChildrenShortcut);
    connect(record, &QShortcut::activated, m_voice, &VoiceAnswer::toggle);
}

void PracticePanel::setTimeLimit(int seconds)
{
    if (m_voice)
        m_voice->setTimeLimit(seconds);
}

bool PracticePanel::isVoiceBusy() const
{
    return m_voice && m_voice->isBusy();
}

void PracticePanel::setSources(const QList<Source> &sources)
{
    if (m_sources == sources)
        return;
    m_sources = sources;
    rebuild();
}

void PracticePanel::setAttempts(const QList<PracticeAttempt> &attempts)
{
    if (m_attempts == attempts)
        return;
    const int before = int(m_attempts.size());
    m_attempts = attempts;
    if (m_attempts.size() > before)
        m_editor->clear(); // the answer is saved in the new attempt: the box is free for the next one
    rebuild();
}

void PracticePanel::setGrading(bool any, bool here)
{
    if (m_gradingAny == any && m_gradingHere == here)
        return;
    m_gradingAny = any;
    m_gradingHere = here;
    rebuild(); // Grade Again shows only while nothing is being graded
}

void PracticePanel::showProblem(const QString &message)
{
    m_problem->setWrappedText(message);
    m_problem->setAccessibleName(message);
    m_problem->setVisible(!message.isEmpty());
}

void PracticePanel::focusAnswer()
{
    m_editor->setFocus(Qt::OtherFocusReason);
}

void PracticePanel::setCloseVisible(bool visible)
{
    m_close->setVisible(visible);
}

void PracticePanel::submit(bool dontKnow)
{
    const QString answer = m_editor->toPlainText().trimmed();
    if (m_gradingAny || isVoiceBusy() || (!dontKnow && answer.isEmpty()))
        return;
    showProblem({});
    if (m_voice && !dontKnow)
        m_voice->handOverRecording();
    Q_EMIT submitted(dontKnow ? QString() : answer, dontKnow, m_parentId);
}

void PracticePanel::updateControls()
{
    const bool empty = m_editor->toPlainText().trimmed().isEmpty();
    // Not while an answer is being spoken or transcribed: it would be graded without its end.
    const bool speaking = isVoiceBusy();
    m_submit->setEnabled(!m_gradingAny && !empty && !speaking);
    m_dontKnow->setEnabled(!m_gradingAny && !speaking);
    m_stop->setVisible(m_gradingHere);
    m_status->setText(m_gradingHere      ? tr("Grading your answer…")
                          : m_gradingAny ? tr("Another answer is being graded.")
                                         : QString());
    m_status->setAccessibleName(m_status->text());
}

void PracticePanel::retranslate()
{
    m_submit->setText(tr("Grade My Answer"));
    m_submit->setToolTip(tr("Grades your answer against the key points and the sources (Ctrl+Enter)"));
    m_submit->setAccessibleName(tr("Grade my answer to question %1").arg(m_number));
    m_dontKnow->setText(tr("I Don't Know"));
    m_dontKnow->setToolTip(tr("Shows what a strong answer covers, scored 0 (no request is sent)"));
    m_dontKnow->setAccessibleName(tr("I don't know the answer to question %1").arg(m_number));
    m_stop->setText(tr("Stop"));
    m_stop->setAccessibleName(tr("Stop grading"));
    m_close->setText(tr("Close"));
    m_close->setToolTip(tr("Closes the practice of this question (Esc); your attempts stay saved"));
    m_close->setAccessibleName(tr("Close the practice of question %1").arg(m_number));
    m_editor->setPlaceholderText(tr("Answer as you would in the interview. Ctrl+Enter grades it, Esc closes."));
    rebuild();
}

QString PracticePanel::sourceLink(int source) const
{
    return source >= 0 && source < m_sources.size() ? sourceLinkHtml(m_sources.at(source)) : QString();
}

QWidget *PracticePanel::attemptView(const PracticeAttempt &attempt, bool last)
{
    auto *view = new QWidget(m_thread);
    view->setObjectName(QStringLiteral("practiceAttempt"));
    // The answer and its grade are in the question's language: laid out on that text's side.
    auto *column = new QVBoxLayout(view);
    column->setContentsMargins(attempt.depth * 16, 0, 0, 0);
    column->setSpacing(3);
    if (attempt.depth > 0) {
        auto *q = plainLabel(tr("Follow-up: %1").arg(isolated(attempt.question)), view,
                             QStringLiteral("practiceFollowUpQuestion"));
        QFont bold = q->font();
        bold.setBold(true);
        q->setFont(bold);
        column->addWidget(q);
    }
    const QString when = QLocale().toString(attempt.at.toLocalTime(), QLocale::ShortFormat);
    auto *answer
        = plainLabel(attempt.grade.dontKnow ? tr("Your answer (%1): I don't know").arg(isolated(when))
                                            : tr("Your answer (%1): %2").arg(isolated(when), isolated(attempt.answer)),
                     view, QStringLiteral("practiceYourAnswer"));
    answer->setForegroundRole(QPalette::PlaceholderText);
    column->addWidget(answer);
    if (!attempt.recording.isEmpty()) {
        auto *recording = new QLabel(view);
        recording->setObjectName(QStringLiteral("practiceRecording"));
        recording->setTextFormat(Qt::RichText);
        recording->setText(tr("Your recording: %1")
                               .arg(QStringLiteral("<a href=\"%1\">%2</a>")
                                        .arg(QUrl::fromLocalFile(attempt.recording).toString(QUrl::FullyEncoded),
                                             QFileInfo(attempt.recording).fileName().toHtmlEscaped())));
        recording->setOpenExternalLinks(true);
        recording->setForegroundRole(QPalette::PlaceholderText);
        column->addWidget(recording);
    }

    if (!attempt.graded) {
        const bool grading = last && m_gradingHere;
        const QString why = grading   ? tr("Being graded…")
            : attempt.error.isEmpty() ? tr("Not graded yet.")
                                      : tr("Not graded: %1").arg(attempt.error);
        auto *line = new QHBoxLayout;
        auto *label = plainLabel(why, view, QStringLiteral("practiceNotGraded"));
        line->addWidget(label, 1);
        if (!grading) {
            auto *again = new QPushButton(tr("Grade Again"), view);
            again->setObjectName(QStringLiteral("practiceRegrade"));
            again->setAutoDefault(false);
            again->setAccessibleName(tr("Grade this answer again"));
            again->setEnabled(!m_gradingAny);
            connect(again, &QPushButton::clicked, this, [this, id = attempt.id] { Q_EMIT regradeRequested(id); });
            line->addWidget(again, 0, Qt::AlignTop);
        }
        column->addLayout(line);
        return view;
    }

    const PracticeGrade &g = attempt.grade;
    auto *score = new QLabel(view);
    score->setObjectName(QStringLiteral("practiceScore"));
    score->setTextFormat(Qt::PlainText);
    QStringList parts;
    for (Criterion c : criteria())
        parts << tr("%1 %2", "criterion name, then its score").arg(criterionName(c)).arg(g.score(c));
    score->setText(tr("Score %1/10 · %2").arg(g.overall).arg(parts.join(QStringLiteral(" · "))));
    score->setAccessibleName(tr("Score %1 out of 10").arg(g.overall));
    score->setAccessibleDescription(parts.join(QStringLiteral(", ")));
    QFont strong = score->font();
    strong.setBold(true);
    score->setFont(strong);
    score->setWordWrap(true);
    column->addWidget(score);

    if (g.dontKnow)
        column->addWidget(plainLabel(tr("What a strong answer covers:"), view));
    int i = 0;
    for (const KeyPointVerdict &v : g.keyPoints) {
        ++i;
        if (v.point < 0 || v.point >= attempt.rubric.size())
            continue;
        const QString point = attempt.rubric.at(v.point).text;
        auto *line = new WrappedLabel(view);
        line->setObjectName(QStringLiteral("practiceVerdict%1").arg(i));
        line->setTextFormat(Qt::RichText);
        line->setAlignment(Qt::AlignLeft | Qt::AlignTop);
        const QString mark = v.covered ? QStringLiteral("✓") : QStringLiteral("✗");
        const QString status = v.covered ? tr("Covered") : tr("Missed");
        QString judged = point;
        if (!v.judgement.isEmpty() && !g.dontKnow)
            judged += QStringLiteral(" — ") + v.judgement;
        QString html
            = QStringLiteral("%1 <b>%2:</b> %3").arg(mark, status.toHtmlEscaped(), isolated(judged).toHtmlEscaped());
        const int source = v.source >= 0 ? v.source : attempt.rubric.at(v.point).source;
        const QString link = sourceLink(source);
        if (!link.isEmpty())
            html += QStringLiteral(" ") + tr("(from %1)", "a verdict's source link").arg(isolated(link));
        line->setWrappedText(html);
        line->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
        line->setAccessibleName(tr("%1: %2").arg(status, point));
        line->setAccessibleDescription(v.judgement);
        openLinksInBrowser(line);
        column->addWidget(line);
    }
    if (!g.feedback.isEmpty())
        column->addWidget(plainLabel(g.feedback, view, QStringLiteral("practiceFeedback")));
    if (!g.strongerAnswer.isEmpty()) {
        auto *toggle = new SectionToggle(view);
        toggle->setObjectName(QStringLiteral("strongerToggle"));
        toggle->setCheckable(true);
        toggle->setText(tr("Show a stronger answer"));
        toggle->setAccessibleName(tr("Show a stronger answer"));
        toggle->setToolTip(tr("Your answer made stronger with only what your resume shows and the sources say"));
        const QString collapsed
            = layoutDirection() == Qt::RightToLeft ? QStringLiteral("chevron-left") : QStringLiteral("chevron-right");
        toggle->setIcon(icons::themed(collapsed));
        auto *stronger = new QWidget(view);
        auto *strongerLayout = new QVBoxLayout(stronger);
        strongerLayout->setContentsMargins(12, 0, 0, 0);
        strongerLayout->addWidget(plainLabel(g.strongerAnswer, stronger, QStringLiteral("strongerAnswer")));
        for (const QString &quote : g.strongerQuotes) {
            auto *q = plainLabel(tr("From your resume: “%1”").arg(isolated(quote)), stronger);
            q->setForegroundRole(QPalette::PlaceholderText);
            strongerLayout->addWidget(q);
        }
        stronger->setVisible(false);
        connect(toggle, &QToolButton::toggled, this, [stronger, toggle, collapsed](bool on) {
            stronger->setVisible(on);
            toggle->setIcon(icons::themed(on ? QStringLiteral("chevron-down") : collapsed));
        });
        column->addWidget(toggle, 0, Qt::AlignLeft);
        column->addWidget(stronger);
    } else if (!g.strongerWithheld.isEmpty()) {
        auto *withheld = plainLabel(tr("No stronger answer: %1").arg(isolated(g.strongerWithheld)), view,
                                    QStringLiteral("strongerWithheld"));
        withheld->setForegroundRole(QPalette::PlaceholderText);
        column->addWidget(withheld);
    }
    return view;
}

void PracticePanel::rebuild()
{
    while (QLayoutItem *item = m_threadLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    // The latest answer to the question and its thread are shown in full; earlier answers in a line.
    qsizetype latestRoot = -1;
    for (qsizetype i = 0; i < m_attempts.size(); ++i)
        if (m_attempts.at(i).depth == 0 && m_attempts.at(i).parentId.isEmpty())
            latestRoot = i;
    QStringList earlier;
    for (qsizetype i = 0; i < latestRoot; ++i) {
        const PracticeAttempt &a = m_attempts.at(i);
        if (a.depth == 0 && a.parentId.isEmpty())
            earlier << (a.graded ? tr("%1/10 on %2")
                                       .arg(a.grade.overall)
                                       .arg(QLocale().toString(a.at.toLocalTime(), QLocale::ShortFormat))
                                 : tr("not graded"));
    }
    if (!earlier.isEmpty()) {
        auto *line = plainLabel(tr("Earlier answers: %1").arg(earlier.join(QStringLiteral("; "))), m_thread,
                                QStringLiteral("practiceEarlier"));
        line->setForegroundRole(QPalette::PlaceholderText);
        m_threadLayout->addWidget(line);
    }
    m_parentId.clear();
    m_followUp.clear();
    if (latestRoot >= 0) {
        const qsizetype end = m_attempts.size();
        for (qsizetype i = latestRoot; i < end; ++i)
            m_threadLayout->addWidget(attemptView(m_attempts.at(i), i + 1 == end));
        const PracticeAttempt &lastOne = m_attempts.constLast();
        if (lastOne.graded && !lastOne.grade.followUp.isEmpty() && lastOne.depth < kMaxPracticeDepth) {
            m_parentId = lastOne.id;
            m_followUp = lastOne.grade.followUp;
        }
    }
    m_thread->setVisible(m_threadLayout->count() > 0);
    if (!m_parentId.isEmpty()) {
        m_prompt->setWrappedText(tr("Follow-up: %1").arg(isolated(m_followUp)));
        m_editor->setAccessibleName(tr("Your answer to the follow-up"));
    } else {
        m_prompt->setWrappedText(m_attempts.isEmpty() ? tr("Your answer") : tr("Answer again"));
        m_editor->setAccessibleName(tr("Your answer to question %1").arg(m_number));
    }
    m_prompt->setAccessibleName(m_prompt->text());
    updateControls();
}

bool PracticePanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_editor && (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress)) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Escape && key->modifiers() == Qt::NoModifier) {
            event->accept();
            if (event->type() == QEvent::KeyPress)
                Q_EMIT closeRequested();
            return event->type() == QEvent::KeyPress;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void PracticePanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace ip
