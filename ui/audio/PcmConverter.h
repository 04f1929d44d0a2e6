#pragma once

#include <QByteArray>

#include <vector>

namespace ip {

// Streams interleaved PCM of any rate and channel count into mono 16-bit PCM at another rate (16 kHz for
// whisper): channels averaged, then linear interpolation. The number of frames out is ceil(in × outRate / inRate)
// once flush() was called, so a 1.5 s input gives exactly 1.5 s out.
class PcmConverter
{
public:
    enum class SampleType { UInt8, Int16, Int24, Int32, Float32 };

    PcmConverter(int inRate, int channels, SampleType type, int outRate = 16000);

    [[nodiscard]] static int bytesPerSample(SampleType type);
    [[nodiscard]] int bytesPerFrame() const { return m_channels * bytesPerSample(m_type); }

    // The output the bytes complete (a partial frame is kept for the next call).
    QByteArray push(const QByteArray &bytes);
    // The output still owed at the end of the input.
    QByteArray flush();

private:
    [[nodiscard]] float sampleAt(const char *p) const;
    void emitFrames(QByteArray &out, bool final);

    int m_inRate;
    int m_channels;
    SampleType m_type;
    int m_outRate;
    QByteArray m_partial;
    std::vector<float> m_mono; // input frames (mixed down) not yet consumed; m_mono[0] is frame m_base
    qint64 m_base = 0;
    qint64 m_inFrames = 0;
    qint64 m_outFrames = 0;
};

} // namespace ip
