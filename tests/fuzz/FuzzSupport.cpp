#include "FuzzSupport.h"

#include <QtGlobal>

#include <cstdio>
#include <cstdlib>

namespace ip::fuzz {

namespace {

void trapOnViolation(const char *check, const char *file, int line)
{
    std::fprintf(stderr, "fuzz invariant failed: %s (%s:%d)\n", check, file, line);
    std::fflush(stderr);
    __builtin_trap();
}

ViolationHandler g_handler = &trapOnViolation;

void quietMessages(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (type == QtFatalMsg) {
        std::fprintf(stderr, "qFatal: %s\n", qPrintable(message));
        std::abort();
    }
}

} // namespace

void setViolationHandler(ViolationHandler handler)
{
    g_handler = handler ? handler : &trapOnViolation;
}

void violation(const char *check, const char *file, int line)
{
    g_handler(check, file, line);
}

void initialiseFuzzing()
{
    qInstallMessageHandler(&quietMessages);
}

QByteArray bytesOf(const std::uint8_t *data, std::size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

std::uint32_t hashOf(const QByteArray &bytes)
{
    std::uint32_t h = 2166136261u;
    for (const char c : bytes) {
        h ^= static_cast<unsigned char>(c);
        h *= 16777619u;
    }
    return h;
}

qsizetype splitPointOf(const QByteArray &bytes)
{
    return qsizetype(hashOf(bytes) % (std::uint32_t(bytes.size()) + 1u));
}

HttpLike parseHttpLike(const QByteArray &bytes)
{
    HttpLike out;
    qsizetype pos = bytes.indexOf('\n');
    const QByteArray statusLine = pos < 0 ? bytes : bytes.left(pos);
    out.status = statusLine.trimmed().split(' ').value(0).toInt();
    out.gemini = statusLine.contains("gemini");
    if (pos < 0)
        return out;
    ++pos;
    while (pos < bytes.size()) {
        qsizetype eol = bytes.indexOf('\n', pos);
        if (eol < 0)
            eol = bytes.size();
        const QByteArray line = bytes.mid(pos, eol - pos);
        pos = eol + 1;
        if (line.trimmed().isEmpty())
            break;
        const qsizetype colon = line.indexOf(':');
        if (colon < 0) { // no header block after all: everything from here on is the body
            pos -= line.size() + 1;
            break;
        }
        out.headers.append({ line.left(colon).trimmed(), line.mid(colon + 1).trimmed() });
    }
    out.body = pos < bytes.size() ? bytes.mid(pos) : QByteArray();
    return out;
}

} // namespace ip::fuzz
