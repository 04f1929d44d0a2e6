#pragma once

namespace ip {

// Registers core's value types with Qt's meta-type system (queued signals, QSignalSpy).
// Call once from main() and from test mains.
void registerCoreTypes();

} // namespace ip
