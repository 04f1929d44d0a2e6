// Issue 8: the shipped translations (translations/*.ts) are complete and up to date, load at run time, and the
// languages of the interface and of the questions follow the settings and the system.

#include "Icons.h"
#include "LanguagePage.h"
#include "ScriptedAppContext.h"
#include "SettingsDialog.h"
#include "SkillSectionWidget.h"
#include "Translations.h"
#include "keys/KeyStore.h"
#include "net/UrlPolicy.h"
#include "pipeline/RunOutcome.h"
#include "pipeline/StageRequests.h"
#include "session/CacheKey.h"
#include "settings/Language.h"
#include "settings/Settings.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace ip;

namespace {

QStringList tsFiles()
{
    return QString::fromUtf8(IP_I18N_TS_FILES).split(QLatin1Char('|'), Qt::SkipEmptyParts);
}

// English: only the plural forms of the %n messages (lupdate -pluralonly).
const QString kEnglishTs = QStringLiteral(IP_I18N_TS_ENGLISH);

// The language of a .ts file from its name: interview-prep_<code>.ts.
QString languageOf(const QString &tsPath)
{
    return QFileInfo(tsPath).completeBaseName().section(QLatin1Char('_'), 1);
}

// Numerus forms lrelease expects (Qt's plural rules): German singular/plural; Arabic zero, one, two,
// few (3–10), many (11–99), other.
int numerusForms(const QString &language)
{
    return language == QLatin1String("ar") ? 6 : 2;
}

QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%L?[1-9]"));
    QSet<QString> out;
    for (auto it = re.globalMatch(text); it.hasNext();)
        out.insert(it.next().captured().remove(QLatin1Char('L')));
    return out;
}

bool hasAccelerator(const QString &text)
{
    QString t = text;
    t.remove(QStringLiteral("&&"));
    static const QRegularExpression re(QStringLiteral("&[^\\s&;]"));
    // "&amp;" never reaches here (the reader unescapes), but an HTML entity in rich text might.
    static const QRegularExpression entity(QStringLiteral("&[a-z]+;"));
    t.remove(entity);
    return re.match(t).hasMatch();
}

struct Message
{
    QString context;
    QString source;
    bool numerus = false;
    QString type; // "unfinished", "vanished", "obsolete" or empty
    QStringList forms; // one translation, or every numerus form
};

QList<Message> readTs(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<Message> out;
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            current = Message {
                context, {}, xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes"), {}, {}
            };
        } else if (name == QLatin1String("source")) {
            current.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            current.type = xml.attributes().value(QLatin1String("type")).toString();
            if (!current.numerus) {
                current.forms << xml.readElementText();
                out << current;
            } else {
                while (xml.readNextStartElement())
                    current.forms << xml.readElementText();
                out << current;
            }
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return out;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cleanup() { i18n::installTranslation(QStringLiteral("en")); }

    // --- the .ts files (the i18n check) ---

    void everyShippedLanguageHasATsFile()
    {
        QStringList fromFiles;
        for (const QString &ts : tsFiles())
            fromFiles << languageOf(ts);
        QStringList shipped = language::uiLanguages();
        shipped.removeOne(QStringLiteral("en"));
        fromFiles.sort();
        shipped.sort();
        QCOMPARE(fromFiles, shipped);
    }

    void tsFileIsComplete_data()
    {
        QTest::addColumn<QString>("path");
        for (const QString &ts : tsFiles() + QStringList { kEnglishTs })
            QTest::newRow(qPrintable(languageOf(ts))) << ts;
    }

    // No unfinished, empty or obsolete translation; plural forms complete; the same %1…%9 as the source
    // (a lost placeholder drops a value, an extra one prints "%2"); an accelerator where the source has one.
    void tsFileIsComplete()
    {
        QFETCH(QString, path);
        QString error;
        const QList<Message> messages = readTs(path, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const bool english = path == kEnglishTs;
        QVERIFY(messages.size() > (english ? 10 : 100));
        const int forms = numerusForms(languageOf(path));
        QStringList problems;
        for (const Message &m : messages) {
            const QString where = m.context + QStringLiteral(": \"") + m.source + QLatin1Char('"');
            if (!m.type.isEmpty())
                problems << where + QStringLiteral(" is ") + m.type;
            if (english && !m.numerus)
                problems << where + QStringLiteral(" is not a plural message (English has only those)");
            if (m.numerus && m.forms.size() != forms)
                problems << where + QStringLiteral(" has %1 plural forms, not %2").arg(m.forms.size()).arg(forms);
            for (const QString &f : m.forms) {
                if (f.trimmed().isEmpty()) {
                    problems << where + QStringLiteral(" has an empty translation");
                    continue;
                }
                if (placeholders(f) != placeholders(m.source))
                    problems << where + QStringLiteral(" → \"%1\": placeholders differ").arg(f);
                if (hasAccelerator(m.source) && !hasAccelerator(f))
                    problems << where + QStringLiteral(" → \"%1\": no & accelerator").arg(f);
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    // lupdate over today's sources must leave the .ts files as they are: a new or changed tr() string
    // fails here until `cmake --build <dir> --target ip_update_translations` ran and it was translated.
    void lupdateWouldNotChangeTheTsFiles_data()
    {
        QTest::addColumn<QStringList>("files");
        QTest::addColumn<QStringList>("extraOptions");
        QTest::newRow("translations") << tsFiles() << QStringList();
        QTest::newRow("English plurals") << QStringList { kEnglishTs } << QStringList { QStringLiteral("-pluralonly") };
    }

    // lupdate over today's sources must leave the .ts files as they are: a new or changed tr() string
    // fails here until `cmake --build <dir> --target ip_update_translations` ran and it was translated.
    void lupdateWouldNotChangeTheTsFiles()
    {
        QFETCH(QStringList, files);
        QFETCH(QStringList, extraOptions);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QStringList copies;
        for (const QString &ts : files) {
            const QString copy = dir.filePath(QFileInfo(ts).fileName());
            QVERIFY(QFile::copy(ts, copy));
            copies << copy;
        }
        QProcess lupdate;
        lupdate.setProcessChannelMode(QProcess::MergedChannels);
        const QStringList options = QString::fromUtf8(IP_I18N_LUPDATE_OPTIONS).split(QLatin1Char('|')) + extraOptions;
        lupdate.start(QStringLiteral(IP_LUPDATE),
                      options + QStringList { QStringLiteral("@" IP_I18N_LUPDATE_LIST), QStringLiteral("-ts") }
                          + copies);
        QVERIFY2(lupdate.waitForFinished(120'000), "lupdate did not finish");
        const QString output = QString::fromLocal8Bit(lupdate.readAll());
        QVERIFY2(lupdate.exitStatus() == QProcess::NormalExit && lupdate.exitCode() == 0, qPrintable(output));
        // lupdate warns about tr() it cannot place (a context the app would not find at run time).
        QVERIFY2(!output.contains(QLatin1String("lacks Q_OBJECT")) && !output.contains(QLatin1String("without context"))
                     && !output.contains(QLatin1String("unknown namespace")),
                 qPrintable(output));
        for (int i = 0; i < copies.size(); ++i) {
            QFile a(files.at(i));
            QFile b(copies.at(i));
            QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
            const QList<QByteArray> before = a.readAll().split('\n');
            const QList<QByteArray> after = b.readAll().split('\n');
            for (qsizetype line = 0; line < qMax(before.size(), after.size()); ++line) {
                const QByteArray x = before.value(line);
                const QByteArray y = after.value(line);
                QVERIFY2(x == y,
                         qPrintable(QStringLiteral("%1 is out of date (first difference at line %2: \"%3\" → "
                                                   "\"%4\"); run the ip_update_translations target and translate")
                                        .arg(files.at(i))
                                        .arg(line + 1)
                                        .arg(QString::fromUtf8(x.trimmed()), QString::fromUtf8(y.trimmed()))));
            }
        }
    }

    // --- at run time ---

    void everyTranslationLoads()
    {
        QVERIFY(i18n::translationResource(QStringLiteral("fr")).isEmpty());
        for (const QString &code : language::uiLanguages()) {
            QTranslator t;
            QVERIFY2(t.load(i18n::translationResource(code)), qPrintable(code));
            QVERIFY(!t.isEmpty());
        }
    }

    // Core messages are translated under the context lupdate put them in.
    void coreMessagesAreTranslated()
    {
        QVERIFY(i18n::installTranslation(QStringLiteral("de")));
        QCOMPARE(language::currentUiLanguage(), QStringLiteral("de"));
        QCOMPARE(urlPolicyViolation(QUrl(QStringLiteral("ftp://example.com"))),
                 QStringLiteral("Nicht unterstütztes Adressschema „ftp“ (verwenden Sie https://)."));
        RunState state;
        state.skills.resize(3);
        for (auto &s : state.skills) {
            s.state = SkillState::Done;
            s.questions = { QStringLiteral("Q?") };
        }
        QCOMPARE(summariseRun(state, false).message, QStringLiteral("Fragen zu allen 3 Fähigkeiten."));
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Abbrechen"));

        QVERIFY(i18n::installTranslation(QStringLiteral("ar")));
        state.skills.resize(1);
        QCOMPARE(summariseRun(state, false).message, QStringLiteral("أسئلة للمهارة الوحيدة."));
        state.skills.resize(2);
        state.skills[1].state = SkillState::Done;
        state.skills[1].questions = { QStringLiteral("Q?") };
        QCOMPARE(summariseRun(state, false).message, QStringLiteral("أسئلة لكلتا المهارتين."));

        // English needs its plural forms too: "2 skills", not "2 skill(s)".
        QVERIFY(i18n::installTranslation(QStringLiteral("en")));
        QCOMPARE(summariseRun(state, false).message, QStringLiteral("Questions for all 2 skills."));
        state.skills.resize(1);
        QCOMPARE(summariseRun(state, false).message, QStringLiteral("Questions for the 1 skill."));
    }

    void arabicMirrorsTheLayout()
    {
        QCOMPARE(QGuiApplication::layoutDirection(), Qt::LeftToRight);
        QVERIFY(i18n::installTranslation(QStringLiteral("ar")));
        QCOMPARE(QGuiApplication::layoutDirection(), Qt::RightToLeft);
        QWidget widget;
        QCOMPARE(widget.layoutDirection(), Qt::RightToLeft);
        QVERIFY(i18n::installTranslation(QStringLiteral("de")));
        QCOMPARE(QGuiApplication::layoutDirection(), Qt::LeftToRight);
        QVERIFY(i18n::installTranslation(QStringLiteral("ar")));
        QVERIFY(i18n::installTranslation(QStringLiteral("en")));
        QCOMPARE(QGuiApplication::layoutDirection(), Qt::LeftToRight);
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Cancel"));
    }

    // A collapsed skill's chevron points along the reading direction: right, or left in Arabic.
    void collapsedChevronFollowsTheLayoutDirection()
    {
        auto chevron = [] {
            SkillSectionWidget section(0, QStringLiteral("Rust"));
            section.setExpanded(false);
            return section.toggle()->icon().pixmap(QSize(16, 16)).toImage();
        };
        auto image = [](const char *name) {
            return icons::themed(QString::fromLatin1(name)).pixmap(QSize(16, 16)).toImage();
        };
        QCOMPARE(chevron(), image("chevron-right"));
        QVERIFY(chevron() != image("chevron-left"));
        QVERIFY(i18n::installTranslation(QStringLiteral("ar")));
        QCOMPARE(chevron(), image("chevron-left"));
    }

    // --- which language ---

    void uiLanguageResolution_data()
    {
        QTest::addColumn<QString>("setting");
        QTest::addColumn<QStringList>("system");
        QTest::addColumn<QString>("expected");
        const QStringList german { QStringLiteral("de-AT"), QStringLiteral("de") };
        QTest::newRow("system German") << QString() << german << "de";
        QTest::newRow("system Arabic (Egypt)") << QString() << QStringList { QStringLiteral("ar-EG") } << "ar";
        QTest::newRow("system French, then German")
            << QString() << QStringList { QStringLiteral("fr-FR"), QStringLiteral("de-DE") } << "de";
        QTest::newRow("system unshipped only") << QString() << QStringList { QStringLiteral("fr-FR") } << "en";
        QTest::newRow("system C") << QString() << QStringList { QStringLiteral("C") } << "en";
        QTest::newRow("setting English over German system") << "en" << german << "en";
        QTest::newRow("setting Arabic") << "ar" << german << "ar";
        QTest::newRow("setting with region") << "de_CH" << QStringList() << "de";
        QTest::newRow("setting unshipped falls back to system") << "fr" << german << "de";
        QTest::newRow("setting junk") << "../x" << QStringList() << "en";
    }

    void uiLanguageResolution()
    {
        QFETCH(QString, setting);
        QFETCH(QStringList, system);
        QFETCH(QString, expected);
        QCOMPARE(language::resolveUiLanguage(setting, system), expected);
    }

    void languageNamesAndParsing()
    {
        QCOMPARE(language::englishName(QStringLiteral("de")), QStringLiteral("German"));
        QCOMPARE(language::englishName(QStringLiteral("ar")), QStringLiteral("Arabic"));
        QCOMPARE(language::englishName(QStringLiteral("pt_BR")), QStringLiteral("Portuguese (Brazil)"));
        QCOMPARE(language::englishName(QStringLiteral(" Spanish ")), QStringLiteral("Spanish"));
        QCOMPARE(language::parseLanguage(QStringLiteral("German")), QStringLiteral("de"));
        QCOMPARE(language::parseLanguage(QStringLiteral("arabic")), QStringLiteral("ar"));
        QCOMPARE(language::parseLanguage(QStringLiteral("pt-BR")), QStringLiteral("pt_BR"));
        QCOMPARE(language::parseLanguage(QStringLiteral("fr")), QStringLiteral("fr"));
        QCOMPARE(language::parseLanguage(QStringLiteral("Elvish!")), QString());
        QCOMPARE(language::parseLanguage(QStringLiteral("zz")), QString());
        QCOMPARE(language::parseLanguage(QString()), QString());
        for (const QString &code : language::questionLanguages())
            QCOMPARE(language::parseLanguage(code), code);
    }

    // The questions prompt names the language: the setting, else the interface language. The template stays
    // English ("Write the questions in German.").
    void questionPromptCarriesTheLanguage()
    {
        GenerationJob job;
        job.items = { GenerationItem { 0, QStringLiteral("Rust"), {}, false } };
        Settings settings;
        auto promptOf = [&job](const Settings &s) {
            const auto r = buildQuestionsRequest(job, s);
            return r.isError() ? QString() : r.value().request.messages.last().content;
        };
        QVERIFY(promptOf(settings).contains(QStringLiteral("Write the questions in English.")));
        QVERIFY(i18n::installTranslation(QStringLiteral("de")));
        QVERIFY(promptOf(settings).contains(QStringLiteral("Write the questions in German.")));
        QVERIFY(promptOf(settings).contains(QStringLiteral("interview questions"))); // still English
        settings.questionLanguage = QStringLiteral("ar");
        QVERIFY(promptOf(settings).contains(QStringLiteral("Write the questions in Arabic.")));
        QVERIFY(i18n::installTranslation(QStringLiteral("en")));
        QVERIFY(promptOf(settings).contains(QStringLiteral("Write the questions in Arabic.")));
    }

    // Cached questions are per language, also when the language comes from the interface.
    void cacheKeyFollowsTheEffectiveQuestionLanguage()
    {
        const Settings settings;
        auto key = [&settings] {
            return CacheKey::forQuestions(QStringLiteral("sha"), QStringLiteral("Rust"), QStringLiteral("groq"),
                                          settings, {}, {})
                .digest();
        };
        const QString english = key();
        QVERIFY(i18n::installTranslation(QStringLiteral("de")));
        const QString german = key();
        QVERIFY(english != german);
        QVERIFY(i18n::installTranslation(QStringLiteral("en")));
        QCOMPARE(key(), english);
    }

    // --- Settings dialog ---

    void settingsDialogLanguagePage()
    {
        uitest::ScriptedAppContext context;
        Settings s;
        s.uiLanguage = QStringLiteral("ar");
        s.questionLanguage = QStringLiteral("fr");
        context.setSettings(s);
        SettingsDialog dialog(context);
        auto *ui = dialog.findChild<QComboBox *>(QStringLiteral("uiLanguage"));
        auto *questions = dialog.findChild<QComboBox *>(QStringLiteral("questionLanguage"));
        auto *note = dialog.findChild<QWidget *>(QStringLiteral("languageRestartNote"));
        QVERIFY(ui && questions && note);
        QCOMPARE(ui->currentData().toString(), QStringLiteral("ar"));
        QCOMPARE(ui->currentText(), QStringLiteral("العربية"));
        QCOMPARE(ui->itemData(0).toString(), QString()); // System default
        QCOMPARE(ui->findData(QStringLiteral("de")) >= 0 ? ui->itemText(ui->findData(QStringLiteral("de"))) : QString(),
                 QStringLiteral("Deutsch"));
        QCOMPARE(questions->currentData().toString(), QStringLiteral("fr"));
        QVERIFY(note->isHidden());

        ui->setCurrentIndex(ui->findData(QStringLiteral("de")));
        QVERIFY(!note->isHidden());
        questions->setCurrentIndex(0); // same as the interface
        dialog.accept();
        QCOMPARE(context.settings().uiLanguage, QStringLiteral("de"));
        QCOMPARE(context.settings().questionLanguage, QString());
    }

    // Issue 20: text recognition of scanned resumes can be switched off, and reads English plus the
    // language chosen here (default: the interface and question languages).
    void settingsDialogTextRecognition()
    {
        uitest::ScriptedAppContext context;
        Settings s;
        s.ocrLanguage = QStringLiteral("ar");
        context.setSettings(s);
        SettingsDialog dialog(context);
        auto *enabled = dialog.findChild<QCheckBox *>(QStringLiteral("ocrEnabled"));
        auto *language = dialog.findChild<QComboBox *>(QStringLiteral("ocrLanguage"));
        QVERIFY(enabled && language);
        QVERIFY(enabled->isChecked());
        QCOMPARE(language->currentData().toString(), QStringLiteral("ar"));
        QCOMPARE(language->currentText(), QStringLiteral("العربية"));
        QCOMPARE(language->itemData(0).toString(), QString());
        language->setCurrentIndex(language->findData(QStringLiteral("de")));
        enabled->setChecked(false);
        QVERIFY(!language->isEnabled());
        dialog.accept();
        QVERIFY(!context.settings().ocrEnabled);
        QCOMPARE(context.settings().ocrLanguage, QStringLiteral("de"));
        QCOMPARE(resumeLimitsFor(context.settings()).ocr.languages,
                 (QStringList { QStringLiteral("eng"), QStringLiteral("deu") }));
        QVERIFY(!resumeLimitsFor(context.settings()).ocr.enabled);
    }

    void settingsDialogKeepsAnUnlistedQuestionLanguage()
    {
        uitest::ScriptedAppContext context;
        Settings s;
        s.questionLanguage = QStringLiteral("sw");
        context.setSettings(s);
        SettingsDialog dialog(context);
        auto *questions = dialog.findChild<QComboBox *>(QStringLiteral("questionLanguage"));
        QVERIFY(questions);
        QCOMPARE(questions->currentData().toString(), QStringLiteral("sw"));
        auto *tabs = dialog.findChild<QTabWidget *>(QStringLiteral("settingsTabs"));
        QVERIFY(tabs);
        tabs->setCurrentWidget(dialog.findChild<QWidget *>(QStringLiteral("languagePage")));
        QVERIFY(tabs->currentIndex() > 0);
        dialog.findChild<QPushButton *>(QStringLiteral("restoreDefaultsButton"))->click();
        QCOMPARE(questions->currentData().toString(), QString());
        dialog.accept();
        QCOMPARE(context.settings().questionLanguage, QString());
        QCOMPARE(context.settings().uiLanguage, QString());
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
