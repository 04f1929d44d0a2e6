#pragma once

#include <chrono>

namespace ip::bench {

// One monotonic time base for every thread of the benchmark (client, fake servers, child
// processes): milliseconds since the first call, as a double (sub-millisecond resolution).
inline double benchNowMs()
{
    using Clock = std::chrono::steady_clock;
    static const Clock::time_point epoch = Clock::now();
    return std::chrono::duration<double, std::milli>(Clock::now() - epoch).count();
}

} // namespace ip::bench
