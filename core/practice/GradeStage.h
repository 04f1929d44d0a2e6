#pragma once

#include "pipeline/PipelineStage.h"
#include "practice/GradeInput.h"
#include "session/Attempt.h"

namespace ip {

// Practice: one request to the questions provider that grades one answer (buildGradeRequest) and
// reads the grade (readGrade). Emits exactly one of graded / failed (nothing after cancel()).
class GradeStage : public PipelineStage
{
    Q_OBJECT
public:
    GradeStage(ChatProvider *provider, const Settings &settings, const GradeInput &input, QObject *parent = nullptr);
    void start() override;

Q_SIGNALS:
    // `model`: the model that answered (the request's when the answer does not say).
    void graded(const ip::PracticeGrade &grade, const QString &model);
    // `providerStopped`: a quota or key error (the provider's banner applies).
    void failed(const QString &message, bool providerStopped);

private:
    GradeInput m_input;
};

} // namespace ip
