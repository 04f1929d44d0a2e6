#include "SettingsDialog.h"

#include "AppContext.h"
#include "LanguagePage.h"
#include "LimitsPage.h"
#include "PricesPage.h"
#include "PrivacyPage.h"
#include "ProviderBox.h"
#include "StoragePage.h"
#include "VoicePage.h"
#include "net/UrlPolicy.h"
#include "settings/Settings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QTabWidget>
#include <QVBoxLayout>

namespace ip {

SettingsDialog::SettingsDialog(AppContext &context, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_tabs(new QTabWidget(this))
    , m_groq(new ProviderBox(context, AppContext::groqId()))
    , m_gemini(new ProviderBox(context, AppContext::geminiId()))
    , m_grounding(new QCheckBox(m_gemini))
    , m_storageNote(new QLabel)
    , m_limits(new LimitsPage)
    , m_prices(new PricesPage)
    , m_privacy(new PrivacyPage(context))
    , m_voice(new VoicePage)
    , m_storage(new StoragePage(context))
    , m_language(new LanguagePage)
    , m_buttons(new QDialogButtonBox(
          QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::RestoreDefaults, this))
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    setAccessibleName(tr("Settings"));

    const Settings defaults;
    m_groq->setDefaultBaseUrl(defaults.groqBaseUrl);
    m_gemini->setDefaultBaseUrl(defaults.geminiBaseUrl);
    m_skillModel = m_groq->addModelField(tr("S&kills model:"), QStringLiteral("skillModel"));
    m_questionModel = m_groq->addModelField(tr("&Questions model:"), QStringLiteral("questionModel"));
    m_discoveryModel = m_gemini->addModelField(tr("Sources &model:"), QStringLiteral("discoveryModel"));
    m_grounding->setObjectName(QStringLiteral("groundingEnabled"));
    m_grounding->setText(tr("&Find sources with Google Search (grounding)"));
    m_grounding->setToolTip(tr("Questions are based on web sources found for each skill; without it they are "
                               "written from the model's general knowledge"));
    m_grounding->setAccessibleName(tr("Find sources with Google Search"));
    m_grounding->setAccessibleDescription(m_grounding->toolTip());
    m_gemini->insertRow(m_grounding);

    m_storageNote->setObjectName(QStringLiteral("keyStorageNote"));
    m_storageNote->setWordWrap(true);
    m_storageNote->setAccessibleName(tr("Where API keys are stored"));

    auto *providersPage = new QWidget;
    providersPage->setObjectName(QStringLiteral("providersPage"));
    auto *providersLayout = new QVBoxLayout(providersPage);
    providersLayout->addWidget(m_groq);
    providersLayout->addWidget(m_gemini);
    providersLayout->addWidget(m_storageNote);
    providersLayout->addStretch();
    auto *providersScroll = new QScrollArea;
    providersScroll->setWidget(providersPage);
    providersScroll->setWidgetResizable(true);
    providersScroll->setFrameShape(QFrame::NoFrame);
    providersScroll->setAccessibleName(tr("Providers"));

    m_tabs->setObjectName(QStringLiteral("settingsTabs"));
    m_tabs->addTab(providersScroll, tr("&Providers"));
    m_tabs->addTab(m_limits, tr("&Limits"));
    m_tabs->addTab(m_prices, tr("Pri&ces"));
    m_tabs->addTab(m_privacy, tr("Pri&vacy"));
    m_tabs->addTab(m_voice, tr("V&oice"));
    m_tabs->addTab(m_storage, tr("Stora&ge"));
    m_tabs->addTab(m_language, tr("L&anguage"));
    m_tabs->setAccessibleName(tr("Settings pages"));

    m_buttons->setObjectName(QStringLiteral("settingsButtons"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    QPushButton *restore = m_buttons->button(QDialogButtonBox::RestoreDefaults);
    restore->setObjectName(QStringLiteral("restoreDefaultsButton"));
    restore->setToolTip(tr("Put every setting on this page back to its default (keys are kept)"));
    connect(restore, &QPushButton::clicked, this, &SettingsDialog::restoreDefaults);
    // Storage has no settings of its own: nothing to restore there.
    connect(m_tabs, &QTabWidget::currentChanged, restore,
            [this, restore] { restore->setEnabled(m_tabs->currentWidget() != m_storage); });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    layout->addWidget(m_buttons);

    connect(m_groq, &ProviderBox::validityChanged, this, &SettingsDialog::updateOkButton);
    connect(m_gemini, &ProviderBox::validityChanged, this, &SettingsDialog::updateOkButton);
    connect(m_voice, &VoicePage::validityChanged, this, &SettingsDialog::updateOkButton);
    connect(&m_context, &AppContext::keysChanged, this, &SettingsDialog::updateStorageNote);
    // Deleting everything reset the settings: the pages show the defaults, so OK cannot write the old ones back.
    connect(m_storage, &StoragePage::deleted, this, &SettingsDialog::load);
    for (QComboBox *model : { m_skillModel, m_questionModel, m_discoveryModel })
        connect(model, &QComboBox::currentTextChanged, this, &SettingsDialog::updatePriceModels);

    load();
    updateStorageNote();
    resize(760, 640);

    // Fill the model lists from providers that can answer (a key, or a server on this computer).
    for (ProviderBox *box : { m_groq, m_gemini }) {
        const QString id = box == m_groq ? AppContext::groqId() : AppContext::geminiId();
        if (isLocalEndpoint(box->baseUrl()) || (m_context.keysKnown() && m_context.keySource(id) != KeySource::None))
            box->fetchModels(false);
    }
}

void SettingsDialog::load()
{
    const Settings s = m_context.settings();
    m_groq->setBaseUrl(s.groqBaseUrl);
    m_gemini->setBaseUrl(s.geminiBaseUrl);
    m_skillModel->setCurrentText(s.skillModel);
    m_questionModel->setCurrentText(s.questionModel);
    m_discoveryModel->setCurrentText(s.discoveryModel);
    m_grounding->setChecked(s.groundingEnabled);
    m_limits->load(s);
    m_prices->load(s);
    m_privacy->load(s);
    m_voice->load(s);
    m_language->load(s);
}

void SettingsDialog::restoreDefaults()
{
    const Settings d;
    if (m_tabs->currentWidget() == m_storage)
        return;
    if (m_tabs->currentWidget() == m_limits) {
        m_limits->load(d);
        return;
    }
    if (m_tabs->currentWidget() == m_language) {
        m_language->load(d);
        return;
    }
    if (m_tabs->currentWidget() == m_privacy) {
        m_privacy->load(d);
        return;
    }
    if (m_tabs->currentWidget() == m_voice) {
        m_voice->load(d);
        return;
    }
    if (m_tabs->currentWidget() == m_prices) {
        Settings none = d;
        none.skillModel = m_skillModel->currentText();
        none.questionModel = m_questionModel->currentText();
        none.discoveryModel = m_discoveryModel->currentText();
        m_prices->load(none);
        return;
    }
    m_groq->setBaseUrl(d.groqBaseUrl);
    m_gemini->setBaseUrl(d.geminiBaseUrl);
    m_skillModel->setCurrentText(d.skillModel);
    m_questionModel->setCurrentText(d.questionModel);
    m_discoveryModel->setCurrentText(d.discoveryModel);
    m_grounding->setChecked(d.groundingEnabled);
}

void SettingsDialog::updateStorageNote()
{
    const QString problem = m_context.keychainProblem();
    if (problem.isEmpty())
        m_storageNote->setText(
            tr("API keys are stored in %1, never in the settings file.").arg(m_context.keyBackendName()));
    else
        m_storageNote->setText(tr("No keychain is available: %1 Keys you enter are kept for this session only "
                                  "and must be entered again after a restart.")
                                   .arg(problem));
    m_groq->updateKeyStatus();
    m_gemini->updateKeyStatus();
}

void SettingsDialog::updatePriceModels()
{
    m_prices->setModels(m_skillModel->currentText(), m_questionModel->currentText(), m_discoveryModel->currentText());
}

void SettingsDialog::updateOkButton()
{
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(m_groq->isBaseUrlValid() && m_gemini->isBaseUrlValid() && m_voice->isValid());
}

void SettingsDialog::accept()
{
    for (ProviderBox *box : { m_groq, m_gemini }) {
        if (!box->isBaseUrlValid()) {
            m_tabs->setCurrentIndex(0);
            box->setFocus();
            return;
        }
    }
    Settings s = m_context.settings();
    s.groqBaseUrl = m_groq->baseUrl();
    s.geminiBaseUrl = m_gemini->baseUrl();
    s.skillModel = m_skillModel->currentText().trimmed();
    s.questionModel = m_questionModel->currentText().trimmed();
    s.discoveryModel = m_discoveryModel->currentText().trimmed();
    const Settings defaults;
    if (s.skillModel.isEmpty())
        s.skillModel = defaults.skillModel;
    if (s.questionModel.isEmpty())
        s.questionModel = defaults.questionModel;
    if (s.discoveryModel.isEmpty())
        s.discoveryModel = defaults.discoveryModel;
    s.groundingEnabled = m_grounding->isChecked();
    m_limits->apply(s);
    m_prices->apply(s);
    m_privacy->apply(s);
    m_voice->apply(s);
    m_language->apply(s);
    m_context.saveSettings(s);

    if (m_groq->hasKeyChange())
        m_context.saveApiKey(AppContext::groqId(), m_groq->removeKeyRequested() ? QString() : m_groq->enteredKey());
    if (m_gemini->hasKeyChange())
        m_context.saveApiKey(AppContext::geminiId(),
                             m_gemini->removeKeyRequested() ? QString() : m_gemini->enteredKey());
    QDialog::accept();
}

} // namespace ip
