#include "common/Clock.h"

#include <QRandomGenerator>

#include <chrono>

namespace ip {

qint64 SteadyClock::nowMs() const
{
    using namespace std::chrono;
    return duration_cast<milliseconds>(steady_clock::now().time_since_epoch()).count();
}

Clock *Clock::system()
{
    static SteadyClock clock;
    return &clock;
}

namespace {
class SystemRandom final : public RandomSource
{
public:
    double next() override { return QRandomGenerator::global()->generateDouble(); }
};
} // namespace

RandomSource *RandomSource::system()
{
    static SystemRandom random;
    return &random;
}

} // namespace ip
