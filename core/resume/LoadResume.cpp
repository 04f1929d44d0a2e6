// loadResume(): validation before parsing, then PDF or plain-text extraction and normalisation.
#include "resume/LoadResume.h"

#include "resume/Ocr.h"
#include "resume/PdfText.h"
#include "resume/ResumeErrors.h"
#include "resume/TextNormaliser.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QStringDecoder>

#include <algorithm>

namespace ip {

namespace {

constexpr qsizetype kSniffBytes = 16;

bool isPlainTextSuffix(const QString &suffix)
{
    static const QStringList suffixes { QStringLiteral("txt"), QStringLiteral("md"), QStringLiteral("markdown"),
                                        QStringLiteral("text") };
    return suffixes.contains(suffix, Qt::CaseInsensitive);
}

// A sentence naming a common non-PDF format from its first bytes, or an empty string.
QString describeContent(const QByteArray &head)
{
    const auto says = [](const char *sentence) {
        return QCoreApplication::translate("ResumeLoader", sentence);
    };
    if (head.startsWith("\x89PNG\r\n\x1a\n"))
        return says(QT_TRANSLATE_NOOP("ResumeLoader", "It looks like a PNG image."));
    if (head.startsWith("\xff\xd8\xff"))
        return says(QT_TRANSLATE_NOOP("ResumeLoader", "It looks like a JPEG image."));
    if (head.startsWith("GIF87a") || head.startsWith("GIF89a"))
        return says(QT_TRANSLATE_NOOP("ResumeLoader", "It looks like a GIF image."));
    if (head.startsWith("PK\x03\x04"))
        return says(QT_TRANSLATE_NOOP(
            "ResumeLoader", "It looks like a Word (.docx) document or another ZIP archive; export it as PDF first."));
    if (head.startsWith("\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"))
        return says(
            QT_TRANSLATE_NOOP("ResumeLoader", "It looks like an old Word (.doc) document; export it as PDF first."));
    if (head.startsWith("{\\rtf"))
        return says(QT_TRANSLATE_NOOP("ResumeLoader", "It looks like an RTF document; export it as PDF first."));
    return {};
}

bool hasLetterOrNumber(const QString &text)
{
    const QList<uint> codePoints = text.toUcs4();
    return std::any_of(codePoints.cbegin(), codePoints.cend(),
                       [](uint c) { return QChar::isLetterOrNumber(static_cast<char32_t>(c)); });
}

// Cuts `text` to at most maxChars, preferring a line or word boundary in the last tenth.
bool truncateText(QString &text, int maxChars)
{
    if (maxChars <= 0 || text.size() <= maxChars)
        return false;
    qsizetype cut = maxChars;
    if (text.at(cut - 1).isHighSurrogate())
        --cut;
    for (qsizetype i = cut; i > cut - cut / 10 && i > 0; --i) {
        if (text.at(i) == QLatin1Char('\n') || text.at(i) == QLatin1Char(' ')) {
            cut = i;
            break;
        }
    }
    text.truncate(cut);
    while (!text.isEmpty() && text.back().isSpace())
        text.chop(1);
    return true;
}

Result<ResumeText, ResumeError> finish(QString text, const QString &fileName, int pageCount, bool truncated,
                                       const ResumeLimits &limits, int ocrPages = 0, int ocrConfidence = -1,
                                       bool isImage = false)
{
    if (!hasLetterOrNumber(text))
        return resumeerror::noText(fileName, pageCount > 0 && !isImage, ocrPages > 0);
    truncated = truncateText(text, limits.maxChars) || truncated;
    return ResumeText { std::move(text), fileName, pageCount, truncated, ocrPages, ocrConfidence };
}

const char *imageFormat(const QByteArray &head)
{
    if (head.startsWith("\x89PNG\r\n\x1a\n"))
        return "png";
    if (head.startsWith("\xff\xd8\xff"))
        return "jpeg";
    return nullptr;
}

// A PNG/JPEG resume: its size checked from the header before decoding, then read with OCR.
Result<ResumeText, ResumeError> readImage(const QString &path, const char *format, const QString &fileName,
                                          const ResumeLimits &limits, const ResumeProgressFn &progress)
{
    const auto keepGoing = [&](int done, bool ocr = false, bool poll = false) {
        return !progress || progress(ResumeProgress { done, 1, ocr, poll, ocr ? 0 : -1 });
    };
    if (!keepGoing(0))
        return resumeerror::cancelled(fileName);
    QImageReader reader(path, format);
    reader.setDecideFormatFromContent(false);
    reader.setAutoTransform(true); // photos: EXIF orientation
    const QSize size = reader.size();
    if (!size.isValid() || size.isEmpty())
        return resumeerror::damagedImage(fileName, reader.errorString());
    const qint64 pixels = qint64(size.width()) * size.height();
    if (limits.ocr.maxImagePixels > 0 && pixels > limits.ocr.maxImagePixels)
        return resumeerror::imageTooLarge(fileName, size.width(), size.height(), limits.ocr.maxImagePixels);
    // Larger photos are scaled down while decoding (JPEG decodes at the smaller size); Qt's own
    // allocation limit (256 MB by default) stays as a second guard.
    const int longSide = std::max(size.width(), size.height());
    int dpi = 300; // photos and scans rarely say; Tesseract only needs an order of magnitude
    if (limits.ocr.maxSidePixels > 0 && longSide > limits.ocr.maxSidePixels) {
        reader.setScaledSize(size.scaled(limits.ocr.maxSidePixels, limits.ocr.maxSidePixels, Qt::KeepAspectRatio));
        dpi = std::max(72, int(qint64(dpi) * limits.ocr.maxSidePixels / longSide));
    }
    const QImage image = reader.read();
    if (image.isNull())
        return resumeerror::damagedImage(fileName, reader.errorString());
    if (!keepGoing(0, true))
        return resumeerror::cancelled(fileName);
    auto engine = engineForThisThread(limits.ocr, fileName);
    if (engine.isError())
        return engine.error();
    auto read
        = engine.value()->recognise(toGreyOnWhite(image), fileName, dpi, [&] { return keepGoing(0, true, true); });
    if (read.isError())
        return read.error();
    if (!keepGoing(1))
        return resumeerror::cancelled(fileName);
    return finish(normaliseResumeText(read.value().text, TextOrigin::Pdf), fileName, 1, false, limits, 1,
                  read.value().confidence, true);
}

Result<ResumeText, ResumeError> readPlainText(QFile &file, QByteArray bytes, const QString &fileName,
                                              const ResumeLimits &limits)
{
    const qint64 budget = limits.maxBytes > 0 ? limits.maxBytes + 1 - bytes.size() : -1;
    const QByteArray rest = budget >= 0 ? file.read(budget) : file.readAll();
    if (file.error() != QFileDevice::NoError)
        return resumeerror::notReadable(fileName, file.errorString());
    bytes += rest;
    if (limits.maxBytes > 0 && bytes.size() > limits.maxBytes) // grew since it was checked
        return resumeerror::tooLarge(fileName, file.size(), limits.maxBytes);

    if (bytes.startsWith("\xff\xfe") || bytes.startsWith("\xfe\xff")) // UTF-16 byte order marks
        return resumeerror::notText(fileName, false);
    if (bytes.contains('\0'))
        return resumeerror::notText(fileName, true);
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString decoded = decoder.decode(bytes);
    if (decoder.hasError())
        return resumeerror::notText(fileName, false);
    return finish(normaliseResumeText(decoded, TextOrigin::PlainText), fileName, 0, false, limits);
}

} // namespace

Result<ResumeText, ResumeError> loadResume(const QString &path, const ResumeLimits &limits, const QString &password,
                                           const std::function<bool(int, int)> &progress)
{
    if (!progress)
        return loadResume(path, limits, password, ResumeProgressFn {});
    return loadResume(path, limits, password,
                      [&progress](const ResumeProgress &p) { return progress(p.pagesDone, p.pageCount); });
}

Result<ResumeText, ResumeError> loadResume(const QString &path, const ResumeLimits &limits, const QString &password,
                                           const std::function<bool(const ResumeProgress &)> &progress)
{
    const QFileInfo info(path);
    const QString fileName = info.fileName().isEmpty() ? path : info.fileName();
    if (path.isEmpty() || !info.exists())
        return resumeerror::notFound(fileName);
    if (!info.isFile())
        return resumeerror::notAFile(fileName, info.isDir());
    if (!info.isReadable())
        return resumeerror::notReadable(fileName);
    const qint64 size = info.size();
    if (size == 0)
        return resumeerror::empty(fileName);
    if (limits.maxBytes > 0 && size > limits.maxBytes)
        return resumeerror::tooLarge(fileName, size, limits.maxBytes);

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return resumeerror::notReadable(fileName, file.errorString());
    const QByteArray head = file.read(kSniffBytes);
    if (head.isEmpty())
        return file.error() != QFileDevice::NoError ? resumeerror::notReadable(fileName, file.errorString())
                                                    : resumeerror::empty(fileName);

    if (head.startsWith("%PDF-")) {
        file.close();
        auto pages = extractPdfText(path, fileName, password, limits, progress);
        if (pages.isError())
            return pages.error();
        const PdfPages &pdf = pages.value();
        return finish(normaliseResumeText(pdf.rawText, TextOrigin::Pdf), fileName, pdf.pageCount, pdf.stoppedEarly,
                      limits, pdf.ocrPages, pdf.ocrConfidence);
    }
    if (const char *format = imageFormat(head); format && limits.ocr.enabled) {
        file.close();
        return readImage(path, format, fileName, limits, progress);
    }
    if (isPlainTextSuffix(info.suffix()))
        return readPlainText(file, head, fileName, limits);
    return resumeerror::notPdf(fileName, describeContent(head));
}

} // namespace ip
