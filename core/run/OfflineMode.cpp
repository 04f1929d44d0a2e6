#include "run/OfflineMode.h"

#include "net/UrlPolicy.h"

#include <QCoreApplication>

namespace ip {

namespace {

// Messages in the context "ip::OfflineMode"; lupdate reads Tr::tr() calls under that name.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ip::OfflineMode)
};

} // namespace

Settings offlineApplied(Settings settings)
{
    if (!settings.offlineMode)
        return settings;
    settings.groqBaseUrl = settings.localBaseUrl;
    settings.skillModel = settings.localModel;
    settings.questionModel = settings.localModel;
    settings.groundingEnabled = false;
    // A server on this computer has no free tier to respect.
    settings.groqTokensPerMinute = 0;
    settings.groqRequestsPerMinute = 10'000;
    return settings;
}

QString offlineProblem(const Settings &settings)
{
    if (!settings.offlineMode)
        return {};
    if (!isLocalEndpoint(settings.localBaseUrl))
        return Tr::tr("Offline mode uses a server on this computer only, and %1 is not one. Enter the address of "
                      "a local server (such as http://localhost:11434/v1 for Ollama) in Settings ▸ Privacy.")
            .arg(settings.localBaseUrl.host().isEmpty() ? settings.localBaseUrl.toDisplayString()
                                                        : settings.localBaseUrl.host());
    if (settings.localModel.isEmpty())
        return Tr::tr("Offline mode needs a model of the server on this computer: choose one in Settings ▸ Privacy.");
    return {};
}

} // namespace ip
