#pragma once

#include "privacy/StoredData.h"

#include <QFutureWatcher>
#include <QList>
#include <QWidget>

class QCheckBox;
class QGridLayout;
class QLabel;
class QMessageBox;
class QPushButton;

namespace ip {

class AppContext;

// Settings ▸ Storage: where the app keeps runs, the result cache, logs and the settings file, how big
// each is (measured off the GUI thread), "Open folder" for each, and "Delete everything this app
// stored…" behind a confirmation that says what goes (API keys stay unless its box is ticked).
class StoragePage : public QWidget
{
    Q_OBJECT
public:
    explicit StoragePage(AppContext &context, QWidget *parent = nullptr);

    // Measures the places again (asynchronously; measured() when done).
    void refresh();
    [[nodiscard]] QList<StoredPlace> places() const { return m_places; }
    [[nodiscard]] bool isMeasuring() const { return m_watcher.isRunning(); }
    // The confirmation while it is open, else null.
    [[nodiscard]] QMessageBox *confirmation() const { return m_confirmation; }

    // A sentence for the status line: what was removed, what stayed, what failed.
    static QString describe(const StoredDataDeletion &result, const QLocale &locale);

Q_SIGNALS:
    void measured();
    void deleted(const ip::StoredDataDeletion &result);

private:
    void askToDelete();
    void showPlaces(const QList<StoredPlace> &places);
    void onDeleted(const StoredDataDeletion &result);

    AppContext &m_context;
    QGridLayout *m_grid;
    QLabel *m_empty;
    QPushButton *m_delete;
    QLabel *m_status;
    QMessageBox *m_confirmation = nullptr;
    QFutureWatcher<QList<StoredPlace>> m_watcher;
    QList<StoredPlace> m_places;
    QList<QWidget *> m_rowWidgets;
    bool m_refreshAgain = false;
    bool m_deleting = false;
};

} // namespace ip
