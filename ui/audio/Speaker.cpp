#include "Speaker.h"

#include <QAudioDevice>
#include <QMediaDevices>
#include <QTextToSpeech>
#include <QVoice>

#include <algorithm>

namespace ip {

namespace {

const QString kSpeechDispatcher = QStringLiteral("speechd");
const QString kFlite = QStringLiteral("flite");

// flite plays through Qt Multimedia (speech-dispatcher has its own output): without a sound device it cannot speak.
bool lacksOutput(const QString &engine)
{
    return engine == kFlite && QMediaDevices::audioOutputs().isEmpty();
}

} // namespace

Speaker::Speaker(QObject *parent)
    : QObject(parent)
{
    const QStringList engines = QTextToSpeech::availableEngines();
    if (engines.isEmpty()) {
        m_problem = tr("No text-to-speech engine is installed (on Debian: qt6-speech-flite-plugin or "
                       "speech-dispatcher).");
        return;
    }
    // speech-dispatcher speaks with the voices the person set up for the desktop; flite works without a daemon.
    QStringList order;
    for (const QString &preferred : { kSpeechDispatcher, kFlite })
        if (engines.contains(preferred))
            order.append(preferred);
    for (const QString &other : engines)
        if (!order.contains(other))
            order.append(other);
    for (const QString &engine : order)
        if (load(engine))
            return;
}

Speaker::Speaker(const QString &engine, QObject *parent)
    : QObject(parent)
{
    if (!QTextToSpeech::availableEngines().contains(engine)) {
        m_problem = tr("The text-to-speech engine “%1” is not installed (on Debian: qt6-speech-flite-plugin or "
                       "speech-dispatcher).")
                        .arg(engine);
        return;
    }
    load(engine);
}

Speaker::~Speaker()
{
    if (m_tts)
        m_tts->disconnect(this);
}

bool Speaker::load(const QString &engine)
{
    auto tts = std::make_unique<QTextToSpeech>(engine);
    if (tts->state() == QTextToSpeech::Error) {
        const QString reason = tts->errorString();
        m_problem = reason.isEmpty() ? tr("The text-to-speech engine “%1” does not work.").arg(engine)
                                     : tr("The text-to-speech engine “%1” does not work: %2").arg(engine, reason);
        return false;
    }
    m_tts = std::move(tts);
    m_engine = engine;
    m_problem.clear();
    connect(m_tts.get(), &QTextToSpeech::stateChanged, this, &Speaker::onStateChanged);
    return true;
}

bool Speaker::isAvailable() const
{
    return m_tts && m_tts->state() != QTextToSpeech::Error && !lacksOutput(m_engine);
}

QString Speaker::problem() const
{
    if (!m_tts)
        return m_problem;
    if (m_tts->state() == QTextToSpeech::Error) {
        const QString reason = m_tts->errorString();
        return reason.isEmpty() ? tr("Text-to-speech stopped working.")
                                : tr("Text-to-speech stopped working: %1").arg(reason);
    }
    if (lacksOutput(m_engine))
        return tr("No sound output device was found, so the text cannot be read aloud.");
    return {};
}

QString Speaker::engine() const
{
    return m_tts ? m_engine : QString();
}

QStringList Speaker::voices(const QLocale &locale) const
{
    QStringList names;
    if (!isAvailable())
        return names;
    // Qt 6.4 lists the voices of the current locale only: switch, list, switch back.
    const QLocale previous = m_tts->locale();
    m_tts->setLocale(locale);
    const QList<QVoice> voices = m_tts->availableVoices();
    for (const QVoice &voice : voices)
        names.append(voice.name());
    m_tts->setLocale(previous);
    return names;
}

void Speaker::setVoice(const QString &name)
{
    m_voice = name;
}

void Speaker::setRate(double rate)
{
    m_rate = std::clamp(rate, -1.0, 1.0);
    if (m_tts)
        m_tts->setRate(m_rate);
}

void Speaker::say(const QString &text, const QLocale &locale)
{
    if (!isAvailable()) {
        failLater(problem());
        return;
    }
    m_tts->stop();
    m_tts->setLocale(locale);
    if (!m_voice.isEmpty()) {
        const QList<QVoice> voices = m_tts->availableVoices();
        const auto it = std::find_if(voices.begin(), voices.end(),
                                     [this](const QVoice &voice) { return voice.name() == m_voice; });
        if (it != voices.end())
            m_tts->setVoice(*it);
    }
    m_tts->setRate(m_rate);
    m_tts->say(text);
}

void Speaker::stop()
{
    if (m_tts)
        m_tts->stop();
}

void Speaker::onStateChanged()
{
    const QTextToSpeech::State state = m_tts->state();
    setSpeaking(state == QTextToSpeech::Speaking);
    if (state == QTextToSpeech::Error) {
        const QString reason = m_tts->errorString();
        Q_EMIT failed(reason.isEmpty() ? tr("The text could not be read aloud.")
                                       : tr("The text could not be read aloud: %1").arg(reason));
    }
}

void Speaker::setSpeaking(bool speaking)
{
    if (m_speaking == speaking)
        return;
    m_speaking = speaking;
    Q_EMIT speakingChanged(speaking);
}

void Speaker::failLater(const QString &message)
{
    QMetaObject::invokeMethod(
        this, [this, message] { Q_EMIT failed(message); }, Qt::QueuedConnection);
}

} // namespace ip
