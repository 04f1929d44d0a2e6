#include "PrivacyPage.h"

#include "net/UrlPolicy.h"
#include "settings/EnvironmentOverrides.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace ip {

PrivacyPage::PrivacyPage(QWidget *parent)
    : QWidget(parent)
    , m_redact(new QCheckBox(this))
    , m_preview(new QCheckBox(this))
    , m_offline(new QCheckBox(this))
    , m_localUrl(new QLineEdit(this))
    , m_localModel(new QLineEdit(this))
    , m_offlineWarning(new QLabel(this))
{
    setObjectName(QStringLiteral("privacyPage"));
    auto *sentBox = new QGroupBox(tr("What is sent"), this);
    m_redact->setObjectName(QStringLiteral("redactPersonalData"));
    m_redact->setText(tr("&Keep my personal data out of what is sent (recommended)"));
    const QString help = tr("Before anything goes to Groq or Gemini, the name, e-mail addresses, phone numbers, postal "
                            "addresses, profile links, date of birth and id numbers found in the resume are replaced "
                            "by placeholders such as [NAME] and [EMAIL_1]. Employers, schools, technologies and the "
                            "numbers that describe the work stay: they are what the questions are about. The window "
                            "and the reports show the originals again. It is found on this computer, by rules, not by "
                            "a model.");
    m_redact->setAccessibleName(tr("Keep personal data out of what is sent"));
    m_redact->setAccessibleDescription(help);
    auto *explanation = new QLabel(help, sentBox);
    explanation->setObjectName(QStringLiteral("redactExplanation"));
    explanation->setWordWrap(true);
    explanation->setForegroundRole(QPalette::PlaceholderText);
    auto *sentLayout = new QVBoxLayout(sentBox);
    sentLayout->addWidget(m_redact);
    sentLayout->addWidget(explanation);
    m_preview->setObjectName(QStringLiteral("previewBeforeSending"));
    m_preview->setText(tr("&Show me what will be sent before the first request to each provider"));
    const QString previewHelp = tr("The run waits until you choose Send or Cancel. Whatever this setting, "
                                   "Run ▸ What Was Sent shows every request of the run afterwards.");
    m_preview->setAccessibleDescription(previewHelp);
    auto *previewExplanation = new QLabel(previewHelp, sentBox);
    previewExplanation->setObjectName(QStringLiteral("previewExplanation"));
    previewExplanation->setWordWrap(true);
    previewExplanation->setForegroundRole(QPalette::PlaceholderText);
    sentLayout->addSpacing(6);
    sentLayout->addWidget(m_preview);
    sentLayout->addWidget(previewExplanation);

    auto *offlineBox = new QGroupBox(tr("Offline mode"), this);
    m_offline->setObjectName(QStringLiteral("offlineMode"));
    m_offline->setText(tr("&Work offline: nothing leaves this computer"));
    const QString offlineHelp
        = tr("Skills and questions come from a server on this computer (Ollama, LM Studio or any OpenAI-compatible "
             "server), without a key; there is no web research, so questions are not grounded in web sources. Groq "
             "and Gemini receive nothing. The settings on the Providers page stay for when you switch it off.");
    m_offline->setAccessibleDescription(offlineHelp);
    auto *offlineExplanation = new QLabel(offlineHelp, offlineBox);
    offlineExplanation->setWordWrap(true);
    offlineExplanation->setForegroundRole(QPalette::PlaceholderText);
    m_localUrl->setObjectName(QStringLiteral("localBaseUrl"));
    m_localUrl->setPlaceholderText(QStringLiteral("http://localhost:11434/v1"));
    m_localUrl->setAccessibleName(tr("Address of the server on this computer"));
    m_localModel->setObjectName(QStringLiteral("localModel"));
    m_localModel->setPlaceholderText(tr("e.g. llama3.2"));
    m_localModel->setAccessibleName(tr("Model of the server on this computer"));
    m_offlineWarning->setObjectName(QStringLiteral("offlineWarning"));
    m_offlineWarning->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("Server &address:"), m_localUrl);
    form->addRow(tr("&Model:"), m_localModel);
    auto *offlineLayout = new QVBoxLayout(offlineBox);
    offlineLayout->addWidget(m_offline);
    offlineLayout->addWidget(offlineExplanation);
    offlineLayout->addLayout(form);
    offlineLayout->addWidget(m_offlineWarning);
    connect(m_offline, &QCheckBox::toggled, this, &PrivacyPage::updateOffline);
    connect(m_localUrl, &QLineEdit::textChanged, this, &PrivacyPage::updateOffline);
    connect(m_localModel, &QLineEdit::textChanged, this, &PrivacyPage::updateOffline);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(sentBox);
    layout->addWidget(offlineBox);
    layout->addStretch();
}

void PrivacyPage::updateOffline()
{
    const bool on = m_offline->isChecked();
    m_localUrl->setEnabled(on);
    m_localModel->setEnabled(on);
    const QUrl url(m_localUrl->text().trimmed(), QUrl::StrictMode);
    QString warning;
    if (on && (!isValidBaseUrl(url) || !isLocalEndpoint(url)))
        warning = tr("Offline mode needs the address of a server on this computer, such as "
                     "http://localhost:11434/v1 (Ollama) or http://127.0.0.1:1234/v1 (LM Studio).");
    else if (on && m_localModel->text().trimmed().isEmpty())
        warning = tr("Enter the model to use, as the server names it (for Ollama: ollama list).");
    m_offlineWarning->setText(warning);
    m_offlineWarning->setVisible(!warning.isEmpty());
}

void PrivacyPage::load(const Settings &settings)
{
    m_redact->setChecked(settings.redactPersonalData);
    m_preview->setChecked(settings.previewBeforeSending);
    m_offline->setChecked(settings.offlineMode);
    m_localUrl->setText(settings.localBaseUrl.toString());
    m_localModel->setText(settings.localModel);
    updateOffline();
}

void PrivacyPage::apply(Settings &settings) const
{
    settings.redactPersonalData = m_redact->isChecked();
    settings.previewBeforeSending = m_preview->isChecked();
    settings.offlineMode = m_offline->isChecked();
    // An address that is not a valid one keeps the last valid address (the warning said so).
    const QUrl url(m_localUrl->text().trimmed(), QUrl::StrictMode);
    if (isValidBaseUrl(url))
        settings.localBaseUrl = url;
    settings.localModel = m_localModel->text().trimmed();
}

} // namespace ip
