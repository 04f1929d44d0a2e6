#pragma once

#include "common/Result.h"
#include "session/Session.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace ip {

// The session file: one JSON object per run, "schema_version": 1.
//
// { "schema_version": 1, "id", "created_at", "updated_at", "outcome", "app_version",
//   "resume":   { "file_name", "sha256", "original_path" },
//   "settings": { "skill_count", "batch_size", "questions_per_skill", "grounding_enabled",
//                 "question_language", "skill_model", "discovery_model", "question_model" },
//   "run":      { "generated_at", "models": {stage: model}, "prompt_versions": {name: version},
//                 "skills": [ { "name", "state", "context", "context_reason", "context_text",
//                               "retry_discovery", "sources": [{"title", "url"}], "questions": [],
//                               "error" } ],
//                 "usage": { "requests", "prompt_tokens", "completion_tokens" }, "error" },
//   "practice": [ attempt, … ] }
//
// "practice" (issue 16): the practice answers on the run's questions, in the order they were
// graded, as session/AttemptJson.h writes them; only in a session that has any. Older readers
// ignore it (an unknown member), so it keeps version 1. Reading it is lenient: a damaged attempt
// is left out, and a "practice" that is not a list reads as none, without failing the session.
//
// Dates are UTC ISO 8601 with milliseconds. No secret is ever part of a session (RunState and
// RunSettings hold none). Unknown members are ignored, so adding optional ones keeps version 1;
// a change old readers would misread bumps the version and adds a migration step.

inline constexpr int kSessionSchemaVersion = 1;
inline constexpr qint64 kMaxSessionFileBytes = 32LL * 1024 * 1024;

struct SessionError
{
    enum class Kind {
        Unreadable, // the file could not be opened or read
        Damaged, // not JSON, not a session, wrong types, unknown values, too large
        NewerVersion, // written by a newer app (schema_version above ours)
    };
    Kind kind = Kind::Damaged;
    QString message; // one translated sentence naming the file
};

// Pure: never fails, deterministic for a given session.
QByteArray serialiseSession(const Session &session);

// Pure and total (any bytes, no crash): the session, or a sentence naming `fileName`.
Result<Session, SessionError> parseSession(const QByteArray &bytes, const QString &fileName);

// Brings an older file's root object up to kSessionSchemaVersion, one step per version.
// Error: what went wrong, for the "damaged" sentence.
Result<QJsonObject, QString> migrateSessionJson(QJsonObject root, int fromVersion);

// I/O around the pure functions. Reading refuses files over kMaxSessionFileBytes; writing is
// atomic (see session/AtomicFile.h).
Result<Session, SessionError> readSessionFile(const QString &path);

} // namespace ip
