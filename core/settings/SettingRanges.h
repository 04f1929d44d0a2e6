#pragma once

#include "settings/Settings.h"

namespace ip {

// The stored key and the valid range of every numeric setting, written once: SettingsStore replaces
// a stored value outside its range by the default, and the Limits page of the settings window
// offers exactly this range in its spin boxes.
template<typename T>
struct RangedSetting
{
    const char *key; // in QSettings: "group/name"
    T Settings::*member;
    T min;
    T max;
};

inline constexpr RangedSetting<int> kIntSettings[] = {
    { "pipeline/skillCount", &Settings::skillCount, 1, 30 },
    { "pipeline/batchSize", &Settings::batchSize, 1, 10 },
    { "pipeline/maxConcurrentBatches", &Settings::maxConcurrentBatches, 1, 10 },
    { "pipeline/discoveryConcurrency", &Settings::discoveryConcurrency, 1, 10 },
    { "pipeline/questionsPerSkill", &Settings::questionsPerSkill, 1, 30 },
    { "pipeline/safeTokenLimit", &Settings::safeTokenLimit, 1000, 1'000'000 },
    { "limits/groqRequestsPerMinute", &Settings::groqRequestsPerMinute, 1, 10'000 },
    { "limits/groqTokensPerMinute", &Settings::groqTokensPerMinute, 0, 10'000'000 },
    { "limits/geminiRequestsPerMinute", &Settings::geminiRequestsPerMinute, 1, 10'000 },
    { "limits/geminiTokensPerMinute", &Settings::geminiTokensPerMinute, 0, 10'000'000 },
    { "limits/requestTimeoutSec", &Settings::requestTimeoutSec, 5, 600 },
    { "limits/firstByteTimeoutSec", &Settings::firstByteTimeoutSec, 5, 600 },
    { "limits/maxRetries", &Settings::maxRetries, 0, 10 },
    { "limits/maxPages", &Settings::maxPages, 1, 2000 },
    { "limits/maxTextChars", &Settings::maxTextChars, 1000, 5'000'000 },
};

inline constexpr RangedSetting<qint64> kInt64Settings[] = {
    { "limits/maxFileBytes", &Settings::maxFileBytes, 1024, 100LL * 1024 * 1024 },
};

template<typename T>
struct SettingRange
{
    T min;
    T max;
};

namespace detail {
// Never defined: reached only when settingRange() is asked for a member that has no row above,
// which makes that call a compile-time error.
void notARangedSetting();
} // namespace detail

// The range of one setting, at compile time: settingRange(&Settings::skillCount) is {1, 30}.
consteval SettingRange<int> settingRange(int Settings::*member)
{
    for (const RangedSetting<int> &s : kIntSettings)
        if (s.member == member)
            return { s.min, s.max };
    detail::notARangedSetting();
    return {};
}

consteval SettingRange<qint64> settingRange(qint64 Settings::*member)
{
    for (const RangedSetting<qint64> &s : kInt64Settings)
        if (s.member == member)
            return { s.min, s.max };
    detail::notARangedSetting();
    return {};
}

} // namespace ip
