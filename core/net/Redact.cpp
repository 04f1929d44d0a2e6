#include "net/Redact.h"

#include "log/Redaction.h"

#include <QUrl>

namespace ip {

// One implementation of the rules lives in core/log (the log handler applies it to every line);
// the network layer uses the same filter, which also masks every registered key.
QString redactSecrets(const QString &text)
{
    return redact(text);
}

QString redactSecrets(const QByteArray &utf8Text)
{
    return redact(QString::fromUtf8(utf8Text));
}

QString redactedUrl(const QUrl &url)
{
    return redact(url.toDisplayString());
}

} // namespace ip
