// The Markdown report: a heading per skill, a badge line (grounded / general knowledge / failed),
// the numbered questions and the sources as links. Everything taken from the run is escaped, so a
// skill called "C#" or a question with *stars* renders as written. A run that targets a job says so
// under the title and ends with a section on the job's skills the resume does not show (a "###"
// heading per gap: the closest the resume shows, how to answer, the questions).
//
// Questions with details (issue 15) read, for a grounded skill with claims:
//
//   1. How does the GIL affect threads? `how it works` `Internals`
//      > From the resume: “Cut p99 latency by 40%”
//      - Only one thread runs bytecode at a time ([Python docs — docs.python.org](https://docs.python.org/3/))
//   2. A question without details
//
//   **Claims you must be ready to defend**
//
//   - “Cut p99 latency by 40%”
//
// and then the sources. A run without details prints exactly what it printed before.
//
// With practice attempts (issue 16), a "## Practice" section follows the skills: a "###" heading
// per skill, then each answer under a "####" heading (its question) and its follow-ups one level
// down ("##### Follow-up: …", "######" below that), each with the answer as a quote, the scores
// ("Correct 7 · Depth 5 · Trade-offs 4 · Clarity 8 · Overall 6/10"), the covered and missed key
// points (judgement and source link), the feedback, the stronger answer with the resume lines it
// rests on (or why it was withheld) and a follow-up question no attempt answered yet; an attempt
// not graded says so. Without attempts nothing changes.

#include "report/Report.h"
#include "report/ReportText.h"
#include "session/SourceLabel.h"

#include <QCoreApplication>

#include <algorithm>

namespace ip {

namespace {

QString badgeLine(const SkillResult &skill)
{
    QStringList parts;
    if (skill.isGrounded()) {
        const auto count = skill.sources.size();
        parts << (QStringLiteral("`") + QCoreApplication::translate("ip::Report", "grounded") + QStringLiteral("` · ")
                  + QCoreApplication::translate("ip::Report", "web sources: %1").arg(count));
    } else {
        const QString reason = report::oneLine(skill.contextReason);
        const QString detail = reason.isEmpty()
            ? QCoreApplication::translate("ip::Report", "no web sources")
            : QCoreApplication::translate("ip::Report", "no web sources: %1").arg(reason);
        parts << (QStringLiteral("`") + QCoreApplication::translate("ip::Report", "general knowledge")
                  + QStringLiteral("` · ") + report::escapeMarkdown(detail));
    }
    if (report::skillFailed(skill))
        parts << (QStringLiteral("`") + QCoreApplication::translate("ip::Report", "failed") + QStringLiteral("` · ")
                  + report::escapeMarkdown(report::skillError(skill)));
    return parts.join(QStringLiteral(" · "));
}

QString sourceItem(const Source &source)
{
    const QString target = report::markdownLinkTarget(source.url);
    QString title = report::escapeMarkdown(report::oneLine(sourceLabel(source)));
    if (target.isEmpty()) {
        const QString shown = report::escapeMarkdown(source.url.toString());
        return title.isEmpty() ? shown : title + QStringLiteral(" — ") + shown;
    }
    if (title.isEmpty())
        title = report::escapeMarkdown(source.url.host());
    return u'[' + title + QStringLiteral("](") + target + u')';
}

// A gap's questions as a numbered list (one line each, empty ones left out); how many were written.
int appendNumbered(QString &out, const QStringList &questions)
{
    int number = 0;
    for (const QString &question : questions) {
        const QString text = report::oneLine(question);
        if (!text.isEmpty())
            out += QString::number(++number) + QStringLiteral(". ") + report::escapeMarkdown(text) + u'\n';
    }
    return number;
}

// A small badge: our own words in a code span (a backtick in a translation would end it early).
QString badge(QString text)
{
    text.replace(u'`', u'\'');
    return u'`' + text + u'`';
}

// A skill's questions as a numbered list (one line each, empty ones left out); how many were
// written. A question with details (issue 15) gets its difficulty and category as badges after
// the text and, nested under it, the resume line it probes as a quote and its key points as a
// list with the source each came from.
int appendQuestions(QString &out, const SkillResult &skill)
{
    int number = 0;
    for (const Question &question : skill.questions) {
        const QString text = report::oneLine(question.text);
        if (text.isEmpty())
            continue;
        const QString prefix = QString::number(++number) + QStringLiteral(". ");
        out += prefix + report::escapeMarkdown(text);
        if (const QString difficulty = report::difficultyText(question.difficulty); !difficulty.isEmpty())
            out += u' ' + badge(difficulty);
        if (const QString category = report::categoryText(question.category); !category.isEmpty())
            out += u' ' + badge(category);
        out += u'\n';

        // Nested blocks start at the item's text (no blank lines: the list stays tight).
        const QString indent(prefix.size(), u' ');
        if (const QString evidence = report::oneLine(question.evidence); !evidence.isEmpty())
            out += indent + QStringLiteral("> ") + report::evidenceText(report::escapeMarkdown(evidence)) + u'\n';
        for (const KeyPoint &point : question.keyPoints) {
            const QString pointText = report::oneLine(point.text);
            if (pointText.isEmpty())
                continue;
            out += indent + QStringLiteral("- ") + report::escapeMarkdown(pointText);
            if (const Source *source = report::keyPointSource(skill, point))
                out += QStringLiteral(" (") + sourceItem(*source) + u')';
            out += u'\n';
        }
    }
    return number;
}

// "Claims you must be ready to defend" and the quoted resume lines, when the skill has any.
void appendClaims(QString &out, const SkillResult &skill)
{
    QString list;
    for (const QString &claim : skill.claims) {
        if (const QString line = report::oneLine(claim); !line.isEmpty())
            list += QStringLiteral("- “") + report::escapeMarkdown(line) + QStringLiteral("”\n");
    }
    if (!list.isEmpty())
        out += QStringLiteral("**") + report::claimsHeading() + QStringLiteral("**\n\n") + list + u'\n';
}

void appendSkill(QString &out, const SkillResult &skill)
{
    out += QStringLiteral("## ") + report::escapeMarkdown(report::skillTitle(skill)) + QStringLiteral("\n\n");
    out += badgeLine(skill) + QStringLiteral("\n\n");

    const int number = appendQuestions(out, skill);
    if (number > 0)
        out += u'\n';
    else if (!report::skillFailed(skill))
        out += u'*' + report::escapeMarkdown(report::noQuestionsText()) + QStringLiteral("*\n\n");

    appendClaims(out, skill);

    if (skill.isGrounded() && !skill.sources.isEmpty()) {
        out += QStringLiteral("**") + QCoreApplication::translate("ip::Report", "Sources") + QStringLiteral("**\n\n");
        for (const Source &source : skill.sources)
            out += QStringLiteral("- ") + sourceItem(source) + u'\n';
        out += u'\n';
    }
}

void appendGap(QString &out, const JobGap &gap)
{
    out += QStringLiteral("### ") + report::escapeMarkdown(report::gapTitle(gap)) + QStringLiteral("\n\n");
    const auto labelled = [&out](const QString &label, const QString &text) {
        const QString line = report::oneLine(text);
        if (!line.isEmpty())
            out += QStringLiteral("**") + label + QStringLiteral("** ") + report::escapeMarkdown(line)
                + QStringLiteral("\n\n");
    };
    labelled(QCoreApplication::translate("ip::Report", "Closest on your resume:"), gap.adjacent);
    labelled(QCoreApplication::translate("ip::Report", "How to answer:"), gap.advice);

    const int number = appendNumbered(out, gap.questions);
    if (number > 0)
        out += u'\n';
    if (report::gapFailed(gap))
        out += u'*' + report::escapeMarkdown(report::gapFailedText(gap)) + QStringLiteral("*\n\n");
    else if (number == 0)
        out += u'*' + report::escapeMarkdown(report::noQuestionsText()) + QStringLiteral("*\n\n");
}

// A multi-line text as a quoted block: its line breaks kept (a backslash before the break), a
// blank line a new paragraph in the quote.
void appendQuoted(QString &out, const QString &text)
{
    const QStringList lines = report::paragraphLines(text);
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (lines.at(i).isEmpty()) {
            out += QStringLiteral(">\n");
            continue;
        }
        out += QStringLiteral("> ") + report::escapeMarkdown(lines.at(i));
        if (i + 1 < lines.size() && !lines.at(i + 1).isEmpty())
            out += u'\\';
        out += u'\n';
    }
    out += u'\n';
}

// "**Covered**" or "**Missed**" and the judged points: text, judgement, source link.
void appendVerdicts(QString &out, const report::PracticeGroup &group, const PracticeAttempt &attempt, bool covered)
{
    QString list;
    for (const KeyPointVerdict &verdict : attempt.grade.keyPoints) {
        const KeyPoint *point = report::verdictPoint(attempt, verdict);
        if (verdict.covered != covered || point == nullptr)
            continue;
        const QString text = report::oneLine(point->text);
        if (text.isEmpty())
            continue;
        list += QStringLiteral("- ") + report::escapeMarkdown(text);
        if (const QString judgement = report::oneLine(verdict.judgement); !judgement.isEmpty())
            list += QStringLiteral(" — ") + report::escapeMarkdown(judgement);
        if (const Source *source = report::verdictSource(group.skill, attempt, verdict))
            list += QStringLiteral(" (") + sourceItem(*source) + u')';
        list += u'\n';
    }
    if (!list.isEmpty())
        out += QStringLiteral("**") + (covered ? report::coveredHeading() : report::missedHeading())
            + QStringLiteral("**\n\n") + list + u'\n';
}

// One attempt: a heading (the question; "Follow-up: …" one level down for each follow-up), the
// answer as a quote, then its grade or "Not graded".
void appendAttempt(QString &out, const report::PracticeGroup &group, const report::PracticeEntry &entry)
{
    const PracticeAttempt &attempt = *entry.attempt;
    const QString question = report::escapeMarkdown(report::oneLine(attempt.question));
    out += QString(4 + std::min(entry.level, 2), u'#') + u' '
        + (entry.level == 0 ? question : report::followUpTitle(question)) + QStringLiteral("\n\n");
    appendQuoted(out, attempt.answer);
    if (!attempt.graded) {
        out += u'*' + report::escapeMarkdown(report::notGradedText(attempt)) + QStringLiteral("*\n\n");
        return;
    }
    const PracticeGrade &grade = attempt.grade;
    out += report::escapeMarkdown(report::scoresLine(grade)) + QStringLiteral("\n\n");
    if (grade.dontKnow)
        out += u'*' + report::escapeMarkdown(report::dontKnowText()) + QStringLiteral("*\n\n");
    appendVerdicts(out, group, attempt, true);
    appendVerdicts(out, group, attempt, false);
    if (const QString feedback = report::oneLine(grade.feedback); !feedback.isEmpty())
        out += QStringLiteral("**") + report::feedbackLabel() + QStringLiteral("** ") + report::escapeMarkdown(feedback)
            + QStringLiteral("\n\n");
    if (!grade.strongerWithheld.trimmed().isEmpty()) {
        out += u'*' + report::escapeMarkdown(report::strongerWithheldText(grade.strongerWithheld))
            + QStringLiteral("*\n\n");
    } else if (!report::paragraphLines(grade.strongerAnswer).isEmpty()) {
        out += QStringLiteral("**") + report::strongerAnswerHeading() + QStringLiteral("**\n\n");
        appendQuoted(out, grade.strongerAnswer);
        QString quotes;
        for (const QString &quote : grade.strongerQuotes)
            if (const QString line = report::oneLine(quote); !line.isEmpty())
                quotes += QStringLiteral("- ") + report::evidenceText(report::escapeMarkdown(line)) + u'\n';
        if (!quotes.isEmpty())
            out += quotes + u'\n';
    }
    if (const QString next = report::oneLine(grade.followUp); !next.isEmpty() && !entry.followUpAnswered)
        out += QStringLiteral("**") + report::nextFollowUpLabel() + QStringLiteral("** ") + report::escapeMarkdown(next)
            + QStringLiteral("\n\n");
}

void appendPractice(QString &out, const RunState &state, const QList<PracticeAttempt> &attempts)
{
    const QList<report::PracticeGroup> groups = report::practiceGroups(state, attempts);
    if (groups.isEmpty())
        return;
    out += QStringLiteral("## ") + report::practiceHeading() + QStringLiteral("\n\n");
    for (const report::PracticeGroup &group : groups) {
        out += QStringLiteral("### ") + report::escapeMarkdown(group.name) + QStringLiteral("\n\n");
        for (const report::PracticeEntry &entry : group.entries)
            appendAttempt(out, group, entry);
    }
}

} // namespace

QByteArray renderMarkdown(const RunState &state)
{
    return renderMarkdown(state, {});
}

QByteArray renderMarkdown(const RunState &state, const QList<PracticeAttempt> &attempts)
{
    QString out;
    out += QStringLiteral("# ")
        + QCoreApplication::translate("ip::Report", "Interview preparation: %1")
              .arg(report::escapeMarkdown(report::oneLine(state.sourceFile)))
        + QStringLiteral("\n\n");
    out += QCoreApplication::translate("ip::Report", "Generated on %1").arg(report::displayDate(state.generatedAt))
        + QStringLiteral("\n\n");
    if (const QString job = report::jobTitle(state); !job.isEmpty())
        out += QCoreApplication::translate("ip::Report", "Target job: %1").arg(report::escapeMarkdown(job))
            + QStringLiteral("\n\n");

    if (!state.error.trimmed().isEmpty())
        out += QStringLiteral("> **") + QCoreApplication::translate("ip::Report", "Error:") + QStringLiteral("** ")
            + report::escapeMarkdown(report::oneLine(state.error)) + QStringLiteral("\n\n");
    else if (state.skills.isEmpty())
        out += u'*' + report::escapeMarkdown(report::noSkillsText()) + QStringLiteral("*\n\n");

    for (const SkillResult &skill : state.skills)
        appendSkill(out, skill);
    appendPractice(out, state, attempts);

    const QList<JobGap> gaps = keptJobGaps(state);
    if (!gaps.isEmpty()) {
        out += QStringLiteral("## ")
            + QCoreApplication::translate("ip::Report", "Asked for by the job, not shown on the resume")
            + QStringLiteral("\n\n") + report::escapeMarkdown(report::jobGapsIntroText()) + QStringLiteral("\n\n");
        for (const JobGap &gap : gaps)
            appendGap(out, gap);
    }

    // Exactly one trailing newline.
    while (out.endsWith(QStringLiteral("\n\n")))
        out.chop(1);
    return out.toUtf8();
}

} // namespace ip
