#include "SkillSectionWidget.h"

#include "Badge.h"
#include "Icons.h"
#include "QuestionRow.h"
#include "SectionToggle.h"
#include "SourceList.h"
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

#include <algorithm>

namespace ip {

namespace {

bool isGradingAmong(const QList<PracticeAttempt> &attempts, const QString &gradingId)
{
    if (gradingId.isEmpty())
        return false;
    return std::any_of(attempts.cbegin(), attempts.cend(),
                       [&gradingId](const PracticeAttempt &a) { return a.id == gradingId; });
}

} // namespace

SkillSectionWidget::SkillSectionWidget(int index, const QString &name, QWidget *parent)
    : QFrame(parent)
    , m_index(index)
    , m_header(new QWidget(this))
    , m_toggle(new SectionToggle(m_header))
    , m_stateIcon(new QLabel(m_header))
    , m_stateText(new QLabel(m_header))
    , m_count(new QLabel(m_header))
    , m_badge(new Badge(m_header))
    , m_body(new QWidget(this))
    , m_errorRow(new QWidget(m_body))
    , m_errorText(new WrappedLabel(m_errorRow))
    , m_retry(new QPushButton(m_errorRow))
    , m_contextNote(new WrappedLabel(m_body))
    , m_placeholder(new QLabel(m_body))
    , m_questionsBox(new QWidget(m_body))
    , m_questionsLayout(new QVBoxLayout(m_questionsBox))
    , m_noMatch(new QLabel(m_body))
    , m_claimsBox(new QWidget(m_body))
    , m_claimsTitle(new QLabel(m_claimsBox))
    , m_claimsLayout(new QVBoxLayout(m_claimsBox))
    , m_sources(new SourceList(m_body))
    , m_copyAll(new QPushButton(m_body))
    , m_regenerate(new QPushButton(m_body))
    , m_more(new QPushButton(m_body))
    , m_harder(new QPushButton(m_body))
{
    m_result.name = name;
    setObjectName(QStringLiteral("skillSection%1").arg(index));
    setFrameShape(QFrame::StyledPanel);
    setFrameShadow(QFrame::Plain);

    // Header
    m_header->setObjectName(QStringLiteral("sectionHeader"));
    m_header->installEventFilter(this);
    m_header->setCursor(Qt::PointingHandCursor);
    m_toggle->setObjectName(QStringLiteral("sectionToggle"));
    m_toggle->setText(name);
    QFont bold = m_toggle->font();
    bold.setWeight(QFont::DemiBold);
    m_toggle->setFont(bold);
    connect(m_toggle, &QToolButton::clicked, this, [this] { setExpanded(!m_expanded); });
    m_stateIcon->setObjectName(QStringLiteral("sectionStateIcon"));
    m_stateText->setObjectName(QStringLiteral("sectionState"));
    m_count->setObjectName(QStringLiteral("sectionCount"));
    m_count->setForegroundRole(QPalette::PlaceholderText);
    m_badge->setObjectName(QStringLiteral("sectionBadge"));
    auto *headerLayout = new QHBoxLayout(m_header);
    headerLayout->setContentsMargins(4, 2, 10, 2);
    headerLayout->setSpacing(8);
    headerLayout->addWidget(m_toggle);
    headerLayout->addStretch(1);
    headerLayout->addWidget(m_stateIcon);
    headerLayout->addWidget(m_stateText);
    headerLayout->addSpacing(6);
    headerLayout->addWidget(m_count);
    headerLayout->addSpacing(6);
    headerLayout->addWidget(m_badge);

    // Body
    m_body->setObjectName(QStringLiteral("sectionBody"));
    m_errorRow->setObjectName(QStringLiteral("sectionError"));
    auto *errorLayout = new QHBoxLayout(m_errorRow);
    errorLayout->setContentsMargins(0, 0, 0, 0);
    auto *errorIcon = new QLabel(m_errorRow);
    errorIcon->setObjectName(QStringLiteral("sectionErrorIcon"));
    errorIcon->setAlignment(Qt::AlignTop);
    m_errorText->setObjectName(QStringLiteral("sectionErrorText"));
    m_errorText->setWordWrap(true);
    m_errorText->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_retry->setObjectName(QStringLiteral("retryButton"));
    m_retry->setIcon(icons::themed(QStringLiteral("refresh")));
    connect(m_retry, &QPushButton::clicked, this, [this] { Q_EMIT regenerateRequested(m_index); });
    errorLayout->addWidget(errorIcon);
    errorLayout->addWidget(m_errorText, 1);
    errorLayout->addWidget(m_retry, 0, Qt::AlignTop);

    m_contextNote->setObjectName(QStringLiteral("sectionContextNote"));
    m_contextNote->setWordWrap(true);
    m_contextNote->setForegroundRole(QPalette::PlaceholderText);
    m_placeholder->setObjectName(QStringLiteral("sectionPlaceholder"));
    m_placeholder->setForegroundRole(QPalette::PlaceholderText);

    m_questionsBox->setObjectName(QStringLiteral("questionsBox"));
    m_questionsLayout->setContentsMargins(0, 0, 0, 0);
    m_questionsLayout->setSpacing(6);
    m_noMatch->setObjectName(QStringLiteral("sectionNoMatch"));
    m_noMatch->setForegroundRole(QPalette::PlaceholderText);
    m_noMatch->hide();

    // The resume's claims an interviewer will ask about: a caption, then the quoted lines.
    m_claimsBox->setObjectName(QStringLiteral("claimsBox"));
    m_claimsTitle->setObjectName(QStringLiteral("claimsTitle"));
    QFont captionFont = m_claimsTitle->font();
    captionFont.setWeight(QFont::DemiBold);
    m_claimsTitle->setFont(captionFont);
    m_claimsTitle->setWordWrap(true);
    m_claimsLayout->setContentsMargins(0, 4, 0, 0);
    m_claimsLayout->setSpacing(2);
    m_claimsLayout->addWidget(m_claimsTitle);
    m_claimsBox->hide();

    m_copyAll->setObjectName(QStringLiteral("copyQuestionsButton"));
    m_copyAll->setIcon(icons::themed(QStringLiteral("copy")));
    connect(m_copyAll, &QPushButton::clicked, this,
            [this] { copyText(questionsAsText(), tr("the questions for %1").arg(m_result.name)); });
    m_regenerate->setObjectName(QStringLiteral("regenerateButton"));
    m_regenerate->setIcon(icons::themed(QStringLiteral("refresh")));
    connect(m_regenerate, &QPushButton::clicked, this, [this] { Q_EMIT regenerateRequested(m_index); });
    m_more->setObjectName(QStringLiteral("moreQuestionsButton"));
    m_more->setIcon(icons::themed(QStringLiteral("plus")));
    connect(m_more, &QPushButton::clicked, this, [this] { Q_EMIT moreRequested(m_index, false); });
    m_harder->setObjectName(QStringLiteral("harderQuestionsButton"));
    m_harder->setIcon(icons::themed(QStringLiteral("chevrons-up")));
    connect(m_harder, &QPushButton::clicked, this, [this] { Q_EMIT moreRequested(m_index, true); });
    auto *actions = new QHBoxLayout;
    actions->addStretch();
    actions->addWidget(m_copyAll);
    actions->addWidget(m_more);
    actions->addWidget(m_harder);
    actions->addWidget(m_regenerate);

    auto *bodyLayout = new QVBoxLayout(m_body);
    bodyLayout->setContentsMargins(34, 2, 12, 10);
    bodyLayout->setSpacing(8);
    bodyLayout->addWidget(m_errorRow);
    bodyLayout->addWidget(m_contextNote);
    bodyLayout->addWidget(m_placeholder);
    bodyLayout->addWidget(m_questionsBox);
    bodyLayout->addWidget(m_noMatch);
    bodyLayout->addWidget(m_claimsBox);
    bodyLayout->addWidget(m_sources);
    bodyLayout->addLayout(actions);
    m_body->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(1, 1, 1, 1);
    layout->setSpacing(0);
    layout->addWidget(m_header);
    layout->addWidget(m_body);

    retranslate();
    setResult(m_result);
}

void SkillSectionWidget::retranslate()
{
    m_retry->setText(tr("Retry"));
    m_retry->setAccessibleName(tr("Retry %1").arg(m_result.name));
    m_retry->setAccessibleDescription(tr("Runs this skill again"));
    m_copyAll->setText(tr("Copy questions"));
    m_copyAll->setAccessibleName(tr("Copy the questions for %1").arg(m_result.name));
    m_copyAll->setAccessibleDescription(tr("Puts all questions of this skill on the clipboard"));
    m_more->setText(tr("More Questions"));
    m_more->setToolTip(tr("Ask for new questions on this skill that repeat none it has (nor those of earlier runs of "
                          "this resume)"));
    m_more->setAccessibleName(tr("More questions on %1").arg(m_result.name));
    m_more->setAccessibleDescription(tr("Adds new questions after these, repeating none of them"));
    m_harder->setText(tr("Harder"));
    m_harder->setToolTip(tr("Ask for harder questions on this skill: edge cases, failure modes and trade-offs"));
    m_harder->setAccessibleName(tr("Harder questions on %1").arg(m_result.name));
    m_harder->setAccessibleDescription(tr("Adds harder questions after these, repeating none of them"));
    m_regenerate->setText(tr("Regenerate"));
    m_regenerate->setToolTip(tr("Write new questions for this skill only"));
    m_regenerate->setAccessibleName(tr("Regenerate %1").arg(m_result.name));
    m_regenerate->setAccessibleDescription(tr("Writes new questions for this skill only"));
    m_errorText->setAccessibleName(tr("Why this skill failed"));
    m_contextNote->setAccessibleName(tr("Where the questions come from"));
    m_noMatch->setText(tr("No question matches the filters"));
    m_claimsTitle->setText(tr("Claims you must be ready to defend"));
    m_claimsTitle->setAccessibleName(m_claimsTitle->text());
    rebuildClaims(true);
    updateHeader();
    updateBody();
}

bool SkillSectionWidget::isExpanded() const
{
    return m_expanded;
}

void SkillSectionWidget::setExpanded(bool expanded)
{
    if (m_expanded == expanded)
        return;
    m_expanded = expanded;
    syncRows(); // rows are built when first seen, not for every collapsed section
    m_body->setVisible(expanded);
    updateHeader();
    Q_EMIT expandedChanged(expanded);
}

void SkillSectionWidget::setActionsEnabled(bool enabled)
{
    m_actionsEnabled = enabled;
    updateBody();
}

void SkillSectionWidget::setResult(const SkillResult &result)
{
    m_result = result;
    if (m_toggle->text() != result.name)
        m_toggle->setText(result.name);
    if (m_shown != result.questions) {
        if (result.questions.size() > m_shown.size() && result.questions.mid(0, m_shown.size()) == m_shown) {
            m_shown = result.questions;
            syncRows();
        } else {
            m_shown = result.questions;
            rebuildQuestions();
        }
    }
    rebuildSources();
    rebuildClaims();
    updateHeader();
    updateBody();
}

void SkillSectionWidget::addQuestion(int questionIndex, const Question &question)
{
    if (questionIndex < m_shown.size()) {
        if (m_shown.at(questionIndex) == question)
            return;
        m_shown = m_shown.mid(0, questionIndex);
        m_shown.append(question);
        rebuildQuestions();
    } else {
        m_shown.append(question);
        syncRows();
    }
    m_result.questions = m_shown;
    updateHeader();
    updateBody();
}

void SkillSectionWidget::rebuildQuestions()
{
    while (QLayoutItem *item = m_questionsLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_rowsBuilt = 0;
    syncRows();
}

void SkillSectionWidget::syncRows()
{
    if (!m_expanded)
        return;
    while (m_rowsBuilt < m_shown.size()) {
        appendQuestionRow(m_rowsBuilt + 1, m_shown.at(m_rowsBuilt));
        ++m_rowsBuilt;
    }
}

void SkillSectionWidget::setVoice(VoiceService *voice)
{
    m_voice = voice;
    for (QuestionRow *row : m_questionsBox->findChildren<QuestionRow *>(Qt::FindDirectChildrenOnly))
        row->setVoice(voice, m_result.name);
}

void SkillSectionWidget::appendQuestionRow(int number, const Question &question)
{
    auto *row = new QuestionRow(number, question, m_result.sources, m_questionsBox);
    connect(row, &QuestionRow::copyRequested, this, [this, number] {
        if (number - 1 < m_shown.size())
            copyText(m_shown.at(number - 1).text, tr("question %1 for %2").arg(number).arg(m_result.name));
    });
    connect(row, &QuestionRow::practiceSubmitted, this,
            [this, number](const QString &answer, bool dontKnow, const QString &parentId) {
                Q_EMIT practiceSubmitted(m_index, number - 1, answer, dontKnow, parentId);
            });
    connect(row, &QuestionRow::practiceRegradeRequested, this,
            [this, number](const QString &id) { Q_EMIT practiceRegradeRequested(m_index, number - 1, id); });
    connect(row, &QuestionRow::practiceStopRequested, this, &SkillSectionWidget::practiceStopRequested);
    const QList<PracticeAttempt> mine = attemptsOn(m_attempts, m_result.name, question.text);
    row->setAttempts(mine);
    row->setPracticeGrading(!m_gradingId.isEmpty(), isGradingAmong(mine, m_gradingId));
    row->setVoice(m_voice, m_result.name);
    row->setVisible(m_filter.matches(question));
    m_questionsLayout->addWidget(row);
}

QuestionRow *SkillSectionWidget::questionRow(int questionIndex) const
{
    QLayoutItem *item = questionIndex >= 0 && questionIndex < m_questionsLayout->count()
        ? m_questionsLayout->itemAt(questionIndex)
        : nullptr;
    return item ? qobject_cast<QuestionRow *>(item->widget()) : nullptr;
}

void SkillSectionWidget::setAttempts(const QList<PracticeAttempt> &attempts)
{
    m_attempts = attempts;
    for (int i = 0; i < m_questionsLayout->count(); ++i)
        if (auto *row = qobject_cast<QuestionRow *>(m_questionsLayout->itemAt(i)->widget()))
            row->setAttempts(attemptsOn(m_attempts, m_result.name, row->question().text));
}

void SkillSectionWidget::setPracticeGrading(const QString &gradingId)
{
    m_gradingId = gradingId;
    for (int i = 0; i < m_questionsLayout->count(); ++i)
        if (auto *row = qobject_cast<QuestionRow *>(m_questionsLayout->itemAt(i)->widget()))
            row->setPracticeGrading(!gradingId.isEmpty(), isGradingAmong(row->attempts(), gradingId));
}

void SkillSectionWidget::rebuildSources()
{
    m_sources->setSources(m_result.sources);
    for (int i = 0; i < m_questionsLayout->count(); ++i)
        if (auto *row = qobject_cast<QuestionRow *>(m_questionsLayout->itemAt(i)->widget()))
            row->setSources(m_result.sources);
}

void SkillSectionWidget::rebuildClaims(bool force)
{
    // Rebuilt only when the claims changed (every streamed update repeats them) or the language did.
    if (force || m_claimsShown != m_result.claims) {
        while (m_claimsLayout->count() > 1) {
            QLayoutItem *item = m_claimsLayout->takeAt(1);
            delete item->widget();
            delete item;
        }
        m_claimsShown = m_result.claims;
        int i = 0;
        for (const QString &claim : std::as_const(m_claimsShown)) {
            auto *label = new WrappedLabel(m_claimsBox);
            label->setObjectName(QStringLiteral("claim%1").arg(++i));
            label->setTextFormat(Qt::PlainText);
            // The quote marks are the translator's: „…“ in German.
            label->setWrappedText(tr("“%1”").arg(claim));
            label->setSelectableOnDemand(true);
            label->setFocusPolicy(Qt::ClickFocus);
            label->setAccessibleName(tr("Claim %1").arg(i));
            label->setAccessibleDescription(claim);
            m_claimsLayout->addWidget(label);
        }
    }
    m_claimsBox->setVisible(!m_claimsShown.isEmpty());
}

void SkillSectionWidget::setFilter(const QuestionFilter &filter)
{
    if (m_filter == filter)
        return;
    m_filter = filter;
    applyFilterToRows();
    updateHeader();
    updateBody();
}

void SkillSectionWidget::applyFilterToRows()
{
    for (int i = 0; i < m_questionsLayout->count(); ++i)
        if (auto *row = qobject_cast<QuestionRow *>(m_questionsLayout->itemAt(i)->widget()))
            row->setVisible(m_filter.matches(row->question()));
}

int SkillSectionWidget::matchingCount() const
{
    if (!m_filter.isActive())
        return int(m_shown.size());
    return int(
        std::count_if(m_shown.cbegin(), m_shown.cend(), [this](const Question &q) { return m_filter.matches(q); }));
}

void SkillSectionWidget::updateHeader()
{
    QString stateName;
    QString iconName;
    QPalette::ColorRole role = QPalette::WindowText;
    switch (m_result.state) {
    case SkillState::Queued:
        stateName = tr("queued");
        iconName = QStringLiteral("circle");
        role = QPalette::PlaceholderText;
        break;
    case SkillState::Searching:
        stateName = tr("searching");
        iconName = QStringLiteral("globe");
        role = QPalette::Highlight;
        break;
    case SkillState::Generating:
        stateName = tr("generating");
        iconName = QStringLiteral("circle-dot");
        role = QPalette::Highlight;
        break;
    case SkillState::Done:
        stateName = tr("done");
        iconName = QStringLiteral("check-circle");
        break;
    case SkillState::Failed:
        stateName = tr("failed");
        iconName = QStringLiteral("warning");
        break;
    }
    const int small = style()->pixelMetric(QStyle::PM_SmallIconSize);
    const QIcon icon = m_result.state == SkillState::Failed
        ? icons::tinted(iconName, theme::color(palette(), theme::Semantic::Error))
        : icons::themed(iconName, role);
    m_stateIcon->setPixmap(icon.pixmap(QSize(small, small), devicePixelRatioF()));
    if (auto *errorIcon = m_errorRow->findChild<QLabel *>(QStringLiteral("sectionErrorIcon")))
        errorIcon->setPixmap(icons::tinted(QStringLiteral("warning"), theme::color(palette(), theme::Semantic::Error))
                                 .pixmap(QSize(small, small), devicePixelRatioF()));
    m_stateText->setText(stateName);
    m_stateText->setForegroundRole(m_result.state == SkillState::Queued ? QPalette::PlaceholderText
                                                                        : QPalette::WindowText);
    const int n = int(m_shown.size());
    if (m_filter.isActive())
        m_count->setText(n == 1 ? tr("%1 of 1 question").arg(matchingCount())
                                : tr("%1 of %n questions", nullptr, n).arg(matchingCount()));
    else
        m_count->setText(n == 1 ? tr("1 question") : tr("%n questions", nullptr, n));
    // "0 questions" says nothing while the skill is still being worked on.
    m_count->setVisible(n > 0 || m_result.state == SkillState::Done || m_result.state == SkillState::Failed);

    const bool grounded = m_result.isGrounded();
    const bool known = grounded || m_result.state == SkillState::Done || m_result.state == SkillState::Failed
        || m_result.state == SkillState::Generating || !m_result.contextReason.isEmpty();
    m_badge->setText(grounded ? tr("grounded") : tr("general knowledge"));
    m_badge->setTone(grounded ? Badge::Tone::Accent : Badge::Tone::Neutral);
    m_badge->setToolTip(grounded ? tr("Questions are based on sources found on the web")
                                 : (m_result.contextReason.isEmpty()
                                        ? tr("Questions are written from the model's general knowledge")
                                        : tr("Written from general knowledge: %1").arg(m_result.contextReason)));
    m_badge->setVisible(known);
    m_badge->setAccessibleName(m_badge->text());
    m_badge->updateGeometry();

    // Collapsed points along the reading direction: left in a right-to-left layout (Arabic).
    const QString collapsed
        = layoutDirection() == Qt::RightToLeft ? QStringLiteral("chevron-left") : QStringLiteral("chevron-right");
    m_toggle->setIcon(icons::themed(isExpanded() ? QStringLiteral("chevron-down") : collapsed));
    QString summary = tr("%1, %2, %3").arg(m_result.name, stateName, m_count->text());
    if (known)
        summary += QStringLiteral(", ") + m_badge->text();
    m_toggle->setAccessibleName(summary);
    m_toggle->setAccessibleDescription(isExpanded() ? tr("Expanded. Press Space to collapse.")
                                                    : tr("Collapsed. Press Space to expand."));
    m_toggle->setToolTip(isExpanded() ? tr("Hide the questions") : tr("Show the questions"));
}

void SkillSectionWidget::updateBody()
{
    const bool failed = m_result.state == SkillState::Failed;
    m_errorRow->setVisible(failed);
    const QString error = m_result.error.isEmpty() ? tr("This skill failed.") : m_result.error;
    if (m_errorText->text() != error)
        m_errorText->setWrappedText(error);
    m_retry->setEnabled(m_actionsEnabled);

    const bool busy = m_result.state == SkillState::Queued || m_result.state == SkillState::Searching
        || m_result.state == SkillState::Generating;
    m_placeholder->setVisible(m_shown.isEmpty() && !failed);
    switch (m_result.state) {
    case SkillState::Queued: m_placeholder->setText(tr("Waiting for its turn…")); break;
    case SkillState::Searching: m_placeholder->setText(tr("Searching the web for sources…")); break;
    case SkillState::Generating: m_placeholder->setText(tr("Writing questions…")); break;
    default: m_placeholder->setText(tr("No questions.")); break;
    }
    const bool noneMatch = !m_shown.isEmpty() && m_filter.isActive() && matchingCount() == 0;
    m_questionsBox->setVisible(!m_shown.isEmpty() && !noneMatch);
    m_noMatch->setVisible(noneMatch);
    m_sources->setVisible(m_result.isGrounded() && m_sources->count() > 0);
    const bool showNote = !m_result.isGrounded() && !m_result.contextReason.isEmpty() && !busy;
    m_contextNote->setVisible(showNote);
    const QString note = tr("Written from general knowledge: %1").arg(m_result.contextReason);
    if (m_contextNote->text() != note)
        m_contextNote->setWrappedText(note);

    m_copyAll->setVisible(!m_shown.isEmpty());
    m_copyAll->setEnabled(!noneMatch);
    m_regenerate->setVisible(!failed);
    m_regenerate->setEnabled(m_actionsEnabled && !busy);
    const bool canAskMore = m_result.state == SkillState::Done && !m_shown.isEmpty();
    m_more->setVisible(canAskMore);
    m_harder->setVisible(canAskMore);
    m_more->setEnabled(m_actionsEnabled && !busy);
    m_harder->setEnabled(m_actionsEnabled && !busy);
}

QString SkillSectionWidget::questionsAsText() const
{
    QStringList lines;
    for (int i = 0; i < m_shown.size(); ++i)
        if (m_filter.matches(m_shown.at(i)))
            lines << QStringLiteral("%1. %2").arg(i + 1).arg(m_shown.at(i).text);
    return lines.join(QLatin1Char('\n'));
}

void SkillSectionWidget::copyText(const QString &text, const QString &what)
{
    if (text.isEmpty())
        return;
    QApplication::clipboard()->setText(text);
    Q_EMIT copied(what);
}

bool SkillSectionWidget::eventFilter(QObject *watched, QEvent *event)
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

void SkillSectionWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    else if (event->type() == QEvent::PaletteChange)
        updateHeader();
    QFrame::changeEvent(event);
}

} // namespace ip
