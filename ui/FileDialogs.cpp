#include "FileDialogs.h"

#include <QFileDialog>

namespace ip {

std::optional<QString> FileDialogs::s_nextOpen;
std::optional<std::pair<QString, QString>> FileDialogs::s_nextSave;
QString FileDialogs::s_lastSuggested;
QStringList FileDialogs::s_lastFilters;

void FileDialogs::openFile(QWidget *parent, const QString &title, const QString &directory, const QStringList &filters,
                           OpenCallback callback)
{
    s_lastFilters = filters;
    if (s_nextOpen) {
        const QString path = *s_nextOpen;
        s_nextOpen.reset();
        callback(path);
        return;
    }
    auto *dialog = new QFileDialog(parent, title, directory);
    dialog->setObjectName(QStringLiteral("openFileDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptOpen);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setNameFilters(filters);
    QObject::connect(dialog, &QFileDialog::finished, dialog, [dialog, callback = std::move(callback)](int result) {
        const QStringList files = dialog->selectedFiles();
        callback(result == QDialog::Accepted && !files.isEmpty() ? files.first() : QString());
    });
    dialog->open();
}

void FileDialogs::saveFile(QWidget *parent, const QString &title, const QString &suggestedPath,
                           const QStringList &filters, const QString &selectedFilter, SaveCallback callback)
{
    s_lastSuggested = suggestedPath;
    s_lastFilters = filters;
    if (s_nextSave) {
        const auto [path, filter] = *s_nextSave;
        s_nextSave.reset();
        callback(path, path.isEmpty() ? QString() : (filter.isEmpty() ? selectedFilter : filter));
        return;
    }
    auto *dialog = new QFileDialog(parent, title);
    dialog->setObjectName(QStringLiteral("saveFileDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setFileMode(QFileDialog::AnyFile);
    dialog->setNameFilters(filters);
    dialog->selectNameFilter(selectedFilter);
    dialog->selectFile(suggestedPath); // sets directory and name; overwrite confirmation stays on
    QObject::connect(dialog, &QFileDialog::finished, dialog, [dialog, callback = std::move(callback)](int result) {
        const QStringList files = dialog->selectedFiles();
        if (result == QDialog::Accepted && !files.isEmpty())
            callback(files.first(), dialog->selectedNameFilter());
        else
            callback(QString(), QString());
    });
    dialog->open();
}

void FileDialogs::setNextOpenFile(const QString &path)
{
    s_nextOpen = path;
}

void FileDialogs::setNextSaveFile(const QString &path, const QString &filter)
{
    s_nextSave = std::make_pair(path, filter);
}

QString FileDialogs::lastSuggestedPath()
{
    return s_lastSuggested;
}

QStringList FileDialogs::lastFilters()
{
    return s_lastFilters;
}

} // namespace ip
