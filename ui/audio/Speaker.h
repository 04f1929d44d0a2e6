#pragma once

#include <QLocale>
#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>

class QTextToSpeech;

namespace ip {

// Reads text aloud: QTextToSpeech behind a small seam. Never blocks the caller for long and never throws; when no
// engine works, isAvailable() is false, problem() says why and say() reports failed() (queued).
class Speaker : public QObject
{
    Q_OBJECT
public:
    explicit Speaker(QObject *parent = nullptr); // the default engine: speech-dispatcher, else flite
    // A named engine ("speechd", "flite"); an engine that is not installed leaves the speaker unavailable (tests).
    explicit Speaker(const QString &engine, QObject *parent = nullptr);
    ~Speaker() override;
    Q_DISABLE_COPY_MOVE(Speaker)

    // An engine loaded, not in the Error state and, for flite (it plays through Qt Multimedia), a sound device.
    [[nodiscard]] bool isAvailable() const;
    [[nodiscard]] QString problem() const; // why not, a sentence for a person; empty when available
    [[nodiscard]] QString engine() const; // the engine in use ("speechd", "flite"), empty when none
    [[nodiscard]] QStringList voices(const QLocale &locale) const; // voice names for that language
    void setVoice(const QString &name); // empty = the engine's default for the locale
    void setRate(double rate); // -1..1
    void say(const QString &text, const QLocale &locale); // stops what is being said first
    void stop();
    [[nodiscard]] bool isSpeaking() const { return m_speaking; }

Q_SIGNALS:
    void speakingChanged(bool speaking);
    void failed(const QString &message);

private:
    bool load(const QString &engine);
    void onStateChanged();
    void setSpeaking(bool speaking);
    void failLater(const QString &message);

    std::unique_ptr<QTextToSpeech> m_tts;
    QString m_engine;
    QString m_problem; // when m_tts could not be made
    QString m_voice;
    double m_rate = 0;
    bool m_speaking = false;
};

} // namespace ip
