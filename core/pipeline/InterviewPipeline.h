#pragma once

#include "session/RunState.h"
#include "settings/Settings.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

namespace ip {

class ChatProvider;
struct ResumeText;
struct ResumeError;

// The orchestrator: read → extract skills → batch → discover sources (grounded) →
// generate questions, each batch flowing on its own, streamed, cancellable.
// Owns no provider: the providers (and so their rate limiters) are shared and long-lived.
class InterviewPipeline : public QObject
{
    Q_OBJECT
public:
    // `questions` serves skill extraction and question generation (Groq / OpenAI-compatible);
    // `discovery` (Gemini) may be null, which makes every skill context-free.
    InterviewPipeline(ChatProvider *questions, ChatProvider *discovery, const Settings &settings,
                      QObject *parent = nullptr);
    ~InterviewPipeline() override;

    // Reads the resume file, then runs every stage.
    void start(const QString &resumePath, const QString &password = {});
    // Runs from already extracted text (tests, sessions, plain-text input).
    void startWithText(const QString &resumeText, const QString &sourceFile);
    // Aborts in-flight requests promptly; results so far are kept; emits finished(Cancelled).
    void cancel();
    // Re-runs discovery (if grounded) and generation for one skill only.
    void regenerateSkill(int index);

    [[nodiscard]] bool isRunning() const;
    [[nodiscard]] const RunState &state() const;

Q_SIGNALS:
    void stageChanged(ip::Stage stage);
    void resumeLoaded(const QString &sourceFile, int pageCount);
    void skillsExtracted(const QStringList &skills);
    void skillUpdated(int index, const ip::SkillResult &skill); // any change of one skill
    void questionAdded(int skillIndex, int questionIndex, const QString &question);
    void activity(const QString &line); // "Batch 2/3: searching the web"
    void rateLimitWait(const QString &provider, qint64 ms);
    void usageUpdated(const ip::RunUsage &usage);
    void finished(const ip::RunSummary &summary);

private:
    class Private;
    Private *d;
};

} // namespace ip
