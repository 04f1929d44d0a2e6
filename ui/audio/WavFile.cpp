#include "WavFile.h"

#include <QCoreApplication>
#include <QtEndian>

#include <algorithm>
#include <cstdlib>
#include <cstring>

namespace ip {

namespace {

constexpr quint16 kFormatPcm = 1;
constexpr quint16 kFormatExtensible = 0xFFFE;
constexpr qint64 kFmtMinBytes = 16;
constexpr qint64 kExtensibleFmtBytes = 40;
constexpr qint64 kSubFormatOffset = 24; // inside an extensible fmt chunk: the GUID's first two bytes are the format

quint16 u16(const char *p)
{
    return qFromLittleEndian<quint16>(p);
}

quint32 u32(const char *p)
{
    return qFromLittleEndian<quint32>(p);
}

void putU16(QByteArray &out, quint16 v)
{
    char b[2];
    qToLittleEndian(v, b);
    out.append(b, 2);
}

void putU32(QByteArray &out, quint32 v)
{
    char b[4];
    qToLittleEndian(v, b);
    out.append(b, 4);
}

} // namespace

QByteArray wavFromPcm16(const QByteArray &pcm, int sampleRate, int channels)
{
    const auto dataBytes = static_cast<quint32>(pcm.size());
    const auto blockAlign = static_cast<quint16>(channels * 2);
    QByteArray out;
    out.reserve(44 + pcm.size());
    out.append("RIFF", 4);
    putU32(out, 36 + dataBytes);
    out.append("WAVE", 4);
    out.append("fmt ", 4);
    putU32(out, 16);
    putU16(out, kFormatPcm);
    putU16(out, static_cast<quint16>(channels));
    putU32(out, static_cast<quint32>(sampleRate));
    putU32(out, static_cast<quint32>(sampleRate) * blockAlign);
    putU16(out, blockAlign);
    putU16(out, 16);
    out.append("data", 4);
    putU32(out, dataBytes);
    out.append(pcm);
    return out;
}

Result<WavInfo, QString> readWavInfo(const QByteArray &wav)
{
    const qint64 size = wav.size();
    const char *d = wav.constData();
    if (size < 12 || std::memcmp(d, "RIFF", 4) != 0 || std::memcmp(d + 8, "WAVE", 4) != 0)
        return Result<WavInfo, QString>::fail(QCoreApplication::translate("ip::WavFile", "This is not a WAV file."));

    WavInfo info;
    bool haveFmt = false;
    qint64 pos = 12;
    while (pos + 8 <= size) {
        const char *chunk = d + pos;
        const qint64 chunkBytes = u32(chunk + 4);
        const qint64 body = pos + 8;
        if (std::memcmp(chunk, "fmt ", 4) == 0) {
            if (chunkBytes < kFmtMinBytes || body + chunkBytes > size)
                return Result<WavInfo, QString>::fail(
                    QCoreApplication::translate("ip::WavFile", "The WAV file's header is cut short."));
            quint16 format = u16(d + body);
            if (format == kFormatExtensible) {
                if (chunkBytes < kExtensibleFmtBytes)
                    return Result<WavInfo, QString>::fail(
                        QCoreApplication::translate("ip::WavFile", "The WAV file's header is cut short."));
                format = u16(d + body + kSubFormatOffset);
            }
            if (format != kFormatPcm)
                return Result<WavInfo, QString>::fail(QCoreApplication::translate(
                    "ip::WavFile",
                    "The WAV file does not hold plain PCM samples (compressed or floating-point audio)."));
            info.channels = u16(d + body + 2);
            info.sampleRate = static_cast<int>(u32(d + body + 4));
            info.bitsPerSample = u16(d + body + 14);
            if (info.channels < 1 || info.sampleRate < 1
                || (info.bitsPerSample != 8 && info.bitsPerSample != 16 && info.bitsPerSample != 24
                    && info.bitsPerSample != 32))
                return Result<WavInfo, QString>::fail(
                    QCoreApplication::translate("ip::WavFile", "The WAV file's sample format is not supported."));
            haveFmt = true;
        } else if (std::memcmp(chunk, "data", 4) == 0) {
            if (!haveFmt)
                return Result<WavInfo, QString>::fail(
                    QCoreApplication::translate("ip::WavFile", "The WAV file has no format before its samples."));
            const qint64 frameBytes = qint64(info.channels) * (info.bitsPerSample / 8);
            const qint64 available = std::min(chunkBytes, size - body);
            info.dataOffset = body;
            info.dataBytes = available - available % frameBytes;
            return info;
        }
        pos = body + chunkBytes + (chunkBytes & 1); // chunks are padded to an even size
    }
    return Result<WavInfo, QString>::fail(
        haveFmt ? QCoreApplication::translate("ip::WavFile", "The WAV file holds no samples.")
                : QCoreApplication::translate("ip::WavFile", "The WAV file's header is cut short."));
}

double peakLevel(const QByteArray &pcm16)
{
    const qsizetype samples = pcm16.size() / 2;
    int peak = 0;
    for (qsizetype i = 0; i < samples; ++i)
        peak = std::max(peak, std::abs(int(qFromLittleEndian<qint16>(pcm16.constData() + 2 * i))));
    return std::min(1.0, peak / 32767.0);
}

} // namespace ip
