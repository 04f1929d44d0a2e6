// The resume text normaliser (core/resume/TextNormaliser): the input as UTF-8 and as raw UTF-16
// (PDF text can hold anything, lone surrogates included), for both origins; the output must have
// the shape the header promises.

#include "FuzzSupport.h"
#include "FuzzTargets.h"
#include "resume/TextNormaliser.h"

namespace ip::fuzz {

namespace {

bool dropped(char16_t c)
{
    return c == u'\r' || c == u'\t' || c == u'\f' || c == u'\v' || c == 0x2028 || c == 0x2029 || c == 0x00AD
        || (c < 0x20 && c != u'\n') || (c >= 0x7F && c <= 0x9F) || (c >= 0xFB00 && c <= 0xFB06)
        || (c >= 0xE000 && c <= 0xF8FF) || (c >= 0xFDD0 && c <= 0xFDEF) || c == 0xFFFE || c == 0xFFFF || c == 0xFFFD
        || c == 0xFEFF || c == 0x200B || c == 0x2060;
}

void checkNormalised(const QString &out)
{
    IP_FUZZ_CHECK(!out.startsWith(QLatin1Char('\n')) && !out.endsWith(QLatin1Char('\n')));
    IP_FUZZ_CHECK(!out.contains(QLatin1String("\n\n\n")));
    IP_FUZZ_CHECK(!out.contains(QLatin1String("  ")));
    IP_FUZZ_CHECK(!out.contains(QLatin1String(" \n")) && !out.contains(QLatin1String("\n ")));
    IP_FUZZ_CHECK(!out.startsWith(QLatin1Char(' ')) && !out.endsWith(QLatin1Char(' ')));
    bool clean = true;
    for (const QChar c : out) {
        if (dropped(c.unicode()) || (c.isSpace() && c != QLatin1Char(' ') && c != QLatin1Char('\n')))
            clean = false;
    }
    IP_FUZZ_CHECK(clean);
}

} // namespace

void fuzzResumeText(const std::uint8_t *data, std::size_t size)
{
    const QByteArray input = bytesOf(data, size);
    const QString utf8 = QString::fromUtf8(input);
    const QString utf16(reinterpret_cast<const QChar *>(input.constData()), input.size() / 2);
    for (const QString &raw : { utf8, utf16 }) {
        for (const TextOrigin origin : { TextOrigin::PlainText, TextOrigin::Pdf }) {
            const QString out = normaliseResumeText(raw, origin);
            checkNormalised(out);
        }
    }
}

} // namespace ip::fuzz
