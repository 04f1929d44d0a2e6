#include "net/SseParser.h"

namespace ip {

SseParser::SseParser(qsizetype maxPendingBytes)
    : m_max(qMax<qsizetype>(16, maxPendingBytes))
{ }

void SseParser::reset()
{
    *this = SseParser(m_max);
}

QList<SseEvent> SseParser::feed(const QByteArray &bytes)
{
    QList<SseEvent> out;
    const char *p = bytes.constData();
    const char *const end = p + bytes.size();

    if (m_skipLineFeed && p != end) {
        if (*p == '\n')
            ++p;
        m_skipLineFeed = false;
    }

    while (p != end) {
        const char *eol = p;
        while (eol != end && *eol != '\n' && *eol != '\r')
            ++eol;
        const qsizetype pieceLength = eol - p;

        if (m_discarding) {
            m_droppedBytes += pieceLength;
            if (pieceLength > 0)
                m_discardLineEmpty = false;
        } else {
            m_line.append(p, pieceLength);
            if (m_line.size() + m_data.size() > m_max)
                overflow();
        }
        if (eol == end)
            break;

        // A complete line.
        if (*eol == '\r') {
            if (eol + 1 == end)
                m_skipLineFeed = true; // maybe the '\n' of a CRLF comes with the next chunk
            else if (eol[1] == '\n')
                ++eol;
        }
        p = eol + 1;

        if (m_discarding) {
            if (m_discardLineEmpty)
                m_discarding = false; // blank line: the over-long event ends here, undispatched
            m_discardLineEmpty = true;
            continue;
        }
        const QByteArray line = m_line;
        m_line.clear();
        processLine(line, out);
    }
    return out;
}

QList<SseEvent> SseParser::flush()
{
    QList<SseEvent> out;
    if (!m_discarding && !m_line.isEmpty()) {
        const QByteArray line = m_line;
        m_line.clear();
        processLine(line, out);
    }
    if (!m_discarding)
        dispatch(out);
    m_line.clear();
    m_data.clear();
    m_eventType.clear();
    m_hasData = false;
    m_skipLineFeed = false;
    m_discarding = false;
    m_discardLineEmpty = true;
    return out;
}

QByteArray SseParser::takeStrayText()
{
    QByteArray stray;
    stray.swap(m_stray);
    return stray;
}

void SseParser::processLine(const QByteArray &rawLine, QList<SseEvent> &out)
{
    QByteArray line = rawLine;
    if (m_atStart) {
        m_atStart = false;
        if (line.startsWith("\xEF\xBB\xBF"))
            line.remove(0, 3); // UTF-8 BOM at the start of the stream
    }
    if (line.isEmpty()) {
        dispatch(out);
        return;
    }
    if (line.startsWith(':'))
        return; // comment, e.g. ": keep-alive"

    const qsizetype colon = line.indexOf(':');
    const QByteArray field = colon < 0 ? line : line.left(colon);
    QByteArray value;
    if (colon >= 0) {
        value = line.mid(colon + 1);
        if (value.startsWith(' '))
            value.remove(0, 1);
    }

    if (field == "data") {
        if (m_hasData)
            m_data.append('\n');
        m_data.append(value);
        m_hasData = true;
    } else if (field == "event") {
        m_eventType = value;
    } else if (field == "id") {
        if (!value.contains('\0'))
            m_lastId = value;
    } else if (field == "retry") {
        bool ok = false;
        const qint64 ms = value.toLongLong(&ok);
        if (ok && ms >= 0 && !value.startsWith('+'))
            m_retryMs = ms;
    } else if (m_stray.size() + line.size() < m_max) {
        if (!m_stray.isEmpty())
            m_stray.append('\n');
        m_stray.append(line);
    }
}

void SseParser::dispatch(QList<SseEvent> &out)
{
    if (m_hasData)
        out.append(SseEvent { m_eventType, m_data, m_lastId });
    m_data.clear();
    m_eventType.clear();
    m_hasData = false;
}

void SseParser::overflow()
{
    m_droppedBytes += m_line.size() + m_data.size();
    ++m_overflowCount;
    m_line.clear();
    m_data.clear();
    m_eventType.clear();
    m_hasData = false;
    m_discarding = true;
    m_discardLineEmpty = false; // the current line has content
}

} // namespace ip
