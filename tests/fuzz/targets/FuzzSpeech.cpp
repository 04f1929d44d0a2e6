// Speech to text (core/speech): readTranscript in each response_format and splitWav. Input: two bytes
// of upload limit (little-endian, 0..65535), then the body / the recording.

#include "FuzzSupport.h"
#include "FuzzTargets.h"
#include "speech/Transcription.h"

#include <QtEndian>

#include <cmath>

namespace ip::fuzz {

void fuzzSpeech(const std::uint8_t *data, std::size_t size)
{
    if (size < 2)
        return;
    const qint64 maxBytes = qint64(data[0]) | (qint64(data[1]) << 8);
    const QByteArray input = bytesOf(data + 2, size - 2);

    for (const TranscriptFormat format :
         { TranscriptFormat::Json, TranscriptFormat::VerboseJson, TranscriptFormat::Text }) {
        const auto t = readTranscript(input, format);
        if (t.isError()) {
            IP_FUZZ_CHECK(!t.error().isEmpty());
            continue;
        }
        IP_FUZZ_CHECK(t.value().text == t.value().text.trimmed());
        IP_FUZZ_CHECK(t.value().durationSeconds >= 0 && std::isfinite(t.value().durationSeconds));
    }

    const double seconds = wavDurationSeconds(input);
    IP_FUZZ_CHECK(seconds >= 0 && std::isfinite(seconds));

    const auto parts = splitWav(input, maxBytes);
    if (parts.isError()) {
        IP_FUZZ_CHECK(!parts.error().isEmpty());
        return;
    }
    IP_FUZZ_CHECK(!parts.value().isEmpty());
    if (input.size() <= maxBytes) {
        IP_FUZZ_CHECK(parts.value().size() == 1 && parts.value().first() == input);
        return;
    }
    qint64 audio = 0;
    for (const QByteArray &part : parts.value()) {
        // Each part a canonical WAV within the limit.
        IP_FUZZ_CHECK(part.size() <= maxBytes);
        IP_FUZZ_CHECK(part.size() >= 44 && part.startsWith("RIFF") && part.mid(8, 4) == "WAVE");
        IP_FUZZ_CHECK(qFromLittleEndian<quint32>(part.constData() + 40) == quint32(part.size() - 44));
        IP_FUZZ_CHECK(splitWav(part, part.size()).isOk());
        audio += part.size() - 44;
    }
    IP_FUZZ_CHECK(audio <= input.size());
}

} // namespace ip::fuzz
