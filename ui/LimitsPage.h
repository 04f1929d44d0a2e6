#pragma once

#include "settings/SettingRanges.h"
#include "settings/Settings.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QSpinBox;

namespace ip {

// The numbers that shape a run (skills, batch size, questions per skill, concurrency) and the
// limits that protect it (requests and tokens per minute, timeouts, retries, file size). Each is
// a spin box whose range is the range SettingsStore accepts (settings/SettingRanges.h).
class LimitsPage : public QWidget
{
    Q_OBJECT
public:
    explicit LimitsPage(QWidget *parent = nullptr);

    void load(const Settings &settings);
    void apply(Settings &settings) const;

private:
    QSpinBox *addSpin(QFormLayout *form, const char *objectName, const QString &label, const QString &help,
                      SettingRange<int> range, const QString &suffix = {});
    QComboBox *addEffort(QFormLayout *form, const char *objectName, const QString &label, const QString &help);

    QSpinBox *m_skillCount;
    QSpinBox *m_batchSize;
    QSpinBox *m_questionsPerSkill;
    QSpinBox *m_concurrentBatches;
    QSpinBox *m_discoveryConcurrency;
    QComboBox *m_level;
    QCheckBox *m_reviewSkills;
    QCheckBox *m_keyPoints;
    QComboBox *m_skillEffort;
    QComboBox *m_questionEffort;
    QSpinBox *m_groqRpm;
    QSpinBox *m_groqTpm;
    QSpinBox *m_geminiRpm;
    QSpinBox *m_geminiTpm;
    QSpinBox *m_requestTimeout;
    QSpinBox *m_firstByteTimeout;
    QSpinBox *m_retries;
    QDoubleSpinBox *m_maxFileMb;
    QSpinBox *m_maxPages;
};

} // namespace ip
