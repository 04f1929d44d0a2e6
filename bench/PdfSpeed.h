#pragma once

// PDF text extraction speed: our loader (ip::loadResume: QtPdf + normalisation, in process) against
// poppler's `pdftotext` (a process per file, as people use it) on the same files, in pages/s.

#include <QList>
#include <QString>
#include <QStringList>

namespace ip::bench {

struct PdfFileSpeed
{
    QString name;
    int pages = 0;
    double oursMs = 0; // per extraction, wall time
    double pdftotextMs = 0;
    double oursCpuMs = 0; // per extraction, CPU time (robust on a busy machine)
    double pdftotextCpuMs = 0;
};

struct PdfSpeedResult
{
    bool ok = false;
    QList<PdfFileSpeed> files;
    int pages = 0; // per round, all files
    double oursPagesPerSec = 0;
    double pdftotextPagesPerSec = 0;
    double ratio = 0; // ours ÷ pdftotext (wall time)
    double cpuRatio = 0; // the same with CPU time: pages per CPU second
    QString problem;
    // OCR (issue 20): pages of the first readable resumes rendered at 300 dpi into an image-only PDF
    // (two pages, read in parallel where a core is free), loaded with loadResume; 0 when not measured.
    int ocrPages = 0;
    double ocrPagesPerSec = 0;
    int ocrConfidence = -1;
    QString ocrProblem;
};

// `pdfs`: candidate files (those our loader cannot read, e.g. encrypted or image-only, are skipped);
// a larger document is generated from them with pdfunite into `workDir` when possible.
PdfSpeedResult measurePdfSpeed(const QStringList &pdfs, const QString &workDir, int rounds);

} // namespace ip::bench
