#pragma once

// Test helper: does any file under a directory contain a secret? For the "grep every file the app
// wrote for the keys" tests (logs, settings, reports, sessions). Header-only.

#include <QByteArray>
#include <QDirIterator>
#include <QFile>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace ip::test {

struct SecretHit
{
    QString file; // absolute path of the file containing it
    int secretIndex; // index into the secrets list (the value itself is not repeated here)
    QString encoding; // "raw", "percent-encoded", "base64", "utf-16"
};

// Recursively reads every regular file under `directory` (hidden ones too, symlinks not followed)
// and reports every file that contains a secret, verbatim (UTF-8), percent-encoded, in base64 or
// in UTF-16. Secrets shorter than 4 characters are skipped (they would match by chance).
inline QList<SecretHit> scanForSecrets(const QString &directory, const QStringList &secrets)
{
    struct Needle
    {
        int index;
        QString encoding;
        QByteArray bytes;
    };
    QList<Needle> needles;
    for (int i = 0; i < secrets.size(); ++i) {
        const QString &secret = secrets.at(i);
        if (secret.size() < 4)
            continue;
        const QByteArray utf8 = secret.toUtf8();
        needles.append({ i, QStringLiteral("raw"), utf8 });
        const QByteArray percent = QUrl::toPercentEncoding(secret);
        if (percent != utf8)
            needles.append({ i, QStringLiteral("percent-encoded"), percent });
        // Base64 of the secret at any of the three byte alignments: the stable inner part.
        for (int shift = 0; shift < 3; ++shift) {
            const QByteArray encoded = (QByteArray(shift, ' ') + utf8).toBase64();
            const qsizetype skip = (shift == 0) ? 0 : 4;
            const QByteArray inner = encoded.mid(skip, ((encoded.size() - skip - 4) / 4) * 4);
            if (inner.size() >= 8)
                needles.append({ i, QStringLiteral("base64"), inner });
        }
        needles.append({ i, QStringLiteral("utf-16"),
                         QByteArray(reinterpret_cast<const char *>(secret.utf16()), secret.size() * 2) });
    }

    QList<SecretHit> hits;
    QDirIterator it(directory, QDir::Files | QDir::Hidden | QDir::System | QDir::NoSymLinks,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray content = file.readAll();
        QList<int> found;
        for (const Needle &needle : std::as_const(needles)) {
            if (found.contains(needle.index) || !content.contains(needle.bytes))
                continue;
            found.append(needle.index);
            hits.append({ path, needle.index, needle.encoding });
        }
    }
    return hits;
}

// For QVERIFY2: which files hold which secret (by index, never by value).
inline QString describeHits(const QList<SecretHit> &hits)
{
    QStringList lines;
    for (const SecretHit &hit : hits)
        lines << QStringLiteral("secret #%1 (%2) in %3").arg(hit.secretIndex).arg(hit.encoding, hit.file);
    return lines.join(u'\n');
}

} // namespace ip::test
