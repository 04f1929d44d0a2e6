#include "PcmConverter.h"

#include <QtEndian>

#include <algorithm>
#include <cmath>
#include <cstring>

namespace ip {

PcmConverter::PcmConverter(int inRate, int channels, SampleType type, int outRate)
    : m_inRate(std::max(1, inRate))
    , m_channels(std::max(1, channels))
    , m_type(type)
    , m_outRate(std::max(1, outRate))
{ }

int PcmConverter::bytesPerSample(SampleType type)
{
    switch (type) {
    case SampleType::UInt8: return 1;
    case SampleType::Int16: return 2;
    case SampleType::Int24: return 3;
    case SampleType::Int32:
    case SampleType::Float32: return 4;
    }
    return 2;
}

float PcmConverter::sampleAt(const char *p) const
{
    switch (m_type) {
    case SampleType::UInt8: return (float(static_cast<unsigned char>(*p)) - 128.0F) / 128.0F;
    case SampleType::Int16: return float(qFromLittleEndian<qint16>(p)) / 32768.0F;
    case SampleType::Int24: {
        const auto *u = reinterpret_cast<const unsigned char *>(p);
        qint32 v = qint32(u[0]) | (qint32(u[1]) << 8) | (qint32(u[2]) << 16);
        if ((v & 0x800000) != 0)
            v -= 0x1000000;
        return float(v) / 8388608.0F;
    }
    case SampleType::Int32: return float(double(qFromLittleEndian<qint32>(p)) / 2147483648.0);
    case SampleType::Float32: {
        const quint32 bits = qFromLittleEndian<quint32>(p);
        float f = 0;
        std::memcpy(&f, &bits, sizeof f);
        return f;
    }
    }
    return 0;
}

QByteArray PcmConverter::push(const QByteArray &bytes)
{
    m_partial.append(bytes);
    const int frameBytes = bytesPerFrame();
    const int sampleBytes = bytesPerSample(m_type);
    const qsizetype frames = m_partial.size() / frameBytes;
    const char *d = m_partial.constData();
    m_mono.reserve(m_mono.size() + size_t(frames));
    for (qsizetype f = 0; f < frames; ++f) {
        float sum = 0;
        for (int c = 0; c < m_channels; ++c)
            sum += sampleAt(d + f * frameBytes + qsizetype(c) * sampleBytes);
        m_mono.push_back(sum / float(m_channels));
    }
    m_partial.remove(0, frames * frameBytes);
    m_inFrames += frames;

    QByteArray out;
    emitFrames(out, false);
    return out;
}

QByteArray PcmConverter::flush()
{
    QByteArray out;
    emitFrames(out, true);
    m_partial.clear();
    return out;
}

void PcmConverter::emitFrames(QByteArray &out, bool final)
{
    for (;;) {
        // Output frame k sits at input position k × inRate / outRate (exact integer arithmetic, no drift).
        const qint64 num = m_outFrames * m_inRate;
        const qint64 i = num / m_outRate;
        const double frac = double(num % m_outRate) / m_outRate;
        if (final ? i >= m_inFrames : i + 1 >= m_inFrames)
            break;
        const float a = m_mono[size_t(i - m_base)];
        const float b = i + 1 < m_inFrames ? m_mono[size_t(i + 1 - m_base)] : a;
        const double v = std::clamp(double(a) + (double(b) - double(a)) * frac, -1.0, 1.0);
        char s[2];
        qToLittleEndian(static_cast<qint16>(std::lround(v * 32767.0)), s);
        out.append(s, 2);
        ++m_outFrames;
    }
    // Keep the input from the next output's left neighbour on.
    const qint64 keepFrom = std::min(m_inFrames, (m_outFrames * m_inRate) / m_outRate);
    if (keepFrom > m_base) {
        m_mono.erase(m_mono.begin(), m_mono.begin() + (keepFrom - m_base));
        m_base = keepFrom;
    }
}

} // namespace ip
