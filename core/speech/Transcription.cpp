#include "speech/Transcription.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtEndian>

#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

namespace ip {

namespace {

// Sentences in the context "ip::Transcription".
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ip::Transcription)
};

// --- multipart ---------------------------------------------------------------------------------

// A name or file name for a Content-Disposition parameter: quoted, with '"', CR and LF
// percent-encoded (WHATWG multipart/form-data encoding).
QByteArray quoted(const QString &value)
{
    QByteArray v = value.toUtf8();
    v.replace('"', "%22").replace('\r', "%0D").replace('\n', "%0A");
    return '"' + v + '"';
}

void appendField(QByteArray &body, const QByteArray &boundary, const char *name, const QString &value)
{
    body += "--" + boundary + "\r\n";
    body += "Content-Disposition: form-data; name=" + quoted(QString::fromLatin1(name)) + "\r\n\r\n";
    body += value.toUtf8();
    body += "\r\n";
}

// --- WAV ---------------------------------------------------------------------------------------

constexpr quint16 kFormatPcm = 1;
constexpr quint16 kFormatExtensible = 0xFFFE;
constexpr qint64 kCanonicalHeaderBytes = 44;

struct WavInfo
{
    quint16 channels = 0;
    quint32 sampleRate = 0;
    quint16 bitsPerSample = 0;
    quint16 blockAlign = 0; // bytes per frame
    qint64 dataOffset = 0;
    qint64 dataBytes = 0; // whole frames only, clamped to the file
};

quint16 u16(const QByteArray &b, qint64 at)
{
    return qFromLittleEndian<quint16>(b.constData() + at);
}

quint32 u32(const QByteArray &b, qint64 at)
{
    return qFromLittleEndian<quint32>(b.constData() + at);
}

Result<WavInfo, QString> readWav(const QByteArray &wav)
{
    const QString notWav = Tr::tr("The recording is not a WAV file.");
    if (wav.size() < 12 || !wav.startsWith("RIFF") || wav.mid(8, 4) != "WAVE")
        return Result<WavInfo, QString>::fail(notWav);
    WavInfo info;
    bool haveFormat = false;
    qint64 at = 12;
    while (at + 8 <= wav.size()) {
        const QByteArray id = wav.mid(at, 4);
        const qint64 size = u32(wav, at + 4);
        const qint64 body = at + 8;
        if (id == "fmt ") {
            if (size < 16 || body + 16 > wav.size())
                return Result<WavInfo, QString>::fail(notWav);
            quint16 format = u16(wav, body);
            if (format == kFormatExtensible && size >= 40 && body + 26 <= wav.size())
                format = u16(wav, body + 24); // the sub-format GUID starts with the format code
            if (format != kFormatPcm)
                return Result<WavInfo, QString>::fail(
                    Tr::tr("The recording is not plain PCM audio, so it cannot be cut into parts."));
            info.channels = u16(wav, body + 2);
            info.sampleRate = u32(wav, body + 4);
            info.blockAlign = u16(wav, body + 12);
            info.bitsPerSample = u16(wav, body + 14);
            const int bytesPerSample = (info.bitsPerSample + 7) / 8;
            if (info.channels == 0 || info.sampleRate == 0 || bytesPerSample < 1 || bytesPerSample > 4
                || info.blockAlign != info.channels * bytesPerSample)
                return Result<WavInfo, QString>::fail(Tr::tr("The WAV file's audio format is damaged."));
            haveFormat = true;
        } else if (id == "data") {
            if (!haveFormat)
                return Result<WavInfo, QString>::fail(notWav);
            info.dataOffset = body;
            // Recorders that stream write 0 or 0xFFFFFFFF here: what is in the file counts.
            const qint64 available = wav.size() - body;
            const qint64 declared = size == 0 || size == 0xFFFFFFFF ? available : std::min(size, available);
            info.dataBytes = declared - declared % info.blockAlign;
            return info;
        }
        at = body + size + (size & 1); // chunks are padded to an even size
    }
    return Result<WavInfo, QString>::fail(notWav);
}

QByteArray canonicalHeader(const WavInfo &info, qint64 dataBytes)
{
    QByteArray h;
    h.reserve(kCanonicalHeaderBytes);
    auto put16 = [&h](quint16 v) {
        char b[2];
        qToLittleEndian<quint16>(v, b);
        h.append(b, 2);
    };
    auto put32 = [&h](quint32 v) {
        char b[4];
        qToLittleEndian<quint32>(v, b);
        h.append(b, 4);
    };
    h.append("RIFF");
    put32(quint32(36 + dataBytes));
    h.append("WAVEfmt ");
    put32(16);
    put16(kFormatPcm);
    put16(info.channels);
    put32(info.sampleRate);
    put32(info.sampleRate * info.blockAlign);
    put16(info.blockAlign);
    put16(info.bitsPerSample);
    h.append("data");
    put32(quint32(dataBytes));
    return h;
}

// The energy of one frame (sum of the squared samples of its channels, samples scaled to ±1).
double frameEnergy(const WavInfo &info, const char *frame)
{
    const int bytes = info.blockAlign / info.channels;
    double sum = 0;
    for (int c = 0; c < info.channels; ++c) {
        const auto *s = reinterpret_cast<const uchar *>(frame + c * bytes);
        double v = 0;
        switch (bytes) {
        case 1: v = (double(s[0]) - 128.0) / 128.0; break;
        case 2: v = double(qint16(quint16(s[0] | (s[1] << 8)))) / 32768.0; break;
        case 3: {
            qint32 x = qint32(quint32(s[0]) | (quint32(s[1]) << 8) | (quint32(s[2]) << 16));
            if (x & 0x800000)
                x -= 0x1000000;
            v = double(x) / 8388608.0;
            break;
        }
        default: v = double(qint32(qFromLittleEndian<quint32>(s))) / 2147483648.0; break;
        }
        sum += v * v;
    }
    return sum;
}

// The frame to cut at in (from, limit]: the middle of the quietest window of ~100 ms in the last
// quarter before `limit` (the latest of equally quiet ones), or `limit` when there is no room.
qint64 quietCut(const WavInfo &info, const QByteArray &wav, qint64 from, qint64 limit)
{
    const qint64 searchStart = from + (limit - from) * 3 / 4;
    const qint64 span = limit - searchStart;
    const qint64 window = std::min<qint64>(std::max<qint64>(1, info.sampleRate / 10), span);
    if (span < 2 || window < 1)
        return limit;
    std::vector<double> prefix(size_t(span) + 1, 0.0);
    const char *data = wav.constData() + info.dataOffset;
    for (qint64 i = 0; i < span; ++i)
        prefix[size_t(i) + 1] = prefix[size_t(i)] + frameEnergy(info, data + (searchStart + i) * info.blockAlign);
    qint64 best = 0;
    double bestEnergy = std::numeric_limits<double>::infinity();
    for (qint64 s = 0; s + window <= span; ++s) {
        const double e = prefix[size_t(s + window)] - prefix[size_t(s)];
        if (e <= bestEnergy + 1e-12) {
            bestEnergy = std::min(bestEnergy, e);
            best = s;
        }
    }
    const qint64 cut = searchStart + best + window / 2;
    return std::clamp(cut, from + 1, limit);
}

double number(const QJsonValue &v)
{
    if (v.isString())
        return v.toString().toDouble();
    return v.toDouble();
}

QString joined(const QList<TranscriptSegment> &segments)
{
    QStringList parts;
    for (const TranscriptSegment &s : segments)
        if (!s.text.trimmed().isEmpty())
            parts << s.text.trimmed();
    return parts.join(QLatin1Char(' '));
}

} // namespace

QString toString(TranscriptFormat f)
{
    switch (f) {
    case TranscriptFormat::Json: return QStringLiteral("json");
    case TranscriptFormat::VerboseJson: return QStringLiteral("verbose_json");
    case TranscriptFormat::Text: return QStringLiteral("text");
    }
    return QStringLiteral("json");
}

QByteArray multipartContentType(const QByteArray &boundary)
{
    return "multipart/form-data; boundary=" + boundary;
}

QByteArray multipartBody(const TranscriptionRequest &request, const QByteArray &boundary)
{
    QByteArray body;
    body.reserve(request.audio.size() + 1024);
    body += "--" + boundary + "\r\n";
    body += "Content-Disposition: form-data; name=\"file\"; filename=" + quoted(request.fileName) + "\r\n";
    body += "Content-Type: "
        + (request.mimeType.isEmpty() ? QByteArray("application/octet-stream") : request.mimeType.toUtf8().simplified())
        + "\r\n\r\n";
    body += request.audio;
    body += "\r\n";
    if (!request.model.isEmpty())
        appendField(body, boundary, "model", request.model);
    if (!request.language.isEmpty())
        appendField(body, boundary, "language", request.language);
    if (!request.prompt.isEmpty())
        appendField(body, boundary, "prompt", request.prompt);
    appendField(body, boundary, "response_format", toString(request.format));
    body += "--" + boundary + "--\r\n";
    return body;
}

Result<Transcript, QString> readTranscript(const QByteArray &body, TranscriptFormat format)
{
    using R = Result<Transcript, QString>;
    Transcript t;
    const QByteArray trimmed = body.trimmed();
    if (format == TranscriptFormat::Text) {
        // Some servers answer JSON whatever was asked: take its text.
        if (trimmed.startsWith('{')) {
            const QJsonDocument doc = QJsonDocument::fromJson(trimmed);
            if (doc.isObject() && doc.object().value(QStringLiteral("text")).isString())
                return readTranscript(trimmed, TranscriptFormat::VerboseJson);
        }
        t.text = QString::fromUtf8(trimmed).trimmed();
        return t;
    }
    QJsonParseError error {};
    const QJsonDocument doc = QJsonDocument::fromJson(trimmed, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return R::fail(Tr::tr("The transcription is not JSON."));
    const QJsonObject root = doc.object();
    if (root.contains(QStringLiteral("error"))) {
        const QJsonValue e = root.value(QStringLiteral("error"));
        const QString message = e.isObject() ? e.toObject().value(QStringLiteral("message")).toString() : e.toString();
        return R::fail(
            Tr::tr("The transcription server answered with an error: %1").arg(message.simplified().left(300)));
    }
    const QJsonValue text = root.value(QStringLiteral("text"));
    if (!text.isString())
        return R::fail(Tr::tr("The transcription has no text."));
    t.text = text.toString().trimmed();
    t.language = root.value(QStringLiteral("language")).toString();
    const double duration = number(root.value(QStringLiteral("duration")));
    t.durationSeconds = std::isfinite(duration) && duration > 0 ? duration : 0;
    const QJsonValue segments = root.value(QStringLiteral("segments"));
    if (!segments.isUndefined() && !segments.isNull() && !segments.isArray())
        return R::fail(Tr::tr("The transcription's segments are not a list."));
    for (const QJsonValue v : segments.toArray()) {
        if (!v.isObject())
            return R::fail(Tr::tr("The transcription's segments are not a list."));
        const QJsonObject o = v.toObject();
        TranscriptSegment s;
        s.start = number(o.value(QStringLiteral("start")));
        s.end = number(o.value(QStringLiteral("end")));
        s.text = o.value(QStringLiteral("text")).toString().trimmed();
        s.noSpeechProbability = number(o.value(QStringLiteral("no_speech_prob")));
        t.segments.append(s);
    }
    if (t.text.isEmpty() && !t.segments.isEmpty())
        t.text = joined(t.segments);
    return t;
}

Result<QList<QByteArray>, QString> splitWav(const QByteArray &wav, qint64 maxBytes)
{
    using R = Result<QList<QByteArray>, QString>;
    auto parsed = readWav(wav);
    if (parsed.isError())
        return R::fail(parsed.error());
    const WavInfo info = parsed.value();
    if (wav.size() <= maxBytes)
        return QList<QByteArray> { wav };
    const qint64 maxFrames = (maxBytes - kCanonicalHeaderBytes) / std::max<qint64>(1, info.blockAlign);
    if (maxFrames < 1)
        return R::fail(Tr::tr("The upload limit is too small for any audio."));
    const qint64 frames = info.dataBytes / info.blockAlign;
    QList<QByteArray> parts;
    qint64 from = 0;
    while (from < frames) {
        const qint64 to = frames - from <= maxFrames ? frames : quietCut(info, wav, from, from + maxFrames);
        const qint64 bytes = (to - from) * info.blockAlign;
        QByteArray part = canonicalHeader(info, bytes);
        part.append(wav.constData() + info.dataOffset + from * info.blockAlign, bytes);
        parts.append(part);
        from = to;
    }
    if (parts.isEmpty()) // no audio at all: a header only
        parts.append(canonicalHeader(info, 0));
    return parts;
}

double wavDurationSeconds(const QByteArray &wav)
{
    const auto parsed = readWav(wav);
    if (parsed.isError())
        return 0;
    const WavInfo &info = parsed.value();
    const qint64 frames = info.dataBytes / info.blockAlign;
    return double(frames) / double(info.sampleRate);
}

} // namespace ip
