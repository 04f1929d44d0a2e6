#include "ResumeDrop.h"

#include <QFileInfo>
#include <QLocale>
#include <QMimeData>
#include <QUrl>

namespace ip {

QStringList ResumeDrop::suffixes()
{
    return { QStringLiteral("pdf"), QStringLiteral("txt"), QStringLiteral("md"),  QStringLiteral("markdown"),
             QStringLiteral("png"), QStringLiteral("jpg"), QStringLiteral("jpeg") };
}

QString ResumeDrop::formatSize(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

DropVerdict ResumeDrop::checkFile(const QString &path, qint64 maxBytes)
{
    DropVerdict v;
    const QFileInfo info(path);
    const QString name = info.fileName();
    if (!info.exists()) {
        v.refusal = tr("“%1” does not exist (any more).").arg(name.isEmpty() ? path : name);
        return v;
    }
    if (info.isDir()) {
        v.refusal = tr("“%1” is a folder. Drop the resume file itself.").arg(name);
        return v;
    }
    if (!suffixes().contains(info.suffix().toLower())) {
        v.refusal = tr("“%1” is not a resume this app can read. Use a PDF, a plain-text (.txt) or a "
                       "Markdown (.md) file, or a scan or photo (.png, .jpg).")
                        .arg(name);
        return v;
    }
    if (!info.isReadable()) {
        v.refusal = tr("“%1” cannot be read (no permission).").arg(name);
        return v;
    }
    if (maxBytes > 0 && info.size() > maxBytes) {
        v.refusal = tr("“%1” is too large (%2; the limit is %3). The limit can be changed in Settings.")
                        .arg(name, formatSize(info.size()), formatSize(maxBytes));
        return v;
    }
    v.path = info.absoluteFilePath();
    return v;
}

DropVerdict ResumeDrop::checkMime(const QMimeData *mime, qint64 maxBytes)
{
    DropVerdict v;
    if (!mime || !mime->hasUrls() || mime->urls().isEmpty()) {
        v.refusal = tr("Only files can be dropped here: drag a resume from your file manager.");
        return v;
    }
    const QList<QUrl> urls = mime->urls();
    if (urls.size() > 1) {
        v.refusal = tr("%n files were dropped. Drop one resume at a time.", nullptr, int(urls.size()));
        return v;
    }
    const QUrl &url = urls.first();
    if (!url.isLocalFile()) {
        v.refusal = tr("Only files on this computer can be opened; download the resume first.");
        return v;
    }
    return checkFile(url.toLocalFile(), maxBytes);
}

} // namespace ip
