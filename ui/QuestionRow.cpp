#include "QuestionRow.h"

#include "Badge.h"
#include "Icons.h"
#include "PracticePanel.h"
#include "QuestionLabels.h"
#include "SectionToggle.h"
#include "SourceList.h"
#include "VoiceService.h"
#include "WrappedLabel.h"
#include "session/SourceLabel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

namespace ip {

QuestionRow::QuestionRow(int number, const Question &question, const QList<Source> &sources, QWidget *parent)
    : QWidget(parent)
    , m_number(number)
    , m_question(question)
    , m_sources(sources)
    , m_label(new WrappedLabel(this))
    , m_copy(new QToolButton(this))
{
    setObjectName(QStringLiteral("questionRow%1").arg(number));
    auto *num = new QLabel(QStringLiteral("%1.").arg(number), this);
    num->setObjectName(QStringLiteral("questionNumber%1").arg(number));
    num->setAlignment(Qt::AlignRight | Qt::AlignTop);
    num->setForegroundRole(QPalette::PlaceholderText);
    num->setFixedWidth(num->fontMetrics().horizontalAdvance(QStringLiteral("88.")));
    m_label->setObjectName(QStringLiteral("question%1").arg(number));
    m_label->setTextFormat(Qt::PlainText);
    m_label->setWrappedText(question.text);
    m_label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_label->setSelectableOnDemand(true);
    m_label->setFocusPolicy(Qt::ClickFocus);
    m_label->setAccessibleDescription(question.text);
    m_copy->setObjectName(QStringLiteral("copyQuestion%1").arg(number));
    m_copy->setIcon(icons::themed(QStringLiteral("copy")));
    m_copy->setAutoRaise(true);
    connect(m_copy, &QToolButton::clicked, this, &QuestionRow::copyRequested);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    layout->addWidget(num, 0, Qt::AlignTop);
    {
        // Under the text: the resume line it probes, the badges with the key points toggle, the points.
        auto *column = new QWidget(this);
        column->setObjectName(QStringLiteral("questionDetails"));
        m_details = new QVBoxLayout(column);
        m_details->setContentsMargins(0, 0, 0, 0);
        m_details->setSpacing(3);
        m_label->setParent(column);
        m_details->addWidget(m_label);
        if (!question.evidence.isEmpty()) {
            m_evidence = new WrappedLabel(column);
            m_evidence->setObjectName(QStringLiteral("questionEvidence"));
            m_evidence->setTextFormat(Qt::PlainText);
            // Muted, not italic: an italic face often has no Arabic glyphs (the label is translated).
            m_evidence->setForegroundRole(QPalette::PlaceholderText);
            m_evidence->setAlignment(Qt::AlignLeft | Qt::AlignTop);
            m_evidence->setSelectableOnDemand(true);
            m_evidence->setFocusPolicy(Qt::ClickFocus);
            m_details->addWidget(m_evidence);
        }
        auto *meta = new QHBoxLayout;
        meta->setContentsMargins(0, 1, 0, 0);
        meta->setSpacing(6);
        if (question.difficulty != 0) {
            m_difficulty = new Badge(column);
            m_difficulty->setObjectName(QStringLiteral("difficultyBadge"));
            m_difficulty->setLevel(question.difficulty, kMaxDifficulty);
            m_difficulty->setTone(Badge::Tone::Accent); // told apart from the category at a glance
            meta->addWidget(m_difficulty);
        }
        if (question.category != QuestionCategory::None) {
            m_category = new Badge(column);
            m_category->setObjectName(QStringLiteral("categoryBadge"));
            meta->addWidget(m_category);
        }
        if (!question.keyPoints.isEmpty()) {
            m_pointsToggle = new SectionToggle(column);
            m_pointsToggle->setObjectName(QStringLiteral("keyPointsToggle"));
            m_pointsToggle->setCheckable(true);
            QFont small = m_pointsToggle->font();
            small.setPointSizeF(small.pointSizeF() * 0.9);
            m_pointsToggle->setFont(small);
            connect(m_pointsToggle, &QToolButton::toggled, this, [this](bool on) {
                if (on)
                    buildKeyPoints();
                if (m_points)
                    m_points->setVisible(on);
                updateToggleIcon();
            });
            meta->addWidget(m_pointsToggle);
        }
        m_practiceButton = new QToolButton(column);
        m_practiceButton->setObjectName(QStringLiteral("practiceButton%1").arg(number));
        m_practiceButton->setCheckable(true);
        m_practiceButton->setAutoRaise(true);
        m_practiceButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        m_practiceButton->setIcon(icons::themed(QStringLiteral("edit")));
        QFont smallFont = m_practiceButton->font();
        smallFont.setPointSizeF(smallFont.pointSizeF() * 0.9);
        m_practiceButton->setFont(smallFont);
        connect(m_practiceButton, &QToolButton::toggled, this, &QuestionRow::setPracticeShown);
        meta->addWidget(m_practiceButton);
        meta->addStretch(1);
        m_details->addLayout(meta);
        layout->addWidget(column, 1);
    }
    m_buttons = new QVBoxLayout;
    m_buttons->setContentsMargins(0, 0, 0, 0);
    m_buttons->setSpacing(0);
    m_buttons->addWidget(m_copy);
    m_buttons->addStretch(1);
    layout->addLayout(m_buttons);
    retranslate();
}

void QuestionRow::setVoice(VoiceService *voice, const QString &skill)
{
    if (m_voice == voice)
        return;
    m_voice = voice;
    m_skill = skill;
    if (voice && !m_readAloud) {
        m_readAloud = new QToolButton(this);
        m_readAloud->setObjectName(QStringLiteral("readAloud%1").arg(m_number));
        m_readAloud->setIcon(icons::themed(QStringLiteral("volume")));
        m_readAloud->setAutoRaise(true);
        connect(m_readAloud, &QToolButton::clicked, this, [this] {
            if (m_voice)
                m_voice->say(m_question.text);
        });
        m_buttons->insertWidget(1, m_readAloud);
        retranslate();
    }
    if (m_readAloud)
        m_readAloud->setVisible(voice != nullptr);
    if (m_practice)
        m_practice->setVoice(voice, skill);
}

void QuestionRow::retranslate()
{
    m_label->setAccessibleName(tr("Question %1").arg(m_number));
    m_copy->setToolTip(tr("Copy question %1").arg(m_number));
    m_copy->setAccessibleName(tr("Copy question %1").arg(m_number));
    m_copy->setAccessibleDescription(tr("Puts this question on the clipboard"));
    if (m_readAloud) {
        m_readAloud->setToolTip(tr("Read question %1 aloud").arg(m_number));
        m_readAloud->setAccessibleName(tr("Read question %1 aloud").arg(m_number));
    }
    if (m_difficulty) {
        m_difficulty->setText(QuestionLabels::difficultyName(m_question.difficulty));
        m_difficulty->setToolTip(QuestionLabels::difficultyDescription(m_question.difficulty));
        m_difficulty->setAccessibleName(tr("Difficulty: %1").arg(m_difficulty->text()));
        m_difficulty->setAccessibleDescription(m_difficulty->toolTip());
        m_difficulty->updateGeometry();
    }
    if (m_category) {
        m_category->setText(QuestionLabels::categoryName(m_question.category));
        m_category->setToolTip(tr("Category: %1").arg(m_category->text()));
        m_category->setAccessibleName(m_category->toolTip());
        m_category->updateGeometry();
    }
    if (m_evidence) {
        // The quote marks are the translator's: „…“ in German, «…» in French.
        m_evidence->setWrappedText(tr("From your resume: “%1”").arg(m_question.evidence));
        m_evidence->setAccessibleName(tr("From your resume"));
        m_evidence->setAccessibleDescription(m_question.evidence);
        m_evidence->setToolTip(tr("The line of your resume this question asks you to back up"));
    }
    if (m_pointsToggle) {
        m_pointsToggle->setText(tr("Show key points"));
        m_pointsToggle->setToolTip(tr("What a strong answer covers"));
        m_pointsToggle->setAccessibleName(tr("Show key points for question %1").arg(m_number));
        const int points = int(m_question.keyPoints.size());
        m_pointsToggle->setAccessibleDescription(points == 1 ? tr("1 point a strong answer covers")
                                                             : tr("%n points a strong answer covers", nullptr, points));
        updateToggleIcon();
    }
    updatePracticeButton();
    if (m_points) {
        delete m_points; // rebuilt in the new language
        m_points = nullptr;
        if (keyPointsShown())
            buildKeyPoints();
    }
}

void QuestionRow::updateToggleIcon()
{
    if (!m_pointsToggle)
        return;
    const QString collapsed
        = layoutDirection() == Qt::RightToLeft ? QStringLiteral("chevron-left") : QStringLiteral("chevron-right");
    m_pointsToggle->setIcon(icons::themed(m_pointsToggle->isChecked() ? QStringLiteral("chevron-down") : collapsed));
}

bool QuestionRow::keyPointsShown() const
{
    return m_pointsToggle && m_pointsToggle->isChecked();
}

void QuestionRow::setKeyPointsShown(bool shown)
{
    if (m_pointsToggle)
        m_pointsToggle->setChecked(shown);
}

void QuestionRow::setSources(const QList<Source> &sources)
{
    if (m_sources == sources)
        return;
    m_sources = sources;
    if (m_practice)
        m_practice->setSources(m_sources);
    if (m_points) {
        delete m_points;
        m_points = nullptr;
        if (keyPointsShown())
            buildKeyPoints();
    }
}

void QuestionRow::buildKeyPoints()
{
    if (m_points || !m_details)
        return;
    m_points = new QWidget(m_details->parentWidget());
    m_points->setObjectName(QStringLiteral("keyPoints"));
    // The points are in the question's language, not the window's: bullets go on that text's side
    // (an English question in the Arabic window keeps its bullets on the left, next to the text).
    m_points->setLayoutDirection(m_question.text.isRightToLeft() ? Qt::RightToLeft : Qt::LeftToRight);
    auto *list = new QVBoxLayout(m_points);
    list->setContentsMargins(4, 2, 0, 2);
    list->setSpacing(2);
    int i = 0;
    for (const KeyPoint &point : std::as_const(m_question.keyPoints)) {
        ++i;
        auto *line = new QHBoxLayout;
        line->setSpacing(6);
        auto *bullet = new QLabel(QStringLiteral("•"), m_points);
        bullet->setAlignment(Qt::AlignTop);
        bullet->setForegroundRole(QPalette::PlaceholderText);
        auto *text = new WrappedLabel(m_points);
        text->setObjectName(QStringLiteral("keyPoint%1").arg(i));
        text->setAlignment(Qt::AlignLeft | Qt::AlignTop);
        text->setAccessibleName(tr("Key point %1: %2").arg(i).arg(point.text));
        const Source *source
            = point.source >= 0 && point.source < m_sources.size() ? &m_sources.at(point.source) : nullptr;
        if (source && source->url.isValid()) {
            QString label = sourceLabel(*source);
            if (label.isEmpty())
                label = source->url.toDisplayString();
            const QString link = sourceLinkHtml(*source);
            text->setTextFormat(Qt::RichText);
            text->setWrappedText(
                tr("%1 (from %2)", "a key point, then the link to its source").arg(point.text.toHtmlEscaped(), link));
            text->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
            text->setToolTip(source->url.toDisplayString());
            text->setAccessibleDescription(tr("From %1; opens it in the browser").arg(label));
            openLinksInBrowser(text);
        } else {
            text->setTextFormat(Qt::PlainText);
            text->setWrappedText(point.text);
        }
        line->addWidget(bullet, 0, Qt::AlignTop);
        line->addWidget(text, 1);
        list->addLayout(line);
    }
    if (m_practice) // the points above the practice panel
        m_details->insertWidget(m_details->indexOf(m_practice), m_points);
    else
        m_details->addWidget(m_points);
    m_points->setVisible(keyPointsShown()); // a child made after its parent was shown stays hidden otherwise
}

void QuestionRow::updatePracticeButton()
{
    if (!m_practiceButton)
        return;
    // The latest answer to the question (not a follow-up) gives the score shown on the button.
    const PracticeAttempt *latest = nullptr;
    for (const PracticeAttempt &a : std::as_const(m_attempts))
        if (a.parentId.isEmpty())
            latest = &a;
    if (latest && latest->graded) {
        m_practiceButton->setText(tr("Practice · %1/10").arg(latest->grade.overall));
        m_practiceButton->setAccessibleDescription(
            tr("Your latest answer to this question scored %1 out of 10").arg(latest->grade.overall));
    } else {
        m_practiceButton->setText(tr("Practice"));
        m_practiceButton->setAccessibleDescription(tr("Answer this question and have the answer graded"));
    }
    m_practiceButton->setToolTip(tr("Answer this question and have the answer graded against the key points and "
                                    "the sources"));
    m_practiceButton->setAccessibleName(tr("Practice question %1").arg(m_number));
}

void QuestionRow::setAttempts(const QList<PracticeAttempt> &attempts)
{
    if (m_attempts == attempts)
        return;
    m_attempts = attempts;
    if (m_practice)
        m_practice->setAttempts(m_attempts);
    updatePracticeButton();
}

void QuestionRow::setPracticeGrading(bool any, bool here)
{
    m_gradingAny = any;
    m_gradingHere = here;
    if (m_practice)
        m_practice->setGrading(any, here);
}

bool QuestionRow::practiceShown() const
{
    return m_practice && m_practice->isVisibleTo(this);
}

void QuestionRow::setPracticeShown(bool shown)
{
    if (m_practiceButton && m_practiceButton->isChecked() != shown) {
        m_practiceButton->setChecked(shown); // comes back here through toggled
        return;
    }
    if (shown && !m_practice && m_details) {
        m_practice = new PracticePanel(m_number, m_sources, m_details->parentWidget());
        m_practice->setAttempts(m_attempts);
        m_practice->setGrading(m_gradingAny, m_gradingHere);
        m_practice->setVoice(m_voice, m_skill);
        connect(m_practice, &PracticePanel::submitted, this, &QuestionRow::practiceSubmitted);
        connect(m_practice, &PracticePanel::regradeRequested, this, &QuestionRow::practiceRegradeRequested);
        connect(m_practice, &PracticePanel::stopRequested, this, &QuestionRow::practiceStopRequested);
        connect(m_practice, &PracticePanel::closeRequested, this, [this] {
            setPracticeShown(false);
            if (m_practiceButton)
                m_practiceButton->setFocus(Qt::OtherFocusReason);
        });
        m_details->addWidget(m_practice);
    }
    if (!m_practice)
        return;
    m_practice->setVisible(shown);
    if (shown)
        m_practice->focusAnswer();
}

void QuestionRow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    else if (event->type() == QEvent::LayoutDirectionChange || event->type() == QEvent::PaletteChange)
        updateToggleIcon();
    QWidget::changeEvent(event);
}

} // namespace ip
