#pragma once

#include "settings/Settings.h"

#include <QList>
#include <QWidget>

class QGridLayout;
class QLineEdit;

namespace ip {

// Settings ▸ Prices: what the person pays for each model in use (US$ per million input and output
// tokens) and for Google Search grounding (per 1,000 requests). Empty means unknown: the estimate
// and the stage meter then show "—" for that stage, never a guessed price. Prices of models not
// shown (another model chosen earlier) are kept.
class PricesPage : public QWidget
{
    Q_OBJECT
public:
    explicit PricesPage(QWidget *parent = nullptr);

    void load(const Settings &settings);
    // The models the Providers page has chosen now (the rows follow them; what was typed is kept).
    void setModels(const QString &skillModel, const QString &questionModel, const QString &discoveryModel);
    void apply(Settings &settings) const;

private:
    struct Row
    {
        QString model;
        QLineEdit *input = nullptr;
        QLineEdit *output = nullptr;
    };

    void commitRows(Prices &prices) const;
    void rebuildRows();
    QLineEdit *addPriceEdit(const QString &accessibleName);

    Prices m_prices;
    QList<std::pair<QString, QString>> m_models; // model, the stages it serves ("Skills, Questions")
    QList<Row> m_rows;
    QGridLayout *m_grid;
    QLineEdit *m_grounding;
};

} // namespace ip
