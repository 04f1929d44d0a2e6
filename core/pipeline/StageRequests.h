#pragma once

#include "common/Result.h"
#include "pipeline/GenerationJob.h"
#include "providers/ChatProvider.h"
#include "resume/LoadResume.h"
#include "session/RunState.h"
#include "settings/Settings.h"

#include <QString>
#include <QStringList>

namespace ip {

// Builds each stage's ChatRequest from its prompt resource. The request carries its prompt's name
// and version so the run can record them.
struct PromptedRequest
{
    ChatRequest request;
    QString promptName;
    int promptVersion = 0;
};
using RequestResult = Result<PromptedRequest, QString>;

// Skill extraction: JSON {"skills": [string]} with at most settings.skillCount items.
// The resume is delimited as data (<resume> … </resume>); a closing tag inside it is defused.
// With a job description (delimited the same way, <job>, at most kJobChars characters): the
// skills ranked by the job, and "job_gaps": [{"skill", "adjacent"}] the job asks for and the
// resume does not show.
RequestResult buildSkillsRequest(const QString &resumeText, const Settings &settings, const QString &jobText = {});

// Grounded discovery of one batch: one "## <Skill>" section per skill (text, googleSearch).
// `simple` = the shorter retry prompt for skills the first answer had no section for.
RequestResult buildDiscoveryRequest(const QStringList &skills, bool simple, const Settings &settings);

// Question generation for one job: JSON {"all_questions": [{"skill", "questions": [string]}]}.
RequestResult buildQuestionsRequest(const GenerationJob &job, const Settings &settings);

// How many questions a request asks for each of its skills: Settings::questionsPerSkill, or for
// more questions on a skill (FollowUp) at most kFollowUpQuestions.
constexpr int kFollowUpQuestions = 5;
int questionsWanted(const GenerationJob &job, const Settings &settings);
// What a follow-up must not repeat: the skill's questions, then its questions in earlier runs,
// without duplicates, at most kMaxAvoidQuestions (the skill's own first).
constexpr int kMaxAvoidQuestions = 30;
QStringList followUpAvoidList(const QStringList &own, const QStringList &earlier);

// Questions and a line of advice for the job's skills the resume does not show (a run with a job
// description): questions on the adjacent knowledge the candidate has, never assuming the gap skill.
RequestResult buildJobGapsRequest(const QList<JobGap> &gaps, const QString &jobText, const Settings &settings);
// How many questions each gap gets (fewer than a skill of the resume: they prepare, not probe).
int questionsPerGap(const Settings &settings);

// The language questions are written in, as an English name (Settings::questionLanguage, empty = the UI
// language; see language::questionLanguageName).
QString questionLanguageName(const Settings &settings);

// What the questions prompt says of the role's level (Settings::targetLevel): a sentence that
// starts with a space, or empty when no level is set.
QString levelGuidance(const QString &level);

// What a run (and --estimate) lets the resume loader read: Settings' file size, pages and text limits.
ResumeLimits resumeLimitsFor(const Settings &settings);

// Neutralises anything in untrusted text that could close the tag it is wrapped in.
QString defuseTags(const QString &text, const QString &tag);

} // namespace ip
