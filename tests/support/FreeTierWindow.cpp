#include "FreeTierWindow.h"

#include <algorithm>
#include <cmath>

namespace ip::test {

FreeTierConfig FreeTierConfig::groq()
{
    return FreeTierConfig {};
}

FreeTierConfig FreeTierConfig::gemini()
{
    FreeTierConfig c;
    c.tokensPerMinute = 250'000;
    c.requestsPerMinute = 5;
    c.requestsPerDay = 20;
    c.reasoningModelPrefixes.clear();
    return c;
}

bool FreeTierConfig::isReasoningModel(const QString &model) const
{
    return std::any_of(reasoningModelPrefixes.begin(), reasoningModelPrefixes.end(),
                       [&model](const QString &prefix) { return model.startsWith(prefix); });
}

int FreeTierConfig::reasoningTokens(const QString &model, const QString &effort) const
{
    if (!isReasoningModel(model))
        return 0;
    if (effort == QLatin1StringView("low"))
        return reasoningLow;
    if (effort == QLatin1StringView("high"))
        return reasoningHigh;
    return reasoningMedium;
}

QString goDurationText(double ms)
{
    ms = std::max(0.0, ms);
    if (ms < 1000)
        return QString::number(std::round(ms * 10) / 10, 'g', 6) + QStringLiteral("ms");
    if (ms < 60'000)
        return QString::number(std::ceil(ms / 10) / 100, 'g', 6) + QStringLiteral("s");
    const auto hours = qint64(ms / 3'600'000);
    const auto minutes = qint64((ms - double(hours) * 3'600'000) / 60'000);
    const double seconds = std::ceil((ms - double(hours) * 3'600'000 - double(minutes) * 60'000) / 10) / 100;
    const QString rest = QStringLiteral("%1m%2s").arg(minutes).arg(seconds, 0, 'g', 6);
    return hours > 0 ? QStringLiteral("%1h").arg(hours) + rest : rest;
}

FreeTierWindow::FreeTierWindow(FreeTierConfig config)
    : m_config(std::move(config))
{ }

void FreeTierWindow::reset()
{
    m_models.clear();
    m_modelOf.clear();
    m_held.clear();
    m_totals.clear();
}

void FreeTierWindow::expire(Model &m, double nowMs) const
{
    while (!m.minute.empty() && m.minute.front().atMs <= nowMs - m_config.windowMs)
        m.minute.pop_front();
    while (!m.day.empty() && m.day.front() <= nowMs - m_config.dayMs)
        m.day.pop_front();
}

FreeTierWindow::Admission FreeTierWindow::admit(const QString &model, qint64 promptTokens, qint64 declaredOutput,
                                                double nowMs)
{
    Model &m = m_models[model];
    expire(m, nowMs);
    const qint64 requested = std::max<qint64>(0, promptTokens) + std::max<qint64>(0, declaredOutput);
    Admission a;
    a.requested = requested;

    const qint64 tpm = m_config.tokensPerMinute;
    if (tpm > 0 && requested > tpm) {
        a.verdict = Verdict::TooLarge;
        a.limit = tpm;
        return a;
    }
    if (m_config.requestsPerDay > 0 && int(m.day.size()) >= m_config.requestsPerDay) {
        a.verdict = Verdict::RequestsPerDay;
        a.limit = m_config.requestsPerDay;
        a.used = qint64(m.day.size());
        a.requested = 1;
        a.retryAfterMs = m.day[m.day.size() - std::size_t(m_config.requestsPerDay)] + m_config.dayMs - nowMs;
        return a;
    }
    if (m_config.requestsPerMinute > 0 && int(m.minute.size()) >= m_config.requestsPerMinute) {
        a.verdict = Verdict::RequestsPerMinute;
        a.limit = m_config.requestsPerMinute;
        a.used = qint64(m.minute.size());
        a.requested = 1;
        a.retryAfterMs
            = m.minute[m.minute.size() - std::size_t(m_config.requestsPerMinute)].atMs + m_config.windowMs - nowMs;
        return a;
    }
    const qint64 used = usedTokens(model, nowMs);
    if (tpm > 0 && used + requested > tpm) {
        a.verdict = Verdict::TokensPerMinute;
        a.limit = tpm;
        a.used = used;
        // The earliest time the entries that leave the window free enough.
        qint64 left = used;
        for (const Entry &e : m.minute) {
            left -= e.tokens;
            if (left + requested <= tpm) {
                a.retryAfterMs = e.atMs + m_config.windowMs - nowMs;
                break;
            }
        }
        return a;
    }
    a.id = m_nextId++;
    a.used = used;
    a.limit = tpm;
    m.minute.push_back({ a.id, nowMs, requested });
    m.day.push_back(nowMs);
    m_modelOf.insert(a.id, model);
    m_held.insert(a.id, requested);
    m_totals[model] += requested;
    return a;
}

void FreeTierWindow::settle(qint64 id, qint64 actualTokens)
{
    const auto it = m_modelOf.constFind(id);
    if (it == m_modelOf.constEnd())
        return;
    const QString &model = it.value();
    const qint64 actual = std::max<qint64>(0, actualTokens);
    m_totals[model] += actual - m_held.value(id);
    m_held.insert(id, actual);
    // An entry that has already left the window stays gone.
    for (Entry &e : m_models[model].minute) {
        if (e.id == id) {
            e.tokens = actual;
            break;
        }
    }
}

qint64 FreeTierWindow::usedTokens(const QString &model, double nowMs) const
{
    const auto it = m_models.constFind(model);
    if (it == m_models.constEnd())
        return 0;
    qint64 used = 0;
    for (const Entry &e : it->minute)
        if (e.atMs > nowMs - m_config.windowMs)
            used += e.tokens;
    return used;
}

qint64 FreeTierWindow::remainingTokens(const QString &model, double nowMs) const
{
    return std::max<qint64>(0, m_config.tokensPerMinute - usedTokens(model, nowMs));
}

double FreeTierWindow::tokensResetMs(const QString &model, double nowMs) const
{
    const auto it = m_models.constFind(model);
    if (it == m_models.constEnd())
        return 0;
    double last = -1e300;
    for (const Entry &e : it->minute)
        if (e.atMs > nowMs - m_config.windowMs && e.tokens > 0)
            last = std::max(last, e.atMs);
    return last < -1e299 ? 0 : std::max(0.0, last + m_config.windowMs - nowMs);
}

int FreeTierWindow::requestsInMinute(const QString &model, double nowMs) const
{
    const auto it = m_models.constFind(model);
    if (it == m_models.constEnd())
        return 0;
    return int(std::count_if(it->minute.begin(), it->minute.end(),
                             [&](const Entry &e) { return e.atMs > nowMs - m_config.windowMs; }));
}

int FreeTierWindow::requestsToday(const QString &model, double nowMs) const
{
    const auto it = m_models.constFind(model);
    if (it == m_models.constEnd())
        return 0;
    return int(std::count_if(it->day.begin(), it->day.end(), [&](double t) { return t > nowMs - m_config.dayMs; }));
}

double FreeTierWindow::requestsResetMs(const QString &model, double nowMs) const
{
    const auto it = m_models.constFind(model);
    if (it == m_models.constEnd())
        return 0;
    for (const double t : it->day)
        if (t > nowMs - m_config.dayMs)
            return std::max(0.0, t + m_config.dayMs - nowMs);
    return 0;
}

QList<QPair<QByteArray, QByteArray>> FreeTierWindow::rateLimitHeaders(const QString &model, double nowMs) const
{
    const int rpd = m_config.requestsPerDay;
    const qint64 tpm = m_config.tokensPerMinute;
    return {
        { "x-ratelimit-limit-requests", QByteArray::number(rpd) },
        { "x-ratelimit-limit-tokens", QByteArray::number(tpm) },
        { "x-ratelimit-remaining-requests", QByteArray::number(std::max(0, rpd - requestsToday(model, nowMs))) },
        { "x-ratelimit-remaining-tokens", QByteArray::number(remainingTokens(model, nowMs)) },
        { "x-ratelimit-reset-requests", goDurationText(requestsResetMs(model, nowMs)).toLatin1() },
        { "x-ratelimit-reset-tokens", goDurationText(tokensResetMs(model, nowMs)).toLatin1() },
    };
}

QString FreeTierWindow::groqMessage(const QString &model, const Admission &refusal) const
{
    const QString head = QStringLiteral("in organization `%1` service tier `on_demand` on ").arg(m_config.organization);
    const QString upgrade = QStringLiteral(" Need more tokens? Upgrade to Dev Tier today at "
                                           "https://console.groq.com/settings/billing");
    switch (refusal.verdict) {
    case Verdict::TooLarge:
        return QStringLiteral("Request too large for model `%1` %2tokens per minute (TPM): Limit %3, Requested %4, "
                              "please reduce your message size and try again.%5")
            .arg(model, head)
            .arg(refusal.limit)
            .arg(refusal.requested)
            .arg(upgrade);
    case Verdict::TokensPerMinute:
    case Verdict::RequestsPerMinute:
    case Verdict::RequestsPerDay: {
        const QString dimension = refusal.verdict == Verdict::TokensPerMinute
            ? QStringLiteral("tokens per minute (TPM)")
            : refusal.verdict == Verdict::RequestsPerMinute ? QStringLiteral("requests per minute (RPM)")
                                                            : QStringLiteral("requests per day (RPD)");
        return QStringLiteral("Rate limit reached for model `%1` %2%3: Limit %4, Used %5, Requested %6. Please try "
                              "again in %7.%8")
            .arg(model, head, dimension)
            .arg(refusal.limit)
            .arg(refusal.used)
            .arg(refusal.requested)
            .arg(goDurationText(refusal.retryAfterMs), upgrade);
    }
    case Verdict::Admitted: break;
    }
    return {};
}

} // namespace ip::test
