#include "VoiceAnswer.h"

#include "Icons.h"
#include "Theme.h"
#include "VoiceService.h"
#include "audio/AudioRecorder.h"
#include "providers/ProviderError.h"
#include "speech/Transcriber.h"
#include "speech/Transcription.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>

#include <utility>

namespace ip {

namespace {

QString minutesSeconds(qint64 ms)
{
    const qint64 s = ms / 1000;
    return QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

VoiceAnswer::VoiceAnswer(VoiceService &voice, QWidget *parent)
    : QWidget(parent)
    , m_voice(voice)
    , m_record(new QPushButton(this))
    , m_level(new QProgressBar(this))
    , m_elapsed(new QLabel(this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("voiceAnswer"));
    m_record->setObjectName(QStringLiteral("voiceRecord"));
    m_record->setAutoDefault(false);
    m_level->setObjectName(QStringLiteral("voiceLevel"));
    m_level->setRange(0, 100);
    m_level->setTextVisible(false);
    m_level->setMaximumWidth(120);
    m_level->setMaximumHeight(m_record->sizeHint().height() / 2);
    m_elapsed->setObjectName(QStringLiteral("voiceElapsed"));
    m_elapsed->setTextFormat(Qt::PlainText);
    m_status->setObjectName(QStringLiteral("voiceStatus"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    connect(m_record, &QPushButton::clicked, this, &VoiceAnswer::toggle);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(m_record);
    layout->addWidget(m_level);
    layout->addWidget(m_elapsed);
    layout->addWidget(m_status, 1);
    retranslate();
    updateButton();
}

VoiceAnswer::~VoiceAnswer()
{
    cancel();
}

bool VoiceAnswer::isRecording() const
{
    return m_recorder && m_recorder->isRecording();
}

QString VoiceAnswer::statusText() const
{
    return m_status->text();
}

void VoiceAnswer::toggle()
{
    if (isRecording()) {
        m_recorder->stop(); // finished() follows: transcribed then
        return;
    }
    if (m_call) {
        TranscriptionCall *call = m_call;
        m_call.clear();
        call->cancel();
        call->deleteLater();
        setStatus(tr("Transcription stopped."));
        updateButton();
        Q_EMIT busyChanged(false);
        return;
    }
    start();
}

void VoiceAnswer::start()
{
    delete m_recorder.data();
    m_recorder = m_voice.createRecorder(this);
    connect(m_recorder, &AudioRecorder::levelChanged, this,
            [this](double level) { m_level->setValue(qRound(level * 100)); });
    connect(m_recorder, &AudioRecorder::elapsedChanged, this, [this](qint64 ms) {
        const int limit = m_timeLimit > 0 ? m_timeLimit : VoiceService::kMaxRecordingSeconds;
        m_elapsed->setText(tr("%1 of %2").arg(minutesSeconds(ms), minutesSeconds(qint64(limit) * 1000)));
    });
    connect(m_recorder, &AudioRecorder::finished, this, &VoiceAnswer::recorded);
    connect(m_recorder, &AudioRecorder::failed, this, [this](const QString &message) {
        setStatus(message, true);
        m_recorder->deleteLater();
        updateButton();
        Q_EMIT busyChanged(false);
    });
    const int limit = m_timeLimit > 0 ? m_timeLimit : VoiceService::kMaxRecordingSeconds;
    if (!m_recorder->start(limit)) {
        // failed() said why (no microphone, permission refused); typing still works.
        updateButton();
        return;
    }
    m_level->setValue(0);
    m_elapsed->setText(tr("%1 of %2").arg(minutesSeconds(0), minutesSeconds(qint64(limit) * 1000)));
    setStatus(tr("Recording… speak your answer; press again to stop."));
    updateButton();
    Q_EMIT busyChanged(true);
}

void VoiceAnswer::recorded(const QByteArray &wav, qint64 durationMs)
{
    if (m_recorder)
        m_recorder->deleteLater();
    if (wav.isEmpty() || durationMs <= 0) {
        setStatus(tr("Nothing was recorded."), true);
        updateButton();
        Q_EMIT busyChanged(false);
        return;
    }
    const QString kept = m_voice.keepRecording(wav);
    auto call = m_voice.transcribe(wav, m_hint, this);
    if (call.isError()) {
        setStatus(tr("Could not transcribe the recording: %1").arg(call.error()), true);
        updateButton();
        Q_EMIT busyChanged(false);
        return;
    }
    m_call = call.value();
    setStatus(tr("Transcribing %1 of speech…").arg(minutesSeconds(durationMs)));
    connect(m_call, &TranscriptionCall::progress, this, [this](int done, int parts) {
        setStatus(tr("Transcribing… part %1 of %2").arg(done + 1 > parts ? parts : done + 1).arg(parts));
    });
    connect(m_call, &TranscriptionCall::finished, this, [this, kept](const Transcript &transcript) {
        m_call->deleteLater();
        m_call.clear();
        if (transcript.text.trimmed().isEmpty()) {
            setStatus(tr("The recording had no words in it. Try again closer to the microphone, or type."), true);
        } else {
            QString done = tr("Transcribed: edit it if needed, then Ctrl+Enter grades.");
            if (!kept.isEmpty()) {
                done += QLatin1Char(' ') + tr("The recording is kept in %1.").arg(kept);
                m_kept = kept;
            }
            setStatus(done);
            Q_EMIT transcribed(transcript.text.trimmed());
        }
        updateButton();
        Q_EMIT busyChanged(false);
    });
    connect(m_call, &TranscriptionCall::failed, this, [this](const ProviderError &error) {
        m_call->deleteLater();
        m_call.clear();
        setStatus(tr("Could not transcribe the recording: %1").arg(error.message), true);
        updateButton();
        Q_EMIT busyChanged(false);
    });
    updateButton();
}

void VoiceAnswer::handOverRecording()
{
    if (!m_kept.isEmpty())
        m_voice.setPendingRecording(std::exchange(m_kept, QString()));
}

void VoiceAnswer::cancel()
{
    const bool busy = isBusy();
    if (m_recorder) {
        m_recorder->cancel();
        m_recorder->deleteLater();
        m_recorder.clear();
    }
    if (m_call) {
        TranscriptionCall *call = m_call;
        m_call.clear();
        call->cancel();
        call->deleteLater();
    }
    if (busy) {
        updateButton();
        Q_EMIT busyChanged(false);
    }
}

void VoiceAnswer::setStatus(const QString &text, bool problem)
{
    m_status->setText(text);
    m_status->setAccessibleName(text);
    QPalette palette = m_status->palette();
    if (problem)
        palette.setColor(QPalette::WindowText, theme::color(palette, theme::Semantic::Error));
    else
        palette = QPalette();
    m_status->setPalette(palette);
    m_status->setForegroundRole(problem ? QPalette::WindowText : QPalette::PlaceholderText);
}

void VoiceAnswer::updateButton()
{
    const bool recording = isRecording();
    const bool transcribing = isTranscribing();
    m_level->setVisible(recording);
    m_elapsed->setVisible(recording);
    if (recording) {
        m_record->setText(tr("Stop &Recording"));
        m_record->setIcon(icons::themed(QStringLiteral("stop")));
        m_record->setAccessibleName(tr("Stop recording and transcribe"));
    } else if (transcribing) {
        m_record->setText(tr("Stop Transcribing"));
        m_record->setIcon(icons::themed(QStringLiteral("stop")));
        m_record->setAccessibleName(tr("Stop transcribing"));
    } else {
        m_record->setText(tr("&Record Answer"));
        m_record->setIcon(icons::themed(QStringLiteral("mic")));
        m_record->setAccessibleName(tr("Record your answer with the microphone"));
    }
    m_record->setToolTip(tr("Speak your answer (Ctrl+M); the transcript goes into the box to edit before grading"));
}

void VoiceAnswer::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void VoiceAnswer::retranslate()
{
    m_level->setAccessibleName(tr("Microphone level"));
    m_elapsed->setAccessibleName(tr("Recording time"));
    updateButton();
}

} // namespace ip
