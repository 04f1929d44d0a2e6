#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <limits>

namespace ip {

// Reads typed values out of parsed JSON defensively, for the session and cache files: a missing
// required member, a wrong type or an out-of-range number records the first problem, with the
// member's path ("run.skills[2].questions"), as one translated sentence; reading then goes on
// returning defaults so callers check ok() once per object instead of after every read.
// Optional members that are absent or null give the fallback.
class JsonReader
{
public:
    [[nodiscard]] bool ok() const { return m_error.isEmpty(); }
    [[nodiscard]] const QString &error() const { return m_error; }
    void fail(const QString &problem);

    QJsonObject object(const QJsonObject &parent, const QString &key, const QString &path, bool required);
    QJsonArray array(const QJsonObject &parent, const QString &key, const QString &path, bool required);
    QString string(const QJsonObject &parent, const QString &key, const QString &path, bool required = false);
    bool boolean(const QJsonObject &parent, const QString &key, const QString &path, bool fallback);
    qint64 integer(const QJsonObject &parent, const QString &key, const QString &path, qint64 fallback, qint64 min = 0,
                   qint64 max = std::numeric_limits<qint64>::max());

    // Array elements and map values.
    QString string(const QJsonValue &value, const QString &path);
    QJsonObject object(const QJsonValue &value, const QString &path);
    qint64 integer(const QJsonValue &value, const QString &path, qint64 min, qint64 max);

    // "path.key", "path[i]"
    static QString member(const QString &path, const QString &key);
    static QString element(const QString &path, qsizetype index);

    // Common sentences (also for callers' own checks).
    static QString missing(const QString &path);
    static QString wrongType(const QString &path, const QString &expected); // expected: "text", "a list"…
    static QString unknownValue(const QString &path, const QString &value);

private:
    // nullptr when absent or null and not required (a problem is recorded when required).
    const QJsonValue *present(const QJsonObject &parent, const QString &key, const QString &path, bool required,
                              QJsonValue &slot);

    QString m_error;
};

} // namespace ip
