#include "pipeline/SkillExtractionStage.h"

#include "pipeline/JobMatch.h"
#include "pipeline/QuestionAnswers.h"
#include "pipeline/SkillNormaliser.h"
#include "pipeline/TokenBudget.h"

#include <QTimer>

namespace ip {

SkillExtractionStage::SkillExtractionStage(ChatProvider *provider, const Settings &settings, const QString &resumeText,
                                           const QString &jobText, QObject *parent)
    : PipelineStage(provider, settings, parent)
    , m_resume(resumeText)
    , m_job(jobText)
{ }

void SkillExtractionStage::start()
{
    auto fail = [this](const QString &message) {
        QTimer::singleShot(0, this, [this, message] {
            if (!isCancelled())
                Q_EMIT failed(message, false);
        });
    };
    auto built = buildSkillsRequest(m_resume, settings(), m_job);
    if (built.isError())
        return fail(built.error());

    // Fit the request into the token limit by shortening the resume, never by sending it anyway.
    const qint64 limit = TokenLimits { settings().safeTokenLimit,
                                       provider() ? provider()->tokensPerMinuteLimit(settings().skillModel) : 0 }
                             .plannable();
    auto cost = [this](const PromptedRequest &r) {
        return provider()->estimateTokens(r.request.messages) + r.request.maxOutputTokens;
    };
    if (provider() && limit > 0 && cost(built.value()) > limit) {
        auto bare = buildSkillsRequest(QString(), settings(), m_job);
        const qint64 base = bare.isOk() ? cost(bare.value()) : limit;
        qsizetype chars = charsForTokens(limit - base);
        while (chars > 0) {
            const QString shorter = trimToChars(m_resume, chars);
            built = buildSkillsRequest(shorter, settings(), m_job);
            if (built.isOk() && cost(built.value()) <= limit) {
                Q_EMIT note(tr("The resume was shortened to %1 of %2 characters to fit the token limit of %3.")
                                .arg(shorter.size())
                                .arg(m_resume.size())
                                .arg(limit));
                break;
            }
            chars = chars * 3 / 4;
        }
        if (chars <= 0 || built.isError())
            return fail(tr("The token limit (%1) is too small to ask for the resume's skills.").arg(limit));
    }

    send(
        built.value(),
        [this](const ChatResponse &r) {
            QStringList skills;
            if (m_job.isEmpty()) {
                skills = normaliseSkills(skillsFromObject(r.json), settings().skillCount);
            } else {
                JobSkills split = splitJobSkills(skillsFromObject(r.json), jobGapsFromObject(r.json), m_resume,
                                                 settings().skillCount);
                skills = split.skills;
                m_gaps = split.gaps;
                m_moved = split.movedToGaps;
            }
            if (skills.isEmpty())
                Q_EMIT failed(tr("No technical skills were found in the resume."), false);
            else
                Q_EMIT extracted(skills);
        },
        [this](const ProviderError &e) {
            Q_EMIT failed(tr("Could not extract skills: %1").arg(e.message), e.stopsProvider());
        });
}

} // namespace ip
