// The study sheet as an A4 PDF, with Qt's own writer: the sheet as HTML in a QTextDocument laid out
// on the writer's pages, each page painted with "Page n of N" under it.

#include "report/ReportText.h"
#include "report/SheetHtml.h"
#include "report/StudySheet.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCoreApplication>
#include <QFont>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>
#include <QTextOption>

namespace ip {
namespace {

constexpr int kResolution = 300; // dots per inch of the layout
constexpr qreal kBodyPointSize = 10.5;

QString para(const QString &dir, const QString &cls, const QString &html)
{
    return QStringLiteral("<p dir=\"%1\" class=\"%2\">%3</p>\n").arg(dir, cls, html);
}

QString escapedLine(const QString &text)
{
    return report::oneLine(text).toHtmlEscaped();
}

QString sheetHtml(const StudySheet &sheet, bool rtl)
{
    const QString dir = rtl ? QStringLiteral("rtl") : QStringLiteral("ltr");
    // Rich text reads CSS margins in pixels of 1/96 inch (scaled to the writer's dots): points converted.
    const auto pt = [](qreal points) {
        return QString::number(qRound(points * 96 / 72.0)) + QStringLiteral("px");
    };
    QString html = QStringLiteral("<html dir=\"%1\"><head><style>").arg(dir);
    html += QStringLiteral("h1 { font-size: 18pt; margin-bottom: %1; }").arg(pt(2));
    html += QStringLiteral("h2 { font-size: 14pt; margin-top: %1; margin-bottom: %2; }").arg(pt(18), pt(4));
    html += QStringLiteral("p { margin-top: %1; margin-bottom: %1; }").arg(pt(1.5));
    html += QStringLiteral("ul { margin-top: %1; margin-bottom: %1; }").arg(pt(2));
    html += QStringLiteral("p.q { margin-top: %1; font-weight: bold; }").arg(pt(11));
    html += QStringLiteral("p.srch { margin-top: %1; font-weight: bold; }").arg(pt(10));
    html += QStringLiteral("p.sub { color: #555555; }"
                           "p.note { color: #8a5a00; font-style: italic; }"
                           "p.meta { color: #555555; font-size: 9pt; }"
                           "p.ev { color: #333333; font-style: italic; }"
                           "a { color: #1a4f9c; text-decoration: none; }"
                           "</style></head>");
    html += QStringLiteral("<body dir=\"%1\">\n").arg(dir);
    html += QStringLiteral("<h1 dir=\"%1\">%2</h1>\n").arg(dir, escapedLine(sheet.title));
    if (!sheet.subtitle.trimmed().isEmpty())
        html += para(dir, QStringLiteral("sub"), escapedLine(sheet.subtitle));
    if (sheet.skills.isEmpty())
        html += para(dir, QStringLiteral("note"), report::noQuestionsText().toHtmlEscaped());

    for (const SheetSkill &skill : sheet.skills) {
        const QString name = report::oneLine(skill.name).isEmpty()
            ? QCoreApplication::translate("ip::Report", "(unnamed skill)")
            : report::oneLine(skill.name);
        html += QStringLiteral("<h2 dir=\"%1\">%2</h2>\n").arg(dir, name.toHtmlEscaped());
        if (!skill.grounded)
            html += para(dir, QStringLiteral("note"), report::generalKnowledgeText().toHtmlEscaped());
        int number = 0;
        for (const SheetQuestion &q : skill.questions) {
            ++number;
            html += para(dir, QStringLiteral("q"), QStringLiteral("%1. %2").arg(number).arg(escapedLine(q.text)));
            const QString difficulty = report::difficultyLine(q.difficulty);
            if (!difficulty.isEmpty())
                html += para(dir, QStringLiteral("meta"), difficulty.toHtmlEscaped());
            if (!report::oneLine(q.evidence).isEmpty())
                html += para(dir, QStringLiteral("ev"),
                             report::evidenceText(report::oneLine(q.evidence)).toHtmlEscaped());
            QString points;
            for (const KeyPoint &point : q.keyPoints) {
                if (report::oneLine(point.text).isEmpty())
                    continue;
                points += QStringLiteral("<li dir=\"%1\">%2").arg(dir, escapedLine(point.text));
                if (const Source *source = report::sheetKeyPointSource(skill, point))
                    points += QStringLiteral(" — <i>") + report::sourceLinkHtml(*source) + QStringLiteral("</i>");
                points += QStringLiteral("</li>\n");
            }
            if (!points.isEmpty())
                html += QStringLiteral("<ul dir=\"%1\">\n").arg(dir) + points + QStringLiteral("</ul>\n");
        }
        if (!skill.sources.isEmpty()) {
            html += para(dir, QStringLiteral("srch"),
                         QCoreApplication::translate("ip::StudySheet", "Sources").toHtmlEscaped());
            html += QStringLiteral("<ol dir=\"%1\">\n").arg(dir);
            for (const Source &source : skill.sources) {
                const QString scheme = source.url.scheme().toLower();
                const bool web = scheme == QLatin1String("http") || scheme == QLatin1String("https");
                const QString address = web ? QString::fromLatin1(source.url.toEncoded(QUrl::FullyEncoded)) : QString();
                html += QStringLiteral("<li dir=\"%1\">%2").arg(dir, report::sourceLinkHtml(source));
                if (!address.isEmpty() && !report::oneLine(source.title).isEmpty())
                    html += QStringLiteral(" <span style=\"color:#555555; font-size:8pt;\">%1</span>")
                                .arg(address.toHtmlEscaped());
                html += QStringLiteral("</li>\n");
            }
            html += QStringLiteral("</ol>\n");
        }
    }
    html += QStringLiteral("</body></html>\n");
    return html;
}

QString pageNumberText(int page, int pages)
{
    return QCoreApplication::translate("ip::StudySheet", "Page %1 of %2").arg(page).arg(pages);
}

} // namespace

Result<QByteArray, QString> renderPdf(const StudySheet &sheet)
{
    using R = Result<QByteArray, QString>;
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return R::fail(
            QCoreApplication::translate("ip::StudySheet", "A PDF can only be written with fonts available (no GUI)."));
    const bool rtl = isRightToLeft(sheet);

    QByteArray bytes;
    QBuffer buffer(&bytes);
    if (!buffer.open(QIODevice::WriteOnly))
        return R::fail(QCoreApplication::translate("ip::StudySheet", "Could not make the PDF."));
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(kResolution);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(18, 16, 18, 14),
                                         QPageLayout::Millimeter));
        writer.setTitle(report::oneLine(sheet.title));
        writer.setCreator(QCoreApplication::applicationName());

        QFont font;
        font.setPointSizeF(kBodyPointSize);
        QTextDocument doc;
        doc.documentLayout()->setPaintDevice(&writer);
        doc.setDefaultFont(font);
        doc.setDocumentMargin(0);
        QTextOption option = doc.defaultTextOption();
        option.setTextDirection(rtl ? Qt::RightToLeft : Qt::LeftToRight);
        doc.setDefaultTextOption(option);
        doc.setHtml(sheetHtml(sheet, rtl));

        const QRectF paintRect = writer.pageLayout().paintRectPixels(kResolution);
        QFont footerFont = font;
        footerFont.setPointSizeF(8.5);
        const QFontMetricsF footerMetrics(footerFont, &writer);
        const qreal footerHeight = footerMetrics.height() * 2.5;
        const QSizeF body(paintRect.width(), paintRect.height() - footerHeight);
        doc.setPageSize(body);
        const int pages = qMax(1, doc.pageCount());

        QPainter painter;
        if (!painter.begin(&writer))
            return R::fail(QCoreApplication::translate("ip::StudySheet", "Could not make the PDF."));
        for (int page = 0; page < pages; ++page) {
            if (page > 0 && !writer.newPage()) {
                painter.end();
                return R::fail(QCoreApplication::translate("ip::StudySheet", "Could not make the PDF."));
            }
            painter.save();
            const QRectF view(0, page * body.height(), body.width(), body.height());
            painter.translate(0, -view.top());
            painter.setClipRect(view);
            doc.drawContents(&painter, view);
            painter.restore();

            painter.setFont(footerFont);
            painter.setPen(QColor(0x55, 0x55, 0x55));
            const QRectF footer(0, paintRect.height() - footerMetrics.height() * 1.5, paintRect.width(),
                                footerMetrics.height() * 1.5);
            painter.drawText(footer, Qt::AlignHCenter | Qt::AlignBottom, pageNumberText(page + 1, pages));
        }
        if (!painter.end())
            return R::fail(QCoreApplication::translate("ip::StudySheet", "Could not make the PDF."));
    }
    buffer.close();
    if (bytes.isEmpty())
        return R::fail(QCoreApplication::translate("ip::StudySheet", "Could not make the PDF."));
    return R::ok(bytes);
}

} // namespace ip
