#pragma once

#include <QString>
#include <QUrl>

namespace ip {

// Every option of the app, with the original web app's defaults. A plain value:
// SettingsStore (settings/SettingsStore.h) loads and saves it through QSettings with
// validation. No secrets, ever.
struct Settings
{
    // Pipeline shape
    int skillCount = 9; // 1..30
    int batchSize = 3; // 1..10
    int maxConcurrentBatches = 3; // 1..10
    int discoveryConcurrency = 3; // 1..10
    int questionsPerSkill = 8; // 1..30
    int safeTokenLimit = 50'000; // 1000..1'000'000
    bool groundingEnabled = true;
    QString questionLanguage; // empty = the UI language

    // Providers
    QUrl groqBaseUrl = QUrl(QStringLiteral("https://api.groq.com/openai/v1"));
    QUrl geminiBaseUrl = QUrl(QStringLiteral("https://generativelanguage.googleapis.com/v1beta"));
    QString skillModel = QStringLiteral("openai/gpt-oss-20b");
    QString discoveryModel = QStringLiteral("gemini-2.5-flash");
    QString questionModel = QStringLiteral("openai/gpt-oss-120b");

    // Limits
    int groqRequestsPerMinute = 30; // 1..10000
    int groqTokensPerMinute = 8'000; // 0 (off)..10'000'000
    int geminiRequestsPerMinute = 5; // 1..10000
    int geminiTokensPerMinute = 250'000; // 0 (off)..10'000'000
    int requestTimeoutSec = 120; // 5..600
    int firstByteTimeoutSec = 60; // 5..600
    int maxRetries = 4; // 0..10 (attempts after the first)
    qint64 maxFileBytes = 10LL * 1024 * 1024; // 1 KiB..100 MiB
    int maxPages = 50; // 1..2000
    int maxTextChars = 200'000; // 1000..5'000'000

    // UI
    QString uiLanguage; // empty = system locale
};

} // namespace ip
