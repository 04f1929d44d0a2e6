#include "pipeline/RunWait.h"

#include <QCoreApplication>

namespace ip {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ip::RunWait)
};

} // namespace

const RunWait *longestWait(const QList<RunWait> &waits)
{
    const RunWait *longest = nullptr;
    for (const RunWait &w : waits)
        if (!longest || w.ms > longest->ms)
            longest = &w;
    return longest;
}

QString describeWait(const RunWait &wait, qint64 msLeft)
{
    const int seconds = int((qMax<qint64>(0, msLeft) + 999) / 1000);
    return wait.rateLimit ? Tr::tr("Waiting about %n s for the %1 rate limit", nullptr, seconds).arg(wait.provider)
                          : Tr::tr("Waiting about %n s: %1", nullptr, seconds).arg(wait.reason);
}

} // namespace ip
