#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QTabWidget;

namespace ip {

class AppContext;
class LanguagePage;
class LimitsPage;
class PricesPage;
class PrivacyPage;
class VoicePage;
class ProviderBox;
class StoragePage;

// Settings (Ctrl+,): providers (base URL and models per stage, API keys, test connection),
// Google Search grounding, the limits, the prices, privacy, what is stored (and deleting it), and the languages of the
// interface and of the questions. OK saves the settings through the settings store and changed keys through the key
// store; nothing is saved on Cancel.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(AppContext &context, QWidget *parent = nullptr);

    [[nodiscard]] ProviderBox *groqBox() const { return m_groq; }
    [[nodiscard]] ProviderBox *geminiBox() const { return m_gemini; }

public Q_SLOTS:
    void accept() override;

private:
    void load();
    void restoreDefaults();
    void updateStorageNote();
    void updateOkButton();
    void updatePriceModels();

    AppContext &m_context;
    QTabWidget *m_tabs;
    ProviderBox *m_groq;
    ProviderBox *m_gemini;
    QCheckBox *m_grounding;
    QComboBox *m_skillModel;
    QComboBox *m_questionModel;
    QComboBox *m_discoveryModel;
    QLabel *m_storageNote;
    LimitsPage *m_limits;
    PricesPage *m_prices;
    PrivacyPage *m_privacy;
    VoicePage *m_voice;
    StoragePage *m_storage;
    LanguagePage *m_language;
    QDialogButtonBox *m_buttons;
};

} // namespace ip
