#pragma once

#include "resume/LoadResume.h"

#include <QString>
#include <QStringList>

// The messages of ResumeError, one function per situation. Each message is one or two
// sentences for a person and names the file; texts are translated in the "ResumeLoader" context.
namespace ip::resumeerror {

ResumeError notFound(const QString &fileName);
ResumeError notAFile(const QString &fileName, bool isDirectory);
ResumeError notReadable(const QString &fileName, const QString &reason = {});
ResumeError empty(const QString &fileName);
ResumeError tooLarge(const QString &fileName, qint64 size, qint64 limit);
// `looksLike`: an optional sentence saying what the content seems to be ("It looks like a PNG image.").
ResumeError notPdf(const QString &fileName, const QString &looksLike = {});
ResumeError notText(const QString &fileName, bool binary);
ResumeError passwordRequired(const QString &fileName);
ResumeError wrongPassword(const QString &fileName);
ResumeError unsupportedEncryption(const QString &fileName);
ResumeError damaged(const QString &fileName);
// `ocrUsed`: text recognition ran (on a PDF's pages, or on an image when !isPdf) and found nothing.
ResumeError noText(const QString &fileName, bool isPdf, bool ocrUsed = false);
// A PNG/JPEG that cannot be decoded; `reason`: the decoder's words, if any.
ResumeError damagedImage(const QString &fileName, const QString &reason = {});
ResumeError imageTooLarge(const QString &fileName, int width, int height, qint64 maxPixels);
// `missing`: the packages (or language codes) whose data is not there; empty when Tesseract itself failed.
ResumeError ocrUnavailable(const QString &fileName, const QStringList &missing, const QString &dataPath = {});
ResumeError ocrFailed(const QString &fileName);
ResumeError tooManyPages(const QString &fileName, int pageCount, int limit);
ResumeError cancelled(const QString &fileName);

// "12.0 MB" in the current default locale; exact byte counts when two sizes would read the same.
QString formatSize(qint64 bytes);

} // namespace ip::resumeerror
