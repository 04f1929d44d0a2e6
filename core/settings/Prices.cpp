#include "settings/Prices.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QStringList>

#include <cmath>

namespace ip {

namespace {

constexpr double kMillion = 1'000'000.0;
constexpr double kThousand = 1'000.0;

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ip::Prices)
};

} // namespace

std::optional<double> Prices::cost(const QString &stage, const QString &model, const TokenUsage &usage) const
{
    const auto it = models.constFind(model);
    if (it == models.constEnd())
        return std::nullopt;
    double total = double(usage.promptTokens) * it->inputPerMillion / kMillion
        + double(usage.completionTokens) * it->outputPerMillion / kMillion;
    if (stage == QLatin1String("discovery") && usage.requests > 0) {
        if (!groundingPerThousand)
            return std::nullopt;
        total += double(usage.requests) * *groundingPerThousand / kThousand;
    }
    return total;
}

bool isValidPrice(double value)
{
    return std::isfinite(value) && value >= 0 && value <= kMaxPrice;
}

QString describeCost(std::optional<double> cost)
{
    if (!cost)
        return QStringLiteral("—");
    // Cents for what reaches a dollar; four decimals below it, where a run's cost usually is.
    const int decimals = *cost >= 1.0 || *cost == 0.0 ? 2 : 4;
    //: An amount in US dollars; %1 is the number in the interface's format ("0.0042", "0,0042").
    return Tr::tr("$%1").arg(QLocale().toString(*cost, 'f', decimals));
}

std::optional<double> addCosts(std::optional<double> a, std::optional<double> b)
{
    if (!a || !b)
        return std::nullopt;
    return *a + *b;
}

QString pricesToJson(const QMap<QString, ModelPrice> &models)
{
    QJsonObject o;
    for (auto it = models.constBegin(); it != models.constEnd(); ++it)
        o.insert(it.key(),
                 QJsonObject { { QStringLiteral("input"), it->inputPerMillion },
                               { QStringLiteral("output"), it->outputPerMillion } });
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QMap<QString, ModelPrice> pricesFromJson(const QString &json, QStringList *problems)
{
    QMap<QString, ModelPrice> out;
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8());
    if (!doc.isObject()) {
        if (problems && !json.trimmed().isEmpty())
            problems->append(QStringLiteral("is not a JSON object"));
        return out;
    }
    const QJsonObject o = doc.object();
    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
        const QJsonObject entry = it.value().toObject();
        const QJsonValue input = entry.value(QStringLiteral("input"));
        const QJsonValue output = entry.value(QStringLiteral("output"));
        if (it.key().trimmed().isEmpty() || it.key().size() > 200 || !input.isDouble() || !output.isDouble()
            || !isValidPrice(input.toDouble()) || !isValidPrice(output.toDouble())) {
            if (problems)
                problems->append(QStringLiteral("has an invalid price for a model"));
            continue;
        }
        out.insert(it.key(), ModelPrice { input.toDouble(), output.toDouble() });
    }
    return out;
}

} // namespace ip
