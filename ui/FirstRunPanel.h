#pragma once

#include "providers/LocalServers.h"

#include <QFrame>
#include <QList>

#include <optional>

class QComboBox;
class QLabel;
class QPushButton;

namespace ip {

// Shown while no API key is configured: what the app needs and where to get it, a button to
// Settings, and, when a chat server answers on this computer (Ollama, LM Studio, llama.cpp, …), an
// offer to work offline with it instead (a choice of server when several answer).
class FirstRunPanel : public QFrame
{
    Q_OBJECT
public:
    explicit FirstRunPanel(QWidget *parent = nullptr);

    // What the probe of this computer found (empty: nothing to offer).
    void setLocalServers(const QList<LocalServer> &servers);
    [[nodiscard]] bool isLocalServerOffered() const;
    // The server the offer names (the chosen one when several answered); null when none is offered.
    [[nodiscard]] std::optional<LocalServer> offeredServer() const;

    static QUrl groqKeysUrl();
    static QUrl geminiKeysUrl();

Q_SIGNALS:
    void openSettingsRequested();
    void useLocalServerRequested(const ip::LocalServer &server);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateOffer();

    QList<LocalServer> m_servers;
    QLabel *m_icon;
    QLabel *m_title;
    QLabel *m_text;
    QLabel *m_links;
    QPushButton *m_settings;
    QWidget *m_localRow;
    QLabel *m_localText;
    QComboBox *m_localChoice;
    QPushButton *m_useLocal;
};

} // namespace ip
