#include "FakeLlmWire.h"

#include <QJsonArray>
#include <QJsonDocument>

// LlmReply constructors.
namespace ip::test {

namespace {

LlmReply faultReply(const QByteArray &name)
{
    LlmReply r;
    r.kind = LlmReply::Kind::Http;
    r.fault = name;
    return r;
}

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace

LlmReply LlmReply::ofText(const QString &text)
{
    LlmReply r;
    r.text = text;
    return r;
}

LlmReply LlmReply::json(const QJsonObject &object)
{
    return ofText(QString::fromUtf8(compact(object)));
}

LlmReply LlmReply::grounded(const QString &text, const QList<FakeCitation> &citations, const QList<FakeSource> &sources,
                            const QStringList &searchQueries)
{
    LlmReply r = ofText(text);
    r.citations = citations;
    r.sources = sources;
    r.searchQueries = searchQueries;
    return r;
}

LlmReply LlmReply::streamed(const QStringList &chunks)
{
    LlmReply r = ofText(chunks.join(QString()));
    r.chunks = chunks;
    return r;
}

LlmReply LlmReply::rateLimited(RetryHint hint, qint64 waitMs)
{
    LlmReply r = faultReply("rateLimited");
    r.hint = hint;
    r.waitMs = waitMs;
    return r;
}

LlmReply LlmReply::dailyQuota()
{
    return faultReply("dailyQuota");
}

LlmReply LlmReply::overloaded(int status, qint64 retryAfterMs)
{
    LlmReply r = faultReply("overloaded");
    r.status = status;
    r.waitMs = retryAfterMs;
    return r;
}

LlmReply LlmReply::requestTooLarge()
{
    return faultReply("requestTooLarge");
}
LlmReply LlmReply::contextTooLong()
{
    return faultReply("contextTooLong");
}
LlmReply LlmReply::jsonValidateFailed()
{
    return faultReply("jsonValidateFailed");
}
LlmReply LlmReply::wrongKey()
{
    return faultReply("wrongKey");
}
LlmReply LlmReply::unknownModel()
{
    return faultReply("unknownModel");
}

LlmReply LlmReply::htmlErrorPage(int status)
{
    LlmReply r = faultReply("html");
    r.status = status;
    return r;
}

LlmReply LlmReply::malformedJson()
{
    return faultReply("malformedJson");
}
LlmReply LlmReply::promptBlocked()
{
    return faultReply("promptBlocked");
}

LlmReply LlmReply::dropMidBody()
{
    LlmReply r
        = ofText(QStringLiteral("This answer will be cut off in the middle of its body, long enough to be cut."));
    r.kind = Kind::DropMidBody;
    return r;
}

LlmReply LlmReply::dropMidStream()
{
    LlmReply r
        = streamed({ QStringLiteral("First part. "), QStringLiteral("Second part. "), QStringLiteral("Third.") });
    r.kind = Kind::DropMidStream;
    return r;
}

LlmReply LlmReply::slowDrip(int intervalMs)
{
    LlmReply r = ofText(QStringLiteral("A slow answer that arrives a few bytes at a time."));
    r.kind = Kind::SlowDrip;
    r.dripIntervalMs = intervalMs;
    return r;
}

LlmReply LlmReply::hang()
{
    LlmReply r;
    r.kind = Kind::Hang;
    return r;
}

LlmReply LlmReply::streamError(int code)
{
    LlmReply r = streamed({ QStringLiteral("Partial answer "), QStringLiteral("never finished") });
    r.kind = Kind::StreamError;
    r.status = code;
    return r;
}

LlmReply LlmReply::http(int status, const QByteArray &body, const HttpHeaders &headers)
{
    LlmReply r;
    r.kind = Kind::Http;
    r.status = status;
    r.body = body;
    r.headers = headers;
    return r;
}

} // namespace ip::test
