#pragma once

#include "pipeline/PipelineStage.h"
#include "session/RunState.h"

namespace ip {

// A run with a job description: one request to the questions provider for the job's skills the
// resume does not show — questions on the adjacent knowledge the candidate has and a line of advice
// each (buildJobGapsRequest). Emits exactly one of written / failed.
class JobGapStage : public PipelineStage
{
    Q_OBJECT
public:
    JobGapStage(ChatProvider *provider, const Settings &settings, const QList<JobGap> &gaps, const QString &jobText,
                QObject *parent = nullptr);
    void start() override;

Q_SIGNALS:
    // The gaps with their advice and questions (a gap the answer left out has an error instead).
    void written(const QList<ip::JobGap> &gaps);
    void failed(const QString &message, bool providerStopped);

private:
    QList<JobGap> m_gaps;
    QString m_job;
};

} // namespace ip
