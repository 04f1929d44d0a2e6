#pragma once

#include "providers/LocalServers.h"
#include "settings/Settings.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace ip {

class AppContext;

// Settings ▸ Privacy: whether the resume's personal data is replaced by placeholders in what is sent
// (on by default), whether the first request to each provider is shown before it goes, and offline
// mode (a server on this computer, no web research), with what each means in plain words. "Find
// Servers on This Computer" asks which local chat servers answer and fills in the one chosen.
class PrivacyPage : public QWidget
{
    Q_OBJECT
public:
    explicit PrivacyPage(AppContext &context, QWidget *parent = nullptr);

    void load(const Settings &settings);
    void apply(Settings &settings) const;

private:
    AppContext &m_context;
    QCheckBox *m_redact;
    QCheckBox *m_preview;
    QCheckBox *m_offline;
    QLineEdit *m_localUrl;
    QLineEdit *m_localModel;
    QLabel *m_offlineWarning;
    QPushButton *m_find;
    QComboBox *m_found;
    QLabel *m_findStatus;
    QList<LocalServer> m_servers;
    bool m_finding = false;
    void updateOffline();
    void find();
    void showFound(const QList<LocalServer> &servers);
    void useFound(int index);
};

} // namespace ip
