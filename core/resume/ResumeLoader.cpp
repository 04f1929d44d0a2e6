#include "resume/ResumeLoader.h"

#include <QMutex>
#include <QMutexLocker>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>

namespace ip {

using LoadResult = Result<ResumeText, ResumeError>;

// Shared between the loader (its thread) and the worker. The worker only reads `cancelled` and,
// under `mutex`, posts progress to `owner`; the loader clears `owner` when it abandons the job, so
// the worker never touches a loader that is gone.
struct ResumeLoader::Job
{
    std::atomic_bool cancelled { false };
    QMutex mutex;
    ResumeLoader *owner = nullptr; // guarded by mutex
};

ResumeLoader::ResumeLoader(QObject *parent)
    : QObject(parent)
{ }

ResumeLoader::~ResumeLoader()
{
    cancel();
}

bool ResumeLoader::isRunning() const
{
    return m_job != nullptr;
}

void ResumeLoader::cancel()
{
    if (m_job) {
        m_job->cancelled.store(true);
        QMutexLocker lock(&m_job->mutex);
        m_job->owner = nullptr;
    }
    m_job.reset();
    if (m_watcher) {
        // The worker stops at its next page and its result is dropped with the watcher.
        m_watcher->disconnect(this);
        m_watcher->deleteLater();
        m_watcher = nullptr;
    }
}

void ResumeLoader::load(const QString &path, const QString &password)
{
    cancel();
    auto job = std::make_shared<Job>();
    job->owner = this;
    m_job = job;

    auto *watcher = new QFutureWatcher<LoadResult>(this);
    m_watcher = watcher;
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, job] {
        watcher->deleteLater();
        if (m_job != job)
            return;
        m_job.reset();
        m_watcher = nullptr;
        const LoadResult result = watcher->result();
        if (result.isOk())
            Q_EMIT loaded(result.value());
        else
            Q_EMIT failed(result.error());
    });

    const ResumeLimits limits = m_limits;
    watcher->setFuture(QtConcurrent::run([job, path, password, limits] {
        const auto onProgress = [job](const ResumeProgress &p) {
            if (job->cancelled.load())
                return false;
            if (p.poll)
                return true;
            QMutexLocker lock(&job->mutex);
            if (ResumeLoader *owner = job->owner) {
                QMetaObject::invokeMethod(
                    owner, [owner, job, p] { owner->reportProgress(job, p); }, Qt::QueuedConnection);
            }
            return true;
        };
        return loadResume(path, limits, password, onProgress);
    }));
}

void ResumeLoader::reportProgress(const std::shared_ptr<Job> &job, const ResumeProgress &p)
{
    if (job != m_job)
        return;
    if (p.ocr)
        Q_EMIT readingWithOcr(p.page + 1, p.pageCount);
    else
        Q_EMIT progress(p.pagesDone, p.pageCount);
}

} // namespace ip
