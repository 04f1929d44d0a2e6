// The libFuzzer entry points of one fuzz_<name> executable; IP_FUZZ_FUNCTION names its target
// (set per executable by tests/fuzz/CMakeLists.txt).

#include "FuzzSupport.h"
#include "FuzzTargets.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    ip::fuzz::initialiseFuzzing();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    ip::fuzz::IP_FUZZ_FUNCTION(data, size);
    return 0;
}
