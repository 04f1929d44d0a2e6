#include "VoicePage.h"

#include "audio/AudioRecorder.h"
#include "audio/Speaker.h"
#include "settings/EnvironmentOverrides.h"
#include "settings/Language.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSlider>
#include <QVBoxLayout>

namespace ip {

namespace {

QLabel *explanation(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

QLabel *warning(QWidget *parent, const QString &name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

} // namespace

VoicePage::VoicePage(QWidget *parent)
    : QWidget(parent)
    , m_url(new QLineEdit(this))
    , m_model(new QComboBox(this))
    , m_keep(new QCheckBox(this))
    , m_urlWarning(warning(this, QStringLiteral("speechUrlWarning")))
    , m_microphone(warning(this, QStringLiteral("microphoneNote")))
    , m_readAloud(new QCheckBox(this))
    , m_voice(new QComboBox(this))
    , m_rate(new QSlider(Qt::Horizontal, this))
    , m_test(new QPushButton(this))
    , m_speechProblem(warning(this, QStringLiteral("speechEngineProblem")))
{
    setObjectName(QStringLiteral("voicePage"));

    auto *answers = new QGroupBox(tr("Spoken answers"), this);
    m_url->setObjectName(QStringLiteral("speechBaseUrl"));
    m_url->setPlaceholderText(QStringLiteral("https://api.groq.com/openai/v1"));
    m_url->setAccessibleName(tr("Address of the speech-to-text server"));
    m_model->setObjectName(QStringLiteral("speechModel"));
    m_model->setEditable(true);
    m_model->addItems({ QStringLiteral("whisper-large-v3-turbo"), QStringLiteral("whisper-large-v3") });
    m_model->setAccessibleName(tr("Speech-to-text model"));
    m_keep->setObjectName(QStringLiteral("keepRecordings"));
    m_keep->setText(tr("&Keep my recordings (with the saved runs)"));
    m_keep->setAccessibleDescription(tr("Otherwise a recording is kept in memory only until it is transcribed."));
    auto *form = new QFormLayout;
    form->addRow(tr("Speech-to-text &server:"), m_url);
    form->addRow(tr("&Model:"), m_model);
    auto *answersLayout = new QVBoxLayout(answers);
    answersLayout->addWidget(explanation(
        tr("Record Answer (Ctrl+M) under a practice question sends the recording to this OpenAI-compatible "
           "/audio/transcriptions endpoint — Groq's, with your Groq key, or a server on this computer, which needs "
           "no key (offline mode allows only that) — and puts the transcript in the box to edit before grading. "
           "It goes nowhere else."),
        answers));
    answersLayout->addLayout(form);
    answersLayout->addWidget(m_urlWarning);
    answersLayout->addWidget(m_keep);
    answersLayout->addWidget(m_microphone);

    auto *reading = new QGroupBox(tr("Questions read aloud"), this);
    m_readAloud->setObjectName(QStringLiteral("readQuestionsAloud"));
    m_readAloud->setText(tr("&Read each practice question aloud when it appears"));
    m_voice->setObjectName(QStringLiteral("speechVoice"));
    m_voice->setAccessibleName(tr("Voice"));
    m_rate->setObjectName(QStringLiteral("speechRate"));
    m_rate->setRange(-10, 10);
    m_rate->setPageStep(2);
    m_rate->setAccessibleName(tr("Speaking rate"));
    m_rate->setToolTip(tr("Slower to the left, faster to the right"));
    m_test->setObjectName(QStringLiteral("testVoice"));
    m_test->setText(tr("&Test Voice"));
    m_test->setAutoDefault(false);
    connect(m_test, &QPushButton::clicked, this, [this] {
        Speaker *s = speaker();
        s->setVoice(m_voice->currentData().toString());
        s->setRate(m_rate->value() / 10.0);
        s->say(tr("This is how the questions will sound."), QLocale(m_language));
    });
    auto *readingForm = new QFormLayout;
    readingForm->addRow(tr("&Voice:"), m_voice);
    readingForm->addRow(tr("R&ate:"), m_rate);
    auto *readingLayout = new QVBoxLayout(reading);
    readingLayout->addWidget(m_readAloud);
    readingLayout->addWidget(explanation(tr("Read Aloud beside every question reads it at any time."), reading));
    readingLayout->addLayout(readingForm);
    readingLayout->addWidget(m_test, 0, Qt::AlignLeading);
    readingLayout->addWidget(m_speechProblem);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(answers);
    layout->addWidget(reading);
    layout->addStretch();

    connect(m_url, &QLineEdit::textChanged, this, [this] {
        updateWarnings();
        Q_EMIT validityChanged();
    });
}

VoicePage::~VoicePage() = default;

Speaker *VoicePage::speaker()
{
    if (!m_speaker) {
        m_speaker = new Speaker(this);
        connect(m_speaker, &Speaker::failed, this, [this](const QString &message) {
            m_speechProblem->setText(message);
            m_speechProblem->setVisible(true);
        });
    }
    return m_speaker;
}

void VoicePage::fillVoices(const QString &current)
{
    m_voicesFilled = true;
    m_voice->clear();
    m_voice->addItem(tr("The engine's default"), QString());
    Speaker *s = speaker();
    if (s->isAvailable())
        for (const QString &name : s->voices(QLocale(m_language)))
            m_voice->addItem(name, name);
    const int at = m_voice->findData(current);
    m_voice->setCurrentIndex(at >= 0 ? at : 0);
    m_speechProblem->setText(s->problem());
    m_speechProblem->setVisible(!s->problem().isEmpty());
    m_test->setEnabled(s->isAvailable());
    m_voice->setEnabled(s->isAvailable());
    m_rate->setEnabled(s->isAvailable());
}

void VoicePage::updateWarnings()
{
    const QUrl url(m_url->text().trimmed(), QUrl::StrictMode);
    m_urlWarning->setText(isValidBaseUrl(url) ? QString()
                                              : tr("Enter the server's address, such as "
                                                   "https://api.groq.com/openai/v1 or http://localhost:8000/v1."));
    m_urlWarning->setVisible(!m_urlWarning->text().isEmpty());
    m_microphone->setText(AudioRecorder::hasMicrophone()
                              ? QString()
                              : tr("No microphone was found on this computer: answers can still be typed."));
    m_microphone->setVisible(!m_microphone->text().isEmpty());
}

void VoicePage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_voicesFilled)
        fillVoices(m_pendingVoice);
}

bool VoicePage::isValid() const
{
    return isValidBaseUrl(QUrl(m_url->text().trimmed(), QUrl::StrictMode));
}

void VoicePage::load(const Settings &settings)
{
    m_language = settings.questionLanguage.isEmpty() ? language::currentUiLanguage() : settings.questionLanguage;
    m_url->setText(settings.speechBaseUrl.toString());
    m_model->setCurrentText(settings.speechModel);
    m_keep->setChecked(settings.keepRecordings);
    m_readAloud->setChecked(settings.readQuestionsAloud);
    m_rate->setValue(qRound(settings.speechRate * 10));
    // The speech engine is started only when the page is first seen (it may take a moment to answer).
    m_pendingVoice = settings.speechVoice;
    m_voice->clear();
    m_voice->addItem(settings.speechVoice.isEmpty() ? tr("The engine's default") : settings.speechVoice,
                     settings.speechVoice);
    if (isVisible())
        fillVoices(m_pendingVoice);
    updateWarnings();
}

void VoicePage::apply(Settings &settings) const
{
    const QUrl url(m_url->text().trimmed(), QUrl::StrictMode);
    if (isValidBaseUrl(url))
        settings.speechBaseUrl = url;
    const QString model = m_model->currentText().trimmed();
    if (!model.isEmpty())
        settings.speechModel = model;
    settings.keepRecordings = m_keep->isChecked();
    settings.readQuestionsAloud = m_readAloud->isChecked();
    settings.speechVoice = m_voice->currentData().toString();
    settings.speechRate = m_rate->value() / 10.0;
}

} // namespace ip
