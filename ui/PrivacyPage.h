#pragma once

#include "settings/Settings.h"

#include <QWidget>

class QCheckBox;

namespace ip {

// Settings ▸ Privacy: whether the resume's personal data is replaced by placeholders in what is sent
// (on by default), with what that means in plain words.
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
};

} // namespace ip
