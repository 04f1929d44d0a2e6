// Text recognition (issue 20): real resume pages turned into image-only PDFs and images during the
// test, read back with OCR and compared with their text layer; hostile images; cancelling; progress.
#include "resume/LoadResume.h"
#include "resume/Ocr.h"
#include "resume/ResumeErrors.h"
#include "resume/ResumeLoader.h"
#include "resume/TextNormaliser.h"

#include <QBuffer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QHash>
#include <QImage>
#include <QPageSize>
#include <QPainter>
#include <QPdfDocument>
#include <QPdfSelection>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

#include <algorithm>

using namespace ip;

namespace {

constexpr int kRenderDpi = 300;
constexpr qint64 kHostileMs = 2000; // a hostile image ends this fast (no decoding of absurd sizes)

QString fixture(const QString &name)
{
    return QStringLiteral(IP_TEST_DATA_DIR "/resumes/") + name;
}

// The words compared: lower-cased runs of letters and digits of length >= 2, as a multiset.
QHash<QString, int> words(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[^\\p{L}\\p{N}]+"));
    QHash<QString, int> counts;
    for (const QString &word : text.toLower().split(separators, Qt::SkipEmptyParts)) {
        if (word.size() >= 2)
            ++counts[word];
    }
    return counts;
}

// The share of `reference`'s words (with multiplicity) that `recovered` has too: sum of min(counts) / total.
double wordRecall(const QString &reference, const QString &recovered, QStringList *missing = nullptr)
{
    const QHash<QString, int> want = words(reference);
    const QHash<QString, int> got = words(recovered);
    int total = 0;
    int found = 0;
    for (auto it = want.cbegin(); it != want.cend(); ++it) {
        total += it.value();
        const int have = std::min(it.value(), got.value(it.key()));
        found += have;
        if (missing && have < it.value())
            *missing << it.key();
    }
    return total == 0 ? 0.0 : double(found) / total;
}

// The normalised text layer of one page, as loadResume would give it.
QString pageText(const QString &pdf, int page)
{
    QPdfDocument document;
    if (document.load(pdf) != QPdfDocument::Error::None)
        return {};
    return normaliseResumeText(document.getAllText(page).text(), TextOrigin::Pdf);
}

// One page rendered as a picture on white.
QImage renderPage(const QString &pdf, int page, int dpi = kRenderDpi)
{
    QPdfDocument document;
    if (document.load(pdf) != QPdfDocument::Error::None)
        return {};
    const QSizeF points = document.pagePointSize(page);
    const QSize pixels = (points * dpi / 72.0).toSize();
    QImage image(pixels, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.drawImage(0, 0, document.render(page, pixels));
    painter.end();
    return image;
}

// An image-only PDF: the page drawn as one image, no text layer.
bool writeImagePdf(const QString &path, const QImage &image, const QSizeF &points)
{
    QPdfWriter writer(path);
    writer.setResolution(kRenderDpi);
    writer.setPageSize(QPageSize(points, QPageSize::Point));
    writer.setPageMargins({});
    QPainter painter;
    if (!painter.begin(&writer))
        return false;
    painter.drawImage(QRect(QPoint(0, 0), image.size()), image);
    return painter.end();
}

QSizeF pagePoints(const QString &pdf, int page)
{
    QPdfDocument document;
    document.load(pdf);
    return document.pagePointSize(page);
}

// "missing term: NeurIPS (read: NeurlPS)": the words that start like the term, to see what OCR made of it.
QString missingTerm(const QString &term, const QString &text)
{
    QStringList near;
    for (const QString &word : text.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts)) {
        if (word.startsWith(term.left(3), Qt::CaseInsensitive))
            near << word;
    }
    return QStringLiteral("missing term: %1 (read: %2)").arg(term, near.join(QLatin1Char(' ')));
}

void verifyKind(const Result<ResumeText, ResumeError> &result, ResumeErrorKind kind, const QString &fileName)
{
    QVERIFY2(result.isError(), "expected an error");
    QVERIFY2(result.error().kind == kind,
             qPrintable(QStringLiteral("kind %1: %2").arg(int(result.error().kind)).arg(result.error().message)));
    QVERIFY2(result.error().message.contains(fileName), qPrintable(result.error().message));
}

// PNG headers with valid checksums: 100000 × 100000 pixels, and 0 × 16.
const QByteArray kHugePng(
    "\x89\x50\x4e\x47\x0d\x0a\x1a\x0a\x00\x00\x00\x0d\x49\x48\x44\x52\x00\x01\x86\xa0\x00\x01\x86\xa0\x08\x00\x00"
    "\x00\x00\x8d\x39\x54\x14\x00\x00\x00\x0b\x49\x44\x41\x54\x78\x9c\x63\x60\x80\x01\x00\x00\x0a\x00\x01\x7f\x80"
    "\x74\x5e\x00\x00\x00\x00\x49\x45\x4e\x44\xae\x42\x60\x82",
    68);
const QByteArray kZeroWidthPng(
    "\x89\x50\x4e\x47\x0d\x0a\x1a\x0a\x00\x00\x00\x0d\x49\x48\x44\x52\x00\x00\x00\x00\x00\x00\x00\x10\x08\x00\x00"
    "\x00\x00\x1d\x36\x21\x55\x00\x00\x00\x0b\x49\x44\x41\x54\x78\x9c\x63\x60\x80\x01\x00\x00\x0a\x00\x01\x7f\x80"
    "\x74\x5e\x00\x00\x00\x00\x49\x45\x4e\x44\xae\x42\x60\x82",
    68);

} // namespace

class TestOcr : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_tmp;

    QString writeFile(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_tmp.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    // An image-only copy of `page` of `resume` in the temporary folder.
    QString scannedCopy(const QString &resume, int page)
    {
        const QString path
            = m_tmp.filePath(QStringLiteral("scan-%1-%2.pdf").arg(QFileInfo(resume).baseName()).arg(page));
        if (!QFileInfo::exists(path) && !writeImagePdf(path, renderPage(resume, page), pagePoints(resume, page)))
            return {};
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        QVERIFY2(!findTessdata().isEmpty(), "Tesseract's language data is not installed (scripts/deps)");
    }

    void languages()
    {
        QCOMPARE(ocrLanguageSpec({}), QStringLiteral("eng"));
        QCOMPARE(ocrLanguageSpec({ QStringLiteral("eng"), QStringLiteral("deu"), QStringLiteral("eng"), QString() }),
                 QStringLiteral("eng+deu"));
        QCOMPARE(defaultOcrLanguages(QStringLiteral("de_DE")),
                 (QStringList { QStringLiteral("eng"), QStringLiteral("deu") }));
        QCOMPARE(defaultOcrLanguages(QStringLiteral("ar")),
                 (QStringList { QStringLiteral("eng"), QStringLiteral("ara") }));
        QCOMPARE(defaultOcrLanguages(QStringLiteral("fr")), QStringList { QStringLiteral("eng") });
    }

    void dataPathTheDebianWay()
    {
        const QByteArray saved = qgetenv("TESSDATA_PREFIX");
        const bool had = qEnvironmentVariableIsSet("TESSDATA_PREFIX");
        QTemporaryDir prefix;
        QVERIFY(QDir(prefix.path()).mkdir(QStringLiteral("tessdata")));
        qputenv("TESSDATA_PREFIX", QFile::encodeName(prefix.path()));
        QCOMPARE(findTessdata(),
                 QDir(prefix.path()).filePath(QStringLiteral("tessdata"))); // the parent, as older guides say
        qputenv("TESSDATA_PREFIX", QFile::encodeName(prefix.path() + QStringLiteral("/tessdata")));
        QCOMPARE(findTessdata(), QDir(prefix.path()).filePath(QStringLiteral("tessdata")));
        qunsetenv("TESSDATA_PREFIX");
        const QString system = findTessdata();
        QVERIFY2(system == QLatin1String("/usr/share/tesseract-ocr/5/tessdata")
                     || system == QLatin1String("/usr/share/tesseract-ocr/4.00/tessdata"),
                 qPrintable(system));
        QCOMPARE(findTessdata(prefix.path()), QDir::cleanPath(prefix.path())); // explicit wins
        QCOMPARE(findTessdata(prefix.path() + QStringLiteral("/none")), QString());
        if (had)
            qputenv("TESSDATA_PREFIX", saved);
    }

    void missingLanguageDataNamesThePackage()
    {
        QTemporaryDir empty;
        ResumeLimits limits;
        limits.ocr.dataPath = empty.path();
        limits.ocr.languages = { QStringLiteral("eng"), QStringLiteral("deu") };
        const QString scan = scannedCopy(fixture(QStringLiteral("rendercv_classic.pdf")), 0);
        const auto result = loadResume(scan, limits);
        verifyKind(result, ResumeErrorKind::OcrUnavailable, QFileInfo(scan).fileName());
        QVERIFY2(result.error().message.contains(QStringLiteral("tesseract-ocr-eng tesseract-ocr-deu")),
                 qPrintable(result.error().message));
    }

    void imageOnlyPdfs_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("terms");
        QTest::newRow("awesome-cv") << "awesome-cv_cv.pdf"
                                    << QStringList { "Kubernetes", "Terraform", "Docker", "Jenkins", "Django",
                                                     "Redux",      "Node.js",   "Python", "OCaml",   "GitOps",
                                                     "ArgoCD",     "AWS",       "DevOps" };
        QTest::newRow("rendercv classic")
            << "rendercv_classic.pdf"
            << QStringList { "RenderCV", "YAML", "NeurIPS", "NVIDIA", "transformer", "ML", "inference", "Princeton" };
        QTest::newRow("rendercv sb2nov") << "rendercv_sb2nov-theme.pdf"
                                         << QStringList { "NeurIPS", "ICML",         "JMLR",         "DeepMind",
                                                          "YAML",    "quantization", "reinforcement" };
    }

    void imageOnlyPdfs()
    {
        QFETCH(QString, file);
        QFETCH(QStringList, terms);
        const QString original = fixture(file);
        const QString reference = pageText(original, 0);
        QVERIFY(words(reference).size() > 50);
        const QString scan = scannedCopy(original, 0);
        QVERIFY(!scan.isEmpty());
        QCOMPARE(pageText(scan, 0).trimmed(), QString()); // really image-only

        QList<ResumeProgress> seen;
        QElapsedTimer timer;
        timer.start();
        const auto result = loadResume(scan, {}, {}, [&](const ResumeProgress &p) {
            if (!p.poll)
                seen << p;
            return true;
        });
        const qint64 ms = timer.elapsed();
        QVERIFY2(result.isOk(), qPrintable(result.isError() ? result.error().message : QString()));
        const ResumeText &resume = result.value();
        QCOMPARE(resume.pageCount, 1);
        QCOMPARE(resume.ocrPages, 1);
        QVERIFY2(resume.ocrConfidence >= kLowOcrConfidence, qPrintable(QString::number(resume.ocrConfidence)));

        QStringList missing;
        const double recall = wordRecall(reference, resume.text, &missing);
        qInfo("%s: %.1f %% of %d words recovered, confidence %d, %lld ms; missed: %s", qPrintable(file), recall * 100,
              int(words(reference).size()), resume.ocrConfidence, ms, qPrintable(missing.join(QLatin1Char(' '))));
        QVERIFY2(recall >= 0.95, qPrintable(QString::number(recall)));
        for (const QString &term : terms)
            QVERIFY2(resume.text.contains(term), qPrintable(missingTerm(term, resume.text)));

        // Progress: (0, 1), the page announced as OCR, (1, 1).
        QCOMPARE(seen.size(), 3);
        QCOMPARE(seen.at(0).pagesDone, 0);
        QVERIFY(!seen.at(0).ocr);
        QCOMPARE(seen.at(1).pagesDone, 0);
        QVERIFY(seen.at(1).ocr);
        QCOMPARE(seen.at(1).page, 0);
        QCOMPARE(seen.at(2).pagesDone, 1);
        QCOMPARE(seen.at(2).pageCount, 1);
    }

    // A text page followed by two scanned pages: only those two are OCR'd (in parallel where a
    // thread is free), and the text keeps the page order.
    void mixedPdf()
    {
        const QString original = fixture(QStringLiteral("rendercv_classic.pdf"));
        const QString path = m_tmp.filePath(QStringLiteral("mixed.pdf"));
        {
            QPdfWriter writer(path);
            writer.setResolution(kRenderDpi);
            writer.setPageSize(QPageSize(pagePoints(original, 0), QPageSize::Point));
            writer.setPageMargins({});
            QPainter painter(&writer);
            QFont font(QStringLiteral("DejaVu Sans"));
            font.setPointSize(12);
            painter.setFont(font);
            painter.drawText(QPointF(200, 300),
                             QStringLiteral("Cover letter: Jane Example, Rust and Haskell engineer"));
            for (int page = 0; page < 2; ++page) {
                writer.newPage();
                painter.drawImage(QPoint(0, 0), renderPage(original, page));
            }
        }
        QList<int> ocrPages;
        int last = -1;
        const auto result = loadResume(path, {}, {}, [&](const ResumeProgress &p) {
            if (p.ocr && !p.poll)
                ocrPages << p.page;
            if (!p.ocr)
                last = p.pagesDone;
            return true;
        });
        QVERIFY2(result.isOk(), qPrintable(result.isError() ? result.error().message : QString()));
        QCOMPARE(result.value().pageCount, 3);
        QCOMPARE(result.value().ocrPages, 2);
        std::sort(ocrPages.begin(), ocrPages.end());
        QCOMPARE(ocrPages, (QList<int> { 1, 2 }));
        QCOMPARE(last, 3);
        const QString &text = result.value().text;
        QVERIFY(text.startsWith(QStringLiteral("Cover letter: Jane Example, Rust and Haskell engineer")));
        QVERIFY(text.indexOf(QStringLiteral("Welcome to RenderCV")) > 0);
        QVERIFY(text.indexOf(QStringLiteral("Welcome to RenderCV")) < text.indexOf(QStringLiteral("Publications")));
        const double recall = wordRecall(pageText(original, 0) + QLatin1Char('\n') + pageText(original, 1), text);
        qInfo("two scanned pages: %.1f %% recovered, confidence %d", recall * 100, result.value().ocrConfidence);
        QVERIFY2(recall >= 0.95, qPrintable(QString::number(recall)));
    }

    void images_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("format");
        QTest::addColumn<QStringList>("terms");
        QTest::newRow("png") << "rendercv_classic.pdf"
                             << "classic.png" << QByteArray("PNG")
                             << QStringList { "RenderCV", "YAML", "NVIDIA",
                                              "Princeton" }; // NeurIPS reads as "NeurlPS" here
        // A photo-like JPEG at a lower resolution.
        QTest::newRow("jpeg") << "rendercv_sb2nov-theme.pdf"
                              << "sb2nov.jpg" << QByteArray("JPEG")
                              << QStringList { "NeurIPS", "ICML", "DeepMind", "YAML" };
    }

    void images()
    {
        QFETCH(QString, file);
        QFETCH(QString, name);
        QFETCH(QByteArray, format);
        QFETCH(QStringList, terms);
        const QString original = fixture(file);
        const QString path = m_tmp.filePath(name);
        const QImage page = renderPage(original, 0, format == "JPEG" ? 250 : kRenderDpi);
        QVERIFY(page.convertToFormat(QImage::Format_Grayscale8).save(path, format.constData(), 90));
        const auto result = loadResume(path, {});
        QVERIFY2(result.isOk(), qPrintable(result.isError() ? result.error().message : QString()));
        QCOMPARE(result.value().ocrPages, 1);
        QCOMPARE(result.value().fileName, name);
        QStringList missing;
        const double recall = wordRecall(pageText(original, 0), result.value().text, &missing);
        qInfo("%s: %.1f %% recovered, confidence %d; missed: %s", qPrintable(name), recall * 100,
              result.value().ocrConfidence, qPrintable(missing.join(QLatin1Char(' '))));
        QVERIFY2(recall >= 0.95, qPrintable(QString::number(recall)));
        for (const QString &term : terms)
            QVERIFY2(result.value().text.contains(term), qPrintable(missingTerm(term, result.value().text)));
    }

    // A photo larger than maxSidePixels is decoded at a smaller size and still read; the pixel limit
    // is checked from the header, so a lower one refuses the same file.
    void largePhotoIsScaledDown()
    {
        QImage photo(7000, 1200, QImage::Format_RGB32);
        photo.fill(Qt::white);
        {
            QPainter painter(&photo);
            QFont font(QStringLiteral("DejaVu Sans"));
            font.setPixelSize(260);
            painter.setFont(font);
            painter.setPen(Qt::black);
            painter.drawText(photo.rect(), Qt::AlignCenter, QStringLiteral("Kubernetes PostgreSQL"));
        }
        const QString path = m_tmp.filePath(QStringLiteral("photo.jpg"));
        QVERIFY(photo.save(path, "JPEG", 85));
        const auto result = loadResume(path, {});
        QVERIFY2(result.isOk(), qPrintable(result.isError() ? result.error().message : QString()));
        QVERIFY2(result.value().text.contains(QStringLiteral("Kubernetes PostgreSQL")),
                 qPrintable(result.value().text));

        ResumeLimits small;
        small.ocr.maxImagePixels = 8'000'000; // 7000 × 1200 = 8.4 megapixels
        verifyKind(loadResume(path, small), ResumeErrorKind::TooLarge, QStringLiteral("photo.jpg"));
    }

    void hostileImages_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<ResumeErrorKind>("kind");
        QTest::addColumn<QString>("says");
        QTest::newRow("huge dimensions") << "huge.png" << kHugePng << ResumeErrorKind::TooLarge
                                         << QStringLiteral("megapixels");
        QTest::newRow("zero width") << "zero.png" << kZeroWidthPng << ResumeErrorKind::Damaged
                                    << QStringLiteral("damaged");
        QTest::newRow("png signature only")
            << "sig.png" << QByteArray("\x89PNG\r\n\x1a\n", 8) << ResumeErrorKind::Damaged << QStringLiteral("damaged");
        QTest::newRow("png garbage") << "garbage.png" << (QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(4000, '\x5a'))
                                     << ResumeErrorKind::Damaged << QStringLiteral("damaged");
        QTest::newRow("jpeg header only") << "scan.jpg" << QByteArray("\xff\xd8\xff\xe0\x00\x10JFIF", 10)
                                          << ResumeErrorKind::Damaged << QStringLiteral("damaged");
        QImage blank(64, 64, QImage::Format_RGB32);
        blank.fill(Qt::white);
        QByteArray png;
        {
            QBuffer buffer(&png);
            buffer.open(QIODevice::WriteOnly);
            blank.save(&buffer, "PNG");
        }
        QTest::newRow("blank") << "blank.png" << png << ResumeErrorKind::NoText << QStringLiteral("found no text");
        QTest::newRow("truncated png") << "cut.png" << png.left(png.size() / 2) << ResumeErrorKind::Damaged
                                       << QStringLiteral("damaged");
    }

    void hostileImages()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, bytes);
        QFETCH(ResumeErrorKind, kind);
        QFETCH(QString, says);
        QElapsedTimer timer;
        timer.start();
        const auto result = loadResume(writeFile(name, bytes), {});
        QVERIFY2(timer.elapsed() < kHostileMs, qPrintable(QString::number(timer.elapsed())));
        verifyKind(result, kind, name);
        QVERIFY2(result.error().message.contains(says), qPrintable(result.error().message));
    }

    void cancelDuringOcr()
    {
        const QString scan = scannedCopy(fixture(QStringLiteral("rendercv_classic.pdf")), 0);
        int polls = 0;
        QElapsedTimer timer;
        timer.start();
        const auto result = loadResume(scan, {}, {}, [&](const ResumeProgress &p) {
            if (p.poll)
                ++polls;
            return !p.poll; // the first question asked while Tesseract works cancels
        });
        verifyKind(result, ResumeErrorKind::Cancelled, QFileInfo(scan).fileName());
        QCOMPARE(polls, 1);
        qInfo("cancelled after %lld ms", timer.elapsed());
    }

    void loaderSaysWhichPageIsOcred()
    {
        const QString scan = scannedCopy(fixture(QStringLiteral("rendercv_sb2nov-theme.pdf")), 0);
        ResumeLoader loader;
        QSignalSpy ocr(&loader, &ResumeLoader::readingWithOcr);
        QSignalSpy loaded(&loader, &ResumeLoader::loaded);
        QSignalSpy failed(&loader, &ResumeLoader::failed);
        // Cancelled as soon as the window would show "Reading page 1 of 1 (OCR)".
        connect(&loader, &ResumeLoader::readingWithOcr, &loader, &ResumeLoader::cancel);
        loader.load(scan);
        QTRY_COMPARE(ocr.size(), 1);
        QCOMPARE(ocr.at(0).at(0).toInt(), 1);
        QCOMPARE(ocr.at(0).at(1).toInt(), 1);
        QVERIFY(!loader.isRunning());
        // The worker stops at its next poll; nothing is reported for it.
        QThreadPool::globalInstance()->waitForDone(30'000);
        QCoreApplication::processEvents();
        QCOMPARE(loaded.size(), 0);
        QCOMPARE(failed.size(), 0);
    }

    void ocrOffKeepsTheOldRefusal()
    {
        ResumeLimits limits;
        limits.ocr.enabled = false;
        const QString scan = scannedCopy(fixture(QStringLiteral("rendercv_classic.pdf")), 0);
        verifyKind(loadResume(scan, limits), ResumeErrorKind::NoText, QFileInfo(scan).fileName());
    }
};

QTEST_MAIN(TestOcr)
#include "tst_ocr.moc"
