#include "PdfSpeed.h"

#include "BenchClock.h"
#include "ChildProcess.h"
#include "ServerHost.h"
#include "resume/ResumeLoader.h"

#include <QFileInfo>
#include <QImage>
#include <QPageSize>
#include <QPainter>
#include <QPdfDocument>
#include <QPdfWriter>

namespace ip::bench {

namespace {

ResumeLimits unlimited()
{
    return ResumeLimits { 0, 0, 0 };
}

// An image-only PDF of the first page of each of `sources` (at most `pages`), rendered at 300 dpi.
bool writeScannedPdf(const QStringList &sources, int pages, const QString &path)
{
    constexpr int dpi = 300;
    QPdfWriter writer(path);
    writer.setResolution(dpi);
    writer.setPageMargins({});
    QPainter painter;
    int written = 0;
    for (const QString &source : sources) {
        if (written == pages)
            break;
        QPdfDocument document;
        if (document.load(source) != QPdfDocument::Error::None || document.pageCount() < 1)
            continue;
        const QSizeF points = document.pagePointSize(0);
        const QSize pixels = (points * dpi / 72.0).toSize();
        QImage image(pixels, QImage::Format_RGB32);
        image.fill(Qt::white);
        {
            QPainter onImage(&image);
            onImage.drawImage(0, 0, document.render(0, pixels));
        }
        writer.setPageSize(QPageSize(points, QPageSize::Point));
        if (written == 0 ? !painter.begin(&writer) : !writer.newPage())
            return false;
        painter.drawImage(QPoint(0, 0), image);
        ++written;
    }
    return painter.isActive() && painter.end() && written > 0;
}

void measureOcr(const QStringList &files, const QString &workDir, int rounds, PdfSpeedResult &out)
{
    const QString scan = workDir + QStringLiteral("/scanned.pdf");
    if (!writeScannedPdf(files, 2, scan)) {
        out.ocrProblem = QStringLiteral("could not write an image-only PDF");
        return;
    }
    const auto warm = loadResume(scan, unlimited()); // Tesseract's models loaded once per thread
    if (warm.isError()) {
        out.ocrProblem = warm.error().message;
        return;
    }
    double ms = 0;
    rounds = std::max(1, std::min(rounds, 3));
    for (int round = 0; round < rounds; ++round) {
        const double t0 = benchNowMs();
        const auto r = loadResume(scan, unlimited());
        ms += benchNowMs() - t0;
        if (r.isOk()) {
            out.ocrPages = r.value().ocrPages;
            out.ocrConfidence = r.value().ocrConfidence;
        }
    }
    out.ocrPagesPerSec = ms > 0 ? out.ocrPages * rounds / (ms / 1000.0) : 0;
}

} // namespace

PdfSpeedResult measurePdfSpeed(const QStringList &pdfs, const QString &workDir, int rounds)
{
    PdfSpeedResult out;
    if (!programExists(QStringLiteral("pdftotext"))) {
        out.problem = QStringLiteral("pdftotext not found (poppler-utils)");
        return out;
    }
    // Readable files only (the first load also warms QtPdf up).
    QStringList files;
    for (const QString &path : pdfs) {
        const auto r = loadResume(path, unlimited());
        if (r.isOk() && r.value().pageCount > 0)
            files.append(path);
    }
    if (files.isEmpty()) {
        out.problem = QStringLiteral("no readable PDF");
        return out;
    }
    // A larger document: the readable resumes, repeated up to about 40 pages.
    if (programExists(QStringLiteral("pdfunite"))) {
        int pages = 0;
        QStringList parts;
        QStringList mergeable; // pdfunite cannot merge encrypted files
        for (const QString &f : std::as_const(files)) {
            const ChildUsage info = runChild({ QStringLiteral("pdfinfo"), f }, {}, 10'000, true);
            bool encrypted = false;
            for (const QByteArray &line : info.output.split('\n'))
                if (line.startsWith("Encrypted:") && line.mid(10).trimmed().startsWith("yes"))
                    encrypted = true;
            if (info.exitCode == 0 && !encrypted)
                mergeable.append(f);
        }
        for (int i = 0; !mergeable.isEmpty() && pages < 40 && i < 200; ++i) {
            const QString &f = mergeable.at(i % mergeable.size());
            parts.append(f);
            pages += loadResume(f, unlimited()).value().pageCount;
        }
        const QString big = workDir + QStringLiteral("/large-%1-pages.pdf").arg(pages);
        const ChildUsage u = runChild(QStringList { QStringLiteral("pdfunite") } + parts + QStringList { big }, {}, 0);
        if (parts.size() > 1 && u.exitCode == 0 && QFileInfo::exists(big))
            files.append(big);
    }

    double oursTotal = 0, oursCpuTotal = 0;
    double popplerTotal = 0, popplerCpuTotal = 0;
    for (const QString &path : std::as_const(files)) {
        PdfFileSpeed f;
        f.name = QFileInfo(path).fileName();
        double ours = 0, oursCpu = 0;
        double poppler = 0, popplerCpu = 0;
        for (int round = 0; round < rounds; ++round) {
            const double c0 = currentThreadCpuMs(); // loadResume runs in the calling thread
            const double t0 = benchNowMs();
            const auto r = loadResume(path, unlimited());
            ours += benchNowMs() - t0;
            oursCpu += currentThreadCpuMs() - c0;
            if (r.isOk())
                f.pages = r.value().pageCount;
            const ChildUsage u = runChild(
                { QStringLiteral("pdftotext"), QStringLiteral("-q"), path, QStringLiteral("/dev/null") }, {}, 0);
            poppler += u.wallMs;
            popplerCpu += u.cpuMs;
        }
        f.oursMs = ours / rounds;
        f.pdftotextMs = poppler / rounds;
        f.oursCpuMs = oursCpu / rounds;
        f.pdftotextCpuMs = popplerCpu / rounds;
        oursTotal += f.oursMs;
        popplerTotal += f.pdftotextMs;
        oursCpuTotal += f.oursCpuMs;
        popplerCpuTotal += f.pdftotextCpuMs;
        out.pages += f.pages;
        out.files.append(f);
    }
    out.oursPagesPerSec = oursTotal > 0 ? out.pages / (oursTotal / 1000.0) : 0;
    out.pdftotextPagesPerSec = popplerTotal > 0 ? out.pages / (popplerTotal / 1000.0) : 0;
    out.ratio = out.pdftotextPagesPerSec > 0 ? out.oursPagesPerSec / out.pdftotextPagesPerSec : 0;
    out.cpuRatio = oursCpuTotal > 0 ? popplerCpuTotal / oursCpuTotal : 0;
    out.ok = out.pages > 0 && out.ratio > 0;
    measureOcr(files, workDir, rounds, out);
    return out;
}

} // namespace ip::bench
