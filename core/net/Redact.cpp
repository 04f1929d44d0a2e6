#include "net/Redact.h"

#include <QRegularExpression>
#include <QUrl>

namespace ip {

namespace {

const QString kMask = QStringLiteral("***");

struct Rule
{
    QRegularExpression pattern; // group 1 is kept, the rest of the match is replaced by the mask
};

const QList<Rule> &rules()
{
    static const QList<Rule> list = [] {
        const auto ci = QRegularExpression::CaseInsensitiveOption;
        return QList<Rule> {
            // Authorization header: everything up to the end of the line (covers Basic and Bearer).
            { QRegularExpression(QStringLiteral("(\\bauthorization\\s*[:=]\\s*)[^\\r\\n]+"), ci) },
            // API key headers, in header dumps ("x-goog-api-key: v") or JSON-ish text ("x-api-key":"v").
            { QRegularExpression(
                QStringLiteral("(\\b(?:x-goog-api-key|x-api-key|api-key)[\"']?\\s*[:=]\\s*[\"']?)[^\\s\"',;&]+"), ci) },
            { QRegularExpression(QStringLiteral("(\\bbearer\\s+)[^\\s\"',;]+"), ci) },
            // Query or form parameters.
            { QRegularExpression(
                QStringLiteral("((?:^|[?&;\\s\"'(])(?:key|api_key|apikey|api-key|access_token)=)[^&\\s\"'#;)]+"), ci) },
            // Bare keys by shape.
            { QRegularExpression(QStringLiteral("\\b(gsk_)[A-Za-z0-9]{8,}")) },
            { QRegularExpression(QStringLiteral("\\b(AIza)[0-9A-Za-z_\\-]{16,}")) },
            { QRegularExpression(QStringLiteral("(?<![A-Za-z0-9])(sk-)[A-Za-z0-9_\\-]{12,}")) },
            { QRegularExpression(QStringLiteral("\\b(xai-)[A-Za-z0-9]{12,}")) },
        };
    }();
    return list;
}

} // namespace

QString redactSecrets(const QString &text)
{
    QString out = text;
    for (const Rule &rule : rules()) {
        QString result;
        qsizetype last = 0;
        auto it = rule.pattern.globalMatch(out);
        bool any = false;
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            // Already masked (e.g. "Bearer ***" seen again by a later rule): leave as is.
            if (m.capturedView(0).mid(m.capturedLength(1)) == kMask)
                continue;
            any = true;
            result += QStringView(out).mid(last, m.capturedStart(0) - last);
            result += m.capturedView(1);
            result += kMask;
            last = m.capturedEnd(0);
        }
        if (any) {
            result += QStringView(out).mid(last);
            out = result;
        }
    }
    return out;
}

QString redactSecrets(const QByteArray &utf8Text)
{
    return redactSecrets(QString::fromUtf8(utf8Text));
}

QString redactedUrl(const QUrl &url)
{
    return redactSecrets(url.toDisplayString());
}

} // namespace ip
