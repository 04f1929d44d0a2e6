#pragma once

#include "settings/Settings.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;

namespace ip {

// The language of the interface (System / English / Deutsch / العربية; takes effect at the next start),
// the language the questions are written in (default: the interface language), and reading scanned
// resumes and photos: text recognition on or off, and the language it reads besides English.
class LanguagePage : public QWidget
{
    Q_OBJECT
public:
    explicit LanguagePage(QWidget *parent = nullptr);

    void load(const Settings &settings);
    void apply(Settings &settings) const;

private:
    void updateRestartNote();

    QComboBox *m_uiLanguage;
    QComboBox *m_questionLanguage;
    QLabel *m_restartNote;
    QCheckBox *m_ocrEnabled;
    QComboBox *m_ocrLanguage;
    QString m_loadedUiLanguage;
};

} // namespace ip
