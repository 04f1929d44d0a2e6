#include "PrivacyPage.h"

#include <QCheckBox>
#include <QGroupBox>
#include <QLabel>
#include <QVBoxLayout>

namespace ip {

PrivacyPage::PrivacyPage(QWidget *parent)
    : QWidget(parent)
    , m_redact(new QCheckBox(this))
    , m_preview(new QCheckBox(this))
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

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(sentBox);
    layout->addStretch();
}

void PrivacyPage::load(const Settings &settings)
{
    m_redact->setChecked(settings.redactPersonalData);
    m_preview->setChecked(settings.previewBeforeSending);
}

void PrivacyPage::apply(Settings &settings) const
{
    settings.redactPersonalData = m_redact->isChecked();
    settings.previewBeforeSending = m_preview->isChecked();
}

} // namespace ip
