#include "practice/Practice.h"

#include "practice/GradeReader.h"
#include "practice/GradeRequest.h"
#include "practice/GradeStage.h"
#include "providers/ChatProvider.h"
#include "session/ResultCache.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

#include <algorithm>
#include <utility>

namespace ip {

namespace {

// SHA-256 of everything the grader is shown: the same answer to the same question, rubric, notes and
// thread is graded once.
QString gradeInputDigest(const GradeInput &input)
{
    QJsonArray rubric;
    for (const KeyPoint &k : input.rubric)
        rubric.append(QJsonArray { k.text, k.source });
    QJsonArray sources;
    for (const Source &s : input.sources)
        sources.append(QJsonArray { s.title, s.url.toString() });
    const QJsonObject all { { QStringLiteral("question"), input.question },
                            { QStringLiteral("rubric"), rubric },
                            { QStringLiteral("notes"), input.notes },
                            { QStringLiteral("sources"), sources },
                            { QStringLiteral("resume_lines"), QJsonArray::fromStringList(input.resumeLines) },
                            { QStringLiteral("answer"), input.answer },
                            { QStringLiteral("depth"), input.depth },
                            { QStringLiteral("previous_question"), input.previousQuestion },
                            { QStringLiteral("previous_answer"), input.previousAnswer } };
    return QString::fromLatin1(
        QCryptographicHash::hash(QJsonDocument(all).toJson(QJsonDocument::Compact), QCryptographicHash::Sha256)
            .toHex());
}

} // namespace

Practice::Practice(ChatProvider *questions, const Settings &settings, const QList<PracticeAttempt> &attempts,
                   QObject *parent)
    : QObject(parent)
    , m_questions(questions)
    , m_settings(settings)
    , m_attempts(attempts)
{ }

Practice::~Practice()
{
    // The attempt in flight stays saved as it was submitted (ungraded): nothing is handed to the saver
    // or signalled from here.
    if (GradeStage *stage = m_stage.data()) {
        stage->cancel();
        delete stage;
    }
}

bool Practice::isGrading() const
{
    return !m_gradingId.isEmpty();
}

void Practice::put(const PracticeAttempt &attempt)
{
    bool replaced = false;
    for (PracticeAttempt &a : m_attempts) {
        if (a.id == attempt.id) {
            a = attempt;
            replaced = true;
            break;
        }
    }
    if (!replaced)
        m_attempts.append(attempt);
    if (m_saver)
        m_saver(m_attempts);
    Q_EMIT attemptChanged(attempt);
}

QString Practice::submit(const GradeInput &input)
{
    if (isGrading())
        return {};
    if (input.answer.trimmed().isEmpty() && !input.dontKnow)
        return {};
    if (input.depth < 0 || input.depth > kMaxPracticeDepth)
        return {};
    const QDateTime now = QDateTime::currentDateTimeUtc();
    PracticeAttempt attempt;
    attempt.id = newAttemptId(now);
    for (int tries = 0; tries < 8; ++tries) { // 32 random bits in the same second: checked anyway
        const bool taken = std::any_of(m_attempts.cbegin(), m_attempts.cend(),
                                       [&attempt](const PracticeAttempt &a) { return a.id == attempt.id; });
        if (!taken)
            break;
        attempt.id = newAttemptId(now);
    }
    attempt.skill = input.skill;
    attempt.question = input.question;
    attempt.parentId = input.parentId;
    attempt.depth = input.depth;
    attempt.answer = input.answer;
    attempt.rubric = input.rubric;
    attempt.recording = input.recording;
    attempt.at = now;
    m_gradingId = attempt.id; // before the saver and the signal: a second submit from a slot is refused
    put(attempt);
    startGrade(attempt, input);
    return attempt.id;
}

bool Practice::regrade(const QString &attemptId, const GradeInput &input)
{
    if (isGrading() || attemptId.isEmpty())
        return false;
    const PracticeAttempt *found = findAttempt(m_attempts, attemptId);
    if (!found || found->graded)
        return false;
    PracticeAttempt attempt = *found;
    attempt.error.clear();
    m_gradingId = attempt.id;
    put(attempt);
    // The saved answer decides whether it is an "I don't know" (the button saves an empty answer).
    GradeInput again = input;
    again.dontKnow = attempt.answer.trimmed().isEmpty() || isDontKnow(attempt.answer);
    startGrade(attempt, again);
    return true;
}

void Practice::startGrade(const PracticeAttempt &attempt, const GradeInput &given)
{
    // The attempt as saved is what is graded: its question, answer, rubric and place in the thread.
    GradeInput input = given;
    input.skill = attempt.skill;
    input.question = attempt.question;
    input.answer = attempt.answer;
    input.rubric = attempt.rubric;
    input.parentId = attempt.parentId;
    input.depth = attempt.depth;
    const QString id = attempt.id;

    const auto finish = [this, id](const PracticeGrade &grade, const QString &model) {
        const PracticeAttempt *found = findAttempt(m_attempts, id);
        if (m_gradingId != id || !found)
            return;
        PracticeAttempt done = *found;
        done.graded = true;
        done.error.clear();
        done.grade = grade;
        done.model = model;
        done.at = QDateTime::currentDateTimeUtc();
        m_gradingId.clear();
        if (GradeStage *stage = m_stage.data()) {
            m_stage.clear();
            stage->deleteLater();
        }
        put(done);
        Q_EMIT graded(done);
    };

    if (input.dontKnow || isDontKnow(input.answer)) {
        // Graded here, no request; after submit() has returned (callers connect to the result first).
        QTimer::singleShot(0, this, [finish, input] { finish(dontKnowGrade(input), QString()); });
        return;
    }

    // A grade already paid for (the same answer to the same question and thread) comes from the cache.
    std::optional<CacheKey> key;
    if (m_cache && m_questions) {
        const auto request = buildGradeRequest(input, m_settings);
        if (request.isOk()) {
            key = CacheKey::forGrade(CacheKey::normaliseSkill(input.skill), m_questions->name(), m_settings,
                                     { { request.value().promptName, request.value().promptVersion } },
                                     gradeInputDigest(input));
            if (auto hit = m_cache->grade(*key)) {
                QTimer::singleShot(0, this, [finish, hit = *hit] { finish(hit.first, hit.second); });
                return;
            }
        }
    }

    auto *stage = new GradeStage(m_questions.data(), m_settings, input, this);
    m_stage = stage;
    stage->setRedaction(m_redaction);
    connect(stage, &PipelineStage::waiting, this, &Practice::waiting);
    connect(stage, &PipelineStage::waitOver, this, &Practice::waitOver);
    connect(stage, &PipelineStage::usage, this, [this](const QString &, const TokenUsage &u) { Q_EMIT usage(u); });
    connect(stage, &PipelineStage::sent, this, &Practice::requestSent);
    connect(stage, &GradeStage::graded, this, [this, finish, key](const PracticeGrade &grade, const QString &model) {
        if (key && m_cache)
            m_cache->storeGrade(*key, grade, model);
        finish(grade, model);
    });
    connect(stage, &GradeStage::failed, this, [this, id](const QString &message, bool providerStopped) {
        const PracticeAttempt *found = findAttempt(m_attempts, id);
        if (m_gradingId != id || !found)
            return;
        PracticeAttempt failedAttempt = *found;
        failedAttempt.graded = false;
        failedAttempt.error = message;
        m_gradingId.clear();
        if (GradeStage *s = m_stage.data()) {
            m_stage.clear();
            s->deleteLater();
        }
        put(failedAttempt);
        Q_EMIT failed(id, message, providerStopped);
    });
    stage->start();
}

void Practice::cancel()
{
    if (!isGrading())
        return;
    const QString id = std::exchange(m_gradingId, QString());
    if (GradeStage *stage = m_stage.data()) {
        m_stage.clear();
        stage->cancel();
        stage->deleteLater();
    }
    const PracticeAttempt *found = findAttempt(m_attempts, id);
    if (!found)
        return;
    PracticeAttempt cancelled = *found;
    cancelled.graded = false;
    cancelled.error = tr("Cancelled");
    put(cancelled);
}

} // namespace ip
