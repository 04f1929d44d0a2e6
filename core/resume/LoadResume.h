#pragma once

#include "common/Result.h"

#include <QMetaType>
#include <QString>
#include <QStringList>

#include <functional>

namespace ip {

// How scanned pages and photos are read (Tesseract). Part of ResumeLimits.
struct OcrOptions
{
    bool enabled = true; // false: image-only pages give NoText, images are refused as before
    QStringList languages; // Tesseract codes: "eng", "deu", "ara"; empty = {"eng"}
    QString dataPath; // a tessdata folder; empty = TESSDATA_PREFIX, else Debian's folders
    int dpi = 300; // PDF pages are rendered at this resolution ...
    int maxSidePixels = 5000; // ... with the long side at most this many pixels (images are scaled down to it)
    qint64 maxImagePixels = 50'000'000; // images with more pixels (by their header) are refused
};

// Limits that protect the rest of the pipeline from absurd inputs; 0 or less means "no limit".
struct ResumeLimits
{
    qint64 maxBytes = 10LL * 1024 * 1024;
    int maxPages = 50;
    int maxChars = 200'000; // of normalised text; longer text is cut and marked `truncated`
    OcrOptions ocr; // scanned pages and PNG/JPEG resumes
};

struct ResumeText
{
    QString text; // normalised plain text
    QString fileName; // base name with extension, for reports
    int pageCount = 0; // 0 for plain-text resumes
    bool truncated = false; // text limit reached
    int ocrPages = 0; // pages (or the image) read with text recognition
    int ocrConfidence = -1; // their mean word confidence 0..100; -1 when no OCR was used
};

// Below this mean word confidence, OCR'd text is likely wrong in places: the run warns.
inline constexpr int kLowOcrConfidence = 60;

// Where loadResume() is: `pagesDone` of `pageCount` pages read (an image counts as one page).
struct ResumeProgress
{
    int pagesDone = 0;
    int pageCount = 0;
    bool ocr = false; // page `page` is being read with text recognition (OCR)
    bool poll = false; // asked during OCR only to learn whether to go on: nothing new to show
    int page = -1; // with `ocr`: the page (0-based)
};

enum class ResumeErrorKind {
    NotFound,
    NotReadable,
    NotAFile,
    Empty,
    TooLarge,
    NotPdf,
    PasswordRequired,
    WrongPassword,
    Damaged,
    NoText,
    TooManyPages,
    Cancelled,
    OcrUnavailable, // a scanned page or an image, and Tesseract or its language data is missing
    NotText // a .txt/.md resume that is not UTF-8 text (binary, UTF-16, another encoding)
};

struct ResumeError
{
    ResumeErrorKind kind = ResumeErrorKind::Damaged;
    QString message; // a sentence for a person, with the file name in it
    QString fileName; // base name with extension (may be empty when no path was given)
};

// Pure, synchronous, thread-safe: validation + extraction + normalisation; needs no event loop
// (usable from fuzzers and benchmarks). A file whose content starts with "%PDF-" is read as a PDF,
// one that is a PNG or JPEG image with text recognition (OCR, limits.ocr); otherwise
// .txt/.md/.markdown/.text files are read as UTF-8 text and anything else is NotPdf.
// A PDF page whose text layer has fewer than kOcrBelowChars visible characters is read with OCR.
// For a PDF or image, progress(pagesDone, pageCount) is called once before the first page (0, n),
// after each page, so (n, n) last; returning false from it cancels (ResumeErrorKind::Cancelled).
// While a page is read with OCR it is also called now and then with unchanged numbers, so that
// it can cancel there too.
// `password` opens encrypted PDFs (an empty one gives PasswordRequired, a bad one WrongPassword).
Result<ResumeText, ResumeError> loadResume(const QString &path, const ResumeLimits &limits,
                                           const QString &password = {},
                                           const std::function<bool(int, int)> &progress = {});
// The same, with progress that also says when a page is being read with OCR ({done, n, ocr = true,
// page} before it) and asks now and then during OCR ({..., poll = true}); false from any call cancels.
// Several scanned pages are read in parallel; the calls then come from those threads, one at a time.
Result<ResumeText, ResumeError> loadResume(const QString &path, const ResumeLimits &limits, const QString &password,
                                           const std::function<bool(const ResumeProgress &)> &progress);

inline constexpr int kOcrBelowChars = 20;

} // namespace ip

Q_DECLARE_METATYPE(ip::ResumeText)
Q_DECLARE_METATYPE(ip::ResumeError)
