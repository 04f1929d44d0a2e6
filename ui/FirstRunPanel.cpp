#include "FirstRunPanel.h"

#include "Icons.h"

#include <QDesktopServices>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

namespace ip {

QUrl FirstRunPanel::groqKeysUrl()
{
    return QUrl(QStringLiteral("https://console.groq.com/keys"));
}

QUrl FirstRunPanel::geminiKeysUrl()
{
    return QUrl(QStringLiteral("https://aistudio.google.com/apikey"));
}

FirstRunPanel::FirstRunPanel(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_title(new QLabel(this))
    , m_text(new QLabel(this))
    , m_links(new QLabel(this))
    , m_settings(new QPushButton(this))
    , m_ollamaRow(new QWidget(this))
    , m_ollamaText(new QLabel(m_ollamaRow))
    , m_useOllama(new QPushButton(m_ollamaRow))
{
    setObjectName(QStringLiteral("firstRunPanel"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);
    setMaximumWidth(720);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Maximum);

    m_icon->setPixmap(
        icons::themed(QStringLiteral("key"), QPalette::Highlight).pixmap(QSize(32, 32), devicePixelRatioF()));
    m_icon->setAlignment(Qt::AlignTop);
    m_title->setObjectName(QStringLiteral("firstRunTitle"));
    QFont f = m_title->font();
    f.setWeight(QFont::DemiBold);
    f.setPointSizeF(f.pointSizeF() * 1.2);
    m_title->setFont(f);
    m_text->setObjectName(QStringLiteral("firstRunText"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_links->setObjectName(QStringLiteral("firstRunLinks"));
    m_links->setTextFormat(Qt::RichText);
    m_links->setWordWrap(true);
    m_links->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    connect(m_links, &QLabel::linkActivated, this,
            [](const QString &href) { QDesktopServices::openUrl(QUrl(href, QUrl::StrictMode)); });
    m_settings->setObjectName(QStringLiteral("firstRunSettingsButton"));
    m_settings->setIcon(icons::themed(QStringLiteral("settings")));
    connect(m_settings, &QPushButton::clicked, this, &FirstRunPanel::openSettingsRequested);

    m_ollamaRow->setObjectName(QStringLiteral("ollamaOffer"));
    auto *ollamaIcon = new QLabel(m_ollamaRow);
    ollamaIcon->setPixmap(
        icons::themed(QStringLiteral("server"), QPalette::WindowText).pixmap(QSize(20, 20), devicePixelRatioF()));
    ollamaIcon->setAlignment(Qt::AlignTop);
    m_ollamaText->setObjectName(QStringLiteral("ollamaOfferText"));
    m_ollamaText->setWordWrap(true);
    m_useOllama->setObjectName(QStringLiteral("useOllamaButton"));
    connect(m_useOllama, &QPushButton::clicked, this, &FirstRunPanel::useOllamaRequested);
    auto *ollamaLayout = new QHBoxLayout(m_ollamaRow);
    ollamaLayout->setContentsMargins(0, 8, 0, 0);
    ollamaLayout->addWidget(ollamaIcon, 0, Qt::AlignTop);
    ollamaLayout->addWidget(m_ollamaText, 1);
    ollamaLayout->addWidget(m_useOllama, 0, Qt::AlignVCenter);
    m_ollamaRow->hide();

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_settings);

    auto *column = new QVBoxLayout;
    column->setSpacing(8);
    column->addWidget(m_title);
    column->addWidget(m_text);
    column->addWidget(m_links);
    column->addLayout(buttons);
    column->addWidget(m_ollamaRow);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(18, 16, 18, 16);
    layout->setSpacing(14);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addLayout(column, 1);

    retranslate();
}

void FirstRunPanel::retranslate()
{
    m_title->setText(tr("Two minutes of setup"));
    m_text->setText(tr("Interview Prep needs a free Groq API key: Groq's models pick the skills from your resume "
                       "and write the questions. A Gemini API key is optional; with it, each skill's questions are "
                       "grounded in sources found with Google Search. Keys are kept in your system's keychain."));
    m_links->setText(tr("Get a key: <a href=\"%1\">Groq console</a> · <a href=\"%2\">Google AI Studio</a> (for Gemini)")
                         .arg(groqKeysUrl().toString(), geminiKeysUrl().toString()));
    m_links->setAccessibleName(tr("Where to get API keys"));
    m_settings->setText(tr("Open settings…"));
    m_settings->setAccessibleName(tr("Open settings"));
    m_settings->setAccessibleDescription(tr("Enter your API keys"));
    m_useOllama->setText(tr("Work Offline with Ollama"));
    m_useOllama->setAccessibleName(tr("Work offline with the local Ollama server"));
    m_useOllama->setAccessibleDescription(tr("Offline mode: skills and questions from the Ollama server of this "
                                             "computer, without a key; nothing leaves this computer"));
    m_title->setAccessibleName(m_title->text());
    m_text->setAccessibleName(tr("What the app needs"));
    setAccessibleName(tr("First-run setup"));
    setAccessibleDescription(m_text->text());
    setOllamaModels(m_ollamaModels);
}

void FirstRunPanel::setOllamaModels(const QStringList &models)
{
    m_ollamaModels = models;
    if (models.isEmpty()) {
        m_ollamaRow->hide();
        return;
    }
    const QString found = models.size() == 1
        ? tr("An Ollama server is running on this computer with the model %1.").arg(models.first())
        : tr("An Ollama server is running on this computer (%n models, e.g. %1).", nullptr, int(models.size()))
              .arg(models.first());
    m_ollamaText->setText(found + QLatin1Char(' ')
                          + tr("You can work offline with it instead of Groq, without a key: nothing leaves this "
                               "computer, and questions are not grounded in web sources."));
    m_ollamaText->setAccessibleName(m_ollamaText->text());
    m_ollamaRow->show();
}

bool FirstRunPanel::isOllamaOffered() const
{
    return !m_ollamaRow->isHidden();
}

void FirstRunPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QFrame::changeEvent(event);
}

} // namespace ip
