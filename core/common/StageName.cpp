#include "common/StageName.h"

#include <QCoreApplication>

namespace ip {

namespace {

// The context these names were first translated in (the run estimate's stage lines).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ip::RunEstimate)
};

} // namespace

QString stageDisplayName(const QString &stage)
{
    if (stage == QLatin1String("skills"))
        return Tr::tr("Skills");
    if (stage == QLatin1String("discovery"))
        return Tr::tr("Sources");
    if (stage == QLatin1String("questions"))
        return Tr::tr("Questions");
    return stage;
}

} // namespace ip
