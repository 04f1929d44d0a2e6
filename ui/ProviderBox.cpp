#include "ProviderBox.h"

#include "AppContext.h"
#include "Icons.h"
#include "Theme.h"
#include "keys/KeyStore.h"
#include "net/UrlPolicy.h"
#include "providers/ChatProvider.h"
#include "settings/EnvironmentOverrides.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QToolButton>

namespace ip {

ProviderBox::ProviderBox(AppContext &context, const QString &providerId, QWidget *parent)
    : QGroupBox(parent)
    , m_context(context)
    , m_id(providerId)
    , m_form(new QFormLayout(this))
    , m_urlLabel(new QLabel(this))
    , m_url(new QLineEdit(this))
    , m_urlError(new QLabel(this))
    , m_keyLabel(new QLabel(this))
    , m_key(new QLineEdit(this))
    , m_showKey(new QToolButton(this))
    , m_removeKeyButton(new QPushButton(this))
    , m_keyStatus(new QLabel(this))
    , m_test(new QPushButton(this))
    , m_status(new QLabel(this))
{
    setObjectName(providerId + QStringLiteral("Box"));
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    m_url->setObjectName(providerId + QStringLiteral("BaseUrl"));
    m_url->setClearButtonEnabled(true);
    m_url->setInputMethodHints(Qt::ImhUrlCharactersOnly | Qt::ImhNoAutoUppercase);
    connect(m_url, &QLineEdit::textChanged, this, &ProviderBox::onUrlEdited);
    m_urlError->setObjectName(providerId + QStringLiteral("BaseUrlError"));
    m_urlError->setWordWrap(true);
    m_urlError->hide();

    m_key->setObjectName(providerId + QStringLiteral("ApiKey"));
    m_key->setEchoMode(QLineEdit::Password);
    m_key->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhNoPredictiveText | Qt::ImhNoAutoUppercase);
    connect(m_key, &QLineEdit::textEdited, this, [this] {
        m_removeKey = false;
        updateKeyStatus();
    });
    m_showKey->setObjectName(providerId + QStringLiteral("ShowKey"));
    m_showKey->setCheckable(true);
    m_showKey->setAutoRaise(true);
    m_showKey->setIcon(icons::themed(QStringLiteral("eye")));
    connect(m_showKey, &QToolButton::toggled, this,
            [this](bool on) { m_key->setEchoMode(on ? QLineEdit::Normal : QLineEdit::Password); });
    m_removeKeyButton->setObjectName(providerId + QStringLiteral("RemoveKey"));
    connect(m_removeKeyButton, &QPushButton::clicked, this, [this] {
        m_key->clear();
        m_removeKey = true;
        updateKeyStatus();
    });
    m_keyStatus->setObjectName(providerId + QStringLiteral("KeyStatus"));
    m_keyStatus->setWordWrap(true);
    m_keyStatus->setForegroundRole(QPalette::PlaceholderText);

    m_test->setObjectName(providerId + QStringLiteral("TestConnection"));
    connect(m_test, &QPushButton::clicked, this, [this] { fetchModels(true); });
    m_status->setObjectName(providerId + QStringLiteral("ConnectionStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *keyRow = new QHBoxLayout;
    keyRow->setContentsMargins(0, 0, 0, 0);
    keyRow->addWidget(m_key, 1);
    keyRow->addWidget(m_showKey);
    keyRow->addWidget(m_removeKeyButton);
    auto *testRow = new QHBoxLayout;
    testRow->setContentsMargins(0, 0, 0, 0);
    testRow->addWidget(m_test);
    testRow->addWidget(m_status, 1);

    m_urlLabel->setBuddy(m_url);
    m_keyLabel->setBuddy(m_key);
    m_form->addRow(m_urlLabel, m_url);
    m_form->addRow(QString(), m_urlError);
    m_form->addRow(m_keyLabel, keyRow);
    m_form->addRow(QString(), m_keyStatus);
    m_form->addRow(QString(), testRow);

    connect(&m_context, &AppContext::keysChanged, this, &ProviderBox::updateKeyStatus);
    retranslate();
}

void ProviderBox::retranslate()
{
    const bool gemini = m_id == AppContext::geminiId();
    setTitle(gemini ? tr("Grounded sources (Gemini)")
                    : tr("Skills and questions (Groq or any OpenAI-compatible server)"));
    m_urlLabel->setText(gemini ? tr("Base URL:") : tr("Base &URL:"));
    m_keyLabel->setText(gemini ? tr("API key:") : tr("API &key:"));
    m_url->setAccessibleName(gemini ? tr("Gemini base URL") : tr("Skills and questions base URL"));
    m_url->setAccessibleDescription(tr("The address of the provider's API, starting with https://"));
    m_key->setAccessibleName(gemini ? tr("Gemini API key") : tr("Groq API key"));
    m_key->setAccessibleDescription(tr("Stored in the system keychain; never shown again after saving"));
    m_showKey->setToolTip(tr("Show the key while typing"));
    m_showKey->setAccessibleName(tr("Show key"));
    m_showKey->setAccessibleDescription(tr("Shows the characters typed in the key field"));
    m_removeKeyButton->setText(tr("Remove"));
    m_removeKeyButton->setToolTip(tr("Delete the stored key when the settings are saved"));
    m_removeKeyButton->setAccessibleName(gemini ? tr("Remove the Gemini key") : tr("Remove the Groq key"));
    m_removeKeyButton->setAccessibleDescription(tr("Deletes the stored key when the settings are saved"));
    m_test->setText(tr("Test connection"));
    m_test->setToolTip(tr("Ask the provider for its models with this URL and key"));
    m_test->setAccessibleName(gemini ? tr("Test the Gemini connection") : tr("Test the Groq connection"));
    m_test->setAccessibleDescription(tr("Lists the provider's models to check the URL and the key"));
    m_status->setAccessibleName(tr("Connection status"));
    m_keyStatus->setAccessibleName(tr("Where the key is stored"));
    updateKeyStatus();
}

QComboBox *ProviderBox::addModelField(const QString &label, const QString &objectName)
{
    auto *combo = new QComboBox(this);
    combo->setObjectName(objectName);
    combo->setEditable(true);
    combo->setInsertPolicy(QComboBox::NoInsert);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(24);
    QString plain = label;
    plain.remove(QLatin1Char('&'));
    plain.remove(QLatin1Char(':'));
    combo->setAccessibleName(plain);
    combo->setAccessibleDescription(tr("Pick from the provider's models or type a model id"));
    // Before the key row: URL, URL error, then the models.
    const int row = 2 + int(m_modelCombos.size());
    m_form->insertRow(row, label, combo);
    m_modelCombos.append(combo);
    return combo;
}

void ProviderBox::insertRow(QWidget *widget)
{
    m_form->insertRow(0, QString(), widget);
}

void ProviderBox::setBaseUrl(const QUrl &url)
{
    m_url->setText(url.toString());
    onUrlEdited();
}

QUrl ProviderBox::baseUrl() const
{
    return QUrl::fromUserInput(m_url->text().trimmed());
}

bool ProviderBox::isBaseUrlValid() const
{
    const QString text = m_url->text().trimmed();
    return !text.isEmpty() && isValidBaseUrl(QUrl(text, QUrl::StrictMode));
}

void ProviderBox::onUrlEdited()
{
    const bool valid = isBaseUrlValid();
    m_urlError->setVisible(!valid);
    if (!valid) {
        m_urlError->setText(tr("Enter an http:// or https:// address, e.g. %1").arg(m_defaultUrl.toString()));
        QPalette pal = m_urlError->palette();
        pal.setColor(QPalette::WindowText, theme::color(palette(), theme::Semantic::Error));
        m_urlError->setPalette(pal);
    }
    m_test->setEnabled(valid);
    updateKeyStatus();
    Q_EMIT validityChanged(valid);
}

QString ProviderBox::enteredKey() const
{
    return m_key->text().trimmed();
}

bool ProviderBox::hasKeyChange() const
{
    return m_removeKey || !enteredKey().isEmpty();
}

void ProviderBox::updateKeyStatus()
{
    const KeySource source = m_context.keysKnown() ? m_context.keySource(m_id) : KeySource::None;
    const bool local = isLocalEndpoint(baseUrl());
    QString text;
    m_key->setEnabled(source != KeySource::Environment);
    m_removeKeyButton->setEnabled(source == KeySource::Keychain || source == KeySource::SessionMemory);
    if (m_removeKey) {
        text = tr("The stored key will be deleted when you press OK.");
    } else if (!enteredKey().isEmpty()) {
        text = m_context.keychainProblem().isEmpty()
            ? tr("The new key will be stored in %1.").arg(m_context.keyBackendName())
            : tr("No keychain is available, so the new key is kept for this session only.");
    } else {
        switch (source) {
        case KeySource::Environment:
            text = tr("Set by the environment variable %1, which overrides any stored key.")
                       .arg(KeyStore::environmentVariable(m_id));
            break;
        case KeySource::Keychain: text = tr("A key is stored in %1.").arg(m_context.keyBackendName()); break;
        case KeySource::SessionMemory: text = tr("A key is kept for this session only (no keychain)."); break;
        case KeySource::None:
            text = local ? tr("No key needed for a server on this computer.")
                         : tr("No key yet. Keys are stored in %1.").arg(m_context.keyBackendName());
            break;
        }
    }
    if (!m_context.keychainProblem().isEmpty() && source != KeySource::Environment)
        text += QLatin1Char(' ') + m_context.keychainProblem();
    m_keyStatus->setText(text);
    m_key->setPlaceholderText(source == KeySource::None || m_removeKey ? tr("Paste the API key here")
                                                                       : tr("•••••••• (stored; type to replace)"));
}

void ProviderBox::setStatus(const QString &text, bool error)
{
    m_status->setText(text);
    QPalette pal = m_status->palette();
    pal.setColor(QPalette::WindowText,
                 error ? theme::color(palette(), theme::Semantic::Error) : palette().color(QPalette::WindowText));
    m_status->setPalette(pal);
}

QString ProviderBox::statusText() const
{
    return m_status->text();
}

void ProviderBox::fetchModels(bool reportResult)
{
    if (!isBaseUrlValid()) {
        if (reportResult)
            setStatus(tr("Enter a valid base URL first."), true);
        return;
    }
    if (m_call)
        m_call->cancel();
    if (m_provider)
        m_provider->deleteLater();
    const QString key = m_removeKey ? QString() : enteredKey();
    m_provider = m_context.createProvider(m_id, baseUrl(), key, this);
    if (!m_provider) {
        setStatus(tr("This provider cannot be reached from here."), true);
        return;
    }
    if (reportResult) {
        setStatus(tr("Connecting…"), false);
        m_test->setEnabled(false);
    }
    ModelListCall *call = m_provider->listModels(this);
    m_call = call;
    connect(call, &ModelListCall::finished, this, [this, call, reportResult](const QList<ModelInfo> &models) {
        call->deleteLater();
        if (call != m_call)
            return; // an older request, answered after a newer one started
        m_test->setEnabled(isBaseUrlValid());
        m_models.clear();
        for (const ModelInfo &m : models)
            m_models << m.id;
        m_models.sort(Qt::CaseInsensitive);
        for (QComboBox *combo : std::as_const(m_modelCombos)) {
            const QString current = combo->currentText();
            combo->clear();
            combo->addItems(m_models);
            combo->setCurrentText(current);
        }
        if (reportResult)
            setStatus(m_models.size() == 1 ? tr("Connected: 1 model available.")
                                           : tr("Connected: %n models available.", nullptr, int(m_models.size())),
                      false);
        Q_EMIT modelsFetched(m_models);
    });
    connect(call, &ModelListCall::failed, this, [this, call, reportResult](const ProviderError &error) {
        call->deleteLater();
        if (call != m_call)
            return;
        m_test->setEnabled(isBaseUrlValid());
        if (reportResult)
            setStatus(error.message.isEmpty() ? tr("The connection failed.") : error.message, true);
    });
}

} // namespace ip
