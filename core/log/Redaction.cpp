#include "log/Redaction.h"

#include <QList>
#include <QReadWriteLock>
#include <QRegularExpression>
#include <QStringList>
#include <QUrl>

#include <algorithm>

namespace ip {

namespace {

const QString kMask = QStringLiteral("***");
constexpr qsizetype kMinSecretLength = 8;

struct Registry
{
    QReadWriteLock lock;
    QStringList secrets; // longest first, so a secret containing another is masked whole
};

Registry &registry()
{
    static Registry r;
    return r;
}

// Group 1 is kept, the rest of the match is replaced by the mask.
const QList<QRegularExpression> &rules()
{
    static const QList<QRegularExpression> list = [] {
        const auto ci = QRegularExpression::CaseInsensitiveOption;
        return QList<QRegularExpression> {
            // Authorization header: everything up to the end of the line (covers Basic and Bearer).
            QRegularExpression(QStringLiteral("(\\bauthorization\\s*[:=]\\s*)[^\\r\\n]+"), ci),
            // API key headers, in header dumps ("x-goog-api-key: v") or JSON-ish text ("x-api-key":"v").
            QRegularExpression(
                QStringLiteral("(\\b(?:x-goog-api-key|x-api-key|api-key)[\"']?\\s*[:=]\\s*[\"']?)[^\\s\"',;&]+"), ci),
            QRegularExpression(QStringLiteral("(\\bbearer\\s+)[^\\s\"',;]+"), ci),
            // Query or form parameters.
            QRegularExpression(
                QStringLiteral("((?:^|[?&;\\s\"'(])(?:key|api_key|apikey|api-key|access_token)=)[^&\\s\"'#;)]+"), ci),
            // Bare keys by shape.
            QRegularExpression(QStringLiteral("\\b(gsk_)[A-Za-z0-9]{8,}")),
            QRegularExpression(QStringLiteral("\\b(AIza)[0-9A-Za-z_\\-]{16,}")),
            QRegularExpression(QStringLiteral("(?<![A-Za-z0-9])(sk-)[A-Za-z0-9_\\-]{12,}")),
            QRegularExpression(QStringLiteral("\\b(xai-)[A-Za-z0-9]{12,}")),
        };
    }();
    return list;
}

void insertSecret(QStringList &secrets, const QString &secret)
{
    if (secret.size() < kMinSecretLength || secrets.contains(secret))
        return;
    const auto at
        = std::find_if(secrets.begin(), secrets.end(), [&](const QString &s) { return s.size() < secret.size(); });
    secrets.insert(at, secret);
}

QString maskRegistered(const QString &text)
{
    Registry &r = registry();
    QReadLocker locker(&r.lock);
    if (r.secrets.isEmpty())
        return text;
    QString out = text;
    for (const QString &secret : std::as_const(r.secrets))
        out.replace(secret, kMask);
    return out;
}

QString applyRule(const QString &text, const QRegularExpression &rule)
{
    QString result;
    qsizetype last = 0;
    bool any = false;
    auto it = rule.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        // Already masked (e.g. "Bearer ***" seen again by a later rule): leave it.
        if (m.capturedView(0).mid(m.capturedLength(1)) == kMask)
            continue;
        any = true;
        result += QStringView(text).mid(last, m.capturedStart(0) - last);
        result += m.capturedView(1);
        result += kMask;
        last = m.capturedEnd(0);
    }
    if (!any)
        return text;
    result += QStringView(text).mid(last);
    return result;
}

} // namespace

QString redact(const QString &text)
{
    if (text.isEmpty())
        return text;
    QString out = maskRegistered(text);
    for (const QRegularExpression &rule : rules())
        out = applyRule(out, rule);
    return out;
}

QString redact(const QByteArray &utf8Text)
{
    return redact(QString::fromUtf8(utf8Text));
}

QString redactedUrl(const QUrl &url)
{
    return redact(url.toDisplayString());
}

void registerSecret(const QString &secret)
{
    const QString trimmed = secret.trimmed();
    if (trimmed.size() < kMinSecretLength)
        return;
    Registry &r = registry();
    QWriteLocker locker(&r.lock);
    insertSecret(r.secrets, trimmed);
    insertSecret(r.secrets, QString::fromLatin1(QUrl::toPercentEncoding(trimmed)));
}

void clearRegisteredSecrets()
{
    Registry &r = registry();
    QWriteLocker locker(&r.lock);
    r.secrets.clear();
}

} // namespace ip
