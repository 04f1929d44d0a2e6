#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace ip {

class AudioRecorder;
class TranscriptionCall;
class VoiceService;

// Speaking an answer (issue 17), a row under the practice box: Record Answer (Ctrl+M) captures from the
// microphone with its level and the time, a second press (or the time limit) stops it, the recording is
// transcribed, and the transcript goes into the box to be edited before grading. Every failure — no
// microphone, the recording refused, a transcription error or quota — is said in place; typing works.
class VoiceAnswer : public QWidget
{
    Q_OBJECT
public:
    explicit VoiceAnswer(VoiceService &voice, QWidget *parent = nullptr);
    ~VoiceAnswer() override;

    // Spelling help for the transcription (the skill's name).
    void setHint(const QString &hint) { m_hint = hint; }
    // The longest recording, in seconds (a practice session's time per answer); 0 = VoiceService's maximum.
    void setTimeLimit(int seconds) { m_timeLimit = seconds; }

    // Starts recording, or stops it (then it is transcribed), or stops a transcription.
    void toggle();
    // Drops what is being recorded or transcribed; nothing is emitted.
    void cancel();
    [[nodiscard]] bool isRecording() const;
    [[nodiscard]] bool isTranscribing() const { return !m_call.isNull(); }
    [[nodiscard]] bool isBusy() const { return isRecording() || isTranscribing(); }
    [[nodiscard]] QString statusText() const;
    // The answer is being submitted: the recording kept for it (if any) goes with it (VoiceService's
    // pending recording), once.
    void handOverRecording();

Q_SIGNALS:
    void transcribed(const QString &text);
    // Recording or transcribing started (true) or ended, however it ended (false).
    void busyChanged(bool busy);

protected:
    void changeEvent(QEvent *event) override;

private:
    void start();
    void recorded(const QByteArray &wav, qint64 durationMs);
    void setStatus(const QString &text, bool problem = false);
    void updateButton();
    void retranslate();

    VoiceService &m_voice;
    QString m_hint;
    QString m_kept; // the last kept recording, until the answer is submitted
    int m_timeLimit = 0;
    QPointer<AudioRecorder> m_recorder;
    QPointer<TranscriptionCall> m_call;
    QPushButton *m_record;
    QProgressBar *m_level;
    QLabel *m_elapsed;
    QLabel *m_status;
};

} // namespace ip
