#include "practice/GradeStage.h"

#include "practice/GradeReader.h"
#include "practice/GradeRequest.h"

#include <QTimer>

namespace ip {

GradeStage::GradeStage(ChatProvider *provider, const Settings &settings, const GradeInput &input, QObject *parent)
    : PipelineStage(provider, settings, parent)
    , m_input(input)
{ }

void GradeStage::start()
{
    const auto built = buildGradeRequest(m_input, settings());
    if (built.isError()) {
        QTimer::singleShot(0, this, [this, message = built.error()] {
            if (!isCancelled())
                Q_EMIT failed(message, false);
        });
        return;
    }
    const QString asked = built.value().request.model;
    send(
        built.value(),
        [this, asked](const ChatResponse &r) {
            // The answer with the run's personal data put back: read (and checked) as the person sees it.
            const auto grade = readGrade(r.json, m_input);
            if (grade.isError()) {
                Q_EMIT failed(tr("The grade could not be read: %1").arg(grade.error()), false);
                return;
            }
            Q_EMIT graded(grade.value(), r.model.isEmpty() ? asked : r.model);
        },
        [this](const ProviderError &e) {
            // Not a grade even after the provider asked the model to repair it: says what was wrong.
            if (e.kind == ProviderErrorKind::MalformedResponse && !e.detail.isEmpty()) {
                Q_EMIT failed(tr("The grade could not be read: %1").arg(e.detail), false);
                return;
            }
            Q_EMIT failed(tr("Could not grade the answer: %1").arg(e.message), e.stopsProvider());
        });
}

} // namespace ip
