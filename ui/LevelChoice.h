#pragma once

#include <QString>

class QComboBox;

namespace ip {

// The role levels a person can aim the questions at (Settings::targetLevel), as combo box items
// whose data is the setting's value ("" = any level).
void fillLevelChoice(QComboBox *box);
// Names the items again in the current language (after a language change), keeping the choice.
void retranslateLevelChoice(QComboBox *box);
void selectLevel(QComboBox *box, const QString &level);
[[nodiscard]] QString chosenLevel(const QComboBox *box);

} // namespace ip
