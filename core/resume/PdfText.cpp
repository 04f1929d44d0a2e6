#include "resume/PdfText.h"

#include "resume/Ocr.h"
#include "resume/ResumeErrors.h"

#include <QPdfDocument>
#include <QPdfDocumentRenderOptions>
#include <QPdfSelection>

#include <algorithm>
#include <cmath>

namespace ip {

namespace {

ResumeError loadError(QPdfDocument::Error error, const QString &fileName, const QString &password)
{
    switch (error) {
    case QPdfDocument::Error::IncorrectPassword:
        return password.isEmpty() ? resumeerror::passwordRequired(fileName) : resumeerror::wrongPassword(fileName);
    case QPdfDocument::Error::UnsupportedSecurityScheme: return resumeerror::unsupportedEncryption(fileName);
    case QPdfDocument::Error::FileNotFound: return resumeerror::notFound(fileName);
    case QPdfDocument::Error::None:
    case QPdfDocument::Error::Unknown:
    case QPdfDocument::Error::DataNotYetAvailable:
    case QPdfDocument::Error::InvalidFileFormat: break;
    }
    return resumeerror::damaged(fileName);
}

// The page rendered for OCR: `options.dpi`, the long side at most options.maxSidePixels; `dpi` gets
// the resolution actually used.
QImage renderForOcr(QPdfDocument &document, int page, const OcrOptions &options, int &dpi)
{
    const QSizeF points = document.pagePointSize(page);
    if (points.width() <= 0 || points.height() <= 0)
        return {};
    double scale = std::max(options.dpi, 1) / 72.0;
    const double longSide = std::max(points.width(), points.height()) * scale;
    if (options.maxSidePixels > 0 && longSide > options.maxSidePixels)
        scale *= options.maxSidePixels / longSide;
    dpi = std::max(1, int(std::lround(scale * 72.0)));
    const QSize pixels(std::max(1, int(points.width() * scale)), std::max(1, int(points.height() * scale)));
    return toGreyOnWhite(document.render(page, pixels));
}

} // namespace

int visibleChars(const QString &text, int enough)
{
    int count = 0;
    for (const QChar c : text) {
        if (!c.isSpace() && ++count >= enough)
            break;
    }
    return count;
}

Result<PdfPages, ResumeError> extractPdfText(const QString &path, const QString &fileName, const QString &password,
                                             const ResumeLimits &limits, const ResumeProgressFn &progress)
{
    // QPdfDocument is a QObject; without a parent it may live on this worker thread. QtPdf
    // serialises its PDFium calls with a global lock, so concurrent loads are safe.
    QPdfDocument document;
    if (!password.isEmpty())
        document.setPassword(password);
    const QPdfDocument::Error error = document.load(path);
    if (error != QPdfDocument::Error::None)
        return loadError(error, fileName, password);

    PdfPages pages;
    pages.pageCount = document.pageCount();
    if (pages.pageCount <= 0)
        return resumeerror::damaged(fileName);
    if (limits.maxPages > 0 && pages.pageCount > limits.maxPages)
        return resumeerror::tooManyPages(fileName, pages.pageCount, limits.maxPages);

    const auto keepGoing = [&](int done, bool ocr = false, bool poll = false) {
        return !progress || progress(ResumeProgress { done, pages.pageCount, ocr, poll });
    };
    if (!keepGoing(0))
        return resumeerror::cancelled(fileName);

    long long confidenceSum = 0;
    int confidencePages = 0;
    const qsizetype rawBudget = limits.maxChars > 0 ? qsizetype(limits.maxChars) * 4 + 4096 : -1;
    for (int page = 0; page < pages.pageCount; ++page) {
        if (page > 0)
            pages.rawText += QLatin1Char('\n');
        QString text = document.getAllText(page).text();
        if (limits.ocr.enabled && visibleChars(text, kOcrBelowChars) < kOcrBelowChars) {
            if (!keepGoing(page, true))
                return resumeerror::cancelled(fileName);
            auto engine = engineForThisThread(limits.ocr, fileName);
            if (engine.isError())
                return engine.error();
            int dpi = limits.ocr.dpi;
            const QImage image = renderForOcr(document, page, limits.ocr, dpi);
            if (!image.isNull()) {
                auto read
                    = engine.value()->recognise(image, fileName, dpi, [&] { return keepGoing(page, true, true); });
                if (read.isError())
                    return read.error();
                ++pages.ocrPages;
                if (read.value().confidence >= 0) {
                    confidenceSum += read.value().confidence;
                    ++confidencePages;
                }
                if (visibleChars(read.value().text, kOcrBelowChars) > visibleChars(text, kOcrBelowChars))
                    text = read.value().text;
            }
        }
        pages.rawText += text;
        if (rawBudget >= 0 && pages.rawText.size() > rawBudget && page + 1 < pages.pageCount) {
            pages.stoppedEarly = true;
            if (!keepGoing(pages.pageCount))
                return resumeerror::cancelled(fileName);
            break;
        }
        if (!keepGoing(page + 1))
            return resumeerror::cancelled(fileName);
    }
    if (confidencePages > 0)
        pages.ocrConfidence = int((confidenceSum + confidencePages / 2) / confidencePages);
    return pages;
}

} // namespace ip
