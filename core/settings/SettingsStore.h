#pragma once

#include "settings/Settings.h"

#include <QString>

#include <memory>

class QSettings;

namespace ip {

// Loads and saves ip::Settings through QSettings, with validation: a stored value that is out of
// range, of the wrong type or (for URLs) not an http(s) URL is replaced by the default and a
// warning is logged (category ip.core.settings). The stored values are never logged, only the key
// and what is wrong. Settings never hold secrets; API keys live in the key store (keys/KeyStore.h).
//
// Layout: "settingsVersion" at the top, then groups "pipeline", "providers", "limits", "resume", "ui".
class SettingsStore
{
public:
    static constexpr int kCurrentVersion = 1;

    // The application's QSettings (organisation/application names must be set).
    SettingsStore();
    // A caller-owned QSettings (tests, or a settings object shared with other code). Not owned.
    explicit SettingsStore(QSettings *settings);
    // An INI file at this path (tests, portable installs).
    explicit SettingsStore(const QString &iniFilePath);
    ~SettingsStore();
    SettingsStore(const SettingsStore &) = delete;
    SettingsStore &operator=(const SettingsStore &) = delete;

    // Every option, validated; missing options have their defaults. Does not write.
    [[nodiscard]] Settings load() const;
    // Writes every option and the current settingsVersion, then syncs.
    void save(const Settings &settings);

    // The version found in storage: 0 when nothing was ever saved.
    [[nodiscard]] int storedVersion() const;

    [[nodiscard]] QSettings *qsettings() const { return m_settings; }

private:
    std::unique_ptr<QSettings> m_owned;
    QSettings *m_settings = nullptr;
};

} // namespace ip
