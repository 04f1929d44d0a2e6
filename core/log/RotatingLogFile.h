#pragma once

#include <QFile>
#include <QString>

namespace ip {

// An append-only log file that rotates by size: when the next line would make "name" larger than
// maxBytes, name.(n-2) → name.(n-1), …, name → name.1, and a new name is started, so at most
// maxFiles files exist (name, name.1 … name.(maxFiles-1)). Not thread-safe: the log handler
// serialises access.
class RotatingLogFile
{
public:
    RotatingLogFile(const QString &directory, const QString &fileName, qint64 maxBytes, int maxFiles);

    // Creates the directory if needed and opens the file for appending. Error: a sentence.
    bool open(QString *error = nullptr);
    // Writes one line (the caller adds the newline), rotating first when needed, and flushes.
    bool write(const QByteArray &line);
    void close() { m_file.close(); }

    [[nodiscard]] QString path() const;
    [[nodiscard]] bool isOpen() const { return m_file.isOpen(); }
    // name for index 0, name.<index> otherwise.
    [[nodiscard]] QString pathFor(int index) const;

private:
    void rotate();

    QString m_directory;
    QString m_fileName;
    qint64 m_maxBytes;
    int m_maxFiles;
    QFile m_file;
};

} // namespace ip
