#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QString>

namespace ip {

// RIFF/WAVE with integer PCM samples (format 1, or WAVE_FORMAT_EXTENSIBLE with a PCM sub-format), little-endian.
// Pure functions: no I/O.

// A 44-byte canonical WAV header followed by pcm (16-bit signed little-endian samples, interleaved).
QByteArray wavFromPcm16(const QByteArray &pcm, int sampleRate, int channels);

struct WavInfo
{
    int sampleRate = 0;
    int channels = 0;
    int bitsPerSample = 0; // 8, 16, 24 or 32
    qint64 dataOffset = 0; // where the samples start in the file
    qint64 dataBytes = 0; // whole frames only; a data chunk longer than the file is cut to what is there
};

// The format and where the samples are; an error sentence for a person when it is no PCM WAV we can read.
Result<WavInfo, QString> readWavInfo(const QByteArray &wav);

// The peak of 16-bit signed little-endian samples, 0..1 (0 for no samples).
double peakLevel(const QByteArray &pcm16);

} // namespace ip
