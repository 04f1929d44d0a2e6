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
// The structural words (title, "Generated on:", "Source File:", "SKILL:", "Sources:") are part of the
// format and stay English; annotations (context-free, failed) are translated.

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

void appendSkill(QString &out, const SkillResult &skill)
{
    const QString heading = QStringLiteral("SKILL: ") + report::skillTitle(skill);
    out += heading + u'\n';
    out += QString(displayLength(heading), u'-') + u'\n';

    if (!skill.isGrounded())
        out += u'(' + report::contextFreeText(skill) + QStringLiteral(")\n");

    int number = 0;
    for (const QString &question : skill.questions) {
        const QString text = report::oneLine(question);
        if (text.isEmpty())
            continue;
        out += QString::number(++number) + QStringLiteral(". ") + text + u'\n';
    }

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

} // namespace

QByteArray renderText(const RunState &state)
{
    QString out;
    out += QStringLiteral("AI INTERVIEW PREPARATION RESULTS\n");
    out += rule() + u'\n';
    out += QStringLiteral("Generated on: ") + report::displayDate(state.generatedAt) + u'\n';
    out += QStringLiteral("Source File: ") + report::oneLine(state.sourceFile) + u'\n';
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
    return out.toUtf8();
}

} // namespace ip
