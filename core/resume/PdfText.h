#pragma once

#include "common/Result.h"
#include "resume/LoadResume.h"

#include <QString>

#include <functional>

namespace ip {

struct PdfPages
{
    QString rawText; // the text of the pages read, in page order, one "\n" between pages
    int pageCount = 0; // pages in the document
    bool stoppedEarly = false; // the raw text budget (a few times limits.maxChars) was reached
    int ocrPages = 0; // pages read with text recognition (their text layer was (nearly) empty)
    int ocrConfidence = -1; // mean word confidence of those pages that had words; -1 when none
};

using ResumeProgressFn = std::function<bool(const ResumeProgress &)>;

// Opens `path` with QPdfDocument (created here, without a parent, so it lives on the calling
// thread) and extracts every page's text in reading order; a page with fewer than kOcrBelowChars
// visible characters is rendered and read with OCR (limits.ocr). Errors name `fileName`.
// progress as described for loadResume(); false cancels.
Result<PdfPages, ResumeError> extractPdfText(const QString &path, const QString &fileName, const QString &password,
                                             const ResumeLimits &limits, const ResumeProgressFn &progress);

// Counts the characters of `text` that are not white space (stops counting at `enough`).
int visibleChars(const QString &text, int enough);

} // namespace ip
