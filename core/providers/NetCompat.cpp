#include "providers/NetCompat.h"

#include <QRegularExpression>

#include <cmath>

namespace ip {

qint64 parseDurationCompat(const QString &text)
{
    static const QRegularExpression part(QStringLiteral("([0-9]+(?:\\.[0-9]*)?)(ms|h|m|s)"));
    const QString t = text.trimmed();
    if (t.isEmpty())
        return -1;
    double total = 0;
    qsizetype pos = 0;
    while (pos < t.size()) {
        const auto m
            = part.match(t, pos, QRegularExpression::NormalMatch, QRegularExpression::AnchorAtOffsetMatchOption);
        if (!m.hasMatch())
            return -1;
        const double v = m.captured(1).toDouble();
        const QString unit = m.captured(2);
        total += unit == QLatin1StringView("h") ? v * 3600000
            : unit == QLatin1StringView("m")    ? v * 60000
            : unit == QLatin1StringView("s")    ? v * 1000
                                                : v;
        pos = m.capturedEnd();
    }
    return qint64(std::ceil(total));
}

qint64 parseRetryAfterCompat(const QByteArray &value)
{
    bool ok = false;
    const double s = value.trimmed().toDouble(&ok);
    return ok && s >= 0 ? qint64(std::ceil(s * 1000)) : -1;
}

QString redactSecretsCompat(const QString &text)
{
    static const QRegularExpression patterns(
        QStringLiteral("(AIza[0-9A-Za-z_\\-]{10,}|gsk_[0-9A-Za-z]{10,}|sk-[0-9A-Za-z_\\-]{10,}"
                       "|(?<=key=)[^&\\s\"']+|(?<=Bearer )[^\\s\"']+|(?<=x-goog-api-key: )[^\\s\"']+)"),
        QRegularExpression::CaseInsensitiveOption);
    QString out = text;
    out.replace(patterns, QStringLiteral("[redacted]"));
    return out;
}

} // namespace ip
