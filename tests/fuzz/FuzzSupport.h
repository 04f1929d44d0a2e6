#pragma once

// Shared helpers of the fuzz targets (tests/fuzz/targets/*.cpp). The same target functions run
// under libFuzzer (fuzz_<name> executables, IP_FUZZ=ON) and in tst_fuzz_regressions (every file of
// tests/fuzz/corpus/<name>/ and tests/fuzz/regressions/<name>/, ordinary build).

#include "net/HttpTransport.h"

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>

namespace ip::fuzz {

// Called when an invariant does not hold. The default prints the check and traps (libFuzzer then
// saves the input as a crash); tst_fuzz_regressions installs one that records a test failure.
using ViolationHandler = void (*)(const char *check, const char *file, int line);
void setViolationHandler(ViolationHandler handler);
[[gnu::cold]] void violation(const char *check, const char *file, int line);

// One-time set-up for the fuzz executables: Qt messages (parser warnings) are silenced, fatal
// ones still abort.
void initialiseFuzzing();

// The input as an owned, exactly sized byte array.
QByteArray bytesOf(const std::uint8_t *data, std::size_t size);

// FNV-1a of the input: a deterministic "random" choice (a split point, a mode) derived from the
// data itself, so that corpus files stay plain wire text.
std::uint32_t hashOf(const QByteArray &bytes);

// A split point in [0, size] chosen by the data.
qsizetype splitPointOf(const QByteArray &bytes);

// An HTTP-like test input: "<status> [gemini|openai]\n<name>: <value>\n…\n\n<body>" (the blank line
// and the headers are optional). Used by the error-classifier and duration targets.
struct HttpLike
{
    int status = 0;
    bool gemini = false;
    HttpHeaders headers;
    QByteArray body;
};
HttpLike parseHttpLike(const QByteArray &bytes);

} // namespace ip::fuzz

// Checks an invariant; cheap checks only (they run on every fuzz input).
#define IP_FUZZ_CHECK(cond)                                                                                            \
    do {                                                                                                               \
        if (!(cond))                                                                                                   \
            ::ip::fuzz::violation(#cond, __FILE__, __LINE__);                                                          \
    } while (false)
