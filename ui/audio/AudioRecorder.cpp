#include "AudioRecorder.h"

#include "PcmConverter.h"
#include "WavFile.h"

#include <QAudioDevice>
#include <QAudioFormat>
#include <QAudioSource>
#include <QFile>
#include <QMediaDevices>

#include <algorithm>
#include <optional>

namespace ip {

namespace {

constexpr qint64 kBytesPerSecond = qint64(AudioRecorder::kSampleRate) * 2;
constexpr qint64 kReportBytes = kBytesPerSecond * AudioRecorder::kReportMs / 1000;
constexpr int kRealTimeTickMs = 20;

std::optional<PcmConverter::SampleType> sampleTypeForBits(int bits)
{
    switch (bits) {
    case 8: return PcmConverter::SampleType::UInt8;
    case 16: return PcmConverter::SampleType::Int16;
    case 24: return PcmConverter::SampleType::Int24;
    case 32: return PcmConverter::SampleType::Int32;
    default: return std::nullopt;
    }
}

std::optional<PcmConverter::SampleType> sampleTypeFor(QAudioFormat::SampleFormat format)
{
    switch (format) {
    case QAudioFormat::UInt8: return PcmConverter::SampleType::UInt8;
    case QAudioFormat::Int16: return PcmConverter::SampleType::Int16;
    case QAudioFormat::Int32: return PcmConverter::SampleType::Int32;
    case QAudioFormat::Float: return PcmConverter::SampleType::Float32;
    default: return std::nullopt;
    }
}

} // namespace

bool AudioRecorder::hasMicrophone()
{
    return !QMediaDevices::audioInputs().isEmpty();
}

AudioRecorder::AudioRecorder(QObject *parent)
    : QObject(parent)
{
    connect(&m_pump, &QTimer::timeout, this, &AudioRecorder::pumpFile);
}

AudioRecorder::~AudioRecorder()
{
    releaseSource();
}

void AudioRecorder::useWavFile(const QString &path, Pace pace)
{
    m_filePath = path;
    m_pace = pace;
}

qint64 AudioRecorder::elapsedMs() const
{
    return qint64(m_pcm.size()) * 1000 / kBytesPerSecond;
}

bool AudioRecorder::start(int maxSeconds)
{
    if (m_recording) {
        failLater(tr("A recording is already running."));
        return false;
    }
    reset();
    m_maxBytes = maxSeconds > 0 ? qint64(maxSeconds) * kBytesPerSecond : 0;
    const bool started = m_filePath.isEmpty() ? startMicrophone() : startFile();
    if (!started) {
        releaseSource();
        reset();
        return false;
    }
    m_recording = true;
    return true;
}

bool AudioRecorder::startMicrophone()
{
    const QAudioDevice device = QMediaDevices::defaultAudioInput();
    if (device.isNull()) {
        failLater(tr("No microphone was found. Connect one, or check that the system's sound settings show it."));
        return false;
    }
    QAudioFormat format;
    format.setSampleRate(kSampleRate);
    format.setChannelCount(1);
    format.setSampleFormat(QAudioFormat::Int16);
    if (!device.isFormatSupported(format))
        format = device.preferredFormat();
    const auto type = sampleTypeFor(format.sampleFormat());
    if (!type || format.sampleRate() <= 0 || format.channelCount() <= 0) {
        failLater(tr("The microphone “%1” offers no sound format this app can record.").arg(device.description()));
        return false;
    }
    m_converter = std::make_unique<PcmConverter>(format.sampleRate(), format.channelCount(), *type, kSampleRate);
    m_source = std::make_unique<QAudioSource>(device, format);
    connect(m_source.get(), &QAudioSource::stateChanged, this, &AudioRecorder::onSourceStateChanged);
    m_sourceDevice = m_source->start();
    if (m_sourceDevice == nullptr || m_source->error() != QAudio::NoError) {
        failLater(tr("The microphone could not be opened. The system may not allow this app to use it (see its "
                     "privacy and sound settings), or another program is using it."));
        return false;
    }
    connect(m_sourceDevice, &QIODevice::readyRead, this, &AudioRecorder::readMicrophone);
    return true;
}

bool AudioRecorder::startFile()
{
    QFile file(m_filePath);
    if (!file.open(QIODevice::ReadOnly)) {
        failLater(tr("The recording “%1” cannot be read: %2").arg(m_filePath, file.errorString()));
        return false;
    }
    m_file = file.readAll();
    const auto info = readWavInfo(m_file);
    const auto type = info ? sampleTypeForBits(info.value().bitsPerSample) : std::nullopt;
    if (!info || !type) {
        failLater(tr("The recording “%1” cannot be used: %2")
                      .arg(m_filePath, info ? tr("its sample format is not supported.") : info.error()));
        return false;
    }
    m_converter = std::make_unique<PcmConverter>(info.value().sampleRate, info.value().channels, *type, kSampleRate);
    m_fileStart = info.value().dataOffset;
    m_filePos = m_fileStart;
    m_fileBytesPerSecond = qint64(m_converter->bytesPerFrame()) * info.value().sampleRate;
    m_fileEnd = info.value().dataOffset + info.value().dataBytes;
    m_pump.setInterval(m_pace == Pace::RealTime ? kRealTimeTickMs : 0);
    m_clock.start();
    m_pump.start();
    return true;
}

void AudioRecorder::pumpFile()
{
    if (!m_recording)
        return;
    const qint64 frameBytes = m_converter->bytesPerFrame();
    qint64 target = m_pace == Pace::RealTime ? m_clock.elapsed() * m_fileBytesPerSecond / 1000
                                             : (m_filePos - m_fileStart) + m_fileBytesPerSecond * kReportMs / 1000;
    target = std::min(m_fileStart + target - target % frameBytes, m_fileEnd);
    if (target > m_filePos) {
        const QByteArray chunk = m_file.mid(m_filePos, target - m_filePos);
        m_filePos = target;
        consume(m_converter->push(chunk));
        if (!m_recording)
            return;
    }
    if (m_filePos >= m_fileEnd)
        finishRecording();
}

void AudioRecorder::readMicrophone()
{
    if (!m_recording || m_sourceDevice == nullptr)
        return;
    consume(m_converter->push(m_sourceDevice->readAll()));
}

void AudioRecorder::onSourceStateChanged()
{
    if (!m_recording || !m_source || m_source->error() == QAudio::NoError)
        return;
    const QString message = m_source->error() == QAudio::OpenError
        ? tr("The microphone could not be opened. The system may not allow this app to use it (see its privacy and "
             "sound settings), or another program is using it.")
        : tr("The recording stopped: the microphone stopped delivering sound.");
    cancel();
    failLater(message);
}

void AudioRecorder::consume(const QByteArray &pcm16)
{
    if (!m_recording)
        return;
    m_pcm.append(pcm16);
    const bool full = m_maxBytes > 0 && m_pcm.size() >= m_maxBytes;
    if (full)
        m_pcm.truncate(m_maxBytes);
    if (!reportBlocks(false))
        return;
    if (full)
        finishRecording();
}

bool AudioRecorder::reportBlocks(bool finishing)
{
    // A slot may stop() or cancel() the recording: stop reporting then (a stop while finishing changes nothing).
    const quint64 generation = m_generation;
    const auto goOn = [this, generation, finishing] {
        return generation == m_generation && (finishing || m_recording);
    };
    while (m_pcm.size() - m_reportedBytes >= kReportBytes) {
        const double level = peakLevel(m_pcm.mid(m_reportedBytes, kReportBytes));
        m_reportedBytes += kReportBytes;
        Q_EMIT levelChanged(level);
        if (!goOn())
            return false;
        Q_EMIT elapsedChanged(m_reportedBytes * 1000 / kBytesPerSecond);
        if (!goOn())
            return false;
    }
    return true;
}

void AudioRecorder::stop()
{
    if (!m_recording)
        return;
    if (m_sourceDevice != nullptr)
        readMicrophone();
    finishRecording();
}

void AudioRecorder::finishRecording()
{
    if (!m_recording)
        return;
    m_recording = false;
    m_pump.stop();
    releaseSource();
    if (m_converter) {
        m_pcm.append(m_converter->flush());
        if (m_maxBytes > 0 && m_pcm.size() > m_maxBytes)
            m_pcm.truncate(m_maxBytes);
        m_converter.reset();
    }
    m_file.clear();
    // Copied first: a slot of the last reports may cancel() or even start() a new recording.
    const QByteArray pcm = m_pcm;
    const quint64 generation = m_generation;
    if (!reportBlocks(true))
        return; // cancelled from a slot
    const QByteArray wav = wavFromPcm16(pcm, kSampleRate, 1);
    const qint64 durationMs = qint64(pcm.size()) * 1000 / kBytesPerSecond;
    QMetaObject::invokeMethod(
        this,
        [this, generation, wav, durationMs] {
            if (generation == m_generation)
                Q_EMIT finished(wav, durationMs);
        },
        Qt::QueuedConnection);
}

void AudioRecorder::cancel()
{
    ++m_generation;
    m_recording = false;
    m_pump.stop();
    releaseSource();
    reset();
}

void AudioRecorder::releaseSource()
{
    if (m_source) {
        m_source->disconnect(this);
        if (m_sourceDevice != nullptr)
            m_sourceDevice->disconnect(this);
        m_source->stop();
    }
    m_sourceDevice = nullptr;
    m_source.reset();
}

void AudioRecorder::reset()
{
    m_pcm.clear();
    m_reportedBytes = 0;
    m_maxBytes = 0;
    m_converter.reset();
    m_file.clear();
    m_fileStart = 0;
    m_filePos = 0;
    m_fileEnd = 0;
}

void AudioRecorder::failLater(const QString &message)
{
    const quint64 generation = m_generation;
    QMetaObject::invokeMethod(
        this,
        [this, generation, message] {
            if (generation == m_generation)
                Q_EMIT failed(message);
        },
        Qt::QueuedConnection);
}

} // namespace ip
