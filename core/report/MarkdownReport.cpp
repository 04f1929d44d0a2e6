// The Markdown report: a heading per skill, a badge line (grounded / general knowledge / failed),
// the numbered questions and the sources as links. Everything taken from the run is escaped, so a
// skill called "C#" or a question with *stars* renders as written. A run that targets a job says so
// under the title and ends with a section on the job's skills the resume does not show (a "###"
// heading per gap: the closest the resume shows, how to answer, the questions).

#include "report/Report.h"
#include "report/ReportText.h"
#include "session/SourceLabel.h"

#include <QCoreApplication>

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

// The questions as a numbered list (one line each, empty ones left out); how many were written.
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

void appendSkill(QString &out, const SkillResult &skill)
{
    out += QStringLiteral("## ") + report::escapeMarkdown(report::skillTitle(skill)) + QStringLiteral("\n\n");
    out += badgeLine(skill) + QStringLiteral("\n\n");

    const int number = appendNumbered(out, questionTexts(skill.questions));
    if (number > 0)
        out += u'\n';
    else if (!report::skillFailed(skill))
        out += u'*' + report::escapeMarkdown(report::noQuestionsText()) + QStringLiteral("*\n\n");

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

} // namespace

QByteArray renderMarkdown(const RunState &state)
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
