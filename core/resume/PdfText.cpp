#include "resume/PdfText.h"

#include "resume/ResumeErrors.h"

#include <QPdfDocument>
#include <QPdfSelection>

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

} // namespace

Result<PdfPages, ResumeError> extractPdfText(const QString &path, const QString &fileName, const QString &password,
                                             const ResumeLimits &limits, const std::function<bool(int, int)> &progress)
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

    const auto keepGoing = [&](int done) {
        return !progress || progress(done, pages.pageCount);
    };
    if (!keepGoing(0))
        return resumeerror::cancelled(fileName);

    const qsizetype rawBudget = limits.maxChars > 0 ? qsizetype(limits.maxChars) * 4 + 4096 : -1;
    for (int page = 0; page < pages.pageCount; ++page) {
        if (page > 0)
            pages.rawText += QLatin1Char('\n');
        pages.rawText += document.getAllText(page).text();
        if (rawBudget >= 0 && pages.rawText.size() > rawBudget && page + 1 < pages.pageCount) {
            pages.stoppedEarly = true;
            if (!keepGoing(pages.pageCount))
                return resumeerror::cancelled(fileName);
            break;
        }
        if (!keepGoing(page + 1))
            return resumeerror::cancelled(fileName);
    }
    return pages;
}

} // namespace ip
