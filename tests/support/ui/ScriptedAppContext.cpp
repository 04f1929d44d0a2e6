#include "ScriptedAppContext.h"

#include "net/UrlPolicy.h"
#include "pipeline/InterviewPipeline.h"
#include "run/RunService.h"
#include "session/ResultCache.h"
#include "session/SessionStore.h"

#include <QJsonArray>
#include <QTimer>

namespace ip::uitest {
namespace {

// A model list answered from a value, asynchronously.
class FixedModelListCall : public ModelListCall
{
public:
    FixedModelListCall(const QStringList &models, const std::optional<ProviderError> &error, QObject *parent)
        : ModelListCall(parent)
    {
        QTimer::singleShot(0, this, [this, models, error] {
            if (m_cancelled)
                return;
            if (error) {
                Q_EMIT failed(*error);
                return;
            }
            QList<ModelInfo> out;
            for (const QString &id : models)
                out.append({ id, id, 0 });
            Q_EMIT finished(out);
        });
    }
    void cancel() override
    {
        if (m_cancelled)
            return;
        m_cancelled = true;
        ProviderError e;
        e.kind = ProviderErrorKind::Cancelled;
        Q_EMIT failed(e);
    }

private:
    bool m_cancelled = false;
};

// A provider that only lists models (the settings dialog's view of an endpoint).
class ModelListProvider : public test::ScriptedChatProvider
{
public:
    ModelListProvider(const QString &name, QStringList models, std::optional<ProviderError> error, QObject *parent)
        : test::ScriptedChatProvider(name, {}, parent)
        , m_models(std::move(models))
        , m_error(std::move(error))
    { }
    ModelListCall *listModels(QObject *parent) override { return new FixedModelListCall(m_models, m_error, parent); }

private:
    QStringList m_models;
    std::optional<ProviderError> m_error;
};

} // namespace

QStringList askedSkills(const ChatRequest &request)
{
    QStringList out;
    if (request.messages.isEmpty())
        return out;
    for (const QString &line : request.messages.last().content.split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String("- ")))
            out.append(line.mid(2).trimmed());
        else if (!out.isEmpty())
            break;
    }
    return out;
}

QJsonObject questionsJson(const QStringList &skills, int perSkill, const QString &variant)
{
    QJsonArray all;
    for (const auto &s : skills) {
        QJsonArray qs;
        for (int i = 1; i <= perSkill; ++i)
            qs.append(QStringLiteral("%1 question %2%3?").arg(s).arg(i).arg(variant));
        all.append(QJsonObject { { QStringLiteral("skill"), s }, { QStringLiteral("questions"), qs } });
    }
    return { { QStringLiteral("all_questions"), all } };
}

test::ScriptedChatProvider::Script groqScript(const QStringList &skills, int perSkill)
{
    return [skills, perSkill](const test::ScriptedCall &c) {
        if (c.request.tag == QLatin1String("skills"))
            return test::ScriptedAnswer::ofJson({ { QStringLiteral("skills"), QJsonArray::fromStringList(skills) } });
        return test::ScriptedAnswer::ofJson(questionsJson(askedSkills(c.request), perSkill));
    };
}

test::ScriptedChatProvider::Script geminiScript()
{
    return [](const test::ScriptedCall &c) {
        const QStringList skills = askedSkills(c.request);
        QString text = QStringLiteral("Notes from the web.\n\n");
        Grounding g;
        for (int i = 0; i < skills.size(); ++i) {
            const qsizetype start = text.size();
            QString body = QStringLiteral("%1 internals, trade-offs and pitfalls. ").arg(skills[i]);
            while (body.size() < 160)
                body += QStringLiteral("More detail about %1. ").arg(skills[i]);
            text += QStringLiteral("## %1\n%2\n\n").arg(skills[i], body);
            const QString slug = QString::fromLatin1(skills[i].toUtf8().toHex());
            g.sources.append({ skills[i] + QStringLiteral(" documentation"),
                               QUrl(QStringLiteral("https://docs.example.org/%1").arg(slug)) });
            g.spans.append({ start + 3, text.size() - 2, { i } });
        }
        return test::ScriptedAnswer::ofText(text, g);
    };
}

// The scripted providers for every run (the same two objects, as the real pool gives one per configuration).
class ScriptedAppContext::Source : public ProviderSource
{
public:
    explicit Source(ScriptedAppContext *context)
        : m_context(context)
    { }
    Result<RunProviders, QString> providersFor(const Settings &settings, const ProviderKeys &keys) override
    {
        if (!m_context->m_pipelineError.isEmpty())
            return m_context->m_pipelineError;
        ++m_context->m_pipelines;
        const bool grounded = settings.groundingEnabled && !keys.gemini.isEmpty();
        return RunProviders { m_context->m_groq, grounded ? m_context->m_gemini : nullptr };
    }

private:
    ScriptedAppContext *m_context;
};

ScriptedAppContext::ScriptedAppContext(QObject *parent)
    : AppContext(parent)
    , m_source(std::make_unique<Source>(this))
    , m_groq(new test::ScriptedChatProvider(QStringLiteral("Groq"), {}, this))
    , m_gemini(new test::ScriptedChatProvider(QStringLiteral("Gemini"), {}, this))
{
    m_keys.insert(groqId(), KeySource::Keychain);
    m_keys.insert(geminiId(), KeySource::Keychain);
    m_groq->setScript(groqScript({ QStringLiteral("C++"), QStringLiteral("Qt"), QStringLiteral("CMake") },
                                 m_settings.questionsPerSkill));
    m_gemini->setScript(geminiScript());
    rebuildRunService();
}

ScriptedAppContext::~ScriptedAppContext()
{
    m_runs.reset(); // its runs, before the providers they use
}

void ScriptedAppContext::rebuildRunService()
{
    RunService::Options options;
    options.providers = m_source.get();
    options.sessions = m_sessions.get();
    options.cache = m_cache.get();
    options.environment = QProcessEnvironment();
    m_runs = std::make_unique<RunService>(options);
    syncKeys();
}

void ScriptedAppContext::syncKeys()
{
    // Key values are never seen here: a stand-in for each key the test says is stored.
    if (!m_keysKnown) {
        m_runs->setKeys(std::nullopt);
        return;
    }
    const auto stand_in = [this](const QString &provider) {
        return keySource(provider) == KeySource::None ? QString() : QStringLiteral("scripted-key");
    };
    m_runs->setKeys(ProviderKeys { stand_in(groqId()), stand_in(geminiId()) });
}

void ScriptedAppContext::setSessionDirectory(const QString &directory)
{
    m_sessions = std::make_unique<SessionStore>(directory + QStringLiteral("/sessions"));
    m_cache = std::make_unique<ResultCache>(directory + QStringLiteral("/cache"));
    rebuildRunService();
}

void ScriptedAppContext::setKeysKnown(bool known)
{
    m_keysKnown = known;
    syncKeys();
    if (known)
        Q_EMIT keysChanged();
}

void ScriptedAppContext::setKey(const QString &provider, KeySource source)
{
    m_keys.insert(provider, source);
    syncKeys();
    Q_EMIT keysChanged();
}

Result<Transcriber *, QString> ScriptedAppContext::createTranscriber(QObject *parent)
{
    if (!m_transcriberProblem.isEmpty())
        return m_transcriberProblem;
    ScriptedTranscriber::Script script = m_transcription;
    if (!script)
        script = [](const TranscriptionRequest &) {
            return ScriptedTranscription { QStringLiteral("Transcribed answer.") };
        };
    return new ScriptedTranscriber(script, &m_transcriptions, parent);
}

bool ScriptedAppContext::deleteStoredData(bool alsoKeys)
{
    m_deleteRequests.append(alsoKeys);
    return eraseStoredData(m_storedSettings, nullptr, false); // the keys: below, from memory
}

void ScriptedAppContext::afterStoredDataDeleted(StoredDataDeletion &result)
{
    m_settings = Settings();
    if (!m_deleteRequests.isEmpty() && m_deleteRequests.constLast()) {
        result.keysRequested = true;
        result.keysRemoved = m_keys.keys();
        result.keysRemoved.sort();
        m_keys.clear();
        syncKeys();
        Q_EMIT keysChanged();
    }
}

void ScriptedAppContext::saveSettings(const Settings &settings)
{
    m_settings = settings;
    ++m_saveCount;
}

KeySource ScriptedAppContext::keySource(const QString &provider) const
{
    return m_keys.value(provider, KeySource::None);
}

void ScriptedAppContext::saveApiKey(const QString &provider, const QString &key)
{
    m_savedKeys.append({ provider, key });
    QTimer::singleShot(0, this, [this, provider, key] {
        KeyResult r;
        r.provider = provider;
        r.ok = true;
        if (key.isEmpty()) {
            m_keys.insert(provider, KeySource::None);
        } else if (!m_keychainProblem.isEmpty()) {
            r.source = KeySource::SessionMemory;
            r.problem = KeyProblem::NoKeychain;
            r.message = m_keychainProblem;
            m_keys.insert(provider, KeySource::SessionMemory);
        } else {
            r.source = KeySource::Keychain;
            m_keys.insert(provider, KeySource::Keychain);
        }
        syncKeys();
        Q_EMIT keySaved(r);
        Q_EMIT keysChanged();
    });
}

ChatProvider *ScriptedAppContext::createProvider(const QString &provider, const QUrl &baseUrl, const QString &apiKey,
                                                 QObject *parent)
{
    m_providerRequests.append({ provider, baseUrl, apiKey });
    std::optional<ProviderError> error;
    if (m_modelErrors.contains(provider))
        error = m_modelErrors.value(provider);
    return new ModelListProvider(provider, m_modelLists.value(provider), error, parent);
}

void ScriptedAppContext::probeLocalServers()
{
    ++m_localServerProbes;
    QTimer::singleShot(0, this, [this] { Q_EMIT localServersProbed(m_localServers); });
}

} // namespace ip::uitest
