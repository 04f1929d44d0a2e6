#include "session/AtomicFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace ip {

namespace {

Result<bool, QString> failure(const QString &path, const QString &reason)
{
    return Result<bool, QString>::fail(QCoreApplication::translate("ip::AtomicFile", "Could not save %1: %2")
                                           .arg(QDir::toNativeSeparators(path), reason));
}

} // namespace

Result<bool, QString> writeFileAtomically(const QString &path, const QByteArray &bytes,
                                          const BeforeCommitHook &beforeCommit)
{
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath()))
        return failure(path, QCoreApplication::translate("ip::AtomicFile", "the folder cannot be created"));

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return failure(path, file.errorString());
    if (file.write(bytes) != bytes.size()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return failure(path, reason);
    }
    if (beforeCommit && !beforeCommit(path)) {
        file.cancelWriting(); // the destructor removes the temporary file
        return failure(path, QCoreApplication::translate("ip::AtomicFile", "the write was interrupted"));
    }
    if (!file.commit())
        return failure(path, file.errorString());
    return Result<bool, QString>::ok(true);
}

} // namespace ip
