#pragma once

#include <QFrame>
#include <QStringList>

class QLabel;
class QPushButton;

namespace ip {

// Shown while no API key is configured: what the app needs and where to get it, a button to
// Settings, and, when an Ollama server answers on this computer, an offer to use it instead.
class FirstRunPanel : public QFrame
{
    Q_OBJECT
public:
    explicit FirstRunPanel(QWidget *parent = nullptr);

    // The Ollama probe answered (with the models it has) or not.
    void setOllamaModels(const QStringList &models);
    [[nodiscard]] bool isOllamaOffered() const;

    static QUrl groqKeysUrl();
    static QUrl geminiKeysUrl();

Q_SIGNALS:
    void openSettingsRequested();
    void useOllamaRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QStringList m_ollamaModels;
    QLabel *m_icon;
    QLabel *m_title;
    QLabel *m_text;
    QLabel *m_links;
    QPushButton *m_settings;
    QWidget *m_ollamaRow;
    QLabel *m_ollamaText;
    QPushButton *m_useOllama;
};

} // namespace ip
