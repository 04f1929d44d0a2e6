#pragma once

// The fuzz targets: one function per parser of outside data, each safe on any input and checking
// the parser's documented invariants with IP_FUZZ_CHECK. Input formats: tests/fuzz/README.md.

#include <QList>

#include <cstddef>
#include <cstdint>

namespace ip::fuzz {

void fuzzSse(const std::uint8_t *data, std::size_t size);
void fuzzLlmJson(const std::uint8_t *data, std::size_t size);
void fuzzGeminiResponse(const std::uint8_t *data, std::size_t size);
void fuzzGeminiGrounding(const std::uint8_t *data, std::size_t size);
void fuzzOpenAiResponse(const std::uint8_t *data, std::size_t size);
void fuzzOpenAiStream(const std::uint8_t *data, std::size_t size);
void fuzzErrorClassifier(const std::uint8_t *data, std::size_t size);
void fuzzDuration(const std::uint8_t *data, std::size_t size);
void fuzzResumeText(const std::uint8_t *data, std::size_t size);
void fuzzRedaction(const std::uint8_t *data, std::size_t size);
void fuzzResumeImage(const std::uint8_t *data, std::size_t size);
void fuzzSession(const std::uint8_t *data, std::size_t size);
void fuzzSpeech(const std::uint8_t *data, std::size_t size);
#ifdef IP_FUZZ_HAVE_PIPELINE
void fuzzSectionSplitter(const std::uint8_t *data, std::size_t size);
#endif

struct FuzzTarget
{
    const char *name; // the fuzz_<name> executable and the corpus/<name>, regressions/<name> folders
    void (*run)(const std::uint8_t *data, std::size_t size);
};

// Every target of this build (for tst_fuzz_regressions).
QList<FuzzTarget> fuzzTargets();

} // namespace ip::fuzz
