#pragma once

#include "common/Result.h"
#include "resume/LoadResume.h"

#include <QString>

#include <functional>

namespace ip {

struct PdfPages
{
    QString rawText; // QtPdf's text of the pages read, in page order, one "\n" between pages
    int pageCount = 0; // pages in the document
    bool stoppedEarly = false; // the raw text budget (a few times limits.maxChars) was reached
};

// Opens `path` with QPdfDocument (created here, without a parent, so it lives on the calling
// thread) and extracts every page's text in reading order. Errors name `fileName`.
// progress(pagesDone, pageCount) as described for loadResume(); false cancels.
Result<PdfPages, ResumeError> extractPdfText(const QString &path, const QString &fileName, const QString &password,
                                             const ResumeLimits &limits, const std::function<bool(int, int)> &progress);

} // namespace ip
