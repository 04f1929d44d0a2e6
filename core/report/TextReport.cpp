// The plain-text report, in the original web app's layout:
//
//   AI INTERVIEW PREPARATION RESULTS
//   ================================================================================
//   Generated on: 2025-03-04 05:06:07
//   Source File: resume.pdf
//   ================================================================================
//
//   SKILL: Python
//   -------------
//   1. First question
//
//   Sources:
//   - Title — example.com — https://example.com/
//
//   ================================================================================
//
// A run that targets a job adds "Target Job: <first line of the job text>" to the header and, after
// the skills, the job's skills the resume does not show:
//
//   ASKED FOR BY THE JOB, NOT SHOWN ON THE RESUME
//   ================================================================================
//   Skills the job description asks for that the resume does not show. …
//
//   Terraform
//   ---------
//   Closest on your resume: Ansible
//   How to answer: Say you have not used it; …
//   1. First question
//
//   ================================================================================
//
// The structural words (title, "Generated on:", "Source File:", "SKILL:", "Sources:") are part of the
// format and stay English, and so do the job's ("Target Job:", the gaps' heading, "Closest on your
// resume:", "How to answer:"); annotations (context-free, failed, the gaps' introduction) are translated.

#include "report/Report.h"
#include "report/ReportText.h"
#include "session/SourceLabel.h"

#include <QCoreApplication>

namespace ip {

namespace {

QString rule()
{
    return QString(80, u'=');
}

// Length in code points, so a name with characters outside the BMP gets a matching underline.
qsizetype displayLength(const QString &text)
{
    return text.toUcs4().size();
}

// The questions as a numbered list (one line each, empty ones left out); how many were written.
int appendNumbered(QString &out, const QStringList &questions)
{
    int number = 0;
    for (const QString &question : questions) {
        const QString text = report::oneLine(question);
        if (!text.isEmpty())
            out += QString::number(++number) + QStringLiteral(". ") + text + u'\n';
    }
    return number;
}

void appendSkill(QString &out, const SkillResult &skill)
{
    const QString heading = QStringLiteral("SKILL: ") + report::skillTitle(skill);
    out += heading + u'\n';
    out += QString(displayLength(heading), u'-') + u'\n';

    if (!skill.isGrounded())
        out += u'(' + report::contextFreeText(skill) + QStringLiteral(")\n");

    const int number = appendNumbered(out, questionTexts(skill.questions));

    if (report::skillFailed(skill)) {
        out += u'(' + QCoreApplication::translate("ip::Report", "failed: %1").arg(report::skillError(skill))
            + QStringLiteral(")\n");
    } else if (number == 0) {
        out += u'(' + report::noQuestionsText() + QStringLiteral(")\n");
    }

    if (skill.isGrounded() && !skill.sources.isEmpty()) {
        out += QStringLiteral("\nSources:\n");
        for (const Source &source : skill.sources) {
            const QString title = report::oneLine(sourceLabel(source));
            const QString url = source.url.toString();
            if (title.isEmpty())
                out += QStringLiteral("- ") + url + u'\n';
            else
                out += QStringLiteral("- ") + title + QStringLiteral(" — ") + url + u'\n';
        }
    }
    out += u'\n' + rule() + u'\n';
}

void appendGap(QString &out, const JobGap &gap)
{
    const QString heading = report::gapTitle(gap);
    out += heading + u'\n';
    out += QString(displayLength(heading), u'-') + u'\n';

    if (const QString adjacent = report::oneLine(gap.adjacent); !adjacent.isEmpty())
        out += QStringLiteral("Closest on your resume: ") + adjacent + u'\n';
    if (const QString advice = report::oneLine(gap.advice); !advice.isEmpty())
        out += QStringLiteral("How to answer: ") + advice + u'\n';

    const int number = appendNumbered(out, gap.questions);
    if (report::gapFailed(gap))
        out += u'(' + report::gapFailedText(gap) + QStringLiteral(")\n");
    else if (number == 0)
        out += u'(' + report::noQuestionsText() + QStringLiteral(")\n");
    out += u'\n' + rule() + u'\n';
}

} // namespace

QByteArray renderText(const RunState &state)
{
    QString out;
    out += QStringLiteral("AI INTERVIEW PREPARATION RESULTS\n");
    out += rule() + u'\n';
    out += QStringLiteral("Generated on: ") + report::displayDate(state.generatedAt) + u'\n';
    out += QStringLiteral("Source File: ") + report::oneLine(state.sourceFile) + u'\n';
    if (const QString job = report::jobTitle(state); !job.isEmpty())
        out += QStringLiteral("Target Job: ") + job + u'\n';
    out += rule() + u'\n';

    if (!state.error.trimmed().isEmpty()) {
        out += u'\n' + QCoreApplication::translate("ip::Report", "Error: %1").arg(report::oneLine(state.error))
            + QStringLiteral("\n\n") + rule() + u'\n';
    } else if (state.skills.isEmpty()) {
        out += u'\n' + report::noSkillsText() + QStringLiteral("\n\n") + rule() + u'\n';
    }

    for (const SkillResult &skill : state.skills) {
        out += u'\n';
        appendSkill(out, skill);
    }

    const QList<JobGap> gaps = keptJobGaps(state);
    if (!gaps.isEmpty()) {
        out += QStringLiteral("\nASKED FOR BY THE JOB, NOT SHOWN ON THE RESUME\n") + rule() + u'\n';
        out += report::jobGapsIntroText() + u'\n';
        for (const JobGap &gap : gaps) {
            out += u'\n';
            appendGap(out, gap);
        }
    }
    return out.toUtf8();
}

} // namespace ip
