#pragma once

// Process-wide network setup; idempotent, call from main() (QnamTransport also calls it).
// - honours the system proxy configuration (QNetworkProxyFactory::setUseSystemConfiguration)
// - registers the net value types with the meta-type system

namespace ip {

void initNetwork();

} // namespace ip
