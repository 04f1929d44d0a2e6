#pragma once

#include "common/TokenUsage.h"
#include "practice/GradeInput.h"
#include "privacy/Redaction.h"
#include "privacy/SentLog.h"
#include "session/Attempt.h"
#include "settings/Settings.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

namespace ip {

class ChatProvider;
class GradeStage;
class ResultCache;

// Practice on one run's questions (issue 16): submits the candidate's answers, grades them through the
// run's questions provider (its rate limiter, retries and typed errors, the run's redaction; the
// cache answers a grade already paid for) and keeps the run's attempts, handing every change to the
// saver (the run's autosave or the session store) the moment it happens: a submitted answer is saved
// before it is graded, so a window closed mid-grade loses nothing (the attempt stays ungraded and can
// be graded again). One grade at a time.
class Practice : public QObject
{
    Q_OBJECT
public:
    using Saver = std::function<void(const QList<PracticeAttempt> &attempts)>;

    // `questions` is not owned (the service's provider; null: every grade fails with a message).
    Practice(ChatProvider *questions, const Settings &settings, const QList<PracticeAttempt> &attempts,
             QObject *parent = nullptr);
    ~Practice() override; // cancels the grade in flight (its attempt stays saved, ungraded)

    void setSaver(Saver saver) { m_saver = std::move(saver); }
    // Personal data kept out of the grading request (placeholders restored in the grade). Null: none.
    void setRedaction(std::shared_ptr<const Redaction> redaction) { m_redaction = std::move(redaction); }
    void setResultCache(ResultCache *cache) { m_cache = cache; }

    [[nodiscard]] const QList<PracticeAttempt> &attempts() const { return m_attempts; }
    [[nodiscard]] bool isGrading() const;
    [[nodiscard]] QString gradingId() const { return m_gradingId; }

    // Saves the answer as a new attempt (attemptChanged), then grades it: "I don't know" (or an answer
    // that says only that, see isDontKnow) at once without a request; anything else through the
    // provider (graded or failed later). Returns the new attempt's id; empty (nothing saved) when a
    // grade is in flight, the answer is empty, or a follow-up is deeper than kMaxPracticeDepth.
    QString submit(const GradeInput &input);
    // Grades again an attempt that is not graded (the window closed mid-grade, or grading failed),
    // with `input` (its answer and rubric as saved are used). False when a grade is in flight or no
    // such ungraded attempt exists.
    bool regrade(const QString &attemptId, const GradeInput &input);
    // Stops the grade in flight; its attempt stays saved, ungraded, with the error "Cancelled".
    void cancel();

Q_SIGNALS:
    // An attempt was added or changed (submitted, graded, failed); already handed to the saver.
    void attemptChanged(const ip::PracticeAttempt &attempt);
    void graded(const ip::PracticeAttempt &attempt);
    // Grading failed: `message` for people (a malformed grade is named as such, never a silent 0);
    // `providerStopped` for a quota or key error (the provider's banner applies).
    void failed(const QString &attemptId, const QString &message, bool providerStopped);
    // The grading call waits `ms` (rate limit or back-off) / no longer waits.
    void waiting(const QString &provider, qint64 ms, const QString &reason);
    void waitOver();
    void usage(const ip::TokenUsage &usage);
    // The grading request as it went out (after redaction).
    void requestSent(const ip::SentRequest &request);

private:
    void put(const PracticeAttempt &attempt);
    void startGrade(const PracticeAttempt &attempt, const GradeInput &input);

    QPointer<ChatProvider> m_questions;
    Settings m_settings;
    QList<PracticeAttempt> m_attempts;
    Saver m_saver;
    std::shared_ptr<const Redaction> m_redaction;
    ResultCache *m_cache = nullptr;
    QPointer<GradeStage> m_stage;
    QString m_gradingId;
};

} // namespace ip
