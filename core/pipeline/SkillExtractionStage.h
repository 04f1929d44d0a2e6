#pragma once

#include "pipeline/PipelineStage.h"
#include "session/RunState.h"

#include <QStringList>

namespace ip {

// Stage::ExtractingSkills: asks the questions provider for settings.skillCount technical skills in
// the resume, normalised and de-duplicated in the model's order. The resume is shortened first when
// the request would not fit the token limit. Emits exactly one of extracted / failed.
// With a job description the skills come ranked by the job, only those the resume's text shows
// (splitJobSkills), and jobGaps() holds the job's skills the resume does not show.
class SkillExtractionStage : public PipelineStage
{
    Q_OBJECT
public:
    SkillExtractionStage(ChatProvider *provider, const Settings &settings, const QString &resumeText,
                         const QString &jobText = {}, QObject *parent = nullptr);
    void start() override;
    // Set when extracted() is emitted (a run with a job description only).
    [[nodiscard]] const QList<JobGap> &jobGaps() const { return m_gaps; }
    // The skills the answer gave as the candidate's that the resume does not show (now gaps).
    [[nodiscard]] const QStringList &movedToGaps() const { return m_moved; }

Q_SIGNALS:
    void extracted(const QStringList &skills); // never empty
    void failed(const QString &message, bool providerStopped);

private:
    QString m_resume;
    QString m_job;
    QList<JobGap> m_gaps;
    QStringList m_moved;
};

} // namespace ip
