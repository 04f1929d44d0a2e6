#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QObject>
#include <QString>
#include <QTimer>

#include <memory>

class QAudioSource;
class QIODevice;

namespace ip {

class PcmConverter;

// Records an answer as 16 kHz mono 16-bit PCM WAV (what whisper wants; ~32 KB/s, 25 MB ≈ 13 minutes).
// The source is the system's default microphone (QMediaDevices::defaultAudioInput + QAudioSource) or, for tests
// and machines without an audio device, a WAV file fed through the same path in real time or as fast as possible.
// Levels and the elapsed time are reported per 100 ms of recorded audio, so a file fed as fast as possible reports
// the same sequence as one fed in real time.
class AudioRecorder : public QObject
{
    Q_OBJECT
public:
    enum class Pace { RealTime, AsFastAsPossible };

    static constexpr int kSampleRate = 16000;
    static constexpr int kReportMs = 100;

    static bool hasMicrophone(); // QMediaDevices::audioInputs() not empty

    explicit AudioRecorder(QObject *parent = nullptr); // microphone
    ~AudioRecorder() override;
    Q_DISABLE_COPY_MOVE(AudioRecorder)

    // A WAV file as the source (any PCM rate/channels: converted to 16 kHz mono); tests and the demo.
    void useWavFile(const QString &path, Pace pace = Pace::AsFastAsPossible);

    // 0 = no limit. False (and failed(), queued) when it cannot start: no microphone, the microphone cannot be
    // opened (permission refused: Qt 6.4 has no QMicrophonePermission, so the source's error state tells),
    // an unreadable file, or already recording.
    bool start(int maxSeconds = 0);
    void stop(); // finished() follows (queued)
    void cancel(); // nothing emitted after it, data dropped

    [[nodiscard]] bool isRecording() const { return m_recording; }
    [[nodiscard]] qint64 elapsedMs() const;

Q_SIGNALS:
    void levelChanged(double level); // 0..1, ~10 times a second
    void elapsedChanged(qint64 ms); // ~10 times a second
    void finished(const QByteArray &wav, qint64 durationMs); // also when maxSeconds was reached
    void failed(const QString &message); // a sentence for a person

private:
    bool startMicrophone();
    bool startFile();
    void pumpFile();
    void readMicrophone();
    void onSourceStateChanged();
    void consume(const QByteArray &pcm16);
    bool reportBlocks(bool finishing);
    void finishRecording();
    void releaseSource();
    void reset();
    void failLater(const QString &message);

    QString m_filePath; // empty: the microphone
    Pace m_pace = Pace::AsFastAsPossible;

    bool m_recording = false;
    quint64 m_generation = 0; // bumped by cancel(): queued emissions of an older generation are dropped
    qint64 m_maxBytes = 0; // of 16 kHz PCM; 0 = no limit
    QByteArray m_pcm; // recorded 16 kHz mono PCM
    qint64 m_reportedBytes = 0;
    std::unique_ptr<PcmConverter> m_converter;

    std::unique_ptr<QAudioSource> m_source;
    QIODevice *m_sourceDevice = nullptr; // owned by m_source

    QByteArray m_file;
    qint64 m_fileStart = 0; // where the samples start
    qint64 m_filePos = 0;
    qint64 m_fileBytesPerSecond = 0;
    qint64 m_fileEnd = 0;
    QTimer m_pump;
    QElapsedTimer m_clock;
};

} // namespace ip
