// Issue 19: the personal data of a resume found locally and replaced by placeholders in what is sent,
// and the placeholders put back in what comes back.
#include "privacy/PersonalData.h"
#include "privacy/Redaction.h"
#include "privacy/SentLog.h"
#include "resume/LoadResume.h"

#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QTest>

using namespace ip;

namespace {

const QString kResumes = QStringLiteral(IP_TEST_DATA_DIR "/resumes/");

struct Marked
{
    QString text; // without the markers
    QList<std::pair<QString, QString>> personal; // kind, text
    QStringList terms; // must stay
};

// tests/data/privacy/hard-cases.txt: ⟦kind:text⟧ personal data, ⟪text⟫ terms that must stay.
QList<Marked> hardCases()
{
    QFile file(QStringLiteral(IP_TEST_DATA_DIR "/privacy/hard-cases.txt"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    lines.erase(std::remove_if(lines.begin(), lines.end(), [](const QString &l) { return l.startsWith('#'); }),
                lines.end());
    QList<Marked> out;
    static const QRegularExpression personal(QStringLiteral("⟦([a-z-]+):([^⟧]+)⟧"));
    static const QRegularExpression term(QStringLiteral("⟪([^⟫]+)⟫"));
    for (const QString &block : lines.join(QLatin1Char('\n')).split(QStringLiteral("=====\n"))) {
        Marked m;
        auto it = personal.globalMatch(block);
        while (it.hasNext()) {
            const auto match = it.next();
            m.personal.append({ match.captured(1), match.captured(2) });
        }
        auto terms = term.globalMatch(block);
        while (terms.hasNext())
            m.terms.append(terms.next().captured(1));
        m.text = block;
        m.text.replace(personal, QStringLiteral("\\2"));
        m.text.replace(term, QStringLiteral("\\1"));
        out.append(m);
    }
    return out;
}

QString resumeText(const QString &file)
{
    const auto r = loadResume(kResumes + file, ResumeLimits {});
    return r.isOk() ? r.value().text : QString();
}

} // namespace

class TestPrivacy : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // The real resumes of the test data: each one's name, e-mail, phone, links, handles and
    // location leave what is sent; the schools, employers and technologies stay.
    void realResumes_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("personal");
        QTest::addColumn<QStringList>("terms");
        QTest::newRow("awesome-cv") << QStringLiteral("awesome-cv_cv.pdf")
                                    << QStringList { QStringLiteral("Claud D. Park"),
                                                     QStringLiteral("Mapo-gu, Seoul, Republic of Korea"),
                                                     QStringLiteral("10-9030-1843"),
                                                     QStringLiteral("posquit0.bj@gmail.com"),
                                                     QStringLiteral("www.posquit0.com"),
                                                     QStringLiteral("@posquit0"),
                                                     QStringLiteral("/in/posquit0") }
                                    << QStringList { QStringLiteral("DevOps Engineer"), QStringLiteral("POSTECH"),
                                                     QStringLiteral("Kubernetes"), QStringLiteral("Terraform"),
                                                     QStringLiteral("Pohang University of Science and Technology") };
        QTest::newRow("rendercv-classic")
            << QStringLiteral("rendercv_classic.pdf")
            << QStringList { QStringLiteral("John Doe"), QStringLiteral("San Francisco, CA"),
                             QStringLiteral("john.doe@email.com"), QStringLiteral("rendercv.com"),
                             QStringLiteral(" rendercv ") }
            << QStringList { QStringLiteral("RenderCV"), QStringLiteral("Princeton University"),
                             QStringLiteral("Neural Architecture Search"), QStringLiteral("YAML") };
        QTest::newRow("rendercv-sb2nov") << QStringLiteral("rendercv_sb2nov-theme.pdf")
                                         << QStringList { QStringLiteral("John Doe"),
                                                          QStringLiteral("San Francisco, CA"),
                                                          QStringLiteral("john.doe@email.com"),
                                                          QStringLiteral("linkedin.com/in/rendercv"),
                                                          QStringLiteral("github.com/rendercv") }
                                         << QStringList { QStringLiteral("RenderCV"),
                                                          QStringLiteral("Princeton University"),
                                                          QStringLiteral("Princeton, NJ") };
        QTest::newRow("sample") << QStringLiteral("sample-resume.pdf") << QStringList { QStringLiteral("Jane Example") }
                                << QStringList { QStringLiteral("Senior Software Engineer"), QStringLiteral("C++20"),
                                                 QStringLiteral("PostgreSQL"), QStringLiteral("Acme Robotics"),
                                                 QStringLiteral("ROS 2") };
    }

    void realResumes()
    {
        QFETCH(QString, file);
        QFETCH(QStringList, personal);
        QFETCH(QStringList, terms);
        const QString text = resumeText(file);
        QVERIFY(!text.isEmpty());
        const Redaction redaction = findPersonalData(text);
        const QString sent = redaction.apply(text);
        for (const QString &p : personal) {
            QVERIFY2(text.contains(p), qPrintable(p)); // the expectation is about this resume
            QVERIFY2(!sent.contains(p), qPrintable(p + QStringLiteral(" was sent")));
        }
        for (const QString &t : terms) {
            QVERIFY2(text.contains(t), qPrintable(t));
            QVERIFY2(sent.contains(t), qPrintable(t + QStringLiteral(" was removed")));
        }
        QVERIFY(sent.contains(QStringLiteral("[NAME]")));
        QCOMPARE(redaction.restore(sent), text);
    }

    // Made-up hard cases (international phone formats, names with particles, German and Arabic
    // addresses, dates of birth and ids after their labels): recall per kind, and no technical term
    // or work fact removed. The figures go to the README.
    void hardCases()
    {
        const QList<Marked> cases = ::hardCases();
        QCOMPARE(cases.size(), 6);
        QHash<QString, std::pair<int, int>> byKind; // found, present
        int termsRemoved = 0;
        int termsTotal = 0;
        for (const Marked &m : cases) {
            const Redaction redaction = findPersonalData(m.text);
            const QString sent = redaction.apply(m.text);
            for (const auto &[kind, item] : m.personal) {
                auto &[found, present] = byKind[kind];
                ++present;
                if (!sent.contains(item))
                    ++found;
                else
                    qWarning().noquote() << "missed" << kind << item;
            }
            for (const QString &t : m.terms) {
                ++termsTotal;
                if (!sent.contains(t)) {
                    ++termsRemoved;
                    qWarning().noquote() << "removed term" << t;
                }
            }
            QCOMPARE(redaction.restore(sent), m.text);
        }
        int found = 0;
        int present = 0;
        for (auto it = byKind.cbegin(); it != byKind.cend(); ++it) {
            qInfo().noquote() << it.key() << it->first << "of" << it->second;
            found += it->first;
            present += it->second;
        }
        qInfo().noquote() << "recall" << found << "of" << present << "=" << double(found) / present << "; terms removed"
                          << termsRemoved << "of" << termsTotal;
        QVERIFY(double(found) / present >= 0.98);
        for (const char *kind : { "email", "phone", "url" })
            QCOMPARE(byKind.value(QString::fromLatin1(kind)).first, byKind.value(QString::fromLatin1(kind)).second);
        QCOMPARE(termsRemoved, 0);
        QVERIFY(termsTotal > 50);
    }

    // Placeholders: one per item, numbered per kind in order of appearance; the name's words alone
    // only as whole words, and never a technology ("Julia").
    void placeholdersAndWholeWords()
    {
        const QString text = QStringLiteral("Julia Roberts\njulia@example.com · +1 415 555 0100 · +1 415 555 0199\n"
                                            "Experience\nJulia, Julia-lang and Robertson; Roberts wrote it.");
        const Redaction r = findPersonalData(text);
        const QString sent = r.apply(text);
        QCOMPARE(sent,
                 QStringLiteral("[NAME]\n[EMAIL_1] · [PHONE_1] · [PHONE_2]\n"
                                "Experience\nJulia, Julia-lang and Robertson; [LAST_NAME] wrote it."));
        QCOMPARE(r.count(PersonalKind::Phone), 2);
        QCOMPARE(r.restore(QStringLiteral("Ask [NAME] ([EMAIL_1]) about [LAST_NAME]'s work.")),
                 QStringLiteral("Ask Julia Roberts (julia@example.com) about Roberts's work."));
        QVERIFY(findPersonalData(QString()).isEmpty());
        // A postal code beside a place is part of the address, not a handle.
        const Redaction arabic
            = findPersonalData(QStringLiteral("ليلى حسن\nشارع الملك فهد، الرياض 12271 | laila@example.sa"));
        QCOMPARE(arabic.count(PersonalKind::Address), 1);
        QCOMPARE(arabic.count(PersonalKind::Handle), 0);
    }

    // Numbers that describe the work are not phone numbers; years and dates are not either.
    void workNumbersStay()
    {
        const QString text = QStringLiteral("Experience\nServed 10 000 000 requests a day, 2019 - 2023, 01.02.2020; "
                                            "order ids 4711 0815 4242 in SAP; latency 120 ms.");
        QVERIFY(findPersonalData(text).isEmpty());
    }

    // The log of what was sent: placeholders found where they stand (the longest first, only those
    // of the redaction), and the text for people carries every message exactly.
    void sentLogText()
    {
        const QStringList placeholders { QStringLiteral("[EMAIL_1]"), QStringLiteral("[EMAIL_10]"),
                                         QStringLiteral("[NAME]"), QStringLiteral("[PHONE_1]") };
        const QString text = QStringLiteral("[NAME] <[EMAIL_10]> [EMAIL_1] [LINK] [[NAME]]");
        const QList<TextSpan> spans = placeholderSpans(text, placeholders);
        QCOMPARE(spans, (QList<TextSpan> { { 0, 6 }, { 8, 10 }, { 20, 9 }, { 38, 6 } }));
        QVERIFY(placeholderSpans(text, {}).isEmpty());

        SentRequest r;
        r.at = QDateTime(QDate(2026, 12, 6), QTime(23, 50), Qt::UTC);
        r.provider = QStringLiteral("Groq");
        r.model = QStringLiteral("openai/gpt-oss-20b");
        r.stage = QStringLiteral("skills");
        r.messages = { { QStringLiteral("system"), QStringLiteral("Pick the skills.") },
                       { QStringLiteral("user"), QStringLiteral("<resume>\n[NAME]\n[EMAIL_1]\nPython\n</resume>") } };
        r.placeholders = placeholdersIn(r.messages, placeholders);
        QCOMPARE(r.placeholders, (QStringList { QStringLiteral("[EMAIL_1]"), QStringLiteral("[NAME]") }));
        QCOMPARE(r.characters(), r.messages.at(0).content.size() + r.messages.at(1).content.size());
        QCOMPARE(describeSentRequest(r), QStringLiteral("Skills · openai/gpt-oss-20b"));
        const QString shown = formatSentRequest(r);
        QVERIFY2(shown.startsWith(QStringLiteral("=== To Groq (Skills · openai/gpt-oss-20b), ")), qPrintable(shown));
        QVERIFY(shown.contains(QStringLiteral("2026-12-06T23:50:00Z")));
        QVERIFY(shown.contains(QStringLiteral("Kept back, replaced by placeholders: [EMAIL_1], [NAME]\n")));
        QVERIFY(shown.contains(QStringLiteral("\nPick the skills.\n")));
        QVERIFY(shown.contains(QStringLiteral("\n<resume>\n[NAME]\n[EMAIL_1]\nPython\n</resume>\n")));
        QVERIFY(shown.indexOf(QStringLiteral("Pick the skills.")) < shown.indexOf(QStringLiteral("<resume>")));
    }
};

QTEST_GUILESS_MAIN(TestPrivacy)
#include "tst_privacy.moc"
