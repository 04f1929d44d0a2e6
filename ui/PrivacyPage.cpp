#include "PrivacyPage.h"

#include "AppContext.h"
#include "net/UrlPolicy.h"
#include "settings/EnvironmentOverrides.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace ip {

PrivacyPage::PrivacyPage(AppContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_redact(new QCheckBox(this))
    , m_preview(new QCheckBox(this))
    , m_offline(new QCheckBox(this))
    , m_localUrl(new QLineEdit(this))
    , m_localModel(new QLineEdit(this))
    , m_offlineWarning(new QLabel(this))
    , m_find(new QPushButton(this))
    , m_found(new QComboBox(this))
    , m_findStatus(new QLabel(this))
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
    m_find->setObjectName(QStringLiteral("findLocalServers"));
    m_find->setText(tr("&Find Servers on This Computer"));
    m_find->setAccessibleDescription(tr("Looks for Ollama, LM Studio, llama.cpp and other chat servers on their usual "
                                        "ports of this computer; nothing is sent elsewhere"));
    m_found->setObjectName(QStringLiteral("foundLocalServers"));
    m_found->setAccessibleName(tr("Servers found on this computer"));
    m_found->hide();
    m_findStatus->setObjectName(QStringLiteral("findLocalServersStatus"));
    m_findStatus->setWordWrap(true);
    m_findStatus->hide();
    connect(m_find, &QPushButton::clicked, this, &PrivacyPage::find);
    connect(m_found, &QComboBox::activated, this, &PrivacyPage::useFound);
    connect(&m_context, &AppContext::localServersProbed, this, &PrivacyPage::showFound);
    auto *findRow = new QHBoxLayout;
    findRow->addWidget(m_find);
    findRow->addWidget(m_found, 1);
    findRow->addStretch(); // the button keeps its size while nothing is listed beside it
    auto *form = new QFormLayout;
    form->addRow(tr("Server &address:"), m_localUrl);
    form->addRow(tr("&Model:"), m_localModel);
    auto *offlineLayout = new QVBoxLayout(offlineBox);
    offlineLayout->addWidget(m_offline);
    offlineLayout->addWidget(offlineExplanation);
    offlineLayout->addLayout(findRow);
    offlineLayout->addWidget(m_findStatus);
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

void PrivacyPage::find()
{
    if (m_finding)
        return;
    m_finding = true;
    m_find->setEnabled(false);
    QStringList names;
    for (const LocalServer &s : knownLocalServers())
        names << s.name;
    m_findStatus->setText(tr("Looking for %1 on this computer…").arg(QLocale().createSeparatedList(names)));
    m_findStatus->show();
    m_context.probeLocalServers();
}

void PrivacyPage::showFound(const QList<LocalServer> &servers)
{
    if (!m_finding)
        return; // the first-run panel's probe, not this page's
    m_finding = false;
    m_find->setEnabled(true);
    m_servers.clear();
    for (const LocalServer &s : servers)
        if (!s.chatModel().isEmpty())
            m_servers << s;
    m_found->clear();
    m_found->setVisible(!m_servers.isEmpty());
    if (m_servers.isEmpty()) {
        QStringList names;
        for (const LocalServer &s : knownLocalServers())
            names << s.name;
        m_findStatus->setText(tr("No chat server answered on this computer (looked for %1 on their usual ports). Start "
                                 "one, or enter its address and model below.")
                                  .arg(QLocale().createSeparatedList(names)));
        return;
    }
    // The server already set stays chosen when it is among those found; else the first is filled in.
    int chosen = 0;
    for (qsizetype i = 0; i < m_servers.size(); ++i) {
        const LocalServer &s = m_servers.at(i);
        m_found->addItem(tr("%1 (%2): %3").arg(s.name, s.address(), s.chatModel()));
        if (s.baseUrl == QUrl(m_localUrl->text().trimmed()))
            chosen = int(i);
    }
    m_found->setCurrentIndex(chosen);
    useFound(chosen);
    m_findStatus->setText(tr("Found %n chat servers on this computer; the address and model are filled in.", nullptr,
                             int(m_servers.size())));
}

void PrivacyPage::useFound(int index)
{
    if (index < 0 || index >= m_servers.size())
        return;
    const LocalServer &s = m_servers.at(index);
    m_localUrl->setText(s.baseUrl.toString());
    // The model set before stays when this server has it; the completer offers the server's others.
    if (!s.models.contains(m_localModel->text().trimmed()))
        m_localModel->setText(s.chatModel());
    auto *completer = new QCompleter(s.models, m_localModel);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    delete m_localModel->completer();
    m_localModel->setCompleter(completer);
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
