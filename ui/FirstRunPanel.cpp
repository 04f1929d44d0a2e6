#include "FirstRunPanel.h"

#include "Icons.h"

#include <QComboBox>
#include <QDesktopServices>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
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
    , m_localRow(new QWidget(this))
    , m_localText(new QLabel(m_localRow))
    , m_localChoice(new QComboBox(m_localRow))
    , m_useLocal(new QPushButton(m_localRow))
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

    m_localRow->setObjectName(QStringLiteral("localServerOffer"));
    auto *localIcon = new QLabel(m_localRow);
    localIcon->setPixmap(
        icons::themed(QStringLiteral("server"), QPalette::WindowText).pixmap(QSize(20, 20), devicePixelRatioF()));
    localIcon->setAlignment(Qt::AlignTop);
    m_localText->setObjectName(QStringLiteral("localServerOfferText"));
    m_localText->setWordWrap(true);
    m_localChoice->setObjectName(QStringLiteral("localServerChoice"));
    connect(m_localChoice, &QComboBox::currentIndexChanged, this, &FirstRunPanel::updateOffer);
    m_useLocal->setObjectName(QStringLiteral("useLocalServerButton"));
    connect(m_useLocal, &QPushButton::clicked, this, [this] {
        if (const auto server = offeredServer())
            Q_EMIT useLocalServerRequested(*server);
    });
    auto *localText = new QVBoxLayout;
    localText->setContentsMargins(0, 0, 0, 0);
    localText->addWidget(m_localText);
    localText->addWidget(m_localChoice, 0, Qt::AlignLeading);
    auto *localLayout = new QHBoxLayout(m_localRow);
    localLayout->setContentsMargins(0, 8, 0, 0);
    localLayout->addWidget(localIcon, 0, Qt::AlignTop);
    localLayout->addLayout(localText, 1);
    localLayout->addWidget(m_useLocal, 0, Qt::AlignVCenter);
    m_localRow->hide();

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_settings);

    auto *column = new QVBoxLayout;
    column->setSpacing(8);
    column->addWidget(m_title);
    column->addWidget(m_text);
    column->addWidget(m_links);
    column->addLayout(buttons);
    column->addWidget(m_localRow);

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
    m_localChoice->setAccessibleName(tr("Server on this computer"));
    m_title->setAccessibleName(m_title->text());
    m_text->setAccessibleName(tr("What the app needs"));
    setAccessibleName(tr("First-run setup"));
    setAccessibleDescription(m_text->text());
    setLocalServers(m_servers);
}

void FirstRunPanel::setLocalServers(const QList<LocalServer> &servers)
{
    m_servers.clear();
    for (const LocalServer &s : servers)
        if (!s.chatModel().isEmpty())
            m_servers << s;
    const QSignalBlocker blocker(m_localChoice);
    const int chosen = m_localChoice->currentIndex();
    m_localChoice->clear();
    for (const LocalServer &s : std::as_const(m_servers))
        //: A server found on this computer, e.g. "LM Studio (localhost:1234): qwen2.5-7b"
        m_localChoice->addItem(tr("%1 (%2): %3").arg(s.name, s.address(), s.chatModel()));
    m_localChoice->setCurrentIndex(chosen >= 0 && chosen < m_servers.size() ? chosen : 0);
    m_localChoice->setVisible(m_servers.size() > 1);
    m_localRow->setVisible(!m_servers.isEmpty());
    updateOffer();
}

std::optional<LocalServer> FirstRunPanel::offeredServer() const
{
    if (m_servers.isEmpty())
        return std::nullopt;
    return m_servers.value(std::max(0, m_localChoice->currentIndex()));
}

void FirstRunPanel::updateOffer()
{
    const auto server = offeredServer();
    if (!server)
        return;
    const QString model = server->chatModel();
    QString found;
    QString offer = tr("You can work offline with it instead of Groq, without a key: nothing leaves this computer, "
                       "and questions are not grounded in web sources.");
    if (m_servers.size() > 1) {
        found = tr("%n chat servers are running on this computer.", nullptr, int(m_servers.size()));
        offer = tr("Choose one to work offline with it instead of Groq, without a key: nothing leaves this computer, "
                   "and questions are not grounded in web sources.");
    } else if (server->models.size() == 1) {
        //: %1 a server's name (Ollama, LM Studio, …), %2 its address, %3 its model
        found
            = tr("%1 is running on this computer (%2) with the model %3.").arg(server->name, server->address(), model);
    } else {
        found = tr("%1 is running on this computer (%2) with %n models, e.g. %3.", nullptr, int(server->models.size()))
                    .arg(server->name, server->address(), model);
    }
    m_localText->setText(found + QLatin1Char(' ') + offer);
    m_localText->setAccessibleName(m_localText->text());
    //: %1 a server's name: Ollama, LM Studio, llama.cpp, …
    m_useLocal->setText(tr("Work Offline with %1").arg(server->name));
    m_useLocal->setAccessibleName(tr("Work offline with %1 on this computer").arg(server->name));
    m_useLocal->setAccessibleDescription(tr("Offline mode: skills and questions from %1 on this computer (model %2), "
                                            "without a key; nothing leaves this computer")
                                             .arg(server->name, model));
}

bool FirstRunPanel::isLocalServerOffered() const
{
    return !m_localRow->isHidden();
}

void FirstRunPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QFrame::changeEvent(event);
}

} // namespace ip
