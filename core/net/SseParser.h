#pragma once

// Incremental Server-Sent-Events parser (WHATWG "event stream interpretation"), pure and
// synchronous: feed it body chunks as they arrive, get complete events back. Chunk boundaries
// do not matter (a line end, even a CR/LF pair, may be split across feeds).
//
// - Lines end with "\n", "\r\n" or a bare "\r"; a blank line dispatches the pending event, so
//   "\n\n", "\r\n\r\n" and "\r\r" all separate events.
// - "data:" lines are joined with "\n"; "event:", "id:" and "retry:" are honoured; one space after
//   the colon is removed ("data:x" and "data: x" are the same); lines starting with ':' are
//   comments (": keep-alive"); unknown field names are ignored (kept as stray text, see below).
// - An event with no data line is not dispatched (as in the spec).
// - "data: [DONE]" is ordinary data; recognising it is the caller's business.
// - flush() at end of stream completes a last line without line end and dispatches a pending event
//   without the final blank line (Gemini streams just stop).
// - A ceiling bounds memory: when the current line plus the pending event's data exceed
//   maxPendingBytes, the event is discarded up to the next blank line; droppedBytes() and
//   overflowCount() report it.

#include <QByteArray>
#include <QList>
#include <QtGlobal>

namespace ip {

struct SseEvent
{
    QByteArray event; // "event:" field; empty means the default type ("message")
    QByteArray data; // "data:" lines joined with '\n' (no trailing newline)
    QByteArray id; // last event id seen in the stream so far (the spec's "last event ID")

    friend bool operator==(const SseEvent &, const SseEvent &) = default;
};

class SseParser
{
public:
    static constexpr qsizetype kDefaultMaxPendingBytes = 8 * 1024 * 1024;

    explicit SseParser(qsizetype maxPendingBytes = kDefaultMaxPendingBytes);

    // Parses `bytes` and returns the events completed by them (possibly none).
    [[nodiscard]] QList<SseEvent> feed(const QByteArray &bytes);
    // End of stream: returns the event left pending, if any, and resets the line state.
    [[nodiscard]] QList<SseEvent> flush();
    // Back to the initial state (also forgets the last event id and counters).
    void reset();

    // Reconnection time from the last valid "retry:" field, -1 if none.
    [[nodiscard]] qint64 retryMs() const { return m_retryMs; }
    [[nodiscard]] QByteArray lastEventId() const { return m_lastId; }

    // Bytes thrown away because of the ceiling, and how many times it was hit.
    [[nodiscard]] qint64 droppedBytes() const { return m_droppedBytes; }
    [[nodiscard]] int overflowCount() const { return m_overflowCount; }

    // Lines that were neither a known field nor a comment (e.g. a pretty-printed JSON error body
    // sent without "data:"), joined with '\n', bounded by maxPendingBytes. Taking clears it.
    [[nodiscard]] QByteArray takeStrayText();

private:
    void processLine(const QByteArray &line, QList<SseEvent> &out);
    void dispatch(QList<SseEvent> &out);
    void overflow();

    qsizetype m_max;
    QByteArray m_line;
    QByteArray m_data;
    QByteArray m_eventType;
    QByteArray m_lastId;
    QByteArray m_stray;
    bool m_hasData = false;
    bool m_skipLineFeed = false; // the previous chunk ended with '\r'
    bool m_discarding = false; // skipping an over-long event up to the next blank line
    bool m_discardLineEmpty = true;
    bool m_atStart = true;
    qint64 m_retryMs = -1;
    qint64 m_droppedBytes = 0;
    int m_overflowCount = 0;
};

} // namespace ip
