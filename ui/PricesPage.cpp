#include "PricesPage.h"

#include "pipeline/RunEstimate.h"

#include <QDoubleValidator>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QVBoxLayout>

#include <algorithm>
#include <optional>

namespace ip {

namespace {

constexpr int kDecimals = 6;

std::optional<double> priceIn(const QLineEdit *edit)
{
    const QString text = edit->text().trimmed();
    if (text.isEmpty())
        return std::nullopt;
    bool ok = false;
    const double value = QLocale().toDouble(text, &ok);
    if (!ok || !isValidPrice(value))
        return std::nullopt;
    return value;
}

QString priceText(double value)
{
    // Up to six decimals, without trailing zeros ("0.15", "0.075").
    QString text = QLocale().toString(value, 'f', kDecimals);
    const QChar point = QLocale().decimalPoint().at(0);
    if (text.contains(point)) {
        while (text.endsWith(QLatin1Char('0')))
            text.chop(1);
        if (text.endsWith(point))
            text.chop(1);
    }
    return text;
}

} // namespace

PricesPage::PricesPage(QWidget *parent)
    : QWidget(parent)
    , m_grid(new QGridLayout)
    , m_grounding(nullptr)
{
    setObjectName(QStringLiteral("pricesPage"));
    auto *intro = new QLabel(tr("Enter the prices your providers list, in US dollars. The estimate before a run and "
                                "the meter after it then show what a run costs; where a price is empty they show "
                                "\"—\". Interview Prep never guesses a price (a free tier costs 0)."),
                             this);
    intro->setObjectName(QStringLiteral("pricesIntro"));
    intro->setWordWrap(true);

    auto *modelsBox = new QGroupBox(tr("Models in use"), this);
    modelsBox->setLayout(m_grid);
    m_grid->setColumnStretch(0, 1);

    auto *searchBox = new QGroupBox(tr("Google Search grounding"), this);
    auto *searchLayout = new QGridLayout(searchBox);
    m_grounding = addPriceEdit(tr("Price of Google Search grounding, US dollars per 1,000 requests"));
    m_grounding->setObjectName(QStringLiteral("groundingPrice"));
    auto *groundingLabel = new QLabel(tr("$ per 1,000 &requests with a search:"), searchBox);
    groundingLabel->setBuddy(m_grounding);
    searchLayout->addWidget(groundingLabel, 0, 0);
    searchLayout->addWidget(m_grounding, 0, 1);
    searchLayout->setColumnStretch(0, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(modelsBox);
    layout->addWidget(searchBox);
    layout->addStretch();
}

QLineEdit *PricesPage::addPriceEdit(const QString &accessibleName)
{
    auto *edit = new QLineEdit(this);
    auto *validator = new QDoubleValidator(0.0, kMaxPrice, kDecimals, edit);
    validator->setNotation(QDoubleValidator::StandardNotation);
    edit->setValidator(validator);
    edit->setPlaceholderText(tr("unknown"));
    edit->setClearButtonEnabled(true);
    edit->setMaximumWidth(140);
    edit->setAccessibleName(accessibleName);
    edit->setToolTip(tr("Empty: unknown (costs show \"—\")"));
    return edit;
}

void PricesPage::load(const Settings &settings)
{
    m_prices = settings.prices;
    m_grounding->setText(m_prices.groundingPerThousand ? priceText(*m_prices.groundingPerThousand) : QString());
    m_rows.clear(); // rebuilt from m_prices, not from the old fields
    setModels(settings.skillModel, settings.questionModel, settings.discoveryModel);
}

void PricesPage::setModels(const QString &skillModel, const QString &questionModel, const QString &discoveryModel)
{
    commitRows(m_prices);
    m_models.clear();
    const std::pair<QString, QString> stages[] = {
        { skillModel.trimmed(), stageDisplayName(QStringLiteral("skills")) },
        { questionModel.trimmed(), stageDisplayName(QStringLiteral("questions")) },
        { discoveryModel.trimmed(), stageDisplayName(QStringLiteral("discovery")) },
    };
    for (const auto &entry : stages) {
        if (entry.first.isEmpty())
            continue;
        auto it = std::find_if(m_models.begin(), m_models.end(),
                               [&entry](const auto &m) { return m.first == entry.first; });
        if (it == m_models.end())
            m_models.append(entry);
        else
            it->second += QStringLiteral(", ") + entry.second;
    }
    rebuildRows();
}

void PricesPage::commitRows(Prices &prices) const
{
    for (const Row &row : m_rows) {
        const std::optional<double> input = priceIn(row.input);
        const std::optional<double> output = priceIn(row.output);
        if (input && output)
            prices.models.insert(row.model, ModelPrice { *input, *output });
        else
            prices.models.remove(row.model); // a price needs both halves
    }
}

void PricesPage::rebuildRows()
{
    while (QLayoutItem *item = m_grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_rows.clear();
    auto *inputHeader = new QLabel(tr("Input, $ per 1M tokens"), this);
    auto *outputHeader = new QLabel(tr("Output, $ per 1M tokens"), this);
    m_grid->addWidget(inputHeader, 0, 1);
    m_grid->addWidget(outputHeader, 0, 2);
    int line = 1;
    for (const auto &[model, stages] : std::as_const(m_models)) {
        Row row { model, addPriceEdit(tr("Input price of %1, US dollars per million tokens").arg(model)),
                  addPriceEdit(tr("Output price of %1, US dollars per million tokens").arg(model)) };
        row.input->setObjectName(QStringLiteral("inputPrice%1").arg(line));
        row.output->setObjectName(QStringLiteral("outputPrice%1").arg(line));
        const auto known = m_prices.models.constFind(model);
        if (known != m_prices.models.constEnd()) {
            row.input->setText(priceText(known->inputPerMillion));
            row.output->setText(priceText(known->outputPerMillion));
        }
        auto *label = new QLabel(tr("%1 (%2)").arg(model, stages), this);
        label->setObjectName(QStringLiteral("priceModel%1").arg(line));
        label->setBuddy(row.input);
        m_grid->addWidget(label, line, 0);
        m_grid->addWidget(row.input, line, 1);
        m_grid->addWidget(row.output, line, 2);
        m_rows.append(row);
        ++line;
    }
    // Keyboard order: row by row, then grounding (the rows are made after it).
    QWidget *previous = nullptr;
    for (const Row &row : std::as_const(m_rows)) {
        for (QWidget *w : { static_cast<QWidget *>(row.input), static_cast<QWidget *>(row.output) }) {
            if (previous)
                QWidget::setTabOrder(previous, w);
            previous = w;
        }
    }
    if (previous)
        QWidget::setTabOrder(previous, m_grounding);
}

void PricesPage::apply(Settings &settings) const
{
    Prices prices = m_prices;
    commitRows(prices);
    prices.groundingPerThousand = priceIn(m_grounding);
    settings.prices = prices;
}

} // namespace ip
