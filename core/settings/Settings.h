#pragma once

#include "settings/Prices.h"

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
    // The resume's personal data (name, contact details, date of birth, ids) replaced by placeholders
    // in everything sent to a provider, and put back in what the window and the reports show.
    bool redactPersonalData = true;
    // Before the first request of a run to each provider, the window shows exactly what will be sent
    // and waits for "Send" (the command line never waits; --show-sent prints it instead).
    bool previewBeforeSending = false;
    QString questionLanguage; // empty = the UI language
    // The level of the role the person prepares for: "junior", "mid", "senior" or "staff" shapes the
    // questions' depth (--level); empty = not said (questions for any level).
    QString targetLevel;
    // After the skills are extracted, the window pauses on an editable list of them before any
    // question is written (the drop page's choice; the command line uses --skills instead).
    bool reviewSkills = false;
    // Each question comes with three key points a strong answer covers (issue 15). About a third of
    // a question's output tokens: off makes a free-tier run about as fast as before the details.
    bool keyPoints = true;
    // Reasoning effort per stage for reasoning models (gpt-oss: hidden reasoning tokens count in
    // Groq's tokens per minute). "low" for both: picking skills from a resume needs little thought,
    // and questions are built from the research notes; at "low" the three question calls of a
    // resume take two 8,000-token free-tier minutes with question details (one with plain questions),
    // at "medium" (≈800 reasoning tokens an answer, and a larger output budget declared at
    // admission) they queue for more.
    QString skillReasoningEffort = QStringLiteral("low");
    QString questionReasoningEffort = QStringLiteral("low");

    // Providers
    QUrl groqBaseUrl = QUrl(QStringLiteral("https://api.groq.com/openai/v1"));
    QUrl geminiBaseUrl = QUrl(QStringLiteral("https://generativelanguage.googleapis.com/v1beta"));
    QString skillModel = QStringLiteral("openai/gpt-oss-20b");
    QString discoveryModel = QStringLiteral("gemini-2.5-flash");
    QString questionModel = QStringLiteral("openai/gpt-oss-120b");

    // Offline mode (Settings ▸ Privacy, --offline): skills and questions from a server on this
    // computer (Ollama or any OpenAI-compatible server at localBaseUrl, model localModel), no web
    // research; nothing is sent anywhere else. The cloud settings above stay as they are for when it
    // is switched off (see offlineApplied in settings/OfflineMode.h).
    bool offlineMode = false;
    QUrl localBaseUrl = QUrl(QStringLiteral("http://localhost:11434/v1"));
    QString localModel; // empty: offline mode cannot start until one is chosen

    // Speech (issue 17): answers spoken and transcribed by an OpenAI-compatible /audio/transcriptions
    // endpoint (Groq's by default). Its key: the Groq key, also for another remote host; none for a
    // server on this computer. Keys are never settings.
    QUrl speechBaseUrl = QUrl(QStringLiteral("https://api.groq.com/openai/v1"));
    QString speechModel = QStringLiteral("whisper-large-v3-turbo");
    bool keepRecordings = false; // keep the WAV of each spoken answer with the run
    bool readQuestionsAloud = false; // text to speech of each question
    QString speechVoice; // the text-to-speech voice's name; empty = the engine's default
    double speechRate = 0; // text-to-speech rate, -1 (slow) .. 1 (fast)

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
    // Scanned resumes and photos (text recognition): on, and the language read besides English
    // (a code: "de", "ar"); empty = the UI's and the questions' languages.
    bool ocrEnabled = true;
    QString ocrLanguage;

    // What the person pays (Settings ▸ Prices; none by default: the app never guesses a price).
    Prices prices;

    // UI
    QString uiLanguage; // empty = system locale
};

// "junior", "mid", "senior", "staff" (Settings::targetLevel; empty is "not said", not a level).
inline bool isTargetLevel(const QString &level)
{
    return level == QLatin1String("junior") || level == QLatin1String("mid") || level == QLatin1String("senior")
        || level == QLatin1String("staff");
}

// "low", "medium" or "high".
inline bool isReasoningEffort(const QString &effort)
{
    return effort == QLatin1String("low") || effort == QLatin1String("medium") || effort == QLatin1String("high");
}

} // namespace ip
