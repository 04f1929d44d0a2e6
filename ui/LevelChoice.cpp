#include "LevelChoice.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QStringList>

namespace ip {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ip::LevelChoice)
};

const QStringList &levels()
{
    static const QStringList values { QString(), QStringLiteral("junior"), QStringLiteral("mid"),
                                      QStringLiteral("senior"), QStringLiteral("staff") };
    return values;
}

QString levelName(const QString &level)
{
    if (level == QLatin1String("junior"))
        return Tr::tr("Junior");
    if (level == QLatin1String("mid"))
        return Tr::tr("Mid-level");
    if (level == QLatin1String("senior"))
        return Tr::tr("Senior");
    if (level == QLatin1String("staff"))
        return Tr::tr("Staff");
    return Tr::tr("Any level");
}

} // namespace

void fillLevelChoice(QComboBox *box)
{
    box->clear();
    for (const QString &level : levels())
        box->addItem(levelName(level), level);
}

void retranslateLevelChoice(QComboBox *box)
{
    for (int i = 0; i < box->count(); ++i)
        box->setItemText(i, levelName(box->itemData(i).toString()));
}

void selectLevel(QComboBox *box, const QString &level)
{
    box->setCurrentIndex(qMax(0, box->findData(level)));
}

QString chosenLevel(const QComboBox *box)
{
    return box->currentData().toString();
}

} // namespace ip
