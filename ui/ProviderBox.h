#pragma once

#include "keys/KeyTypes.h"

#include <QGroupBox>
#include <QList>
#include <QPointer>
#include <QStringList>
#include <QUrl>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QToolButton;

namespace ip {

class AppContext;
class ChatProvider;
class ModelListCall;

// One provider's settings: base URL, API key (a password field; the stored key is never shown,
// only where it lives), model choices filled from the provider's model list, and a "Test
// connection" button. Talks to the provider only through the AppContext.
class ProviderBox : public QGroupBox
{
    Q_OBJECT
public:
    ProviderBox(AppContext &context, const QString &providerId, QWidget *parent = nullptr);

    // A model choice ("Skills model", …); returns its editable combo box.
    QComboBox *addModelField(const QString &label, const QString &objectName);
    // Extra rows (e.g. the grounding switch) go at the top of the form.
    void insertRow(QWidget *widget);

    void setBaseUrl(const QUrl &url);
    [[nodiscard]] QUrl baseUrl() const;
    [[nodiscard]] bool isBaseUrlValid() const;
    void setDefaultBaseUrl(const QUrl &url) { m_defaultUrl = url; }

    // The key typed in (empty = keep the stored key, unless removal was asked for).
    [[nodiscard]] QString enteredKey() const;
    [[nodiscard]] bool removeKeyRequested() const { return m_removeKey; }
    [[nodiscard]] bool hasKeyChange() const;
    // Re-reads where the stored key lives (after the key store answered).
    void updateKeyStatus();

    // Asks the provider for its models; `reportResult` also writes the outcome to the status line.
    void fetchModels(bool reportResult);
    [[nodiscard]] QStringList models() const { return m_models; }
    [[nodiscard]] QString statusText() const;

Q_SIGNALS:
    void validityChanged(bool valid);
    void modelsFetched(const QStringList &models);

private:
    void onUrlEdited();
    void retranslate();
    void setStatus(const QString &text, bool error);

    AppContext &m_context;
    QString m_id;
    QUrl m_defaultUrl;
    bool m_removeKey = false;
    QStringList m_models;
    QList<QComboBox *> m_modelCombos;
    QPointer<ChatProvider> m_provider;
    QPointer<ModelListCall> m_call;

    QFormLayout *m_form;
    QLabel *m_urlLabel;
    QLineEdit *m_url;
    QLabel *m_urlError;
    QLabel *m_keyLabel;
    QLineEdit *m_key;
    QToolButton *m_showKey;
    QPushButton *m_removeKeyButton;
    QLabel *m_keyStatus;
    QPushButton *m_test;
    QLabel *m_status;
};

} // namespace ip
