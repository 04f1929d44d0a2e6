#pragma once

#include "session/Attempt.h"
#include "session/RunState.h"
#include "settings/Settings.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace ip {

// How a saved run stands. InProgress on disk after the app is gone means the run was interrupted
// (crash, kill, power cut): it can be continued like a partial one.
enum class SessionOutcome { InProgress, Complete, Partial, Cancelled, Failed };

QString toString(SessionOutcome outcome); // "in-progress", "complete", "partial", "cancelled", "failed"
std::optional<SessionOutcome> sessionOutcomeFromString(const QString &text);
SessionOutcome sessionOutcomeFrom(RunSummary::Outcome outcome);

// The settings that shape a run's output, saved with it. Nothing else of Settings is stored
// (no URLs, limits or UI options; Settings never holds secrets anyway).
struct RunSettings
{
    int skillCount = Settings().skillCount;
    int batchSize = Settings().batchSize;
    int questionsPerSkill = Settings().questionsPerSkill;
    bool groundingEnabled = Settings().groundingEnabled;
    QString questionLanguage;
    QString targetLevel; // Settings::targetLevel
    QString skillModel = Settings().skillModel;
    QString discoveryModel = Settings().discoveryModel;
    QString questionModel = Settings().questionModel;

    static RunSettings from(const Settings &settings);
    // `current` with this run's shape and models: what continuing the run should use, so the
    // finished report reads as one run (limits, timeouts and addresses stay the current ones).
    [[nodiscard]] Settings appliedTo(Settings current) const;

    friend bool operator==(const RunSettings &, const RunSettings &) = default;
};

struct SessionMeta
{
    QString id; // also the file's base name: see newSessionId()
    QDateTime createdAt;
    QDateTime updatedAt;
    SessionOutcome outcome = SessionOutcome::InProgress;
    QString resumePath; // the resume's original path, to read it again when continuing
    QString appVersion; // of the app that wrote the file (informational)

    friend bool operator==(const SessionMeta &, const SessionMeta &) = default;
};

// One run as saved on disk: what happened (RunState) and how it was asked for.
struct Session
{
    SessionMeta meta;
    RunSettings settings;
    RunState run;
    // Practice answers on this run's questions and their follow-ups, in the order they were graded.
    QList<PracticeAttempt> attempts;

    // Not complete (partial, cancelled, failed or interrupted) and work is left that a
    // continuation could do (see planContinuation in session/ContinuePlan.h).
    [[nodiscard]] bool canContinue() const;

    friend bool operator==(const Session &, const Session &) = default;
};

// "20250304-050607-1a2b3c4d": the UTC time (sorts by date) and 32 random bits.
QString newSessionId(const QDateTime &now, quint32 random);
QString newSessionId(); // now, QRandomGenerator::system()
// Letters, digits, '-' and '_', 1..100 characters: safe as a file name, never a path.
bool isValidSessionId(const QString &id);

// A new session for a run that is about to start (id, timestamps, settings, resume path).
Session newSession(const QString &resumePath, const Settings &settings, const QDateTime &now = {});

// SHA-256 (lowercase hex) of the extracted text, as RunState::resumeSha256 holds it.
QString resumeTextSha256(const QString &text);

} // namespace ip

Q_DECLARE_METATYPE(ip::SessionOutcome)
