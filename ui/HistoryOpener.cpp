#include "HistoryOpener.h"

#include "AppContext.h"
#include "HistoryDialog.h"
#include "session/SessionStore.h"

namespace ip {

HistoryOpener::HistoryOpener(AppContext &context, QWidget *window)
    : QObject(window)
    , m_context(context)
    , m_window(window)
{ }

HistoryDialog *HistoryOpener::dialog() const
{
    return m_dialog.data();
}

void HistoryOpener::show()
{
    SessionStore *store = m_context.sessionStore();
    if (!store)
        return;
    if (m_dialog) {
        m_dialog->refresh();
        m_dialog->raise();
        m_dialog->activateWindow();
        return;
    }
    m_dialog = new HistoryDialog(*store, m_context.resultCache(), m_window);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &HistoryDialog::openRequested, this, [this](const QString &id) {
        m_dialog->close();
        Q_EMIT openRequested(id);
    });
    connect(m_dialog, &HistoryDialog::continueRequested, this, [this](const QString &id) {
        m_dialog->close();
        Q_EMIT continueRequested(id);
    });
    connect(store, &SessionStore::historyChanged, this, &HistoryOpener::historyChanged, Qt::UniqueConnection);
    m_dialog->open();
}

} // namespace ip
