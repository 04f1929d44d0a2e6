#include "VoiceService.h"

#include "AppContext.h"
#include "audio/AudioRecorder.h"
#include "audio/Speaker.h"
#include "session/AtomicFile.h"
#include "session/SessionStore.h"
#include "settings/Language.h"
#include "speech/Transcriber.h"
#include "speech/Transcription.h"

#include <QDateTime>
#include <QDir>
#include <QLocale>

namespace ip {

VoiceService::VoiceService(AppContext &context, QObject *parent)
    : QObject(parent)
    , m_context(context)
{ }

VoiceService::~VoiceService() = default;

AudioRecorder *VoiceService::createRecorder(QObject *parent) const
{
    auto *recorder = new AudioRecorder(parent);
    if (!m_wavSource.isEmpty())
        recorder->useWavFile(m_wavSource,
                             m_wavRealTime ? AudioRecorder::Pace::RealTime : AudioRecorder::Pace::AsFastAsPossible);
    return recorder;
}

QString VoiceService::questionLanguage() const
{
    const QString code = m_context.settings().questionLanguage.isEmpty() ? language::currentUiLanguage()
                                                                         : m_context.settings().questionLanguage;
    // Whisper takes ISO-639-1: "pt_BR" → "pt".
    return code.section(QLatin1Char('_'), 0, 0).section(QLatin1Char('-'), 0, 0).toLower();
}

Result<TranscriptionCall *, QString> VoiceService::transcribe(const QByteArray &wav, const QString &hint,
                                                              QObject *parent)
{
    auto made = m_context.createTranscriber(this);
    if (made.isError())
        return Result<TranscriptionCall *, QString>::fail(made.error());
    Transcriber *transcriber = made.value();
    TranscriptionRequest request;
    request.audio = wav;
    request.language = questionLanguage();
    request.prompt = hint;
    request.format = TranscriptFormat::Json;
    TranscriptionCall *call = transcriber->transcribe(request, parent);
    // One transcriber per recording: it goes when its call does.
    connect(call, &QObject::destroyed, transcriber, &QObject::deleteLater);
    return Result<TranscriptionCall *, QString>::ok(call);
}

QString VoiceService::keepRecording(const QByteArray &wav)
{
    if (!m_context.settings().keepRecordings || wav.isEmpty())
        return {};
    SessionStore *sessions = m_context.sessionStore();
    if (!sessions)
        return {};
    // Beside the saved runs: Settings ▸ Storage counts them with the runs, and deletes them with them.
    const QDir folder(sessions->directory() + QStringLiteral("/recordings")); // made by the write when missing
    const QString path
        = folder.filePath(QStringLiteral("answer-%1.wav")
                              .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz"))));
    return writeFileAtomically(path, wav).isOk() ? path : QString();
}

Speaker *VoiceService::speaker()
{
    if (!m_speaker) {
        m_speaker = new Speaker(this);
        connect(m_speaker, &Speaker::failed, this, &VoiceService::problem);
    }
    return m_speaker;
}

void VoiceService::say(const QString &text)
{
    Speaker *s = speaker();
    if (!s->isAvailable()) {
        Q_EMIT problem(s->problem());
        return;
    }
    const Settings settings = m_context.settings();
    s->setVoice(settings.speechVoice);
    s->setRate(settings.speechRate);
    s->say(text, QLocale(questionLanguage()));
}

void VoiceService::stopSpeaking()
{
    if (m_speaker)
        m_speaker->stop();
}

bool VoiceService::readsQuestionsAloud() const
{
    return m_context.settings().readQuestionsAloud;
}

} // namespace ip
