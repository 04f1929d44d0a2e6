#pragma once

#include <QString>

// Provider-id checks shared by the key store's operations (internal to core/keys).
namespace ip::keys {

// Non-empty, at most 100 characters, no control characters (any other Unicode is fine).
bool isValidProvider(const QString &provider);
// Why save/load/remove refused the input: a bad provider id or an empty key.
QString invalidInputMessage(const QString &provider);

} // namespace ip::keys
