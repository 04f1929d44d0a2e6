#include "net/Duration.h"

#include <QLocale>
#include <QRegularExpression>

#include <cmath>

namespace ip {

namespace {

constexpr double kMaxMs = 1e15; // ~31k years: anything beyond is nonsense, not a wait

qint64 roundUpMs(double ms)
{
    if (!std::isfinite(ms) || ms < 0 || ms > kMaxMs)
        return -1;
    // Tolerate binary noise ("7.66s" is 7659.999… ms in double) before rounding up.
    return qint64(std::ceil(ms - 1e-6));
}

double unitMs(QStringView unit)
{
    if (unit == u"h")
        return 3'600'000.0;
    if (unit == u"m")
        return 60'000.0;
    if (unit == u"s")
        return 1000.0;
    if (unit == u"ms")
        return 1.0;
    if (unit == u"us" || unit == u"\u00b5s" || unit == u"\u03bcs")
        return 1e-3;
    if (unit == u"ns")
        return 1e-6;
    return -1;
}

} // namespace

qint64 parseDuration(const QString &text)
{
    static const QRegularExpression part(
        QStringLiteral("([0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(ms|us|\u00b5s|\u03bcs|ns|h|m|s)"));
    const QString t = text.trimmed();
    if (t.isEmpty())
        return -1;
    double total = 0;
    qsizetype pos = 0;
    while (pos < t.size()) {
        const QRegularExpressionMatch m
            = part.match(t, pos, QRegularExpression::NormalMatch, QRegularExpression::AnchorAtOffsetMatchOption);
        if (!m.hasMatch())
            return -1;
        bool ok = false;
        const double value = m.captured(1).toDouble(&ok);
        if (!ok)
            return -1;
        total += value * unitMs(m.capturedView(2));
        pos = m.capturedEnd(0);
    }
    return roundUpMs(total);
}

qint64 parseRetryAfter(const QByteArray &value, const QDateTime &now)
{
    const QByteArray v = value.trimmed();
    if (v.isEmpty())
        return -1;
    bool ok = false;
    const double seconds = v.toDouble(&ok);
    if (ok)
        return seconds < 0 ? -1 : roundUpMs(seconds * 1000.0);
    // HTTP-date, e.g. "Wed, 21 Oct 2015 07:28:00 GMT".
    QDateTime when = QLocale::c().toDateTime(QString::fromLatin1(v), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    when.setTimeSpec(Qt::UTC);
    if (!when.isValid() || !now.isValid())
        return -1;
    return qMax<qint64>(0, now.msecsTo(when));
}

qint64 parseRetryAfterMs(const QByteArray &value)
{
    bool ok = false;
    const double ms = value.trimmed().toDouble(&ok);
    return ok ? roundUpMs(ms) : -1;
}

qint64 retryAfterFromHeaders(const HttpHeaders &headers, const QDateTime &now)
{
    const QByteArray ms = headerValue(headers, "retry-after-ms");
    if (!ms.isEmpty()) {
        const qint64 parsed = parseRetryAfterMs(ms);
        if (parsed >= 0)
            return parsed;
    }
    const QByteArray seconds = headerValue(headers, "retry-after");
    return seconds.isEmpty() ? -1 : parseRetryAfter(seconds, now);
}

qint64 retryHintFromMessage(const QString &message)
{
    static const QRegularExpression hint(
        QStringLiteral("(?:try again|retry)(?: in| after)\\s+((?:[0-9]+(?:\\.[0-9]*)?(?:ms|us|ns|h|m|s))+)"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = hint.match(message);
    return m.hasMatch() ? parseDuration(m.captured(1).toLower()) : -1;
}

} // namespace ip
