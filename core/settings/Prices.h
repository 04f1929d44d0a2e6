#pragma once

// What the person pays their providers, as they entered it (Settings ▸ Prices): list prices in US
// dollars per million tokens for each model, and Google Search grounding per 1,000 requests. The app
// never guesses a price: a model without an entry, or grounding without one, has no known cost, and
// every place that shows money shows "—" for it.

#include "common/TokenUsage.h"

#include <QMap>
#include <QString>

#include <optional>

namespace ip {

struct ModelPrice
{
    double inputPerMillion = 0; // US$ per 1,000,000 prompt tokens
    double outputPerMillion = 0; // US$ per 1,000,000 completion tokens (hidden reasoning included)
    friend bool operator==(const ModelPrice &, const ModelPrice &) = default;
};

struct Prices
{
    QMap<QString, ModelPrice> models; // model id -> price; a model not here has no known price
    std::optional<double> groundingPerThousand; // US$ per 1,000 requests with Google Search

    // What `usage` of `model` cost in the stage `stage` ("skills", "discovery", "questions"): the
    // tokens at the model's price, plus grounding per request for "discovery" (every discovery call
    // searches). std::nullopt when a price it needs is unknown.
    [[nodiscard]] std::optional<double> cost(const QString &stage, const QString &model, const TokenUsage &usage) const;
    friend bool operator==(const Prices &, const Prices &) = default;
};

// The most a price field accepts (US$ per million tokens or per 1,000 requests).
inline constexpr double kMaxPrice = 100'000.0;

// A valid stored price: finite, 0..kMaxPrice.
[[nodiscard]] bool isValidPrice(double value);

// "$0.0042", "$1.23" (the locale's number format); "—" for an unknown cost.
[[nodiscard]] QString describeCost(std::optional<double> cost);

// The sum of costs, unknown when any of them is.
[[nodiscard]] std::optional<double> addCosts(std::optional<double> a, std::optional<double> b);

// Prices as stored in the settings (a JSON object {"model": {"input": 0.1, "output": 0.5}}) and back;
// invalid entries are left out and named in `problems` (without their values).
[[nodiscard]] QString pricesToJson(const QMap<QString, ModelPrice> &models);
[[nodiscard]] QMap<QString, ModelPrice> pricesFromJson(const QString &json, QStringList *problems = nullptr);

} // namespace ip
