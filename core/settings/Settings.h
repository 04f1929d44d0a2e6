#pragma once

#include <QString>
#include <QUrl>

namespace ip {

// Every option of the app, with the original web app's defaults. A plain value:
// SettingsStore (settings/SettingsStore.h) loads and saves it through QSettings with
// validation; the valid range of each number is in settings/SettingRanges.h. No secrets, ever.
struct Settings
{
    // Pipeline shape
    int skillCount = 9;
    int batchSize = 3;
    int maxConcurrentBatches = 3;
    int discoveryConcurrency = 3;
    int questionsPerSkill = 8;
    int safeTokenLimit = 50'000;
    bool groundingEnabled = true;
    QString questionLanguage; // empty = the UI language

    // Providers
    QUrl groqBaseUrl = QUrl(QStringLiteral("https://api.groq.com/openai/v1"));
    QUrl geminiBaseUrl = QUrl(QStringLiteral("https://generativelanguage.googleapis.com/v1beta"));
    QString skillModel = QStringLiteral("openai/gpt-oss-20b");
    QString discoveryModel = QStringLiteral("gemini-2.5-flash");
    QString questionModel = QStringLiteral("openai/gpt-oss-120b");

    // Limits
    int groqRequestsPerMinute = 30;
    int groqTokensPerMinute = 8'000; // 0 = off
    int geminiRequestsPerMinute = 5;
    int geminiTokensPerMinute = 250'000; // 0 = off
    int requestTimeoutSec = 120;
    int firstByteTimeoutSec = 60;
    int maxRetries = 4; // attempts after the first
    qint64 maxFileBytes = 10LL * 1024 * 1024;
    int maxPages = 50;
    int maxTextChars = 200'000;

    // UI
    QString uiLanguage; // empty = system locale
};

} // namespace ip
