// SSE framing (core/net/SseParser): the stream fed whole and in two pieces split at a point the
// data chooses must give the same events; no event field can be bigger than the input.

#include "FuzzSupport.h"
#include "FuzzTargets.h"
#include "net/SseParser.h"

namespace ip::fuzz {

namespace {

struct Outcome
{
    QList<SseEvent> events;
    QByteArray stray;
    qint64 retryMs = -1;
    QByteArray lastId;
    qint64 dropped = 0;
    int overflows = 0;
};

Outcome parse(const QList<QByteArray> &pieces, qsizetype maxPending)
{
    SseParser parser(maxPending);
    Outcome o;
    for (const QByteArray &piece : pieces)
        o.events += parser.feed(piece);
    o.events += parser.flush();
    o.stray = parser.takeStrayText();
    o.retryMs = parser.retryMs();
    o.lastId = parser.lastEventId();
    o.dropped = parser.droppedBytes();
    o.overflows = parser.overflowCount();
    return o;
}

} // namespace

void fuzzSse(const std::uint8_t *data, std::size_t size)
{
    const QByteArray input = bytesOf(data, size);
    const std::uint32_t h = hashOf(input);
    // One input in four runs with a tiny ceiling, to exercise the overflow path.
    const qsizetype maxPending = (h >> 30) == 0 ? qsizetype(16 + (h >> 8) % 256) : SseParser::kDefaultMaxPendingBytes;
    const qsizetype split = splitPointOf(input);

    const Outcome whole = parse({ input }, maxPending);
    const Outcome pieces = parse({ input.left(split), input.mid(split) }, maxPending);

    for (const SseEvent &e : whole.events) {
        IP_FUZZ_CHECK(e.data.size() <= input.size());
        IP_FUZZ_CHECK(e.event.size() <= input.size());
        IP_FUZZ_CHECK(e.id.size() <= input.size());
        IP_FUZZ_CHECK(e.data.size() <= maxPending);
    }
    IP_FUZZ_CHECK(whole.lastId.size() <= input.size());
    IP_FUZZ_CHECK(whole.stray.size() <= input.size());
    IP_FUZZ_CHECK(whole.retryMs >= -1);
    IP_FUZZ_CHECK(whole.dropped >= 0 && whole.dropped <= input.size());
    IP_FUZZ_CHECK(whole.overflows >= 0);

    // Chunk boundaries do not matter.
    IP_FUZZ_CHECK(pieces.events == whole.events);
    IP_FUZZ_CHECK(pieces.stray == whole.stray);
    IP_FUZZ_CHECK(pieces.retryMs == whole.retryMs);
    IP_FUZZ_CHECK(pieces.lastId == whole.lastId);
    IP_FUZZ_CHECK(pieces.dropped == whole.dropped);
    IP_FUZZ_CHECK(pieces.overflows == whole.overflows);
}

} // namespace ip::fuzz
