#include "session/CacheKey.h"

#include "settings/Language.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>

namespace ip {

QString toString(CacheStage stage)
{
    switch (stage) {
    case CacheStage::Skills: return QStringLiteral("skills");
    case CacheStage::Discovery: return QStringLiteral("discovery");
    case CacheStage::Questions: return QStringLiteral("questions");
    case CacheStage::Grade: return QStringLiteral("grade");
    }
    return {};
}

QByteArray CacheKey::canonical() const
{
    QJsonObject promptObject;
    for (auto it = prompts.cbegin(); it != prompts.cend(); ++it)
        promptObject.insert(it.key(), it.value());
    QJsonObject parameterObject;
    for (auto it = parameters.cbegin(); it != parameters.cend(); ++it)
        parameterObject.insert(it.key(), it.value());
    // QJsonObject keeps its keys sorted, so the compact text is stable.
    const QJsonObject o {
        { QStringLiteral("stage"), toString(stage) },
        { QStringLiteral("resume_sha256"), resumeSha256 },
        { QStringLiteral("skill"), normaliseSkill(skill) },
        { QStringLiteral("provider"), provider.trimmed().toCaseFolded() },
        { QStringLiteral("model"), model.trimmed() },
        { QStringLiteral("prompts"), promptObject },
        { QStringLiteral("parameters"), parameterObject },
    };
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QString CacheKey::digest() const
{
    return QString::fromLatin1(QCryptographicHash::hash(canonical(), QCryptographicHash::Sha256).toHex());
}

QString CacheKey::normaliseSkill(const QString &name)
{
    return name.simplified().toCaseFolded();
}

CacheKey CacheKey::forSkills(const QString &resumeSha256, const QString &provider, const Settings &settings,
                             const QMap<QString, int> &prompts)
{
    CacheKey key;
    key.stage = CacheStage::Skills;
    key.resumeSha256 = resumeSha256;
    key.provider = provider;
    key.model = settings.skillModel;
    key.prompts = prompts;
    key.parameters.insert(QStringLiteral("skill_count"), QString::number(settings.skillCount));
    // The skills prompt carries the resume: with its personal data or with placeholders.
    if (settings.redactPersonalData)
        key.parameters.insert(QStringLiteral("redacted"), QStringLiteral("1"));
    return key;
}

CacheKey CacheKey::forDiscovery(const QString &resumeSha256, const QString &skill, const QString &provider,
                                const Settings &settings, const QMap<QString, int> &prompts)
{
    CacheKey key;
    key.stage = CacheStage::Discovery;
    key.resumeSha256 = resumeSha256;
    key.skill = skill;
    key.provider = provider;
    key.model = settings.discoveryModel;
    key.prompts = prompts;
    return key;
}

CacheKey CacheKey::forGrade(const QString &skill, const QString &provider, const Settings &settings,
                            const QMap<QString, int> &prompts, const QString &inputSha256)
{
    CacheKey key;
    key.stage = CacheStage::Grade;
    key.skill = skill;
    key.provider = provider;
    key.model = settings.questionModel;
    key.prompts = prompts;
    key.parameters.insert(QStringLiteral("language"), language::questionLanguageName(settings).toCaseFolded());
    key.parameters.insert(QStringLiteral("input_sha256"), inputSha256);
    return key;
}

CacheKey CacheKey::forQuestions(const QString &resumeSha256, const QString &skill, const QString &provider,
                                const Settings &settings, const QMap<QString, int> &prompts, const QString &contextText)
{
    CacheKey key;
    key.stage = CacheStage::Questions;
    key.resumeSha256 = resumeSha256;
    key.skill = skill;
    key.provider = provider;
    key.model = settings.questionModel;
    key.prompts = prompts;
    key.parameters.insert(QStringLiteral("questions_per_skill"), QString::number(settings.questionsPerSkill));
    if (!settings.keyPoints)
        key.parameters.insert(QStringLiteral("key_points"), QStringLiteral("0"));
    // The resolved language: an empty setting follows the UI language, so two UIs must not share questions.
    key.parameters.insert(QStringLiteral("language"), language::questionLanguageName(settings).toCaseFolded());
    if (!settings.targetLevel.isEmpty())
        key.parameters.insert(QStringLiteral("level"), settings.targetLevel);
    key.parameters.insert(QStringLiteral("grounded"),
                          contextText.isEmpty() ? QStringLiteral("0") : QStringLiteral("1"));
    if (!contextText.isEmpty())
        key.parameters.insert(
            QStringLiteral("context_sha256"),
            QString::fromLatin1(QCryptographicHash::hash(contextText.toUtf8(), QCryptographicHash::Sha256).toHex()));
    return key;
}

} // namespace ip
