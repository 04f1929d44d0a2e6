#include "resume/PdfText.h"

#include "resume/Ocr.h"
#include "resume/ResumeErrors.h"

#include <QHash>
#include <QMutex>
#include <QPdfDocument>
#include <QPdfDocumentRenderOptions>
#include <QPdfSelection>
#include <QSemaphore>
#include <QThreadPool>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <memory>
#include <optional>

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

namespace {

// The OCR of a PDF's scanned pages, shared by the threads that read them: each takes the next page.
struct OcrPass
{
    const QString &path;
    const QString &password;
    const QString &fileName;
    const OcrOptions &options;
    const ResumeProgressFn &progress;
    const QList<int> &pages; // 0-based page numbers to read
    int pageCount = 0;

    std::atomic_int next { 0 };
    std::atomic_bool stop { false };
    QMutex mutex; // serialises the progress calls and guards what follows
    int pagesDone = 0; // of the whole document, text pages included
    std::optional<ResumeError> error;
    QHash<int, OcrText> read;

    bool report(bool ocr, bool poll, int page, bool finished = false)
    {
        QMutexLocker lock(&mutex);
        if (stop.load())
            return false;
        if (finished)
            ++pagesDone;
        if (progress && !progress(ResumeProgress { pagesDone, pageCount, ocr, poll, page })) {
            failLocked(resumeerror::cancelled(fileName));
            return false;
        }
        return true;
    }
    void fail(const ResumeError &e)
    {
        QMutexLocker lock(&mutex);
        failLocked(e);
    }
    void failLocked(const ResumeError &e)
    {
        if (!error)
            error = e;
        stop.store(true);
    }

    // Reads pages until none is left; `document`: the caller's, else this thread opens its own
    // (QPdfDocument is not to be shared between threads).
    void work(QPdfDocument *document)
    {
        std::unique_ptr<QPdfDocument> own;
        if (!document) {
            own = std::make_unique<QPdfDocument>();
            if (!password.isEmpty())
                own->setPassword(password);
            if (own->load(path) != QPdfDocument::Error::None)
                return fail(resumeerror::damaged(fileName));
            document = own.get();
        }
        auto engine = engineForThisThread(options, fileName);
        if (engine.isError())
            return fail(engine.error());
        for (int i = next.fetch_add(1); i < pages.size() && !stop.load(); i = next.fetch_add(1)) {
            const int page = pages.at(i);
            if (!report(true, false, page))
                return;
            int dpi = options.dpi;
            const QImage image = renderForOcr(*document, page, options, dpi);
            OcrText text;
            if (!image.isNull()) {
                auto result = engine.value()->recognise(image, fileName, dpi, [&] { return report(true, true, page); });
                if (result.isError())
                    return fail(result.error());
                text = std::move(result.value());
            }
            {
                QMutexLocker lock(&mutex);
                read.insert(page, text);
            }
            if (!report(false, false, page, true))
                return;
        }
    }
};

// Reads `pass.pages` on this thread and on as many idle threads of the global pool as help
// (tryStart: never queued behind busy work, so waiting for them cannot deadlock).
void runOcrPass(OcrPass &pass, QPdfDocument &document)
{
    QThreadPool *pool = QThreadPool::globalInstance();
    QSemaphore finished;
    int helpers = 0;
    for (int i = 1; i < pass.pages.size(); ++i) {
        if (!pool->tryStart([&pass, &finished] {
                pass.work(nullptr);
                finished.release();
            }))
            break;
        ++helpers;
    }
    pass.work(&document);
    finished.acquire(helpers);
}

} // namespace

Result<PdfPages, ResumeError> extractPdfText(const QString &path, const QString &fileName, const QString &password,
                                             const ResumeLimits &limits, const ResumeProgressFn &progress)
{
    // QPdfDocument is a QObject; without a parent it may live on this worker thread. QtPdf
    // serialises its PDFium calls with a global lock, so concurrent loads are safe, but text
    // extraction gains nothing from more threads (measured: 42 pages, 266 ms on one thread, 291 ms
    // on two); OCR, outside that lock, is what is spread over threads.
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

    const auto keepGoing = [&](int done) {
        return !progress || progress(ResumeProgress { done, pages.pageCount });
    };
    if (!keepGoing(0))
        return resumeerror::cancelled(fileName);

    // Text layers first, in page order; pages without one (or nearly) are read with OCR after.
    QStringList texts;
    QList<int> scanned;
    qsizetype rawSize = 0;
    const qsizetype rawBudget = limits.maxChars > 0 ? qsizetype(limits.maxChars) * 4 + 4096 : -1;
    for (int page = 0; page < pages.pageCount; ++page) {
        texts << document.getAllText(page).text();
        rawSize += texts.back().size() + 1;
        const bool needsOcr = limits.ocr.enabled && visibleChars(texts.back(), kOcrBelowChars) < kOcrBelowChars;
        if (needsOcr)
            scanned << page;
        if (rawBudget >= 0 && rawSize > rawBudget && page + 1 < pages.pageCount) {
            pages.stoppedEarly = true;
            break;
        }
        if (!needsOcr && !keepGoing(page + 1 - int(scanned.size())))
            return resumeerror::cancelled(fileName);
    }

    if (!scanned.isEmpty()) {
        OcrPass pass { path, password, fileName, limits.ocr, progress, scanned, pages.pageCount };
        pass.pagesDone = int(texts.size() - scanned.size());
        runOcrPass(pass, document);
        if (pass.error)
            return *pass.error;
        long long confidenceSum = 0;
        int confidencePages = 0;
        for (const int page : std::as_const(scanned)) {
            const OcrText &read = pass.read[page];
            ++pages.ocrPages;
            if (read.confidence >= 0) {
                confidenceSum += read.confidence;
                ++confidencePages;
            }
            if (visibleChars(read.text, kOcrBelowChars) > visibleChars(texts.at(page), kOcrBelowChars))
                texts[page] = read.text;
        }
        if (confidencePages > 0)
            pages.ocrConfidence = int((confidenceSum + confidencePages / 2) / confidencePages);
    }
    pages.rawText = texts.join(QLatin1Char('\n'));
    if (pages.stoppedEarly && !keepGoing(pages.pageCount))
        return resumeerror::cancelled(fileName);
    return pages;
}

} // namespace ip
