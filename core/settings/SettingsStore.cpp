#include "settings/SettingsStore.h"

#include "settings/EnvironmentOverrides.h"
#include "settings/SettingRanges.h"

#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSettings>

#include <cmath>
#include <optional>

Q_LOGGING_CATEGORY(lcSettings, "ip.core.settings")

namespace ip {

namespace {

const QString kVersionKey = QStringLiteral("settingsVersion");
// Prices are stored only when entered: a model's price as one JSON object (model ids hold "/",
// which QSettings would read as groups), grounding as a number.
const QString kModelPricesKey = QStringLiteral("prices/models");
const QString kGroundingPriceKey = QStringLiteral("prices/groundingPerThousand");

struct BoolOption
{
    const char *key;
    bool Settings::*member;
};

struct UrlOption
{
    const char *key;
    QUrl Settings::*member;
};

enum class TextKind { ModelName, OptionalModelName, Language, ReasoningEffort, Level, VoiceName };

struct TextOption
{
    const char *key;
    QString Settings::*member;
    TextKind kind;
};

constexpr BoolOption kBoolOptions[] = {
    { "pipeline/groundingEnabled", &Settings::groundingEnabled },
    { "privacy/redactPersonalData", &Settings::redactPersonalData },
    { "privacy/previewBeforeSending", &Settings::previewBeforeSending },
    { "pipeline/reviewSkills", &Settings::reviewSkills },
    { "pipeline/keyPoints", &Settings::keyPoints },
    { "privacy/offlineMode", &Settings::offlineMode },
    { "resume/ocrEnabled", &Settings::ocrEnabled },
    { "speech/keepRecordings", &Settings::keepRecordings },
    { "speech/readQuestionsAloud", &Settings::readQuestionsAloud },
};

constexpr UrlOption kUrlOptions[] = {
    { "providers/groqBaseUrl", &Settings::groqBaseUrl },
    { "providers/geminiBaseUrl", &Settings::geminiBaseUrl },
    { "privacy/localBaseUrl", &Settings::localBaseUrl },
    { "speech/baseUrl", &Settings::speechBaseUrl },
};

constexpr TextOption kTextOptions[] = {
    { "providers/skillModel", &Settings::skillModel, TextKind::ModelName },
    { "providers/discoveryModel", &Settings::discoveryModel, TextKind::ModelName },
    { "providers/questionModel", &Settings::questionModel, TextKind::ModelName },
    { "privacy/localModel", &Settings::localModel, TextKind::OptionalModelName },
    { "pipeline/questionLanguage", &Settings::questionLanguage, TextKind::Language },
    { "pipeline/targetLevel", &Settings::targetLevel, TextKind::Level },
    { "pipeline/skillReasoningEffort", &Settings::skillReasoningEffort, TextKind::ReasoningEffort },
    { "pipeline/questionReasoningEffort", &Settings::questionReasoningEffort, TextKind::ReasoningEffort },
    { "ui/language", &Settings::uiLanguage, TextKind::Language },
    { "resume/ocrLanguage", &Settings::ocrLanguage, TextKind::Language },
    { "speech/model", &Settings::speechModel, TextKind::ModelName },
    { "speech/voice", &Settings::speechVoice, TextKind::VoiceName },
};

const QString kSpeechRateKey = QStringLiteral("speech/rate");

// The stored value is never part of the message (a user may have pasted something private).
void warnReset(const char *key, const QString &why)
{
    qCWarning(lcSettings, "Setting %s %s; using the default", key, qUtf8Printable(why));
}

std::optional<qint64> toInteger(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Short:
    case QMetaType::UShort: return value.toLongLong();
    case QMetaType::QString:
    case QMetaType::QByteArray: {
        bool ok = false;
        const qint64 n = value.toString().trimmed().toLongLong(&ok);
        if (ok)
            return n;
        return std::nullopt;
    }
    default: return std::nullopt;
    }
}

std::optional<bool> toBool(const QVariant &value)
{
    if (value.typeId() == QMetaType::Bool)
        return value.toBool();
    if (value.typeId() == QMetaType::QString || value.typeId() == QMetaType::QByteArray) {
        const QString text = value.toString().trimmed().toLower();
        if (text == QLatin1String("true") || text == QLatin1String("1"))
            return true;
        if (text == QLatin1String("false") || text == QLatin1String("0"))
            return false;
    }
    if (value.typeId() == QMetaType::Int || value.typeId() == QMetaType::LongLong) {
        const qint64 n = value.toLongLong();
        if (n == 0 || n == 1)
            return n == 1;
    }
    return std::nullopt;
}

bool isPlainString(const QVariant &value)
{
    return value.typeId() == QMetaType::QString || value.typeId() == QMetaType::QByteArray;
}

bool isValidModelName(const QString &name)
{
    static const QRegularExpression allowed(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._:/@+-]{0,199}$"));
    return allowed.match(name).hasMatch();
}

bool isValidLanguage(const QString &name)
{
    static const QRegularExpression allowed(QStringLiteral("^[A-Za-z]{2,3}([_-][A-Za-z0-9]{2,8}){0,3}$"));
    return name.isEmpty() || allowed.match(name).hasMatch();
}

template<typename Integer>
void loadInteger(const QSettings &store, Settings &out, const RangedSetting<Integer> &option)
{
    const QString key = QString::fromLatin1(option.key);
    if (!store.contains(key))
        return;
    const std::optional<qint64> n = toInteger(store.value(key));
    if (!n) {
        warnReset(option.key, QStringLiteral("is not a whole number"));
        return;
    }
    if (*n < option.min || *n > option.max) {
        warnReset(option.key, QStringLiteral("is outside %1..%2").arg(option.min).arg(option.max));
        return;
    }
    out.*option.member = static_cast<Integer>(*n);
}

void loadPrices(const QSettings &store, Prices &out)
{
    if (store.contains(kModelPricesKey)) {
        const QVariant value = store.value(kModelPricesKey);
        QStringList problems;
        out.models = isPlainString(value) ? pricesFromJson(value.toString(), &problems) : QMap<QString, ModelPrice>();
        if (!isPlainString(value))
            problems.append(QStringLiteral("is not text"));
        for (const QString &problem : std::as_const(problems))
            qCWarning(lcSettings, "Setting prices/models %s; leaving that price out", qUtf8Printable(problem));
    }
    if (store.contains(kGroundingPriceKey)) {
        bool ok = false;
        const double price = store.value(kGroundingPriceKey).toString().trimmed().toDouble(&ok);
        if (ok && isValidPrice(price))
            out.groundingPerThousand = price;
        else
            warnReset("prices/groundingPerThousand", QStringLiteral("is not a price"));
    }
}

} // namespace

SettingsStore::SettingsStore()
    : m_owned(std::make_unique<QSettings>())
    , m_settings(m_owned.get())
{ }

SettingsStore::SettingsStore(QSettings *settings)
    : m_settings(settings)
{
    Q_ASSERT(settings);
}

SettingsStore::SettingsStore(const QString &iniFilePath)
    : m_owned(std::make_unique<QSettings>(iniFilePath, QSettings::IniFormat))
    , m_settings(m_owned.get())
{ }

SettingsStore::~SettingsStore() = default;

int SettingsStore::storedVersion() const
{
    const std::optional<qint64> version = toInteger(m_settings->value(kVersionKey));
    return version ? int(*version) : 0;
}

Settings SettingsStore::load() const
{
    Settings out;
    const QSettings &store = *m_settings;

    const int version = storedVersion();
    if (version > kCurrentVersion) {
        qCWarning(lcSettings,
                  "Settings were written by a newer version (%d, this one knows %d); reading what is "
                  "understood",
                  version, kCurrentVersion);
    }
    // Migrations from older versions go here (version 1 is the first).

    for (const RangedSetting<int> &option : kIntSettings)
        loadInteger(store, out, option);
    for (const RangedSetting<qint64> &option : kInt64Settings)
        loadInteger(store, out, option);

    for (const BoolOption &option : kBoolOptions) {
        const QString key = QString::fromLatin1(option.key);
        if (!store.contains(key))
            continue;
        if (const std::optional<bool> b = toBool(store.value(key)))
            out.*option.member = *b;
        else
            warnReset(option.key, QStringLiteral("is not true or false"));
    }

    for (const UrlOption &option : kUrlOptions) {
        const QString key = QString::fromLatin1(option.key);
        if (!store.contains(key))
            continue;
        const QVariant value = store.value(key);
        const QUrl url = value.typeId() == QMetaType::QUrl
            ? value.toUrl()
            : (isPlainString(value) ? QUrl(value.toString().trimmed(), QUrl::StrictMode) : QUrl());
        if (isValidBaseUrl(url))
            out.*option.member = url;
        else
            warnReset(option.key, QStringLiteral("is not an http(s) URL with a host"));
    }

    for (const TextOption &option : kTextOptions) {
        const QString key = QString::fromLatin1(option.key);
        if (!store.contains(key))
            continue;
        const QVariant value = store.value(key);
        const QString text = isPlainString(value) ? value.toString().trimmed() : QString();
        bool valid = false;
        QString why;
        switch (option.kind) {
        case TextKind::ModelName:
            valid = isValidModelName(text);
            why = QStringLiteral("is not a model name");
            break;
        case TextKind::OptionalModelName:
            valid = text.isEmpty() || isValidModelName(text);
            why = QStringLiteral("is not a model name");
            break;
        case TextKind::Language:
            valid = isValidLanguage(text);
            why = QStringLiteral("is not a language code");
            break;
        case TextKind::ReasoningEffort:
            valid = isReasoningEffort(text);
            why = QStringLiteral("is not low, medium or high");
            break;
        case TextKind::Level:
            valid = text.isEmpty() || isTargetLevel(text);
            why = QStringLiteral("is not junior, mid, senior or staff");
            break;
        case TextKind::VoiceName:
            // Engines name voices freely ("Microsoft Zira Desktop", "en-US-x-sfg#male_1-local").
            valid = text.size() <= 200 && !text.contains(QLatin1Char('\n')) && !text.contains(QLatin1Char('\r'));
            why = QStringLiteral("is not a voice name");
            break;
        }
        if (isPlainString(value) && valid)
            out.*option.member = text;
        else
            warnReset(option.key, why);
    }
    if (store.contains(kSpeechRateKey)) {
        bool ok = false;
        const double rate = store.value(kSpeechRateKey).toString().trimmed().toDouble(&ok);
        if (ok && std::isfinite(rate) && rate >= -1.0 && rate <= 1.0)
            out.speechRate = rate;
        else
            warnReset("speech/rate", QStringLiteral("is outside -1..1"));
    }
    loadPrices(store, out.prices);
    return out;
}

void SettingsStore::save(const Settings &settings)
{
    QSettings &store = *m_settings;
    store.setValue(kVersionKey, kCurrentVersion);
    for (const RangedSetting<int> &option : kIntSettings)
        store.setValue(QString::fromLatin1(option.key), settings.*option.member);
    for (const RangedSetting<qint64> &option : kInt64Settings)
        store.setValue(QString::fromLatin1(option.key), settings.*option.member);
    for (const BoolOption &option : kBoolOptions)
        store.setValue(QString::fromLatin1(option.key), settings.*option.member);
    for (const UrlOption &option : kUrlOptions)
        store.setValue(QString::fromLatin1(option.key), (settings.*option.member).toString());
    for (const TextOption &option : kTextOptions)
        store.setValue(QString::fromLatin1(option.key), settings.*option.member);
    store.setValue(kSpeechRateKey, settings.speechRate);
    if (settings.prices.models.isEmpty())
        store.remove(kModelPricesKey);
    else
        store.setValue(kModelPricesKey, pricesToJson(settings.prices.models));
    if (settings.prices.groundingPerThousand)
        store.setValue(kGroundingPriceKey, *settings.prices.groundingPerThousand);
    else
        store.remove(kGroundingPriceKey);
    store.sync();
    if (store.status() != QSettings::NoError)
        qCWarning(lcSettings, "Could not save the settings to %s", qUtf8Printable(store.fileName()));
}

} // namespace ip
