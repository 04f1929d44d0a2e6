#include "report/Report.h"

#include "report/StudySheet.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace ip {

std::optional<ReportFormat> reportFormatFromName(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("txt") || n == QLatin1String("text"))
        return ReportFormat::Text;
    if (n == QLatin1String("md") || n == QLatin1String("markdown"))
        return ReportFormat::Markdown;
    if (n == QLatin1String("json"))
        return ReportFormat::Json;
    if (n == QLatin1String("pdf"))
        return ReportFormat::Pdf;
    if (n == QLatin1String("anki"))
        return ReportFormat::Anki;
    return std::nullopt;
}

QString fileExtension(ReportFormat format)
{
    switch (format) {
    case ReportFormat::Text: return QStringLiteral("txt");
    case ReportFormat::Markdown: return QStringLiteral("md");
    case ReportFormat::Json: return QStringLiteral("json");
    case ReportFormat::Pdf: return QStringLiteral("pdf");
    case ReportFormat::Anki: return QStringLiteral("txt");
    }
    return QStringLiteral("txt");
}

QByteArray renderReport(const RunState &state, ReportFormat format)
{
    return renderReport(state, format, {});
}

QByteArray renderReport(const RunState &state, ReportFormat format, const QList<PracticeAttempt> &attempts)
{
    switch (format) {
    case ReportFormat::Text: return renderText(state, attempts);
    case ReportFormat::Markdown: return renderMarkdown(state, attempts);
    case ReportFormat::Json: return renderJson(state, attempts);
    case ReportFormat::Pdf: return renderReportBytes(state, format, attempts).valueOr({});
    case ReportFormat::Anki: return renderAnki(sheetFromRun(state));
    }
    return renderText(state, attempts);
}

Result<QByteArray, QString> renderReportBytes(const RunState &state, ReportFormat format,
                                              const QList<PracticeAttempt> &attempts)
{
    if (format == ReportFormat::Pdf)
        return renderPdf(sheetFromRun(state));
    return Result<QByteArray, QString>::ok(renderReport(state, format, attempts));
}

namespace {

// A base name every common file system accepts: no path separators, no characters Windows forbids,
// no control characters, no leading/trailing dots or spaces, no reserved device names, bounded length.
QString sanitizeBaseName(const QString &sourceFile)
{
    QString path = sourceFile;
    path.replace(u'\\', u'/');
    QString base = QFileInfo(path).completeBaseName();
    if (base.isEmpty())
        base = QFileInfo(path).fileName();

    static const QString forbidden = QStringLiteral("<>:\"/\\|?*");
    QString out;
    out.reserve(base.size());
    for (const QChar c : base) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f || forbidden.contains(c) || c.category() == QChar::Other_Format)
            out += u'_';
        else if (c.isSpace())
            out += u' ';
        else
            out += c;
    }
    out = out.simplified();
    while (!out.isEmpty() && (out.front() == u'.' || out.front() == u' ' || out.front() == u'-'))
        out.remove(0, 1);
    while (!out.isEmpty() && (out.back() == u'.' || out.back() == u' '))
        out.chop(1);

    constexpr qsizetype kMaxChars = 100;
    if (out.size() > kMaxChars) {
        qsizetype cut = kMaxChars;
        if (out.at(cut - 1).isHighSurrogate())
            --cut;
        out.truncate(cut);
        while (!out.isEmpty() && (out.back() == u'.' || out.back() == u' '))
            out.chop(1);
    }
    if (out.isEmpty())
        return QStringLiteral("resume");

    static const QStringList reserved
        = { QStringLiteral("CON"), QStringLiteral("PRN"), QStringLiteral("AUX"), QStringLiteral("NUL") };
    const QString upper = out.toUpper();
    const bool isDevice = reserved.contains(upper)
        || (upper.size() == 4 && (upper.startsWith(QLatin1String("COM")) || upper.startsWith(QLatin1String("LPT")))
            && upper.at(3).isDigit());
    if (isDevice)
        out.prepend(u'_');
    return out;
}

} // namespace

QString defaultReportFileName(const QString &sourceFile, const QDateTime &when, ReportFormat format)
{
    const QDateTime stamp = when.isValid() ? when : QDateTime::currentDateTime();
    return sanitizeBaseName(sourceFile) + u'_' + stamp.toString(QStringLiteral("yyyyMMdd_HHmmss"))
        + (format == ReportFormat::Anki ? QStringLiteral("_anki.") : QStringLiteral("_results."))
        + fileExtension(format);
}

Result<bool, QString> writeReport(const QString &path, const RunState &state, ReportFormat format)
{
    return writeReport(path, state, format, {});
}

Result<bool, QString> writeReport(const QString &path, const RunState &state, ReportFormat format,
                                  const QList<PracticeAttempt> &attempts)
{
    const QString shown = QDir::toNativeSeparators(path);
    if (path.isEmpty())
        return Result<bool, QString>::fail(
            QCoreApplication::translate("ip::Report", "No file name was given for the report."));

    const auto rendered = renderReportBytes(state, format, attempts);
    if (rendered.isError()) {
        return Result<bool, QString>::fail(
            QCoreApplication::translate("ip::Report", "Could not write the report to %1: %2")
                .arg(shown, rendered.error()));
    }
    const QByteArray &bytes = rendered.value();

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return Result<bool, QString>::fail(
            QCoreApplication::translate("ip::Report", "Could not write the report to %1: %2")
                .arg(shown, file.errorString()));
    }
    if (file.write(bytes) != bytes.size()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return Result<bool, QString>::fail(
            QCoreApplication::translate("ip::Report", "Could not write the report to %1: %2").arg(shown, reason));
    }
    if (!file.commit()) {
        return Result<bool, QString>::fail(
            QCoreApplication::translate("ip::Report", "Could not save the report to %1: %2")
                .arg(shown, file.errorString()));
    }
    return Result<bool, QString>::ok(true);
}

} // namespace ip
