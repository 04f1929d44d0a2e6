#include "LanguagePage.h"

#include "Translations.h"
#include "settings/Language.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace ip {
namespace {

// Selects the item whose data is `code`, adding it (as its code) when the list does not have it.
void selectCode(QComboBox *box, const QString &code)
{
    int index = box->findData(code);
    if (index < 0) {
        box->addItem(code, code);
        index = box->count() - 1;
    }
    box->setCurrentIndex(index);
}

QString languageLabel(const QString &code)
{
    // In its own language, so that a user who cannot read the current one still finds theirs.
    const QString native = i18n::nativeLanguageName(code);
    return native.isEmpty() ? code : native;
}

} // namespace

LanguagePage::LanguagePage(QWidget *parent)
    : QWidget(parent)
    , m_uiLanguage(new QComboBox)
    , m_questionLanguage(new QComboBox)
    , m_restartNote(new QLabel)
    , m_ocrEnabled(new QCheckBox)
    , m_ocrLanguage(new QComboBox)
{
    setObjectName(QStringLiteral("languagePage"));
    auto *box = new QGroupBox(tr("Language"), this);
    auto *form = new QFormLayout(box);

    m_uiLanguage->setObjectName(QStringLiteral("uiLanguage"));
    const QString system = language::resolveUiLanguage({}, QLocale::system().uiLanguages());
    m_uiLanguage->addItem(tr("System default (%1)").arg(languageLabel(system)), QString());
    for (const QString &code : language::uiLanguages())
        m_uiLanguage->addItem(languageLabel(code), code);
    m_uiLanguage->setAccessibleName(tr("Interface language"));
    auto *uiLabel = new QLabel(tr("&Interface language:"), box);
    uiLabel->setBuddy(m_uiLanguage);
    form->addRow(uiLabel, m_uiLanguage);

    m_restartNote->setObjectName(QStringLiteral("languageRestartNote"));
    m_restartNote->setWordWrap(true);
    m_restartNote->setText(tr("The interface language changes the next time Interview Prep starts."));
    form->addRow(QString(), m_restartNote);

    m_questionLanguage->setObjectName(QStringLiteral("questionLanguage"));
    m_questionLanguage->addItem(tr("Same as the interface"), QString());
    for (const QString &code : language::questionLanguages())
        m_questionLanguage->addItem(languageLabel(code), code);
    m_questionLanguage->setAccessibleName(tr("Question language"));
    m_questionLanguage->setAccessibleDescription(
        tr("The language the questions are written in; the prompts to the models stay in English"));
    m_questionLanguage->setToolTip(m_questionLanguage->accessibleDescription());
    auto *questionLabel = new QLabel(tr("&Questions in:"), box);
    questionLabel->setBuddy(m_questionLanguage);
    form->addRow(questionLabel, m_questionLanguage);

    // Scanned resumes and photos: Tesseract on this computer reads English plus one language.
    auto *ocrBox = new QGroupBox(tr("Scanned resumes and photos"), this);
    auto *ocrForm = new QFormLayout(ocrBox);
    m_ocrEnabled->setObjectName(QStringLiteral("ocrEnabled"));
    m_ocrEnabled->setText(tr("&Read scanned resumes and photos with text recognition"));
    m_ocrEnabled->setToolTip(tr("Pages without a text layer, and PNG or JPEG resumes, are read on this computer "
                                "(Tesseract); nothing is sent for it"));
    m_ocrEnabled->setAccessibleDescription(m_ocrEnabled->toolTip());
    ocrForm->addRow(m_ocrEnabled);
    m_ocrLanguage->setObjectName(QStringLiteral("ocrLanguage"));
    m_ocrLanguage->addItem(tr("The interface and question languages"), QString());
    m_ocrLanguage->addItem(tr("English only"), QStringLiteral("en"));
    for (const QString &code : { QStringLiteral("de"), QStringLiteral("ar") })
        m_ocrLanguage->addItem(languageLabel(code), code);
    m_ocrLanguage->setAccessibleName(tr("Text recognition language besides English"));
    auto *ocrLabel = new QLabel(tr("English &and:"), ocrBox);
    ocrLabel->setBuddy(m_ocrLanguage);
    ocrForm->addRow(ocrLabel, m_ocrLanguage);
    connect(m_ocrEnabled, &QCheckBox::toggled, m_ocrLanguage, &QWidget::setEnabled);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(box);
    layout->addWidget(ocrBox);
    layout->addStretch();

    connect(m_uiLanguage, &QComboBox::currentIndexChanged, this, &LanguagePage::updateRestartNote);
    updateRestartNote();
}

void LanguagePage::load(const Settings &s)
{
    m_loadedUiLanguage = s.uiLanguage;
    selectCode(m_uiLanguage, s.uiLanguage);
    selectCode(m_questionLanguage, s.questionLanguage);
    m_ocrEnabled->setChecked(s.ocrEnabled);
    selectCode(m_ocrLanguage, s.ocrLanguage);
    m_ocrLanguage->setEnabled(s.ocrEnabled);
    updateRestartNote();
}

void LanguagePage::apply(Settings &s) const
{
    s.uiLanguage = m_uiLanguage->currentData().toString();
    s.questionLanguage = m_questionLanguage->currentData().toString();
    s.ocrEnabled = m_ocrEnabled->isChecked();
    s.ocrLanguage = m_ocrLanguage->currentData().toString();
}

void LanguagePage::updateRestartNote()
{
    m_restartNote->setVisible(m_uiLanguage->currentData().toString() != m_loadedUiLanguage);
}

} // namespace ip
