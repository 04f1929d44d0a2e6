#pragma once

#include "session/SessionHistory.h"

#include <QDialog>
#include <QPointer>

class QDialogButtonBox;
class QLabel;
class QPushButton;
class QTreeWidget;

namespace ip {

class ResultCache;
class SessionStore;

// History (Ctrl+H): every saved run, newest first — resume, date, skills, complete or partial.
// Open shows a run's accordion as it was; Continue (partial runs) requests only the missing work;
// Delete / Delete All (after a confirmation) remove session files; Clear Cache forgets every
// cached result. Files that cannot be read are named in a note above the list; the others are
// still listed. The list follows the store (historyChanged).
class HistoryDialog : public QDialog
{
    Q_OBJECT
public:
    // `cache` may be null (no Clear Cache button then).
    HistoryDialog(SessionStore &store, ResultCache *cache, QWidget *parent = nullptr);

    [[nodiscard]] QTreeWidget *list() const { return m_list; }
    [[nodiscard]] QString problemText() const;
    [[nodiscard]] QList<HistoryEntry> entries() const { return m_listing.entries; }
    // Selects the row of this session (tests, and the run just opened).
    void select(const QString &id);

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    void openRequested(const QString &id);
    void continueRequested(const QString &id);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateButtons();
    [[nodiscard]] const HistoryEntry *current() const;
    void deleteCurrent();
    void deleteAll();
    void clearCache();
    void showError(const QString &message);

    QPointer<SessionStore> m_store;
    ResultCache *m_cache;
    HistoryListing m_listing;
    QLabel *m_intro;
    QLabel *m_problems;
    QTreeWidget *m_list;
    QLabel *m_empty;
    QPushButton *m_open;
    QPushButton *m_continue;
    QPushButton *m_delete;
    QPushButton *m_deleteAll;
    QPushButton *m_clearCache;
    QDialogButtonBox *m_buttons;
};

} // namespace ip
