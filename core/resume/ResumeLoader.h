#pragma once

#include "resume/LoadResume.h"

#include <QFutureWatcher>
#include <QObject>
#include <QString>

#include <memory>

namespace ip {

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
    // Page `page` (1-based) of `pageCount` is being read with text recognition (OCR).
    void readingWithOcr(int page, int pageCount);
    void loaded(const ip::ResumeText &resume);
    void failed(const ip::ResumeError &error);

private:
    struct Job;
    void reportProgress(const std::shared_ptr<Job> &job, const ResumeProgress &progress);

    ResumeLimits m_limits;
    std::shared_ptr<Job> m_job;
    QFutureWatcherBase *m_watcher = nullptr;
};

} // namespace ip
