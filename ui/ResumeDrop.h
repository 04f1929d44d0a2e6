#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class QMimeData;

namespace ip {

// What to do with something dragged onto the window: a resume path to open, or the reason
// it is refused (a sentence for a person).
struct DropVerdict
{
    QString path; // the local file to open when accepted
    QString refusal; // why not, when refused
    [[nodiscard]] bool isAccepted() const { return !path.isEmpty() && refusal.isEmpty(); }
};

// Decides whether a dropped or chosen file can be read as a resume. Pure apart from a stat().
class ResumeDrop
{
    Q_DECLARE_TR_FUNCTIONS(ResumeDrop)
public:
    // Suffixes the resume reader understands (lower case, no dot).
    static QStringList suffixes();
    // Checks a local file path (from a drop, a dialog, the command line or the recent-files menu).
    static DropVerdict checkFile(const QString &path, qint64 maxBytes);
    // Checks dragged data: exactly one local file URL naming a readable resume.
    static DropVerdict checkMime(const QMimeData *mime, qint64 maxBytes);
    // "1.4 MB", "820 KB"
    static QString formatSize(qint64 bytes);
};

} // namespace ip
