#pragma once

#include <QObject>
#include <QPointer>

class QWidget;

namespace ip {

class AppContext;
class HistoryDialog;

// The History dialog of a window: opened once (a second request raises and refreshes it), closed
// when the user picks a saved run, whose id it passes on as what the user asked for.
class HistoryOpener : public QObject
{
    Q_OBJECT
public:
    // The dialog opens over `window`.
    HistoryOpener(AppContext &context, QWidget *window);

    // Shows the dialog; nothing when runs are not saved.
    void show();
    [[nodiscard]] HistoryDialog *dialog() const;

Q_SIGNALS:
    void openRequested(const QString &id);
    void continueRequested(const QString &id);
    // Saved runs were added, changed or deleted.
    void historyChanged();

private:
    AppContext &m_context;
    QWidget *m_window;
    QPointer<HistoryDialog> m_dialog;
};

} // namespace ip
