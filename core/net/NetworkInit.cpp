#include "net/NetworkInit.h"

#include "net/HttpTransport.h"

#include <QMetaType>
#include <QNetworkProxyFactory>

#include <mutex>

namespace ip {

void initNetwork()
{
    static std::once_flag once;
    std::call_once(once, [] {
        QNetworkProxyFactory::setUseSystemConfiguration(true);
        qRegisterMetaType<ip::HttpHeaders>();
        qRegisterMetaType<ip::TransportError>();
    });
}

} // namespace ip
