#include "ScheduleBounds.h"

#include <algorithm>
#include <limits>

namespace ip::bench {

namespace {

bool feasible(const std::vector<double> &starts, double t, const WindowLimit &limit)
{
    std::vector<double> all = starts;
    all.push_back(t);
    std::sort(all.begin(), all.end());
    // Every start's window (s - W, s] holds at most `requests` starts.
    std::size_t lo = 0;
    for (std::size_t hi = 0; hi < all.size(); ++hi) {
        while (all[lo] <= all[hi] - limit.windowMs)
            ++lo;
        if (int(hi - lo + 1) > limit.requests)
            return false;
    }
    return true;
}

bool tokensFit(std::vector<std::pair<double, qint64>> all, double t, qint64 cost, const TokenWindow &w)
{
    all.emplace_back(t, cost);
    std::sort(all.begin(), all.end());
    std::size_t lo = 0;
    qint64 sum = 0;
    for (std::size_t hi = 0; hi < all.size(); ++hi) {
        sum += all[hi].second;
        while (all[lo].first <= all[hi].first - w.windowMs)
            sum -= all[lo++].second;
        if (sum > w.tokens)
            return false;
    }
    return true;
}

} // namespace

double earliestTokenStart(const std::vector<std::pair<double, qint64>> &placed, double ready, qint64 cost,
                          const TokenWindow &window)
{
    if (window.tokens <= 0 || cost > window.tokens)
        return ready;
    std::vector<double> candidates { ready };
    for (const auto &[s, tokens] : placed)
        if (s + window.windowMs > ready)
            candidates.push_back(s + window.windowMs);
    std::sort(candidates.begin(), candidates.end());
    for (double c : candidates)
        if (tokensFit(placed, c, cost, window))
            return c;
    return candidates.back();
}

double earliestStart(const std::vector<double> &starts, double ready, const WindowLimit &limit)
{
    if (limit.requests <= 0)
        return ready;
    std::vector<double> candidates { ready };
    for (double s : starts)
        if (s + limit.windowMs > ready)
            candidates.push_back(s + limit.windowMs);
    std::sort(candidates.begin(), candidates.end());
    for (double c : candidates)
        if (feasible(starts, c, limit))
            return c;
    double last = ready;
    for (double s : starts)
        last = std::max(last, s + limit.windowMs);
    return last;
}

Schedule scheduleCalls(const QList<PlannedCall> &calls, const QList<WindowLimit> &limits,
                       const QList<TokenWindow> &tokenWindows)
{
    const auto n = calls.size();
    Schedule out;
    out.start = QList<double>(n, -1.0);
    out.end = QList<double>(n, -1.0);
    QList<bool> placed(n, false);
    std::vector<std::vector<double>> starts(std::size_t(std::max<qsizetype>(1, limits.size())));
    std::vector<std::vector<std::pair<double, qint64>>> spent(std::size_t(std::max<qsizetype>(1, tokenWindows.size())));
    for (;;) {
        int best = -1;
        double bestReady = std::numeric_limits<double>::infinity();
        for (qsizetype i = 0; i < n; ++i) {
            if (placed[i])
                continue;
            double ready = calls[i].notBeforeMs;
            bool ok = true;
            for (const auto &d : calls[i].deps) {
                if (d.call < 0 || d.call >= n || !placed[d.call] || out.start[d.call] < 0) {
                    ok = false;
                    break;
                }
                ready = std::max(ready, out.start[d.call] + d.offsetMs);
            }
            if (ok && ready < bestReady) {
                bestReady = ready;
                best = int(i);
            }
        }
        if (best < 0)
            break;
        const PlannedCall &c = calls[best];
        const bool limited = c.provider >= 0 && c.provider < limits.size();
        const bool pooled = c.tokenPool >= 0 && c.tokenPool < tokenWindows.size();
        double start = bestReady;
        for (int round = 0; round < 1000; ++round) { // both windows at once: to a fixed point
            double t = limited ? earliestStart(starts[std::size_t(c.provider)], start, limits[c.provider]) : start;
            if (pooled)
                t = earliestTokenStart(spent[std::size_t(c.tokenPool)], t, c.tokens, tokenWindows[c.tokenPool]);
            if (t <= start)
                break;
            start = t;
        }
        if (limited)
            starts[std::size_t(c.provider)].push_back(start);
        if (pooled)
            spent[std::size_t(c.tokenPool)].emplace_back(start, c.tokens);
        out.start[best] = start;
        out.end[best] = start + c.durationMs;
        placed[best] = true;
        out.makespanMs = std::max(out.makespanMs, out.end[best]);
    }
    return out;
}

SeedResult simulateSeed(const SeedInput &input)
{
    QList<PlannedCall> calls;
    PlannedCall extraction;
    extraction.provider = -1;
    extraction.durationMs = input.extractionMs;
    calls.append(extraction);
    const auto batches = std::min(input.discoveryMs.size(), input.generationMs.size());
    for (qsizetype b = 0; b < batches; ++b) {
        PlannedCall discovery;
        discovery.provider = 0;
        discovery.durationMs = input.discoveryMs[b];
        discovery.deps.append({ 0, input.extractionMs + double(b) * input.staggerMs });
        calls.append(discovery);
        PlannedCall generation;
        generation.provider = -1; // the original did not rate-limit its Groq calls
        generation.durationMs = input.generationMs[b];
        generation.deps.append({ int(calls.size()) - 1, input.discoveryMs[b] });
        calls.append(generation);
    }
    const Schedule s = scheduleCalls(calls, { input.discoveryLimit });
    SeedResult r;
    r.makespanMs = s.makespanMs;
    r.firstQuestionMs = std::numeric_limits<double>::infinity();
    for (qsizetype i = 2; i < calls.size(); i += 2)
        r.firstQuestionMs = std::min(r.firstQuestionMs, s.end[i]);
    if (batches == 0)
        r.firstQuestionMs = 0;
    return r;
}

double windowUtilisation(std::vector<double> starts, const WindowLimit &limit)
{
    const auto n = qsizetype(starts.size());
    if (limit.requests <= 0 || n <= limit.requests)
        return 0;
    std::sort(starts.begin(), starts.end());
    const double span = starts.back() - starts.front();
    if (span <= 0)
        return 0;
    const double achievedPerWindow = double(n - limit.requests) * limit.windowMs / span;
    return achievedPerWindow / double(limit.requests);
}

} // namespace ip::bench
