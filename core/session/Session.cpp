#include "session/Session.h"

#include "common/AppInfo.h"
#include "session/ContinuePlan.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QRegularExpression>

namespace ip {

QString toString(SessionOutcome outcome)
{
    switch (outcome) {
    case SessionOutcome::InProgress: return QStringLiteral("in-progress");
    case SessionOutcome::Complete: return QStringLiteral("complete");
    case SessionOutcome::Partial: return QStringLiteral("partial");
    case SessionOutcome::Cancelled: return QStringLiteral("cancelled");
    case SessionOutcome::Failed: return QStringLiteral("failed");
    }
    return {};
}

std::optional<SessionOutcome> sessionOutcomeFromString(const QString &text)
{
    for (SessionOutcome o : { SessionOutcome::InProgress, SessionOutcome::Complete, SessionOutcome::Partial,
                              SessionOutcome::Cancelled, SessionOutcome::Failed })
        if (toString(o) == text)
            return o;
    return std::nullopt;
}

SessionOutcome sessionOutcomeFrom(RunSummary::Outcome outcome)
{
    switch (outcome) {
    case RunSummary::Outcome::Complete: return SessionOutcome::Complete;
    case RunSummary::Outcome::Partial: return SessionOutcome::Partial;
    case RunSummary::Outcome::Cancelled: return SessionOutcome::Cancelled;
    case RunSummary::Outcome::Failed: return SessionOutcome::Failed;
    }
    return SessionOutcome::Failed;
}

RunSettings RunSettings::from(const Settings &settings)
{
    RunSettings r;
    r.skillCount = settings.skillCount;
    r.batchSize = settings.batchSize;
    r.questionsPerSkill = settings.questionsPerSkill;
    r.groundingEnabled = settings.groundingEnabled;
    r.questionLanguage = settings.questionLanguage;
    r.targetLevel = settings.targetLevel;
    r.skillModel = settings.skillModel;
    r.discoveryModel = settings.discoveryModel;
    r.questionModel = settings.questionModel;
    return r;
}

Settings RunSettings::appliedTo(Settings current) const
{
    current.skillCount = skillCount;
    current.batchSize = batchSize;
    current.questionsPerSkill = questionsPerSkill;
    current.groundingEnabled = groundingEnabled;
    current.questionLanguage = questionLanguage;
    current.targetLevel = targetLevel;
    current.skillModel = skillModel;
    current.discoveryModel = discoveryModel;
    current.questionModel = questionModel;
    return current;
}

bool Session::canContinue() const
{
    if (meta.outcome == SessionOutcome::Complete)
        return false;
    const ContinuePlan plan = planContinuation(run, settings.groundingEnabled);
    if (plan.extractSkills && meta.resumePath.isEmpty())
        return false;
    return !plan.isEmpty();
}

QString newSessionId(const QDateTime &now, quint32 random)
{
    return now.toUTC().toString(QStringLiteral("yyyyMMdd-HHmmss")) + u'-'
        + QStringLiteral("%1").arg(random, 8, 16, QLatin1Char('0'));
}

QString newSessionId()
{
    return newSessionId(QDateTime::currentDateTimeUtc(), QRandomGenerator::system()->generate());
}

bool isValidSessionId(const QString &id)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9_-]{0,99}$"));
    return pattern.match(id).hasMatch();
}

Session newSession(const QString &resumePath, const Settings &settings, const QDateTime &now)
{
    const QDateTime when = now.isValid() ? now.toUTC() : QDateTime::currentDateTimeUtc();
    Session session;
    session.meta.id = newSessionId(when, QRandomGenerator::system()->generate());
    session.meta.createdAt = when;
    session.meta.updatedAt = when;
    session.meta.resumePath = resumePath;
    session.meta.appVersion = QString::fromUtf8(appinfo::kVersion);
    session.settings = RunSettings::from(settings);
    return session;
}

QString resumeTextSha256(const QString &text)
{
    return QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex());
}

} // namespace ip
