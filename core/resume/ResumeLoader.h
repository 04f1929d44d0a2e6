#pragma once

#include "common/Result.h"

#include <QFutureWatcher>
#include <QMetaType>
#include <QObject>
#include <QString>

#include <memory>

namespace ip {

struct ResumeLimits
{
    qint64 maxBytes = 10LL * 1024 * 1024;
    int maxPages = 50;
    int maxChars = 200'000;
};

struct ResumeText
{
    QString text;      // normalised plain text
    QString fileName;  // base name with extension, for reports
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
    Cancelled
};

struct ResumeError
{
    ResumeErrorKind kind = ResumeErrorKind::Damaged;
    QString message; // a sentence for a person, with the file name in it
};

// Pure, synchronous, thread-safe: validation + extraction + normalisation. Reports progress
// through the optional callback (page done, page count); returning false from it cancels.
Result<ResumeText, ResumeError> loadResume(const QString &path, const ResumeLimits &limits,
                                           const QString &password = {},
                                           const std::function<bool(int, int)> &progress = {});

// Normalise text from PDF producers and QtPdf (soft hyphens, U+FFFE breaks, ligatures, CRLF,
// hyphenation across line ends, runs of spaces/blank lines, private-use and non-characters).
QString normaliseResumeText(const QString &raw);

// Runs loadResume off the GUI thread (QtConcurrent) and reports back on the caller's thread.
class ResumeLoader : public QObject
{
    Q_OBJECT
public:
    explicit ResumeLoader(QObject *parent = nullptr);
    ~ResumeLoader() override;

    void setLimits(const ResumeLimits &limits) { m_limits = limits; }
    // Starts loading; a load already running is cancelled first.
    void load(const QString &path, const QString &password = {});
    void cancel();
    [[nodiscard]] bool isRunning() const;

Q_SIGNALS:
    void progress(int pagesDone, int pageCount);
    void loaded(const ip::ResumeText &resume);
    void failed(const ip::ResumeError &error);

private:
    struct Job;
    ResumeLimits m_limits;
    std::shared_ptr<Job> m_job;
};

} // namespace ip

Q_DECLARE_METATYPE(ip::ResumeText)
Q_DECLARE_METATYPE(ip::ResumeError)
