#pragma once

#include "pipeline/GenerationJob.h"
#include "pipeline/PipelineStage.h"

#include <QList>
#include <QSet>
#include <QStringList>

namespace ip {

// Stage 5 for one batch: grounded skills are asked together with their research notes,
// context-free skills with the conceptual prompt, one request at a time. A request that would not
// fit the token limit (Settings::safeTokenLimit, the provider's tokens-per-minute budget) is split
// in halves down to one skill, then the skill's notes are trimmed; the same happens when the
// provider answers ContextTooLong / RequestTooLarge. Answered skills that were not asked are
// ignored; asked skills the answer left out are asked once more.
class GenerationStage : public PipelineStage
{
    Q_OBJECT
public:
    GenerationStage(ChatProvider *provider, const Settings &settings, const QList<GenerationItem> &items,
                    QObject *parent = nullptr);
    void start() override;

    // The effective per-request token limit for this provider and settings.
    [[nodiscard]] qint64 tokenLimit() const;

Q_SIGNALS:
    void skillQuestions(int skillIndex, const QStringList &questions);
    void skillFailed(int skillIndex, const QString &error);
    void contextDropped(int skillIndex, const QString &reason);
    // The provider cannot go on (quota, key): nothing more is sent; skillsLeft got no questions.
    void providerStopped(const ip::ProviderError &error, const QList<int> &skillsLeft);
    void finished();

private:
    void next();
    void handleAnswer(const GenerationJob &job, const ChatResponse &response);
    void handleError(const GenerationJob &job, const ProviderError &error);
    void failItems(const QList<GenerationItem> &items, const QString &error);
    [[nodiscard]] qint64 cost(const GenerationJob &job) const;

    QList<GenerationJob> m_queue;
    QSet<int> m_dropped;
    bool m_scheduled = false;
};

} // namespace ip
