#include "RecentFiles.h"

#include <QFileInfo>
#include <QSettings>

namespace ip {
namespace {

const auto kRecentKey = QStringLiteral("window/recentFiles");

} // namespace

RecentFiles::RecentFiles(QObject *parent)
    : QObject(parent)
    , m_paths(QSettings().value(kRecentKey).toStringList())
{
    m_paths.removeAll(QString());
}

QStringList RecentFiles::withFirst(QStringList paths, const QString &absolutePath, int max)
{
    paths.removeAll(absolutePath);
    paths.prepend(absolutePath);
    while (paths.size() > max)
        paths.removeLast();
    return paths;
}

void RecentFiles::add(const QString &path)
{
    m_paths = withFirst(m_paths, QFileInfo(path).absoluteFilePath(), kMaxFiles);
    store();
}

void RecentFiles::clear()
{
    m_paths.clear();
    store();
}

void RecentFiles::store()
{
    QSettings().setValue(kRecentKey, m_paths);
    Q_EMIT changed();
}

} // namespace ip
