#pragma once

// Speech to text (issue 17): the value types of a transcription and the pure functions around it
// (the multipart body, the answer of each response_format, cutting a long WAV). No network, no audio
// device: fuzzable. The call itself is Transcriber (speech/Transcriber.h).

#include "common/Result.h"

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QString>

namespace ip {

// The OpenAI-compatible `response_format` of /audio/transcriptions.
enum class TranscriptFormat { Json, VerboseJson, Text };
// "json", "verbose_json", "text".
QString toString(TranscriptFormat f);

struct TranscriptionRequest
{
    QByteArray audio; // the whole file (WAV from the recorder)
    QString fileName = QStringLiteral("answer.wav");
    QString mimeType = QStringLiteral("audio/wav");
    QString model; // empty = the endpoint's default from settings
    QString language; // ISO-639-1 ("en", "de", "ar"); empty = let the server detect
    QString prompt; // spelling hints (skill names); may be empty
    TranscriptFormat format = TranscriptFormat::Json;
};

struct TranscriptSegment
{
    double start = 0;
    double end = 0;
    QString text;
    double noSpeechProbability = 0;
};

struct Transcript
{
    QString text; // trimmed; parts joined with a space
    QString language; // as the server says (verbose_json), may be empty
    double durationSeconds = 0; // verbose_json, else 0
    QList<TranscriptSegment> segments;
};

// multipart/form-data body (RFC 7578) with the fields file, model, language (if set), prompt (if
// set), response_format, in that order, each part ended by CRLF; `boundary` given by the caller (tests
// pass a fixed one; it must not occur in the audio — HttpTranscriber makes a random one). Names and
// file names are quoted with '"' and CR/LF escaped as %22/%0D%0A (the WHATWG form encoding).
QByteArray multipartBody(const TranscriptionRequest &request, const QByteArray &boundary);
// The Content-Type header value: multipart/form-data; boundary=<boundary>.
QByteArray multipartContentType(const QByteArray &boundary);

// The answer of each response_format (json: {"text"}, verbose_json: text + language + duration +
// segments, text: the plain body). Error: a sentence ("The transcription is not JSON.", …).
Result<Transcript, QString> readTranscript(const QByteArray &body, TranscriptFormat format);

// A WAV (RIFF PCM) longer than fits in `maxBytes` cut into valid WAV files each ≤ maxBytes (the
// canonical 44-byte header + data), cut in the quietest 100 ms window of the last quarter before each
// limit (not mid-word when it can be helped), at a whole frame. One part (the input as it is) when it
// fits. Not a WAV / not PCM / a limit too small for a header and one frame: an error sentence.
Result<QList<QByteArray>, QString> splitWav(const QByteArray &wav, qint64 maxBytes);

// The audio of a PCM WAV, in seconds (0 when `wav` is not one). The rate limiter counts these.
double wavDurationSeconds(const QByteArray &wav);

} // namespace ip

Q_DECLARE_METATYPE(ip::Transcript)
