#include "LatencyModel.h"

#include <cmath>

namespace ip::bench {

namespace {

// FNV-1a over UTF-16 code units, then a SplitMix64 finaliser: stable across runs and platforms.
quint64 mix(quint64 seed, const QString &key)
{
    quint64 h = 1469598103934665603ULL ^ seed;
    for (const QChar c : key) {
        h ^= c.unicode();
        h *= 1099511628211ULL;
    }
    h += 0x9E3779B97F4A7C15ULL;
    h = (h ^ (h >> 30)) * 0xBF58476D1CE4E5B9ULL;
    h = (h ^ (h >> 27)) * 0x94D049BB133111EBULL;
    return h ^ (h >> 31);
}

} // namespace

double LatencyModel::jitterFactor(const QString &key) const
{
    const double unit = double(mix(seed, key) >> 11) / double(1ULL << 53); // [0, 1)
    return 1.0 + jitter * (2.0 * unit - 1.0);
}

double LatencyModel::skillsCall(const QString &key) const
{
    return scaled(skillsMs) * jitterFactor(key);
}

double LatencyModel::discoveryCall(const QString &key) const
{
    return scaled(discoveryMs) * jitterFactor(key);
}

double LatencyModel::questionsFirstToken(const QString &key) const
{
    return scaled(firstTokenMs) * jitterFactor(key);
}

double LatencyModel::tokensMs(const QString &key, int tokens) const
{
    return scaled(1000.0 * tokens / tokensPerSecond) * jitterFactor(key);
}

double LatencyModel::questionsCall(const QString &key, int completionTokens) const
{
    return questionsFirstToken(key) + tokensMs(key, completionTokens);
}

QString skillsKey(const QString &resumeKey, int occurrence)
{
    return QStringLiteral("skills|%1|%2").arg(resumeKey).arg(occurrence);
}

QString discoveryKey(const QStringList &skills, int occurrence)
{
    return QStringLiteral("discovery|%1|%2").arg(skills.join(QLatin1Char(';'))).arg(occurrence);
}

QString questionsKey(const QStringList &skills, int occurrence)
{
    return QStringLiteral("questions|%1|%2").arg(skills.join(QLatin1Char(';'))).arg(occurrence);
}

int tokensOf(const QString &text)
{
    return int((text.size() + 3) / 4);
}

} // namespace ip::bench
