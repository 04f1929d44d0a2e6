#include "pipeline/JobGapStage.h"

#include "pipeline/JobMatch.h"
#include "pipeline/QuestionAnswers.h"
#include "pipeline/StageRequests.h"

#include <QTimer>

namespace ip {

JobGapStage::JobGapStage(ChatProvider *provider, const Settings &settings, const QList<JobGap> &gaps,
                         const QString &jobText, QObject *parent)
    : PipelineStage(provider, settings, parent)
    , m_gaps(gaps)
    , m_job(jobText)
{ }

void JobGapStage::start()
{
    const auto built = buildJobGapsRequest(m_gaps, m_job, settings());
    if (built.isError()) {
        QTimer::singleShot(0, this, [this, message = built.error()] {
            if (!isCancelled())
                Q_EMIT failed(message, false);
        });
        return;
    }
    send(
        built.value(),
        [this](const ChatResponse &r) {
            Q_EMIT written(applyGapAnswers(m_gaps, jobGapAnswersFromObject(r.json), questionsPerGap(settings()),
                                           tr("The answer had no questions for this skill.")));
        },
        [this](const ProviderError &e) {
            Q_EMIT failed(tr("Could not write questions for the job's other skills: %1").arg(e.message),
                          e.stopsProvider());
        });
}

} // namespace ip
