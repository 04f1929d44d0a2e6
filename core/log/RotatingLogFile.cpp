#include "log/RotatingLogFile.h"

#include <QDir>

#include <algorithm>

namespace ip {

RotatingLogFile::RotatingLogFile(const QString &directory, const QString &fileName, qint64 maxBytes, int maxFiles)
    : m_directory(directory)
    , m_fileName(fileName)
    , m_maxBytes(std::max<qint64>(maxBytes, 1))
    , m_maxFiles(std::max(maxFiles, 1))
{ }

QString RotatingLogFile::path() const
{
    return pathFor(0);
}

QString RotatingLogFile::pathFor(int index) const
{
    const QString base = QDir(m_directory).filePath(m_fileName);
    return index == 0 ? base : base + u'.' + QString::number(index);
}

bool RotatingLogFile::open(QString *error)
{
    if (!QDir().mkpath(m_directory)) {
        if (error)
            *error = QStringLiteral("cannot create the log folder %1").arg(QDir::toNativeSeparators(m_directory));
        return false;
    }
    m_file.setFileName(path());
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Append)) {
        if (error)
            *error = QStringLiteral("cannot open %1: %2").arg(QDir::toNativeSeparators(path()), m_file.errorString());
        return false;
    }
    return true;
}

void RotatingLogFile::rotate()
{
    m_file.close();
    QFile::remove(pathFor(m_maxFiles - 1));
    for (int i = m_maxFiles - 2; i >= 0; --i) {
        if (QFile::exists(pathFor(i)))
            QFile::rename(pathFor(i), pathFor(i + 1));
    }
    m_file.setFileName(path());
    // Truncate: with a single file (maxFiles == 1) the old content is simply dropped.
    m_file.open(QIODevice::WriteOnly | QIODevice::Truncate);
}

bool RotatingLogFile::write(const QByteArray &line)
{
    if (!m_file.isOpen())
        return false;
    // A line longer than the limit still goes into a fresh file of its own.
    if (m_file.size() > 0 && m_file.size() + line.size() > m_maxBytes)
        rotate();
    if (!m_file.isOpen())
        return false;
    const bool ok = m_file.write(line) == line.size();
    m_file.flush();
    return ok;
}

} // namespace ip
