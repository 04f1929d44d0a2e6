#include "report/StudySheet.h"

#include "report/ReportText.h"
#include "report/SheetHtml.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>
#include <QStringList>

namespace ip {

namespace report {

QString sourceLinkHtml(const Source &source)
{
    QString title = oneLine(source.title);
    if (title.isEmpty())
        title = source.url.host().isEmpty() ? source.url.toString() : source.url.host();
    const QString scheme = source.url.scheme().toLower();
    if (!source.url.isValid() || (scheme != QLatin1String("http") && scheme != QLatin1String("https")))
        return title.toHtmlEscaped();
    return QStringLiteral("<a href=\"%1\">%2</a>")
        .arg(QString::fromLatin1(source.url.toEncoded(QUrl::FullyEncoded)).toHtmlEscaped(), title.toHtmlEscaped());
}

const Source *sheetKeyPointSource(const SheetSkill &skill, const KeyPoint &point)
{
    if (point.source < 0 || point.source >= skill.sources.size())
        return nullptr;
    return &skill.sources.at(point.source);
}

QString generalKnowledgeText()
{
    return QCoreApplication::translate("ip::StudySheet", "General knowledge — no web sources");
}

} // namespace report

StudySheet sheetFromRun(const RunState &run, const QString &questionLanguage)
{
    StudySheet sheet;
    sheet.language = questionLanguage;
    sheet.title = run.sourceFile.isEmpty() ? QCoreApplication::translate("ip::StudySheet", "Interview questions")
                                           : QCoreApplication::translate("ip::StudySheet", "Interview questions — %1")
                                                 .arg(report::oneLine(run.sourceFile));

    QStringList subtitle;
    if (run.generatedAt.isValid())
        subtitle << report::displayDate(run.generatedAt);
    const QString job = report::jobTitle(run);
    if (!job.isEmpty())
        subtitle << QCoreApplication::translate("ip::StudySheet", "for %1").arg(job);
    QStringList models;
    for (auto it = run.models.cbegin(); it != run.models.cend(); ++it)
        if (!it.value().trimmed().isEmpty() && !models.contains(it.value().trimmed()))
            models << it.value().trimmed();
    if (!models.isEmpty())
        subtitle << QCoreApplication::translate("ip::StudySheet", "models: %1").arg(models.join(QStringLiteral(", ")));
    sheet.subtitle = subtitle.join(QStringLiteral(" · "));

    for (const SkillResult &skill : run.skills) {
        if (skill.questions.isEmpty())
            continue;
        SheetSkill out;
        out.name = report::skillTitle(skill);
        out.sources = skill.sources;
        out.grounded = skill.isGrounded();
        for (const Question &q : skill.questions) {
            if (q.text.trimmed().isEmpty())
                continue;
            out.questions.append(SheetQuestion { q.text.trimmed(), q.keyPoints, q.evidence, q.difficulty });
        }
        if (!out.questions.isEmpty())
            sheet.skills.append(out);
    }
    return sheet;
}

namespace {

// The direction of a text's first strong character; nullopt when it has none.
std::optional<bool> firstStrongIsRightToLeft(const QString &text)
{
    for (const QChar c : text) {
        switch (c.direction()) {
        case QChar::DirL: return false;
        case QChar::DirR:
        case QChar::DirAL: return true;
        default: break;
        }
    }
    return std::nullopt;
}

} // namespace

bool isRightToLeft(const StudySheet &sheet)
{
    const QString language = sheet.language.trimmed();
    if (!language.isEmpty()) {
        const QLocale locale(language);
        if (locale.language() != QLocale::C && locale.language() != QLocale::AnyLanguage)
            return locale.textDirection() == Qt::RightToLeft;
    }
    for (const SheetSkill &skill : sheet.skills)
        for (const SheetQuestion &q : skill.questions)
            if (const auto rtl = firstStrongIsRightToLeft(q.text))
                return *rtl;
    return false;
}

// --- Anki ---------------------------------------------------------------------------------------
//
// Anki's "Import File" text format (Anki manual, "Importing ▸ Text Files",
// https://docs.ankiweb.net/importing/text-files.html): UTF-8 (no BOM needed), one note per line,
// fields separated by the separator; a field holding the separator, a line break or a double quote
// is put in double quotes, a quote inside doubled ("a ""b"" c"). Since Anki 2.1.54, "#key:value"
// lines at the top of the file (the "File Headers" section) set the import's options so that nobody
// has to choose them: #separator:tab, #html:true (fields are HTML), #columns: names of the columns
// (matched to the note type's fields), #tags column:N (the column holding space-separated tags).
// The note type is left to the importer's default (Basic; a localised Anki names it otherwise, so
// #notetype:Basic could miss it). A record whose first byte is '#' would be read as a comment, so
// a field starting with '#' is quoted too.

namespace {

QString ankiField(const QString &field)
{
    const bool quote = field.contains(u'\t') || field.contains(u'\n') || field.contains(u'\r') || field.contains(u'"')
        || field.startsWith(u'#');
    if (!quote)
        return field;
    QString doubled = field;
    doubled.replace(u'"', QStringLiteral("\"\""));
    return u'"' + doubled + u'"';
}

// Escaped text whose line breaks show as <br> (the break kept in the file, inside quotes).
QString htmlText(const QString &text)
{
    QString escaped = text.trimmed().toHtmlEscaped();
    escaped.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    escaped.replace(u'\n', QStringLiteral("<br>\n"));
    return escaped;
}

// An Anki tag: no white space (a space separates tags), no empty tag.
QString ankiTag(const QString &name)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    QString tag = name.trimmed();
    tag.replace(space, QStringLiteral("_"));
    return tag;
}

QString ankiBack(const SheetSkill &skill, const SheetQuestion &q)
{
    QString back;
    bool namedSource = false;
    if (!q.keyPoints.isEmpty()) {
        back += QStringLiteral("<ul>");
        for (const KeyPoint &point : q.keyPoints) {
            if (point.text.trimmed().isEmpty())
                continue;
            back += QStringLiteral("<li>") + htmlText(point.text);
            if (const Source *source = report::sheetKeyPointSource(skill, point)) {
                back += QStringLiteral(" — ") + report::sourceLinkHtml(*source);
                namedSource = true;
            }
            back += QStringLiteral("</li>");
        }
        back += QStringLiteral("</ul>");
    }
    if (!namedSource && !skill.sources.isEmpty()) {
        QStringList links;
        for (const Source &source : skill.sources)
            links << report::sourceLinkHtml(source);
        back += QStringLiteral("<p>")
            + QCoreApplication::translate("ip::StudySheet", "Sources: %1").arg(links.join(QStringLiteral(", ")))
            + QStringLiteral("</p>");
    }
    if (!q.evidence.trimmed().isEmpty())
        back += QStringLiteral("<p><i>") + htmlText(report::evidenceText(report::oneLine(q.evidence)))
            + QStringLiteral("</i></p>");
    QString footer = report::oneLine(skill.name).toHtmlEscaped();
    const QString difficulty = report::difficultyLine(q.difficulty);
    if (!difficulty.isEmpty())
        footer += QStringLiteral(" · ") + difficulty.toHtmlEscaped();
    if (!skill.grounded)
        footer += QStringLiteral(" · ") + report::generalKnowledgeText().toHtmlEscaped();
    back += QStringLiteral("<p><small>") + footer + QStringLiteral("</small></p>");
    return back;
}

} // namespace

QByteArray renderAnki(const StudySheet &sheet)
{
    QString out;
    out += QStringLiteral("#separator:tab\n");
    out += QStringLiteral("#html:true\n");
    out += QStringLiteral("#columns:Front\tBack\tTags\n");
    out += QStringLiteral("#tags column:3\n");
    for (const SheetSkill &skill : sheet.skills) {
        QString tags = QStringLiteral("interview-prep");
        const QString skillTag = ankiTag(skill.name);
        if (!skillTag.isEmpty())
            tags += u' ' + skillTag;
        for (const SheetQuestion &q : skill.questions) {
            out += ankiField(htmlText(q.text)) + u'\t' + ankiField(ankiBack(skill, q)) + u'\t' + ankiField(tags)
                + u'\n';
        }
    }
    return out.toUtf8();
}

} // namespace ip
