#include "resume/ResumeErrors.h"

#include <QCoreApplication>
#include <QLocale>

namespace ip::resumeerror {

namespace {

ResumeError make(ResumeErrorKind kind, const QString &fileName, const QString &message)
{
    return ResumeError { kind, message, fileName };
}

} // namespace

QString formatSize(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

ResumeError notFound(const QString &fileName)
{
    if (fileName.isEmpty())
        return make(ResumeErrorKind::NotFound, fileName,
                    QCoreApplication::translate("ResumeLoader", "No resume file was chosen."));
    return make(ResumeErrorKind::NotFound, fileName,
                QCoreApplication::translate("ResumeLoader",
                                            "The file “%1” does not exist. It may have been moved, renamed or deleted.")
                    .arg(fileName));
}

ResumeError notAFile(const QString &fileName, bool isDirectory)
{
    const QString message = isDirectory
        ? QCoreApplication::translate("ResumeLoader", "“%1” is a folder, not a file. Choose a PDF or text file.")
              .arg(fileName)
        : QCoreApplication::translate("ResumeLoader", "“%1” is not a regular file. Choose a PDF or text file.")
              .arg(fileName);
    return make(ResumeErrorKind::NotAFile, fileName, message);
}

ResumeError notReadable(const QString &fileName, const QString &reason)
{
    QString message = QCoreApplication::translate(
                          "ResumeLoader", "The file “%1” cannot be read. Check that you have permission to open it.")
                          .arg(fileName);
    if (!reason.isEmpty())
        message += QStringLiteral(" (%1)").arg(reason);
    return make(ResumeErrorKind::NotReadable, fileName, message);
}

ResumeError empty(const QString &fileName)
{
    return make(ResumeErrorKind::Empty, fileName,
                QCoreApplication::translate("ResumeLoader", "The file “%1” is empty (0 bytes).").arg(fileName));
}

ResumeError tooLarge(const QString &fileName, qint64 size, qint64 limit)
{
    QString actual = formatSize(size);
    QString maximum = formatSize(limit);
    if (actual == maximum) {
        const QLocale locale;
        actual = QCoreApplication::translate("ResumeLoader", "%1 bytes").arg(locale.toString(size));
        maximum = QCoreApplication::translate("ResumeLoader", "%1 bytes").arg(locale.toString(limit));
    }
    return make(ResumeErrorKind::TooLarge, fileName,
                QCoreApplication::translate("ResumeLoader",
                                            "The file “%1” is too large: it is %2 and the limit for a resume is %3.")
                    .arg(fileName, actual, maximum));
}

ResumeError notPdf(const QString &fileName, const QString &looksLike)
{
    QString message = QCoreApplication::translate(
                          "ResumeLoader", "The file “%1” is not a PDF: its content does not start with “%PDF-”.")
                          .arg(fileName);
    if (!looksLike.isEmpty())
        message += QLatin1Char(' ') + looksLike;
    message += QLatin1Char(' ')
        + QCoreApplication::translate("ResumeLoader", "Choose a PDF, or a plain-text resume (.txt or .md).");
    return make(ResumeErrorKind::NotPdf, fileName, message);
}

ResumeError notText(const QString &fileName, bool binary)
{
    const QString message = binary
        ? QCoreApplication::translate(
              "ResumeLoader",
              "The file “%1” contains binary data, not text. Choose a PDF, or save the resume as UTF-8 text.")
              .arg(fileName)
        : QCoreApplication::translate("ResumeLoader",
                                      "The file “%1” is not valid UTF-8 text. Save it again with the UTF-8 encoding.")
              .arg(fileName);
    return make(ResumeErrorKind::NotText, fileName, message);
}

ResumeError passwordRequired(const QString &fileName)
{
    return make(ResumeErrorKind::PasswordRequired, fileName,
                QCoreApplication::translate("ResumeLoader",
                                            "The PDF “%1” is protected by a password. Enter the password to open it.")
                    .arg(fileName));
}

ResumeError wrongPassword(const QString &fileName)
{
    return make(ResumeErrorKind::WrongPassword, fileName,
                QCoreApplication::translate("ResumeLoader", "The password for the PDF “%1” is not correct. Try again.")
                    .arg(fileName));
}

ResumeError unsupportedEncryption(const QString &fileName)
{
    return make(
        ResumeErrorKind::Damaged, fileName,
        QCoreApplication::translate(
            "ResumeLoader", "The PDF “%1” is encrypted with a method that is not supported, so it cannot be read.")
            .arg(fileName));
}

ResumeError damaged(const QString &fileName)
{
    return make(
        ResumeErrorKind::Damaged, fileName,
        QCoreApplication::translate(
            "ResumeLoader", "The PDF “%1” is damaged or incomplete and cannot be read. Export or download it again.")
            .arg(fileName));
}

ResumeError noText(const QString &fileName, bool isPdf, bool ocrUsed)
{
    QString message;
    if (isPdf && ocrUsed)
        message = QCoreApplication::translate(
                      "ResumeLoader",
                      "The PDF “%1” contains no extractable text, and text recognition (OCR) found none on its "
                      "pages either. Export the resume as a text PDF, or paste its text into a .txt file.")
                      .arg(fileName);
    else if (isPdf)
        message = QCoreApplication::translate(
                      "ResumeLoader",
                      "The PDF “%1” contains no extractable text; it is probably a scanned image, and text "
                      "recognition (OCR) is turned off. Export the resume as a text PDF, or paste its text into a "
                      ".txt file.")
                      .arg(fileName);
    else if (ocrUsed)
        message = QCoreApplication::translate("ResumeLoader", "Text recognition (OCR) found no text in the image “%1”.")
                      .arg(fileName);
    else
        message = QCoreApplication::translate("ResumeLoader", "The file “%1” contains no text.").arg(fileName);
    return make(ResumeErrorKind::NoText, fileName, message);
}

ResumeError damagedImage(const QString &fileName, const QString &reason)
{
    QString message
        = QCoreApplication::translate("ResumeLoader", "The image “%1” is damaged or incomplete and cannot be read.")
              .arg(fileName);
    if (!reason.isEmpty())
        message += QLatin1Char(' ') + QCoreApplication::translate("ResumeLoader", "(%1)").arg(reason);
    return make(ResumeErrorKind::Damaged, fileName, message);
}

ResumeError imageTooLarge(const QString &fileName, int width, int height, qint64 maxPixels)
{
    return make(ResumeErrorKind::TooLarge, fileName,
                QCoreApplication::translate("ResumeLoader",
                                            "The image “%1” is %2 × %3 pixels, more than the maximum of %4 "
                                            "megapixels for a resume. Scale it down or export it as a PDF.")
                    .arg(fileName, QLocale().toString(width), QLocale().toString(height),
                         QLocale().toString(double(maxPixels) / 1e6, 'g', 3)));
}

ResumeError ocrUnavailable(const QString &fileName, const QStringList &missing, const QString &dataPath)
{
    if (missing.isEmpty())
        return make(ResumeErrorKind::OcrUnavailable, fileName,
                    QCoreApplication::translate("ResumeLoader",
                                                "“%1” needs text recognition (OCR), but Tesseract could not load "
                                                "its language data from “%2”.")
                        .arg(fileName, dataPath));
    return make(ResumeErrorKind::OcrUnavailable, fileName,
                QCoreApplication::translate("ResumeLoader",
                                            "“%1” needs text recognition (OCR), but Tesseract's language data is "
                                            "missing. Install: %2 (for example: sudo apt install %2).")
                    .arg(fileName, missing.join(QLatin1Char(' '))));
}

ResumeError ocrFailed(const QString &fileName)
{
    return make(ResumeErrorKind::Damaged, fileName,
                QCoreApplication::translate("ResumeLoader", "Text recognition (OCR) failed on “%1”.").arg(fileName));
}

ResumeError tooManyPages(const QString &fileName, int pageCount, int limit)
{
    return make(ResumeErrorKind::TooManyPages, fileName,
                QCoreApplication::translate("ResumeLoader",
                                            "The PDF “%1” has %2 pages, more than the maximum of %3 for a resume.")
                    .arg(fileName, QLocale().toString(pageCount), QLocale().toString(limit)));
}

ResumeError cancelled(const QString &fileName)
{
    return make(ResumeErrorKind::Cancelled, fileName,
                QCoreApplication::translate("ResumeLoader", "Reading “%1” was cancelled.").arg(fileName));
}

} // namespace ip::resumeerror
