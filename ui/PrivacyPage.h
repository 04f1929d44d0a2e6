#pragma once

#include "settings/Settings.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;

namespace ip {

// Settings ▸ Privacy: whether the resume's personal data is replaced by placeholders in what is sent
// (on by default), whether the first request to each provider is shown before it goes, and offline
// mode (a server on this computer, no web research), with what each means in plain words.
class PrivacyPage : public QWidget
{
    Q_OBJECT
public:
    explicit PrivacyPage(QWidget *parent = nullptr);

    void load(const Settings &settings);
    void apply(Settings &settings) const;

private:
    QCheckBox *m_redact;
    QCheckBox *m_preview;
    QCheckBox *m_offline;
    QLineEdit *m_localUrl;
    QLineEdit *m_localModel;
    QLabel *m_offlineWarning;
    void updateOffline();
};

} // namespace ip
