#pragma once

#include "common/TokenUsage.h"
#include "session/Question.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace ip {

// Plain value types describing one run. No QObject here: the pipeline fills them, the
// window shows them, the report writers print them, the session store saves them.

enum class Stage { Idle, ReadingResume, ExtractingSkills, FindingSources, WritingQuestions, Finished };

enum class SkillState { Queued, Searching, Generating, Done, Failed };

enum class ContextKind { Grounded, ContextFree };

struct Source
{
    QString title;
    QUrl url;
    friend bool operator==(const Source &, const Source &) = default;
};

struct SkillResult
{
    QString name;
    SkillState state = SkillState::Queued;
    ContextKind context = ContextKind::ContextFree;
    QString contextReason; // why context-free (grounding off, discovery failed: <reason>, no section)
    QString contextText; // the grounded ## section text used for generation
    QList<Source> sources;
    QList<Question> questions;
    // Lines of the resume about this skill that an interviewer will ask the candidate to defend
    // (metrics, scale, ownership), each found in the resume's text; empty when none were named.
    QStringList claims;
    // The resume's lines about this skill that question generation was shown (resumeLinesAbout),
    // kept so that continuing or regenerating without the resume shows the same lines and checks
    // quotes against them.
    QStringList resumeLines;
    QString error; // set when state == Failed
    // Context-free only because discovery could not run (provider stopped, network failure,
    // cancelled), not because it concluded so: continuing the run tries discovery again.
    bool retryDiscovery = false;

    [[nodiscard]] bool isGrounded() const { return context == ContextKind::Grounded; }
    [[nodiscard]] bool hasQuestions() const { return !questions.isEmpty(); }
    friend bool operator==(const SkillResult &, const SkillResult &) = default;
};

// A skill the job description asks for that the resume does not show (a run with a job only): the
// questions test the adjacent knowledge the candidate does have, and the advice says how to answer
// honestly. Never presented as a skill of the candidate.
struct JobGap
{
    QString skill; // as the job names it
    QString adjacent; // what the resume shows nearby (the model's words, may be empty)
    QString advice; // one line on answering honestly; empty until the gap's questions are written
    QStringList questions; // empty until written (or when writing them failed: see error)
    QString error; // why no questions were written, or empty

    friend bool operator==(const JobGap &, const JobGap &) = default;
};

// Everything a report needs, and everything a session file stores.
struct RunState
{
    QString sourceFile; // file name (no directory) of the resume
    QString resumeSha256; // of the extracted text
    QDateTime generatedAt;
    QMap<QString, QString> models; // stage -> model ("skills", "discovery", "questions")
    QMap<QString, int> promptVersions; // prompt name -> version
    QList<SkillResult> skills;
    // The job description the run targets (pasted or read from a file; empty = none), and the skills it
    // asks for that the resume does not show.
    QString jobText;
    QList<JobGap> jobGaps;
    TokenUsage usage;
    QMap<QString, TokenUsage> stageUsage; // "skills", "discovery", "questions" -> what that stage spent
    QString error; // a run-level error (bad input, no skills, unauthorized, quota) or empty

    [[nodiscard]] bool isComplete() const
    {
        if (skills.isEmpty())
            return false;
        for (const auto &s : skills)
            if (s.state != SkillState::Done || s.questions.isEmpty())
                return false;
        return true;
    }
    friend bool operator==(const RunState &, const RunState &) = default;
};

// How a run ended.
struct RunSummary
{
    enum class Outcome { Complete, Partial, Failed, Cancelled };
    Outcome outcome = Outcome::Failed;
    int skillsDone = 0;
    int skillsFailed = 0;
    QString message; // one line for a person
};

QString toString(Stage stage);
QString toString(SkillState state);
QString toString(ContextKind kind); // "grounded", "context-free"

// The inverses of toString (exact spelling); nullopt for anything else.
std::optional<SkillState> skillStateFromString(const QString &text);
std::optional<ContextKind> contextKindFromString(const QString &text);

// A run targets a job when its job text has more than white space. Only then are its gaps kept
// (saved in the session file and printed in the reports), and only the gaps with a skill name:
// a gap without one says nothing, and leaving it out everywhere keeps a saved run reading back
// as it was saved.
bool hasJob(const RunState &run);
QList<JobGap> keptJobGaps(const RunState &run);

} // namespace ip

Q_DECLARE_METATYPE(ip::SkillResult)
Q_DECLARE_METATYPE(ip::JobGap)
Q_DECLARE_METATYPE(ip::RunSummary)
Q_DECLARE_METATYPE(ip::Stage)
