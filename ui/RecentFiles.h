#pragma once

#include <QObject>
#include <QStringList>

namespace ip {

// The resumes opened lately, newest first, kept in the settings file ("window/recentFiles").
class RecentFiles : public QObject
{
    Q_OBJECT
public:
    static constexpr int kMaxFiles = 8;

    // Reads the list from the settings.
    explicit RecentFiles(QObject *parent = nullptr);

    [[nodiscard]] QStringList paths() const { return m_paths; }
    // Puts `path` (made absolute) first; an older entry of it goes, and the list keeps kMaxFiles.
    void add(const QString &path);
    void clear();

    // `paths` with `absolutePath` first, once, at most `max` long.
    [[nodiscard]] static QStringList withFirst(QStringList paths, const QString &absolutePath, int max);

Q_SIGNALS:
    void changed();

private:
    void store();

    QStringList m_paths;
};

} // namespace ip
