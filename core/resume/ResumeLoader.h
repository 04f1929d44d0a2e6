#pragma once

#include "common/Result.h"
#include "resume/TextNormaliser.h"

#include <QFutureWatcher>
#include <QMetaType>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>

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

// Runs loadResume off the calling thread (QtConcurrent) and reports back on the thread the loader
// lives in. Exactly one of loaded/failed follows each load() that is not cancelled or superseded.
class ResumeLoader : public QObject
{
    Q_OBJECT
public:
    explicit ResumeLoader(QObject *parent = nullptr);
    ~ResumeLoader() override;

    void setLimits(const ResumeLimits &limits) { m_limits = limits; }
    [[nodiscard]] ResumeLimits limits() const { return m_limits; }
    // Starts loading; a load already running is cancelled first (silently).
    void load(const QString &path, const QString &password = {});
    // Stops the running load at the next page; no signal is emitted for it afterwards.
    void cancel();
    [[nodiscard]] bool isRunning() const;

Q_SIGNALS:
    void progress(int pagesDone, int pageCount);
    void loaded(const ip::ResumeText &resume);
    void failed(const ip::ResumeError &error);

private:
    struct Job;
    void reportProgress(const std::shared_ptr<Job> &job, int pagesDone, int pageCount);

    ResumeLimits m_limits;
    std::shared_ptr<Job> m_job;
    QFutureWatcherBase *m_watcher = nullptr;
};

} // namespace ip

Q_DECLARE_METATYPE(ip::ResumeText)
Q_DECLARE_METATYPE(ip::ResumeError)
