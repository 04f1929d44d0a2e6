#include "providers/JsonModeMemory.h"

#include <QHash>
#include <QMutex>
#include <QMutexLocker>

namespace ip {

namespace {

QMutex &mutex()
{
    static QMutex m;
    return m;
}

QHash<QString, JsonMode> &modes()
{
    static QHash<QString, JsonMode> h;
    return h;
}

QString keyFor(const QUrl &endpoint, const QString &model)
{
    return endpoint.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::StripTrailingSlash).toString()
        + QLatin1Char('|') + model;
}

} // namespace

JsonMode JsonModeMemory::get(const QUrl &endpoint, const QString &model)
{
    QMutexLocker lock(&mutex());
    return modes().value(keyFor(endpoint, model), JsonMode::None);
}

void JsonModeMemory::set(const QUrl &endpoint, const QString &model, JsonMode mode)
{
    QMutexLocker lock(&mutex());
    modes().insert(keyFor(endpoint, model), mode);
}

void JsonModeMemory::clear()
{
    QMutexLocker lock(&mutex());
    modes().clear();
}

} // namespace ip
