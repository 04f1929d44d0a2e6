#pragma once

#include "session/JsonReader.h"
#include "session/Session.h"

#include <QJsonObject>

namespace ip::sessionjson {

// The parts of a session file (schema_version 1), each both ways. Writers are total; readers
// record the first problem in the JsonReader (with the member's path) and return defaults.
QJsonObject toJson(const RunState &run);
RunState runStateFromJson(const QJsonObject &object, JsonReader &reader, const QString &path);

QJsonObject toJson(const RunSettings &settings);
RunSettings runSettingsFromJson(const QJsonObject &object, JsonReader &reader, const QString &path);

// "job" (a run with a job only): {"text", "gaps": [{"skill", "adjacent", "advice", "questions", "error"}]}.
QJsonObject toJson(const JobGap &gap);
JobGap jobGapFromJson(const QJsonObject &object, JsonReader &reader, const QString &path);

QJsonObject toJson(const SkillResult &skill);
SkillResult skillFromJson(const QJsonObject &object, JsonReader &reader, const QString &path);

QJsonArray toJson(const QList<Source> &sources);
QList<Source> sourcesFromJson(const QJsonArray &array, JsonReader &reader, const QString &path);

// Questions: a question with nothing but its text is a string (as every run before issue 15 saved
// them), one with details an object {"text", "difficulty", "category", "evidence", "key_points":
// [{"text", "source"}]} with only the members that say something. Reading takes both; a category
// this version does not know reads as none said.
QJsonArray toJson(const QList<Question> &questions);
QList<Question> questionsFromJson(const QJsonArray &array, JsonReader &reader, const QString &path);

QJsonArray toJson(const QStringList &strings);
QStringList stringsFromJson(const QJsonArray &array, JsonReader &reader, const QString &path);

// UTC, ISO 8601 with milliseconds; null for an invalid date.
QJsonValue dateToJson(const QDateTime &when);
QDateTime dateFromJson(const QJsonObject &parent, const QString &key, JsonReader &reader, const QString &path,
                       bool required);

} // namespace ip::sessionjson
