#include "AppContext.h"

#include "run/RunService.h"
#include "session/ResultCache.h"
#include "session/SessionStore.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>

namespace ip {

SessionStore *AppContext::sessionStore()
{
    return runService().sessionStore();
}

ResultCache *AppContext::resultCache()
{
    return runService().resultCache();
}

QString AppContext::studyDeckPath()
{
    SessionStore *sessions = sessionStore();
    if (!sessions)
        return {};
    return QDir::cleanPath(sessions->directory() + QStringLiteral("/../study/deck.sqlite"));
}

StoredPaths AppContext::storedPaths()
{
    StoredPaths paths = defaultStoredPaths(QSettings());
    if (SessionStore *sessions = sessionStore())
        paths.sessions = sessions->directory();
    if (ResultCache *cache = resultCache())
        paths.cache = cache->directory();
    if (const QString deck = studyDeckPath(); !deck.isEmpty())
        paths.deck = QFileInfo(deck).absolutePath();
    return paths;
}

bool AppContext::deleteStoredData(bool alsoKeys)
{
    // The application's settings; no key store here (CoreAppContext passes its own).
    auto *settings = findChild<QSettings *>(QStringLiteral("appSettingsForErase"), Qt::FindDirectChildrenOnly);
    if (!settings) {
        settings = new QSettings(this);
        settings->setObjectName(QStringLiteral("appSettingsForErase"));
    }
    return eraseStoredData(settings, nullptr, alsoKeys);
}

bool AppContext::eraseStoredData(QSettings *settings, KeyStore *keys, bool alsoKeys)
{
    if (!m_eraser) {
        m_eraser = new StoredDataEraser(this);
        connect(m_eraser, &StoredDataEraser::finished, this, [this](const StoredDataDeletion &done) {
            StoredDataDeletion result = done;
            afterStoredDataDeleted(result);
            Q_EMIT storedDataDeleted(result);
        });
    }
    if (m_eraser->isRunning())
        return false;
    Q_EMIT storedDataDeleting();
    StoredDataEraser::Request request;
    request.paths = storedPaths();
    request.settings = settings;
    request.keys = keys;
    request.alsoKeys = alsoKeys;
    return m_eraser->erase(request);
}

Result<Run *, QString> AppContext::createRun(const QString &resumePath, QObject *parent)
{
    auto run = runService().createRun(resumePath, settings(), parent);
    if (run.isError())
        return runProblemMessage(run.error());
    return run.value();
}

Result<Run *, QString> AppContext::createContinuation(const Session &session, QObject *parent)
{
    auto run = runService().createContinuation(session, settings(), parent);
    if (run.isError())
        return runProblemMessage(run.error());
    return run.value();
}

Result<Practice *, QString> AppContext::createPractice(const Session &session, QObject *parent)
{
    auto practice = runService().createPractice(session, settings(), parent);
    if (practice.isError())
        return runProblemMessage(practice.error());
    return practice.value();
}

Result<Transcriber *, QString> AppContext::createTranscriber(QObject *parent)
{
    auto transcriber = runService().createTranscriber(settings(), parent);
    if (transcriber.isError())
        return runProblemMessage(transcriber.error());
    return transcriber.value();
}

QString AppContext::runProblemMessage(const RunProblem &problem) const
{
    switch (problem.kind) {
    case RunProblem::Kind::KeysUnknown:
        return tr("The API keys are still being read from the keychain. Try again in a moment.");
    case RunProblem::Kind::MissingQuestionsKey:
        return tr("No Groq API key is set. Enter one in Settings: Groq's models pick the skills and write the "
                  "questions.");
    case RunProblem::Kind::NoProviders: break;
    }
    return problem.detail;
}

} // namespace ip
