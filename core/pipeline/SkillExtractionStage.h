#pragma once

#include "pipeline/PipelineStage.h"

#include <QStringList>

namespace ip {

// Stage::ExtractingSkills: asks the questions provider for settings.skillCount technical skills in
// the resume, normalised and de-duplicated in the model's order. The resume is shortened first when
// the request would not fit the token limit. Emits exactly one of extracted / failed.
class SkillExtractionStage : public PipelineStage
{
    Q_OBJECT
public:
    SkillExtractionStage(ChatProvider *provider, const Settings &settings, const QString &resumeText,
                         QObject *parent = nullptr);
    void start() override;

Q_SIGNALS:
    void extracted(const QStringList &skills); // never empty
    void failed(const QString &message, bool providerStopped);

private:
    QString m_resume;
};

} // namespace ip
