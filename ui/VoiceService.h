#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QString>

#include <utility>

namespace ip {

class AppContext;
class AudioRecorder;
class Speaker;
class TranscriptionCall;

// Voice for practice (issue 17), one per window: recorders on the system's default microphone (or, for
// tests and the demo, on a WAV file through the same path), transcription through the configured
// OpenAI-compatible /audio/transcriptions endpoint (AppContext::createTranscriber: keys, limits, retries,
// offline mode), keeping a recording only when Settings ▸ Voice says so, and the questions read aloud
// (Qt TextToSpeech: the voice and rate of the settings, the language of the questions).
class VoiceService : public QObject
{
    Q_OBJECT
public:
    explicit VoiceService(AppContext &context, QObject *parent = nullptr);
    ~VoiceService() override;

    // A recorder for one answer (owned by `parent`).
    [[nodiscard]] AudioRecorder *createRecorder(QObject *parent) const;
    // Recorders read this WAV file instead of the microphone (tests, the demo; empty = the microphone),
    // in real time (the demo: the level moves as it would) or as fast as possible (tests).
    void setRecordingSource(const QString &wavPath, bool realTime = false)
    {
        m_wavSource = wavPath;
        m_wavRealTime = realTime;
    }

    // Transcribes a recording in the questions' language, with `hint` (the skill's name) as spelling help.
    // Error: why it cannot start (no key, offline mode with a cloud endpoint), a sentence for a person.
    Result<TranscriptionCall *, QString> transcribe(const QByteArray &wav, const QString &hint, QObject *parent);
    // Writes the recording beside the saved runs when Settings ▸ Voice keeps recordings: its path;
    // else (or when it could not be written) empty, and nothing is written.
    QString keepRecording(const QByteArray &wav);
    // The kept recording of the answer being submitted right now (set by its practice box just before it
    // submits, taken by whoever saves the attempt in the same call): saved with that attempt.
    void setPendingRecording(const QString &path) { m_pendingRecording = path; }
    [[nodiscard]] QString takePendingRecording() { return std::exchange(m_pendingRecording, QString()); }

    // Text to speech. The speaker is made on first use.
    [[nodiscard]] Speaker *speaker();
    // Reads `text` aloud in the questions' language; problem() when no engine can.
    void say(const QString &text);
    void stopSpeaking();
    [[nodiscard]] bool readsQuestionsAloud() const;
    // ISO-639-1 code of the questions' language ("en", "de", "ar").
    [[nodiscard]] QString questionLanguage() const;
    // The longest answer a recording may be, in seconds, when nothing else limits it.
    static constexpr int kMaxRecordingSeconds = 300;

Q_SIGNALS:
    void problem(const QString &message);

private:
    AppContext &m_context;
    QPointer<Speaker> m_speaker;
    QString m_wavSource;
    bool m_wavRealTime = false;
    QString m_pendingRecording;
};

} // namespace ip
