#include "session/AttemptJson.h"

#include "session/JsonReader.h"
#include "session/SessionJson.h"

#include <QSet>

namespace ip {

namespace {

// Generous: only catches damage (a negative or runaway index).
constexpr qint64 kMaxIndex = 1'000'000;

QJsonValue indexOrNull(int index)
{
    return index >= 0 ? QJsonValue(index) : QJsonValue();
}

QString member(const QString &path, const char *key)
{
    return JsonReader::member(path, QLatin1String(key));
}

PracticeGrade readGrade(const QJsonObject &o, JsonReader &reader, const QString &path)
{
    const auto score = [&](const char *key) {
        // Required: a grade without its scores is not a grade.
        const QString at = member(path, key);
        if (!o.contains(QLatin1String(key)) || o.value(QLatin1String(key)).isNull()) {
            reader.fail(JsonReader::missing(at));
            return 0;
        }
        return int(reader.integer(o, QLatin1String(key), at, 0, kMinScore, kMaxScore));
    };
    PracticeGrade grade;
    grade.correct = score("correct");
    grade.depth = score("depth");
    grade.tradeOffs = score("trade_offs");
    grade.clarity = score("clarity");
    grade.overall = score("overall");
    grade.feedback = reader.string(o, QStringLiteral("feedback"), member(path, "feedback"));

    const QString pointsPath = member(path, "key_points");
    const QJsonArray points = reader.array(o, QStringLiteral("key_points"), pointsPath, false);
    for (qsizetype i = 0; i < points.size() && reader.ok(); ++i) {
        const QString at = JsonReader::element(pointsPath, i);
        const QJsonObject p = reader.object(points.at(i), at);
        KeyPointVerdict verdict;
        verdict.point = int(reader.integer(p, QStringLiteral("point"), member(at, "point"), -1, -1, kMaxIndex));
        verdict.covered = reader.boolean(p, QStringLiteral("covered"), member(at, "covered"), false);
        verdict.judgement = reader.string(p, QStringLiteral("judgement"), member(at, "judgement"));
        verdict.source = int(reader.integer(p, QStringLiteral("source"), member(at, "source"), -1, -1, kMaxIndex));
        grade.keyPoints.append(verdict);
    }
    grade.strongerAnswer = reader.string(o, QStringLiteral("stronger_answer"), member(path, "stronger_answer"));
    grade.strongerQuotes = sessionjson::stringsFromJson(
        reader.array(o, QStringLiteral("stronger_quotes"), member(path, "stronger_quotes"), false), reader,
        member(path, "stronger_quotes"));
    grade.strongerWithheld = reader.string(o, QStringLiteral("stronger_withheld"), member(path, "stronger_withheld"));
    grade.followUp = reader.string(o, QStringLiteral("follow_up"), member(path, "follow_up"));
    grade.dontKnow = reader.boolean(o, QStringLiteral("dont_know"), member(path, "dont_know"), false);
    return grade;
}

} // namespace

QJsonObject toJson(const PracticeGrade &grade)
{
    QJsonArray points;
    for (const KeyPointVerdict &verdict : grade.keyPoints)
        points.append(QJsonObject {
            { QStringLiteral("point"), verdict.point },
            { QStringLiteral("covered"), verdict.covered },
            { QStringLiteral("judgement"), verdict.judgement },
            { QStringLiteral("source"), indexOrNull(verdict.source) },
        });
    return QJsonObject {
        { QStringLiteral("correct"), grade.correct },
        { QStringLiteral("depth"), grade.depth },
        { QStringLiteral("trade_offs"), grade.tradeOffs },
        { QStringLiteral("clarity"), grade.clarity },
        { QStringLiteral("overall"), grade.overall },
        { QStringLiteral("feedback"), grade.feedback },
        { QStringLiteral("key_points"), points },
        { QStringLiteral("stronger_answer"), grade.strongerAnswer },
        { QStringLiteral("stronger_quotes"), QJsonArray::fromStringList(grade.strongerQuotes) },
        { QStringLiteral("stronger_withheld"), grade.strongerWithheld },
        { QStringLiteral("follow_up"), grade.followUp },
        { QStringLiteral("dont_know"), grade.dontKnow },
    };
}

std::optional<PracticeGrade> gradeFromJson(const QJsonObject &object)
{
    JsonReader reader;
    PracticeGrade grade = readGrade(object, reader, QStringLiteral("grade"));
    if (!reader.ok())
        return std::nullopt;
    return grade;
}

QJsonObject toJson(const PracticeAttempt &attempt)
{
    QJsonArray rubric;
    for (const KeyPoint &point : attempt.rubric)
        rubric.append(QJsonObject { { QStringLiteral("text"), point.text },
                                    { QStringLiteral("source"), indexOrNull(point.source) } });
    QJsonObject o {
        { QStringLiteral("id"), attempt.id },
        { QStringLiteral("skill"), attempt.skill },
        { QStringLiteral("question"), attempt.question },
        { QStringLiteral("parent_id"), attempt.parentId },
        { QStringLiteral("depth"), attempt.depth },
        { QStringLiteral("answer"), attempt.answer },
        { QStringLiteral("rubric"), rubric },
        { QStringLiteral("at"), sessionjson::dateToJson(attempt.at) },
        { QStringLiteral("model"), attempt.model },
        { QStringLiteral("graded"), attempt.graded },
        { QStringLiteral("error"), attempt.error },
        { QStringLiteral("grade"), toJson(attempt.grade) },
    };
    if (!attempt.recording.isEmpty()) // only then: files without recordings stay as they were
        o.insert(QStringLiteral("recording"), attempt.recording);
    return o;
}

std::optional<PracticeAttempt> attemptFromJson(const QJsonObject &o)
{
    JsonReader reader;
    const QString path = QStringLiteral("practice");
    PracticeAttempt attempt;
    attempt.id = reader.string(o, QStringLiteral("id"), member(path, "id"), true);
    if (reader.ok() && attempt.id.isEmpty())
        return std::nullopt;
    attempt.skill = reader.string(o, QStringLiteral("skill"), member(path, "skill"));
    attempt.question = reader.string(o, QStringLiteral("question"), member(path, "question"));
    attempt.parentId = reader.string(o, QStringLiteral("parent_id"), member(path, "parent_id"));
    attempt.depth = int(reader.integer(o, QStringLiteral("depth"), member(path, "depth"), 0, 0, kMaxPracticeDepth));
    attempt.answer = reader.string(o, QStringLiteral("answer"), member(path, "answer"));

    const QString rubricPath = member(path, "rubric");
    const QJsonArray rubric = reader.array(o, QStringLiteral("rubric"), rubricPath, false);
    for (qsizetype i = 0; i < rubric.size() && reader.ok(); ++i) {
        const QString at = JsonReader::element(rubricPath, i);
        const QJsonObject p = reader.object(rubric.at(i), at);
        KeyPoint point;
        point.text = reader.string(p, QStringLiteral("text"), member(at, "text"), true);
        point.source = int(reader.integer(p, QStringLiteral("source"), member(at, "source"), -1, -1, kMaxIndex));
        attempt.rubric.append(point);
    }
    attempt.at = sessionjson::dateFromJson(o, QStringLiteral("at"), reader, member(path, "at"), false);
    attempt.model = reader.string(o, QStringLiteral("model"), member(path, "model"));
    attempt.graded = reader.boolean(o, QStringLiteral("graded"), member(path, "graded"), false);
    attempt.error = reader.string(o, QStringLiteral("error"), member(path, "error"));
    attempt.recording = reader.string(o, QStringLiteral("recording"), member(path, "recording"));
    const QJsonObject grade = reader.object(o, QStringLiteral("grade"), member(path, "grade"), false);
    if (reader.ok() && o.contains(QStringLiteral("grade")) && !o.value(QStringLiteral("grade")).isNull())
        attempt.grade = readGrade(grade, reader, member(path, "grade"));
    if (!reader.ok())
        return std::nullopt;
    return attempt;
}

QJsonArray toJson(const QList<PracticeAttempt> &attempts)
{
    QJsonArray out;
    for (const PracticeAttempt &attempt : attempts)
        out.append(toJson(attempt));
    return out;
}

QList<PracticeAttempt> attemptsFromJson(const QJsonValue &value)
{
    QList<PracticeAttempt> out;
    if (!value.isArray())
        return out;
    const QJsonArray array = value.toArray();
    QSet<QString> ids;
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array.at(i).isObject())
            continue;
        std::optional<PracticeAttempt> attempt = attemptFromJson(array.at(i).toObject());
        if (!attempt || ids.contains(attempt->id))
            continue;
        ids.insert(attempt->id);
        out.append(std::move(*attempt));
    }
    return out;
}

} // namespace ip
