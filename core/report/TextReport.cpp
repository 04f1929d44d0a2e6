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
// When questions carry details (issue 15), a "Details:" block follows a skill's list (and its
// annotation), one entry per question number that has any, and then the resume's claims; the
// sources come last. A run without details prints nothing more:
//
//   1. First question
//   2. Second question
//
//   Details:
//   2. Difficulty 2 of 3 (how it works) · Internals
//      From the resume: “Cut p99 latency by 40%”
//      Key points:
//      - A point [source: Title — example.com https://example.com/]
//
//   Claims you must be ready to defend:
//   - “Cut p99 latency by 40%”
//
// Given practice attempts (issue 16), a "PRACTICE" part follows the skills, a "SKILL:" block per
// skill with attempts; each follow-up is indented four spaces under the attempt it follows:
//
//   Question: How does the GIL affect threads?
//   Answer:
//     Only one thread runs bytecode at a time.
//   Correct 7 · Depth 5 · Trade-offs 4 · Clarity 8 · Overall 6/10
//   Covered:
//   - One thread at a time — Said so [source: Python docs docs.python.org https://…]
//   Missed:
//   - I/O releases it — Not mentioned
//   Feedback: Right idea; no word on I/O.
//   Stronger answer:
//     At Acme I …
//     From the resume: “Cut p50 latency by 73 %”
//
//       Follow-up: What happens during a blocking read?
//       …
//
// Without attempts (the overload without them) the report is what it always was.
//
// The structural words (title, "Generated on:", "Source File:", "SKILL:", "Sources:") are part of the
// format and stay English, and so do the job's ("Target Job:", the gaps' heading, "Closest on your
// resume:", "How to answer:"); annotations (context-free, failed, the gaps' introduction) and the
// details and claims blocks (new words, for people) are translated.

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

// "[source: <label> <url>]" for a key point that names one of the skill's sources; empty otherwise.
QString sourceNote(const SkillResult &skill, const KeyPoint &point)
{
    const Source *source = report::keyPointSource(skill, point);
    if (source == nullptr)
        return {};
    const QString label = report::oneLine(sourceLabel(*source));
    const QString url = source->url.toString();
    const QString named = label.isEmpty() ? url : url.isEmpty() ? label : label + u' ' + url;
    if (named.isEmpty())
        return {};
    return QCoreApplication::translate("ip::Report", "[source: %1]").arg(named);
}

// After the numbered list, only when some printed question has details: an entry per question
// number (the list's numbering, so empty questions are skipped the same way).
void appendDetails(QString &out, const SkillResult &skill)
{
    QString block;
    int number = 0;
    for (const Question &question : skill.questions) {
        if (report::oneLine(question.text).isEmpty())
            continue;
        ++number;
        if (!report::hasPrintableDetails(question))
            continue;
        QStringList lines;
        QStringList badges;
        if (const QString difficulty = report::difficultyLine(question.difficulty); !difficulty.isEmpty())
            badges << difficulty;
        if (const QString category = report::categoryText(question.category); !category.isEmpty())
            badges << category;
        if (!badges.isEmpty())
            lines << badges.join(QStringLiteral(" · "));
        if (const QString evidence = report::oneLine(question.evidence); !evidence.isEmpty())
            lines << report::evidenceText(evidence);
        QStringList points;
        for (const KeyPoint &point : question.keyPoints) {
            const QString text = report::oneLine(point.text);
            if (text.isEmpty())
                continue;
            const QString note = sourceNote(skill, point);
            points << QStringLiteral("- ") + (note.isEmpty() ? text : text + u' ' + note);
        }
        if (!points.isEmpty()) {
            lines << QCoreApplication::translate("ip::Report", "Key points:");
            lines += points;
        }
        // The entry's lines under its number, aligned with the first one's text.
        const QString prefix = QString::number(number) + QStringLiteral(". ");
        const QString indent(prefix.size(), u' ');
        for (qsizetype i = 0; i < lines.size(); ++i)
            block += (i == 0 ? prefix : indent) + lines.at(i) + u'\n';
    }
    if (!block.isEmpty())
        out += u'\n' + QCoreApplication::translate("ip::Report", "Details:") + u'\n' + block;
}

// "Claims you must be ready to defend:" and the quoted resume lines, when the skill has any.
void appendClaims(QString &out, const SkillResult &skill)
{
    QString block;
    for (const QString &claim : skill.claims) {
        if (const QString line = report::oneLine(claim); !line.isEmpty())
            block += QStringLiteral("- “") + line + QStringLiteral("”\n");
    }
    if (!block.isEmpty())
        out += u'\n' + report::claimsHeadingWithColon() + u'\n' + block;
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

    appendDetails(out, skill);
    appendClaims(out, skill);

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

// One attempt's lines (not indented yet): the question, the answer, then its grade or "Not graded".
QStringList attemptLines(const report::PracticeGroup &group, const report::PracticeEntry &entry)
{
    const PracticeAttempt &attempt = *entry.attempt;
    const QString question = report::oneLine(attempt.question);
    QStringList lines;
    lines << (entry.level == 0 ? QCoreApplication::translate("ip::Report", "Question: %1").arg(question)
                               : report::followUpTitle(question));
    const auto block = [&lines](const QString &heading, const QString &text) {
        const QStringList body = report::paragraphLines(text);
        if (body.isEmpty())
            return;
        lines << heading;
        for (const QString &line : body)
            lines << (line.isEmpty() ? QString() : QStringLiteral("  ") + line);
    };
    block(QCoreApplication::translate("ip::Report", "Answer:"), attempt.answer);
    if (!attempt.graded) {
        lines << u'(' + report::notGradedText(attempt) + u')';
        return lines;
    }
    const PracticeGrade &grade = attempt.grade;
    lines << report::scoresLine(grade);
    if (grade.dontKnow)
        lines << u'(' + report::dontKnowText() + u')';
    for (const bool covered : { true, false }) {
        QStringList points;
        for (const KeyPointVerdict &verdict : grade.keyPoints) {
            const KeyPoint *point = report::verdictPoint(attempt, verdict);
            if (verdict.covered != covered || point == nullptr || report::oneLine(point->text).isEmpty())
                continue;
            QString line = QStringLiteral("- ") + report::oneLine(point->text);
            if (const QString judgement = report::oneLine(verdict.judgement); !judgement.isEmpty())
                line += QStringLiteral(" — ") + judgement;
            if (const Source *source = report::verdictSource(group.skill, attempt, verdict)) {
                const QString label = report::oneLine(sourceLabel(*source));
                const QString url = source->url.toString();
                const QString named = label.isEmpty() ? url : url.isEmpty() ? label : label + u' ' + url;
                if (!named.isEmpty())
                    line += u' ' + QCoreApplication::translate("ip::Report", "[source: %1]").arg(named);
            }
            points << line;
        }
        if (!points.isEmpty()) {
            lines << (covered ? report::coveredHeading() : report::missedHeading()) + u':';
            lines += points;
        }
    }
    if (const QString feedback = report::oneLine(grade.feedback); !feedback.isEmpty())
        lines << report::feedbackLabel() + u' ' + feedback;
    if (!grade.strongerWithheld.trimmed().isEmpty()) {
        lines << u'(' + report::strongerWithheldText(grade.strongerWithheld) + u')';
    } else if (!report::paragraphLines(grade.strongerAnswer).isEmpty()) {
        block(report::strongerAnswerHeading() + u':', grade.strongerAnswer);
        for (const QString &quote : grade.strongerQuotes)
            if (const QString line = report::oneLine(quote); !line.isEmpty())
                lines << QStringLiteral("  ") + report::evidenceText(line);
    }
    if (const QString next = report::oneLine(grade.followUp); !next.isEmpty() && !entry.followUpAnswered)
        lines << report::nextFollowUpLabel() + u' ' + next;
    return lines;
}

// After the skills, only with attempts: a "SKILL:" block per skill with attempts, each attempt's
// follow-ups indented under it.
void appendPractice(QString &out, const RunState &state, const QList<PracticeAttempt> &attempts)
{
    const QList<report::PracticeGroup> groups = report::practiceGroups(state, attempts);
    if (groups.isEmpty())
        return;
    out += QStringLiteral("\nPRACTICE\n") + rule() + u'\n';
    for (const report::PracticeGroup &group : groups) {
        const QString heading = QStringLiteral("SKILL: ") + group.name;
        out += u'\n' + heading + u'\n' + QString(displayLength(heading), u'-') + u'\n';
        bool first = true;
        for (const report::PracticeEntry &entry : group.entries) {
            if (!first)
                out += u'\n';
            first = false;
            const QString indent(4 * qsizetype(entry.level), u' ');
            for (const QString &line : attemptLines(group, entry))
                out += (line.isEmpty() ? QString() : indent + line) + u'\n';
        }
        out += u'\n' + rule() + u'\n';
    }
}

} // namespace

QByteArray renderText(const RunState &state)
{
    return renderText(state, {});
}

QByteArray renderText(const RunState &state, const QList<PracticeAttempt> &attempts)
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
    appendPractice(out, state, attempts);

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
