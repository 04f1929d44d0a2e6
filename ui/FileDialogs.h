#pragma once

#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

class QWidget;

namespace ip {

// Native file dialogs opened asynchronously (QFileDialog::open, no nested event loop). The save
// dialog confirms before replacing a file (the platform's own question). Tests inject the next
// answer, and the dialog is then never shown.
class FileDialogs
{
public:
    // `path` is empty when the user cancelled.
    using OpenCallback = std::function<void(const QString &path)>;
    // `filter` is the name filter chosen (one of `filters`), empty on cancel.
    using SaveCallback = std::function<void(const QString &path, const QString &filter)>;

    static void openFile(QWidget *parent, const QString &title, const QString &directory, const QStringList &filters,
                         OpenCallback callback);
    static void saveFile(QWidget *parent, const QString &title, const QString &suggestedPath,
                         const QStringList &filters, const QString &selectedFilter, SaveCallback callback);

    // Tests. An empty path answers "cancelled".
    static void setNextOpenFile(const QString &path);
    static void setNextSaveFile(const QString &path, const QString &filter = {});
    // What the last save dialog suggested (path and selected filter), for assertions.
    static QString lastSuggestedPath();
    static QStringList lastFilters();

private:
    static std::optional<QString> s_nextOpen;
    static std::optional<std::pair<QString, QString>> s_nextSave;
    static QString s_lastSuggested;
    static QStringList s_lastFilters;
};

} // namespace ip
