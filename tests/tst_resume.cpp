#include "resume/ResumeErrors.h"
#include "resume/ResumeLoader.h"
#include "resume/TextNormaliser.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QImage>
#include <QLocale>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QThreadPool>
#include <QTimer>

#include <iterator>
#include <optional>

using namespace ip;

Q_DECLARE_METATYPE(ip::TextOrigin)
Q_DECLARE_METATYPE(ip::ResumeErrorKind)

namespace {

constexpr int kBigPdfPages = 50;

QString fixture(const QString &name)
{
    return QStringLiteral(IP_TEST_DATA_DIR "/resumes/") + name;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Deterministic "random" bytes for garbled fixtures.
QByteArray pseudoRandomBytes(int count, quint32 seed)
{
    QByteArray bytes(count, Qt::Uninitialized);
    for (char &b : bytes) {
        seed = seed * 1664525u + 1013904223u;
        b = static_cast<char>(seed >> 24);
    }
    return bytes;
}

// Describes the first character a normalised resume must never contain, or returns an empty string.
QString forbiddenCharacter(const QString &text)
{
    for (const uint c : text.toUcs4()) {
        const bool forbidden = c == 0x00AD || c == 0xFFFE || c == 0xFFFD || (c >= 0xFB00 && c <= 0xFB06)
            || (c >= 0xE000 && c <= 0xF8FF) || c >= 0xF0000 || (c >= 0xFDD0 && c <= 0xFDEF) || (c & 0xFFFE) == 0xFFFE
            || (c < 0x20 && c != '\n') || (c >= 0x7F && c <= 0x9F);
        if (forbidden)
            return QStringLiteral("U+%1").arg(c, 4, 16, QLatin1Char('0')).toUpper();
    }
    return {};
}

} // namespace

class TestResume : public QObject
{
    Q_OBJECT

private:
    QString writeFile(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_tmp.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
            qFatal("cannot write fixture %s", qPrintable(path));
        return path;
    }

    // A dense text PDF of kBigPdfPages pages, made with QPdfWriter on first use.
    QString bigPdf()
    {
        if (!m_bigPdf.isEmpty())
            return m_bigPdf;
        const QString path = m_tmp.filePath(QStringLiteral("big-resume.pdf"));
        QPdfWriter writer(path);
        writer.setPageSize(QPageSize(QPageSize::A4));
        QPainter painter(&writer);
        painter.setFont(QFont(QStringLiteral("DejaVu Sans"), 10));
        const int lineHeight = painter.fontMetrics().height();
        for (int page = 0; page < kBigPdfPages; ++page) {
            if (page > 0)
                writer.newPage();
            for (int line = 0; line < 40; ++line) {
                painter.drawText(800, 1000 + line * lineHeight * 3 / 2,
                                 QStringLiteral("Page %1 line %2: designed distributed systems, reviewed code, "
                                                "mentored engineers")
                                     .arg(page + 1)
                                     .arg(line + 1));
            }
        }
        painter.end();
        m_bigPdf = path;
        return path;
    }

    static void verifyError(const Result<ResumeText, ResumeError> &result, ResumeErrorKind kind,
                            const QString &fileName)
    {
        QVERIFY2(result.isError(), qPrintable(result.isOk() ? result.value().text.left(200) : QString()));
        const ResumeError &error = result.error();
        QVERIFY2(
            error.kind == kind,
            qPrintable(QStringLiteral("kind %1, message: %2").arg(static_cast<int>(error.kind)).arg(error.message)));
        QCOMPARE(error.fileName, fileName);
        QVERIFY2(error.message.contains(fileName), qPrintable(error.message));
        QVERIFY2(error.message.endsWith(QLatin1Char('.')), qPrintable(error.message));
    }

    QTemporaryDir m_tmp;
    QString m_bigPdf;

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale::c());
        qRegisterMetaType<ip::ResumeText>();
        qRegisterMetaType<ip::ResumeError>();
        QVERIFY(m_tmp.isValid());
        QVERIFY2(QFileInfo::exists(fixture(QStringLiteral("sample-resume.pdf"))), IP_TEST_DATA_DIR);
    }

    // --- normalisation (table-driven) ---

    void normalise_data()
    {
        QTest::addColumn<QString>("raw");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<TextOrigin>("origin");
        const auto plain = TextOrigin::PlainText;
        const auto pdf = TextOrigin::Pdf;
        const auto row = [](const char *name, const QString &raw, const QString &expected, TextOrigin origin) {
            QTest::newRow(name) << raw << expected << origin;
        };
        // A literal with its true length, so that an embedded U+0000 counts.
        const auto s = [](const auto &text) {
            return QString::fromUtf16(text, qsizetype(std::size(text)) - 1);
        };

        row("empty", {}, {}, plain);
        row("unchanged", s(u"Senior C++ engineer, Qt 6"), s(u"Senior C++ engineer, Qt 6"), plain);
        row("crlf", s(u"a\r\nb\r\nc"), s(u"a\nb\nc"), plain);
        row("lone cr", s(u"a\rb"), s(u"a\nb"), plain);
        row("unicode line separators", s(u"a\u2028b\u2029c\fd"), s(u"a\nb\nc\nd"), plain);
        row("soft hyphen plain", s(u"require\u00ADments"), s(u"requirements"), plain);
        row("soft hyphen plain alone", s(u"2010 \u00AD 2017"), s(u"2010 2017"), plain);
        row("soft hyphen pdf in word", s(u"Back\u00ADend"), s(u"Back-end"), pdf);
        row("soft hyphen pdf alone", s(u"Mar. 2010 \u00AD Aug. 2017"), s(u"Mar. 2010 - Aug. 2017"), pdf);
        row("soft hyphen line end plain", s(u"frame\u00AD\nwork"), s(u"framework"), plain);
        row("soft hyphen line end pdf", s(u"frame\u00AD\r\nwork"), s(u"framework"), pdf);
        row("fffe lowercase", s(u"require\uFFFEments"), s(u"requirements"), pdf);
        row("fffe uppercase", s(u"multi\uFFFEVPC"), s(u"multi-VPC"), pdf);
        row("fffe line end", s(u"frame\uFFFE\r\nwork"), s(u"framework"), pdf);
        row("fffe in plain text", s(u"en\uFFFEterprise"), s(u"enterprise"), plain);
        row("hyphen line end", s(u"require-\nments"), s(u"requirements"), plain);
        row("hyphen line end spaces", s(u"require-  \n   ments"), s(u"requirements"), plain);
        row("hyphen chain", s(u"inter-\nnation-\nalisation"), s(u"internationalisation"), plain);
        row("compound kept", s(u"Jean-\nPierre"), s(u"Jean-\nPierre"), plain);
        row("number range kept", s(u"pages 10-\n20"), s(u"pages 10-\n20"), plain);
        row("dash after space kept", s(u"tools -\nnext"), s(u"tools -\nnext"), plain);
        row("invisible soft hyphen before word", s(u"x-\n\u00ADyz"), s(u"xyz"), plain);
        row("blank line stops join", s(u"require-\n\nments"), s(u"require-\n\nments"), plain);
        row("ligatures", s(u"\uFB00 \uFB01 \uFB02 \uFB03 \uFB04 \uFB05 \uFB06"), s(u"ff fi fl ffi ffl st st"), plain);
        row("ligature in word", s(u"e\uFB03cient \uFB01le \uFB02ow"), s(u"efficient file flow"), pdf);
        row("spaces and tabs", s(u"a  \t  b\t\tc"), s(u"a b c"), plain);
        row("unicode spaces", s(u"a\u00A0b\u2003c\u3000d"), s(u"a b c d"), plain);
        row("trim lines", s(u"  a  \n\t b \t"), s(u"a\nb"), plain);
        row("blank lines collapsed", s(u"a\n\n\n\nb"), s(u"a\n\nb"), plain);
        row("whitespace lines are blank", s(u"a\n \n\t\n  \nb"), s(u"a\n\nb"), plain);
        row("outer blank lines", s(u"\n\n a\n\n\n"), s(u"a"), plain);
        row("private use", s(u"\uF3C5 San Francisco \uF0E0 john@example.com"), s(u"San Francisco john@example.com"),
            pdf);
        row("private use planes 15 16", s(u"x\U000F0041y\U00100041z"), s(u"xyz"), plain);
        row("non-characters", s(u"\uFDD0a\uFFFFb\U0001FFFFc\U0010FFFE"), s(u"abc"), plain);
        // s() keeps the embedded U+0000. NOLINTNEXTLINE(bugprone-string-literal-with-embedded-nul)
        row("controls", s(u"a\u0000b\u0007c\u007Fd\u0085e\u001Bf"), s(u"abcdef"), plain);
        row("bom and zero width", s(u"\uFEFFHel\u200Blo\u2060!"), s(u"Hello!"), plain);
        row("replacement char", s(u"caf\uFFFD"), s(u"caf"), plain);
        row("non-ascii kept", s(u"Boğaziçi, Türkiye – Zürich “quoted” 🚀"), s(u"Boğaziçi, Türkiye – Zürich “quoted” 🚀"),
            plain);
    }

    void normalise()
    {
        QFETCH(QString, raw);
        QFETCH(QString, expected);
        QFETCH(TextOrigin, origin);
        const QString once = normaliseResumeText(raw, origin);
        QCOMPARE(once, expected);
        QCOMPARE(normaliseResumeText(once, origin), once); // idempotent
    }

    // Properties on many pseudo-random strings built from the characters the rules are about.
    void normaliseProperties()
    {
        const QString alphabet = QString::fromUtf16(u"aZé1 -\t\n\r\u00AD\uFFFE\uFB01\uE000\u2028\u00A0\u0007.");
        quint32 seed = 2024;
        for (int round = 0; round < 3000; ++round) {
            QString raw;
            const QByteArray picks = pseudoRandomBytes(1 + round % 40, seed++);
            for (const char pick : picks)
                raw += alphabet.at(static_cast<unsigned char>(pick) % alphabet.size());
            for (const TextOrigin origin : { TextOrigin::PlainText, TextOrigin::Pdf }) {
                const QString once = normaliseResumeText(raw, origin);
                const auto context = [&] {
                    return QStringLiteral("input %1 -> %2")
                        .arg(QString::fromLatin1(raw.toUtf8().toPercentEncoding()),
                             QString::fromLatin1(once.toUtf8().toPercentEncoding()));
                };
                QVERIFY2(normaliseResumeText(once, origin) == once, qPrintable(context()));
                QVERIFY2(forbiddenCharacter(once).isEmpty(), qPrintable(context()));
                QVERIFY2(!once.contains(QLatin1Char('\t')) && !once.contains(QChar(0x00A0)), qPrintable(context()));
                QVERIFY2(!once.contains(QStringLiteral("  ")) && !once.contains(QStringLiteral("\n\n\n")),
                         qPrintable(context()));
                QVERIFY2(!once.contains(QStringLiteral(" \n")) && !once.contains(QStringLiteral("\n ")),
                         qPrintable(context()));
                QVERIFY2(once == once.trimmed(), qPrintable(context()));
            }
        }
    }

    void normaliseDefaultsToPlainText()
    {
        QCOMPARE(normaliseResumeText(QString::fromUtf16(u"op\u00ADti\u00ADmi\u00ADsa\u00ADtion")),
                 QStringLiteral("optimisation"));
    }

    // --- validation errors ---

    void notFound()
    {
        verifyError(loadResume(m_tmp.filePath(QStringLiteral("missing.pdf")), {}), ResumeErrorKind::NotFound,
                    QStringLiteral("missing.pdf"));
        const auto none = loadResume(QString(), {});
        QVERIFY(none.isError());
        QCOMPARE(none.error().kind, ResumeErrorKind::NotFound);
        QVERIFY(!none.error().message.isEmpty());
    }

    void folderIsNotAFile()
    {
        QVERIFY(QDir(m_tmp.path()).mkpath(QStringLiteral("folder.pdf")));
        const auto result = loadResume(m_tmp.filePath(QStringLiteral("folder.pdf")), {});
        verifyError(result, ResumeErrorKind::NotAFile, QStringLiteral("folder.pdf"));
        QVERIFY(result.error().message.contains(QStringLiteral("folder")));
    }

    void notReadable()
    {
        const QString path
            = writeFile(QStringLiteral("locked.pdf"), readAll(fixture(QStringLiteral("sample-resume.pdf"))));
        QVERIFY(QFile::setPermissions(path, QFileDevice::Permissions()));
        const bool stillReadable = QFile(path).open(QIODevice::ReadOnly);
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        // The message itself is checked without the file system, so it is covered even as root.
        const ResumeError error = resumeerror::notReadable(QStringLiteral("locked.pdf"));
        QCOMPARE(error.kind, ResumeErrorKind::NotReadable);
        QVERIFY(error.message.contains(QStringLiteral("“locked.pdf”")));
        if (stillReadable)
            QSKIP("running with privileges that ignore file permissions (root)");
        QVERIFY(QFile::setPermissions(path, QFileDevice::Permissions()));
        const auto result = loadResume(path, {});
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        verifyError(result, ResumeErrorKind::NotReadable, QStringLiteral("locked.pdf"));
    }

    void emptyFile()
    {
        const QString path = writeFile(QStringLiteral("empty.pdf"), {});
        verifyError(loadResume(path, {}), ResumeErrorKind::Empty, QStringLiteral("empty.pdf"));
    }

    void tooLarge()
    {
        // 11 MB, sparse: the size check must reject it before anything is read or parsed.
        const QString path = writeFile(QStringLiteral("huge.pdf"), QByteArrayLiteral("%PDF-1.7\n"));
        QVERIFY(QFile::resize(path, 11LL * 1024 * 1024));
        const auto result = loadResume(path, ResumeLimits {});
        verifyError(result, ResumeErrorKind::TooLarge, QStringLiteral("huge.pdf"));
        QVERIFY2(result.error().message.contains(QStringLiteral("11.0 MB")), qPrintable(result.error().message));
        QVERIFY2(result.error().message.contains(QStringLiteral("10.0 MB")), qPrintable(result.error().message));
    }

    void tooLargeByOneByteShowsBytes()
    {
        const QString path = writeFile(QStringLiteral("just-over.pdf"), QByteArrayLiteral("%PDF-1.7\n"));
        QVERIFY(QFile::resize(path, 10LL * 1024 * 1024 + 1));
        const auto result = loadResume(path, ResumeLimits {});
        verifyError(result, ResumeErrorKind::TooLarge, QStringLiteral("just-over.pdf"));
        QVERIFY2(result.error().message.contains(QStringLiteral("10485761 bytes")), qPrintable(result.error().message));
        QVERIFY2(result.error().message.contains(QStringLiteral("10485760 bytes")), qPrintable(result.error().message));

        QVERIFY(QFile::resize(path, 10LL * 1024 * 1024)); // exactly the limit: accepted, then found damaged
        verifyError(loadResume(path, ResumeLimits {}), ResumeErrorKind::Damaged, QStringLiteral("just-over.pdf"));
    }

    void sizeLimitIsConfigurable()
    {
        ResumeLimits limits;
        limits.maxBytes = 1000;
        verifyError(loadResume(fixture(QStringLiteral("sample-resume.pdf")), limits), ResumeErrorKind::TooLarge,
                    QStringLiteral("sample-resume.pdf"));
    }

    void renamedPngIsNotPdfWithoutOcr()
    {
        // With text recognition on, an image is read with OCR (tst_ocr); without it, it is refused.
        QImage image(16, 16, QImage::Format_RGB32);
        image.fill(Qt::darkBlue);
        const QString path = m_tmp.filePath(QStringLiteral("photo-resume.pdf"));
        QVERIFY(image.save(path, "PNG"));
        ResumeLimits noOcr;
        noOcr.ocr.enabled = false;
        const auto result = loadResume(path, noOcr);
        verifyError(result, ResumeErrorKind::NotPdf, QStringLiteral("photo-resume.pdf"));
        QVERIFY2(result.error().message.contains(QStringLiteral("PNG image")), qPrintable(result.error().message));
    }

    void notPdf_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("hint");
        QTest::newRow("text named .pdf") << "notes.pdf" << QByteArray("Jane Example, engineer\n") << QString();
        QTest::newRow("docx") << "resume.docx" << QByteArray("PK\x03\x04\x14\x00\x06\x00", 8) << "Word (.docx)";
        QTest::newRow("jpeg") << "scan.pdf" << QByteArray("\xff\xd8\xff\xe0\x00\x10JFIF", 10) << "JPEG image";
        QTest::newRow("pdf header late") << "late.pdf" << QByteArray("\n\n%PDF-1.4\n") << QString();
    }

    void notPdf()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, bytes);
        QFETCH(QString, hint);
        ResumeLimits noOcr; // a JPEG is otherwise read with OCR (tst_ocr)
        noOcr.ocr.enabled = false;
        const auto result = loadResume(writeFile(name, bytes), noOcr);
        verifyError(result, ResumeErrorKind::NotPdf, name);
        QVERIFY(result.error().message.contains(QStringLiteral("%PDF-")));
        if (!hint.isEmpty())
            QVERIFY2(result.error().message.contains(hint), qPrintable(result.error().message));
    }

    // --- PDF errors ---

    void damaged_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        const QByteArray sample = readAll(fixture(QStringLiteral("sample-resume.pdf")));
        QVERIFY(sample.size() > 5000);
        QByteArray noisy = sample;
        const QByteArray noise = pseudoRandomBytes(static_cast<int>(noisy.size()), 7);
        for (qsizetype i = 200; i < noisy.size(); i += 7)
            noisy[i] = noise[i];
        QTest::newRow("truncated") << sample.left(3000);
        QTest::newRow("header only") << QByteArray("%PDF-1.4\n");
        QTest::newRow("header then garbage") << QByteArray("%PDF-1.7\n") + pseudoRandomBytes(4000, 42);
        QTest::newRow("garbled bytes") << noisy;
    }

    void damaged()
    {
        QFETCH(QByteArray, bytes);
        const auto result = loadResume(writeFile(QStringLiteral("damaged.pdf"), bytes), {});
        verifyError(result, ResumeErrorKind::Damaged, QStringLiteral("damaged.pdf"));
        QVERIFY(result.error().message.contains(QStringLiteral("damaged")));
    }

    void passwordProtected()
    {
        const QString path = fixture(QStringLiteral("encrypted-password.pdf"));
        const QString name = QStringLiteral("encrypted-password.pdf");
        const auto noPassword = loadResume(path, {});
        verifyError(noPassword, ResumeErrorKind::PasswordRequired, name);
        QVERIFY(noPassword.error().message.contains(QStringLiteral("password")));

        const auto wrong = loadResume(path, {}, QStringLiteral("guess"));
        verifyError(wrong, ResumeErrorKind::WrongPassword, name);
        QVERIFY(!wrong.error().message.contains(QStringLiteral("guess"))); // never echo a secret

        const auto right = loadResume(path, {}, QStringLiteral("s3cret-pass"));
        QVERIFY2(right.isOk(), qPrintable(right.isError() ? right.error().message : QString()));
        QVERIFY(right.value().text.startsWith(QStringLiteral("Jane Example\nSenior Software Engineer")));
    }

    void ownerPasswordOnlyOpensWithoutPassword()
    {
        const auto result = loadResume(fixture(QStringLiteral("encrypted-owner-only.pdf")), {});
        QVERIFY2(result.isOk(), qPrintable(result.isError() ? result.error().message : QString()));
        QCOMPARE(result.value().pageCount, 2);
    }

    void imageOnlyScanHasNoText()
    {
        // The fixture's only image is a blank-looking speck: OCR runs on the page and finds nothing.
        const auto result = loadResume(fixture(QStringLiteral("image-only-scan.pdf")), {});
        verifyError(result, ResumeErrorKind::NoText, QStringLiteral("image-only-scan.pdf"));
        QVERIFY2(result.error().message.contains(QStringLiteral("(OCR) found none")),
                 qPrintable(result.error().message));

        ResumeLimits noOcr;
        noOcr.ocr.enabled = false;
        const auto without = loadResume(fixture(QStringLiteral("image-only-scan.pdf")), noOcr);
        verifyError(without, ResumeErrorKind::NoText, QStringLiteral("image-only-scan.pdf"));
        QVERIFY(without.error().message.contains(QStringLiteral("scanned image")));
        QVERIFY(without.error().message.contains(QStringLiteral("OCR) is turned off")));
    }

    void tooManyPages()
    {
        ResumeLimits limits;
        limits.maxPages = 1;
        const auto result = loadResume(fixture(QStringLiteral("sample-resume.pdf")), limits);
        verifyError(result, ResumeErrorKind::TooManyPages, QStringLiteral("sample-resume.pdf"));
        QVERIFY2(result.error().message.contains(QStringLiteral("has 2 pages")), qPrintable(result.error().message));
        QVERIFY2(result.error().message.contains(QStringLiteral("maximum of 1")), qPrintable(result.error().message));
    }

    void defaultPageLimitIsFifty()
    {
        QCOMPARE(ResumeLimits {}.maxPages, 50);
        ResumeLimits limits;
        limits.maxPages = kBigPdfPages - 1;
        verifyError(loadResume(bigPdf(), limits), ResumeErrorKind::TooManyPages, QStringLiteral("big-resume.pdf"));
    }

    // --- successful reads ---

    void samplePdf()
    {
        QList<std::pair<int, int>> calls;
        const auto result = loadResume(fixture(QStringLiteral("sample-resume.pdf")), {}, {}, [&](int done, int total) {
            calls.append({ done, total });
            return true;
        });
        QVERIFY2(result.isOk(), qPrintable(result.isError() ? result.error().message : QString()));
        const ResumeText &resume = result.value();
        QCOMPARE(resume.fileName, QStringLiteral("sample-resume.pdf"));
        QCOMPARE(resume.pageCount, 2);
        QVERIFY(!resume.truncated);
        QVERIFY2(resume.text.startsWith(QStringLiteral("Jane Example\nSenior Software Engineer\n"
                                                       "Skills: C++20, Qt 6, PostgreSQL, Kubernetes\n")),
                 qPrintable(resume.text));
        // Page 2 follows page 1.
        QVERIFY(resume.text.indexOf(QStringLiteral("Acme Robotics: real-time motion planning with ROS 2."))
                > resume.text.indexOf(QStringLiteral("offline-first synchronisation engine")));
        QCOMPARE(forbiddenCharacter(resume.text), QString());
        const QList<std::pair<int, int>> expected { { 0, 2 }, { 1, 2 }, { 2, 2 } };
        QCOMPARE(calls, expected);
    }

    void pdfContentWinsOverTextSuffix()
    {
        const QString path
            = writeFile(QStringLiteral("resume.txt"), readAll(fixture(QStringLiteral("sample-resume.pdf"))));
        const auto result = loadResume(path, {});
        QVERIFY2(result.isOk(), qPrintable(result.isError() ? result.error().message : QString()));
        QCOMPARE(result.value().pageCount, 2);
    }

    void cancelledThroughProgress()
    {
        int calls = 0;
        const auto result = loadResume(fixture(QStringLiteral("sample-resume.pdf")), {}, {}, [&](int done, int) {
            ++calls;
            return done < 1;
        });
        verifyError(result, ResumeErrorKind::Cancelled, QStringLiteral("sample-resume.pdf"));
        QCOMPARE(calls, 2); // (0, 2) then (1, 2) said stop: page 2 was never read
    }

    void textLimitTruncates()
    {
        const QString path = fixture(QStringLiteral("sample-resume.pdf"));
        const auto full = loadResume(path, {});
        QVERIFY(full.isOk());
        QVERIFY(!full.value().truncated);

        ResumeLimits limits;
        limits.maxChars = 40;
        const auto cut = loadResume(path, limits);
        QVERIFY(cut.isOk());
        QVERIFY(cut.value().truncated);
        QVERIFY(cut.value().text.size() <= 40);
        QVERIFY(!cut.value().text.isEmpty());
        QVERIFY(full.value().text.startsWith(cut.value().text));
        QCOMPARE(cut.value().text, QStringLiteral("Jane Example\nSenior Software Engineer")); // at a line break
    }

    void textLimitStopsReadingPages()
    {
        ResumeLimits limits;
        limits.maxChars = 10;
        QList<int> done;
        const auto result = loadResume(bigPdf(), limits, {}, [&](int pagesDone, int) {
            done.append(pagesDone);
            return true;
        });
        QVERIFY(result.isOk());
        QVERIFY(result.value().truncated);
        QVERIFY(result.value().text.size() <= 10);
        QCOMPARE(done.last(), kBigPdfPages);
        QVERIFY2(done.size() < kBigPdfPages, "stopped reading pages once the text budget was used");
    }

    // --- plain-text resumes ---

    void plainTextResume()
    {
        const QByteArray bytes = "\xEF\xBB\xBF# Jane Example\r\n\r\n\r\n\r\nSkills:  C++,\tQt\r\n"
                                 "E\xEF\xAC\x83"
                                 "cient require-\r\nments and op\xC2\xADti\xC2\xADmi\xC2\xADsa\xC2\xADtion\r\n";
        const auto result = loadResume(writeFile(QStringLiteral("resume.md"), bytes), {});
        QVERIFY2(result.isOk(), qPrintable(result.isError() ? result.error().message : QString()));
        QCOMPARE(result.value().text,
                 QStringLiteral("# Jane Example\n\nSkills: C++, Qt\nEfficient requirements and optimisation"));
        QCOMPARE(result.value().pageCount, 0);
        QCOMPARE(result.value().fileName, QStringLiteral("resume.md"));
    }

    void plainTextErrors_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<ResumeErrorKind>("kind");
        QTest::addColumn<QString>("phrase");
        QTest::newRow("invalid utf-8") << "latin1.txt"
                                       << QByteArray("Jos\xe9 Garc\xed"
                                                     "a, engineer\n")
                                       << ResumeErrorKind::NotText << "UTF-8";
        QTest::newRow("utf-16") << "utf16.txt" << QByteArray("\xff\xfeJ\0a\0n\0e\0", 10) << ResumeErrorKind::NotText
                                << "UTF-8";
        QTest::newRow("binary") << "binary.md" << QByteArray("abc\0\0\0\x01\x02", 8) << ResumeErrorKind::NotText
                                << "binary";
        QTest::newRow("only whitespace") << "blank.txt" << QByteArray(" \r\n\t\n  \n") << ResumeErrorKind::NoText
                                         << "no text";
    }

    void plainTextErrors()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, bytes);
        QFETCH(ResumeErrorKind, kind);
        QFETCH(QString, phrase);
        const auto result = loadResume(writeFile(name, bytes), {});
        verifyError(result, kind, name);
        QVERIFY2(result.error().message.contains(phrase), qPrintable(result.error().message));
    }

    // --- real resumes from other authors ---

    void realResumes_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("pages");
        QTest::addColumn<QStringList>("phrases");
        // awesome-cv: hyphens drawn as U+00AD, line-end hyphens as U+FFFE, CRLF line ends.
        QTest::newRow("awesome-cv") << "awesome-cv_cv.pdf" << 5
                                    << QStringList {
                                           QStringLiteral("Got a Chun Shin-Il Scholarship which is given to "
                                                          "promising students"),
                                           QStringLiteral("Back-end Koa, Express, Django, REST API"),
                                           QStringLiteral("Computer Science and Engineering Mar. 2010 - Aug. 2017"),
                                           QStringLiteral("traffic in multi-account and multi-VPC environments"),
                                           QStringLiteral("SSO integration with over 20 enterprise systems"),
                                           QStringLiteral("Developed in-house framework to easily build Kafka"),
                                           QStringLiteral("Developed an easy-to-use Payment module"),
                                           QStringLiteral("Separated the development network and operation network"),
                                           QStringLiteral("Linux kernel memory management."),
                                           QStringLiteral("\nCo-founder & Software Engineer Jan. 2016 - Jun. 2017\n"),
                                           QStringLiteral("Developed in Cocos2d-x an action puzzle game"),
                                           QStringLiteral("\nExperience\n"),
                                       };
        // rendercv: Font Awesome icons in the private-use area, U+FFFE breaks, non-ASCII names.
        QTest::newRow("rendercv classic")
            << "rendercv_classic.pdf" << 2
            << QStringList {
                   QStringLiteral("\nSan Francisco, CA john.doe@email.com rendercv.com rendercv rendercv\n"),
                   QStringLiteral("BS Boğaziçi University, Computer Engineering"),
                   QStringLiteral("Istanbul, Türkiye"),
                   QStringLiteral("(spotlight presentation, top 5% of submissions)"),
                   QStringLiteral("self-supervised learning framework for low-resource language modeling"),
                   QStringLiteral("Nexus AI, Co-Founder & CTO"),
                   QStringLiteral("Sept 2018 – May 2023"),
               };
        QTest::newRow("rendercv sb2nov")
            << "rendercv_sb2nov-theme.pdf" << 3
            << QStringList {
                   QStringLiteral("San Francisco, CA • john.doe@email.com • rendercv.com"),
                   QStringLiteral("\nBoğaziçi University\nBS in Computer Engineering\n"),
                   QStringLiteral("Built foundation model infrastructure serving 2M+ monthly API requests "
                                  "with 99.97% uptime"),
                   QStringLiteral("top 5% of submissions"),
                   QStringLiteral("low-resource language modeling"),
               };
    }

    void realResumes()
    {
        QFETCH(QString, file);
        QFETCH(int, pages);
        QFETCH(QStringList, phrases);
        const auto result = loadResume(fixture(file), {});
        QVERIFY2(result.isOk(), qPrintable(result.isError() ? result.error().message : QString()));
        const ResumeText &resume = result.value();
        QCOMPARE(resume.pageCount, pages);
        QVERIFY(!resume.truncated);
        for (const QString &phrase : phrases)
            QVERIFY2(resume.text.contains(phrase), qPrintable(QStringLiteral("missing: ") + phrase));
        QCOMPARE(forbiddenCharacter(resume.text), QString());
        QVERIFY(!resume.text.contains(QStringLiteral("\n\n\n")));
        QVERIFY(!resume.text.contains(QStringLiteral("  ")));
        QVERIFY(!resume.text.contains(QStringLiteral(" \n")));
        QVERIFY(!resume.text.contains(QStringLiteral("\n ")));
    }

    // --- ResumeLoader: off the calling thread ---

    void loaderDoesNotBlockTheCallingThread()
    {
        const QString path = bigPdf();
        int ticks = 0;
        QTimer heartbeat;
        heartbeat.setInterval(5);
        connect(&heartbeat, &QTimer::timeout, this, [&ticks] { ++ticks; });
        heartbeat.start();

        ResumeLoader loader;
        QList<int> ticksAtProgress;
        std::optional<int> ticksAtLoaded;
        QThread *callerThread = QThread::currentThread();
        QThread *signalThread = nullptr;
        connect(&loader, &ResumeLoader::progress, this, [&](int, int) { ticksAtProgress.append(ticks); });
        connect(&loader, &ResumeLoader::loaded, this, [&](const ResumeText &) {
            ticksAtLoaded = ticks;
            signalThread = QThread::currentThread();
        });
        QSignalSpy loaded(&loader, &ResumeLoader::loaded);
        QSignalSpy failed(&loader, &ResumeLoader::failed);
        QSignalSpy progress(&loader, &ResumeLoader::progress);

        loader.load(path);
        QVERIFY(loader.isRunning());
        QCOMPARE(loaded.count() + failed.count() + progress.count(), 0); // nothing happened synchronously
        QVERIFY2(loaded.wait(20000),
                 failed.isEmpty() ? "timeout" : qPrintable(failed.first().first().value<ResumeError>().message));
        QVERIFY(!loader.isRunning());
        QCOMPARE(failed.count(), 0);
        QCOMPARE(signalThread, callerThread);
        QVERIFY(ticksAtLoaded.has_value());
        QVERIFY2(*ticksAtLoaded >= 5, qPrintable(QStringLiteral("heartbeat ticked %1 times").arg(*ticksAtLoaded)));
        // Progress was reported per page, interleaved with heartbeat ticks.
        QCOMPARE(progress.count(), kBigPdfPages + 1);
        QCOMPARE(progress.first(), (QList<QVariant> { 0, kBigPdfPages }));
        QCOMPARE(progress.last(), (QList<QVariant> { kBigPdfPages, kBigPdfPages }));
        QVERIFY(ticksAtProgress.last() > ticksAtProgress.first());

        const auto resume = loaded.first().first().value<ResumeText>();
        QCOMPARE(resume.pageCount, kBigPdfPages);
        QVERIFY(resume.text.contains(QStringLiteral("Page 50 line 40: designed distributed systems")));
    }

    void loaderReportsErrors()
    {
        ResumeLoader loader;
        QSignalSpy failed(&loader, &ResumeLoader::failed);
        loader.load(fixture(QStringLiteral("encrypted-password.pdf")));
        QVERIFY(failed.wait(10000));
        auto error = failed.first().first().value<ResumeError>();
        QCOMPARE(error.kind, ResumeErrorKind::PasswordRequired);

        loader.load(fixture(QStringLiteral("encrypted-password.pdf")), QStringLiteral("wrong"));
        QVERIFY(failed.wait(10000));
        QCOMPARE(failed.at(1).first().value<ResumeError>().kind, ResumeErrorKind::WrongPassword);

        QSignalSpy loaded(&loader, &ResumeLoader::loaded);
        loader.load(fixture(QStringLiteral("encrypted-password.pdf")), QStringLiteral("s3cret-pass"));
        QVERIFY(loaded.wait(10000));
        QCOMPARE(failed.count(), 2);
    }

    void loaderUsesItsLimits()
    {
        ResumeLoader loader;
        ResumeLimits limits;
        limits.maxPages = 1;
        loader.setLimits(limits);
        QCOMPARE(loader.limits().maxPages, 1);
        QSignalSpy failed(&loader, &ResumeLoader::failed);
        loader.load(fixture(QStringLiteral("sample-resume.pdf")));
        QVERIFY(failed.wait(10000));
        QCOMPARE(failed.first().first().value<ResumeError>().kind, ResumeErrorKind::TooManyPages);
    }

    void cancelStopsSignals()
    {
        ResumeLoader loader;
        QSignalSpy loaded(&loader, &ResumeLoader::loaded);
        QSignalSpy failed(&loader, &ResumeLoader::failed);
        QSignalSpy progress(&loader, &ResumeLoader::progress);
        loader.load(bigPdf());
        QVERIFY(progress.wait(10000));
        loader.cancel();
        QVERIFY(!loader.isRunning());
        const qsizetype progressAtCancel = progress.count();

        // Let the abandoned worker finish, then deliver whatever it may have queued.
        QVERIFY(QThreadPool::globalInstance()->waitForDone(20000));
        QCoreApplication::sendPostedEvents();
        QCOMPARE(progress.count(), progressAtCancel);
        QCOMPARE(loaded.count(), 0);
        QCOMPARE(failed.count(), 0);
    }

    void newLoadSupersedesRunningOne()
    {
        ResumeLoader loader;
        QSignalSpy loaded(&loader, &ResumeLoader::loaded);
        QSignalSpy failed(&loader, &ResumeLoader::failed);
        loader.load(bigPdf());
        loader.load(fixture(QStringLiteral("sample-resume.pdf")));
        QVERIFY(loaded.wait(10000));
        QVERIFY(QThreadPool::globalInstance()->waitForDone(20000));
        QCoreApplication::sendPostedEvents();
        QCOMPARE(loaded.count(), 1);
        QCOMPARE(failed.count(), 0);
        QCOMPARE(loaded.first().first().value<ResumeText>().fileName, QStringLiteral("sample-resume.pdf"));
    }

    void loaderDestroyedWhileRunning()
    {
        auto *loader = new ResumeLoader;
        loader->load(bigPdf());
        delete loader; // must neither block nor let the worker touch the deleted loader
        QVERIFY(QThreadPool::globalInstance()->waitForDone(20000));
        QCoreApplication::sendPostedEvents();
    }
};

// Qt 6.4's QtPdf leaks PDFium objects that our code cannot free: QPdfDocument::close() returns early
// when a load failed (the FPDFAvail object stays), and getAllText() returns early on a page without
// text (the page and text page stay). Suppressed for LeakSanitizer so that the ASan run still
// checks our own code. Unused without sanitizers.
// NOLINTBEGIN(bugprone-reserved-identifier): the name is LeakSanitizer's hook
extern "C" const char *__lsan_default_suppressions();
extern "C" const char *__lsan_default_suppressions()
{
    return "leak:QPdfDocument::getAllText\n"
           "leak:QPdfDocumentPrivate::initiateAsyncLoadWithTotalSizeKnown\n"
           "leak:QPdfDocumentPrivate::tryLoadDocument\n"
           "leak:QPdfDocumentPrivate::checkPageComplete\n";
}
// NOLINTEND(bugprone-reserved-identifier)

int main(int argc, char *argv[])
{
    // QPdfWriter and fonts need a QGuiApplication; tests run without a display.
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    TestResume test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_resume.moc"
