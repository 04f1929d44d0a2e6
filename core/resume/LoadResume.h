#pragma once

#include "common/Result.h"

#include <QMetaType>
#include <QString>

#include <functional>

namespace ip {

// Limits that protect the rest of the pipeline from absurd inputs; 0 or less means "no limit".
struct ResumeLimits
{
    qint64 maxBytes = 10LL * 1024 * 1024;
    int maxPages = 50;
    int maxChars = 200'000; // of normalised text; longer text is cut and marked `truncated`
};

struct ResumeText
{
    QString text; // normalised plain text
    QString fileName; // base name with extension, for reports
    int pageCount = 0; // 0 for plain-text resumes
    bool truncated = false; // text limit reached
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
    NotText // a .txt/.md resume that is not UTF-8 text (binary, UTF-16, another encoding)
};

struct ResumeError
{
    ResumeErrorKind kind = ResumeErrorKind::Damaged;
    QString message; // a sentence for a person, with the file name in it
    QString fileName; // base name with extension (may be empty when no path was given)
};

// Pure, synchronous, thread-safe: validation + extraction + normalisation; needs no event loop
// (usable from fuzzers and benchmarks). A file whose content starts with "%PDF-" is read as a PDF;
// otherwise .txt/.md/.markdown/.text files are read as UTF-8 text and anything else is NotPdf.
// For a PDF, progress(pagesDone, pageCount) is called once before the first page (0, n), after
// each page, so (n, n) last; returning false from it cancels (ResumeErrorKind::Cancelled).
// `password` opens encrypted PDFs (an empty one gives PasswordRequired, a bad one WrongPassword).
Result<ResumeText, ResumeError> loadResume(const QString &path, const ResumeLimits &limits,
                                           const QString &password = {},
                                           const std::function<bool(int, int)> &progress = {});

} // namespace ip

Q_DECLARE_METATYPE(ip::ResumeText)
Q_DECLARE_METATYPE(ip::ResumeError)
