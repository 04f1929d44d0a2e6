#include "session/JsonReader.h"

#include <QCoreApplication>

#include <cmath>

namespace ip {

namespace {

// Messages in the context "ip::SessionFile"; lupdate reads Tr::tr() calls under that name.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ip::SessionFile)
};

QString describe(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null: return Tr::tr("nothing");
    case QJsonValue::Bool: return Tr::tr("true or false");
    case QJsonValue::Double: return Tr::tr("a number");
    case QJsonValue::String: return Tr::tr("text");
    case QJsonValue::Array: return Tr::tr("a list");
    case QJsonValue::Object: return Tr::tr("an object");
    case QJsonValue::Undefined: break;
    }
    return Tr::tr("nothing");
}

} // namespace

void JsonReader::fail(const QString &problem)
{
    if (m_error.isEmpty())
        m_error = problem;
}

QString JsonReader::member(const QString &path, const QString &key)
{
    return path.isEmpty() ? key : path + u'.' + key;
}

QString JsonReader::element(const QString &path, qsizetype index)
{
    return QStringLiteral("%1[%2]").arg(path).arg(index);
}

QString JsonReader::missing(const QString &path)
{
    return Tr::tr("“%1” is missing").arg(path);
}

QString JsonReader::wrongType(const QString &path, const QString &expected)
{
    return Tr::tr("“%1” should be %2").arg(path, expected);
}

QString JsonReader::unknownValue(const QString &path, const QString &value)
{
    // Long values are cut: the message is for a person, not a dump of the file.
    const QString shown = value.size() > 40 ? value.left(40) + QStringLiteral("…") : value;
    return Tr::tr("“%1” has an unknown value “%2”").arg(path, shown);
}

const QJsonValue *JsonReader::present(const QJsonObject &parent, const QString &key, const QString &path, bool required,
                                      QJsonValue &slot)
{
    slot = parent.value(key);
    if (slot.isUndefined() || slot.isNull()) {
        if (required)
            fail(missing(path));
        return nullptr;
    }
    return &slot;
}

QJsonObject JsonReader::object(const QJsonObject &parent, const QString &key, const QString &path, bool required)
{
    QJsonValue slot;
    if (const QJsonValue *v = present(parent, key, path, required, slot))
        return object(*v, path);
    return {};
}

QJsonArray JsonReader::array(const QJsonObject &parent, const QString &key, const QString &path, bool required)
{
    QJsonValue slot;
    const QJsonValue *v = present(parent, key, path, required, slot);
    if (!v)
        return {};
    if (!v->isArray()) {
        fail(wrongType(path, Tr::tr("a list")) + QStringLiteral(" (") + describe(*v) + u')');
        return {};
    }
    return v->toArray();
}

QString JsonReader::string(const QJsonObject &parent, const QString &key, const QString &path, bool required)
{
    QJsonValue slot;
    if (const QJsonValue *v = present(parent, key, path, required, slot))
        return string(*v, path);
    return {};
}

bool JsonReader::boolean(const QJsonObject &parent, const QString &key, const QString &path, bool fallback)
{
    QJsonValue slot;
    const QJsonValue *v = present(parent, key, path, false, slot);
    if (!v)
        return fallback;
    if (!v->isBool()) {
        fail(wrongType(path, Tr::tr("true or false")));
        return fallback;
    }
    return v->toBool();
}

qint64 JsonReader::integer(const QJsonObject &parent, const QString &key, const QString &path, qint64 fallback,
                           qint64 min, qint64 max)
{
    QJsonValue slot;
    if (const QJsonValue *v = present(parent, key, path, false, slot))
        return integer(*v, path, min, max);
    return fallback;
}

QString JsonReader::string(const QJsonValue &value, const QString &path)
{
    if (!value.isString()) {
        fail(wrongType(path, Tr::tr("text")) + QStringLiteral(" (") + describe(value) + u')');
        return {};
    }
    return value.toString();
}

QJsonObject JsonReader::object(const QJsonValue &value, const QString &path)
{
    if (!value.isObject()) {
        fail(wrongType(path, Tr::tr("an object")) + QStringLiteral(" (") + describe(value) + u')');
        return {};
    }
    return value.toObject();
}

qint64 JsonReader::integer(const QJsonValue &value, const QString &path, qint64 min, qint64 max)
{
    if (!value.isDouble()) {
        fail(wrongType(path, Tr::tr("a whole number")) + QStringLiteral(" (") + describe(value) + u')');
        return min;
    }
    const double d = value.toDouble();
    // 2^53: beyond it doubles skip integers, and the cast below would be undefined for huge values.
    constexpr double kExact = 9007199254740992.0;
    if (!std::isfinite(d) || d != std::floor(d) || d < -kExact || d > kExact) {
        fail(wrongType(path, Tr::tr("a whole number")));
        return min;
    }
    const auto n = static_cast<qint64>(d);
    if (n < min || n > max) {
        fail(Tr::tr("“%1” is out of range (%2)").arg(path).arg(n));
        return min;
    }
    return n;
}

} // namespace ip
