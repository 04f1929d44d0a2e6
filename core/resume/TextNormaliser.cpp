#include "resume/TextNormaliser.h"

#include <QChar>
#include <QList>

#include <string>
#include <vector>

namespace ip {

namespace {

constexpr char32_t kSoftHyphen = 0x00AD;
// PDFium (QtPdf) replaces a hyphen that ends a line by U+FFFE and drops the line break.
constexpr char32_t kPdfHyphenBreak = 0xFFFE;

bool isNonCharacter(char32_t c)
{
    return (c >= 0xFDD0 && c <= 0xFDEF) || (c & 0xFFFE) == 0xFFFE;
}

bool isPrivateUse(char32_t c)
{
    return (c >= 0xE000 && c <= 0xF8FF) || (c >= 0xF0000 && c <= 0x10FFFF);
}

bool isControl(char32_t c)
{
    return c < 0x20 || (c >= 0x7F && c <= 0x9F);
}

bool isInvisibleFormat(char32_t c)
{
    // zero-width space, word joiner, BOM / zero-width no-break space, replacement character
    return c == 0x200B || c == 0x2060 || c == 0xFEFF || c == 0xFFFD;
}

bool isLineBreak(char32_t c)
{
    return c == '\n' || c == '\f' || c == '\v' || c == 0x2028 || c == 0x2029;
}

bool isHorizontalSpace(char32_t c)
{
    return c == ' ' || c == '\t' || (c > 0x7F && QChar::category(c) == QChar::Separator_Space);
}

const char *ligatureExpansion(char32_t c)
{
    switch (c) {
    case 0xFB00: return "ff";
    case 0xFB01: return "fi";
    case 0xFB02: return "fl";
    case 0xFB03: return "ffi";
    case 0xFB04: return "ffl";
    case 0xFB05: // long s + t
    case 0xFB06: return "st";
    default: return nullptr;
    }
}

// Pass 1: line ends, ligatures, spaces, dropped characters. Keeps U+00AD and U+FFFE for later.
std::vector<std::u32string> cleanLines(const QString &raw)
{
    std::vector<std::u32string> lines(1);
    const QList<uint> codePoints = raw.toUcs4();
    for (qsizetype i = 0; i < codePoints.size(); ++i) {
        const auto c = static_cast<char32_t>(codePoints[i]);
        if (c == '\r') {
            if (i + 1 < codePoints.size() && codePoints[i + 1] == '\n')
                ++i;
            lines.emplace_back();
        } else if (isLineBreak(c)) {
            lines.emplace_back();
        } else if (const char *expansion = ligatureExpansion(c)) {
            for (const char *p = expansion; *p; ++p)
                lines.back().push_back(static_cast<char32_t>(*p));
        } else if (isHorizontalSpace(c)) {
            lines.back().push_back(' ');
        } else {
            // U+00AD and U+FFFE (a non-character) stay for the hyphen passes below.
            const bool hyphenMarker = c == kPdfHyphenBreak || c == kSoftHyphen;
            const bool dropped = isControl(c) || isNonCharacter(c) || isPrivateUse(c) || isInvisibleFormat(c);
            if (hyphenMarker || !dropped)
                lines.back().push_back(c);
        }
    }
    return lines;
}

std::u32string collapseSpaces(const std::u32string &line)
{
    std::u32string out;
    out.reserve(line.size());
    for (const char32_t c : line) {
        if (c == ' ' && (out.empty() || out.back() == ' '))
            continue;
        out.push_back(c);
    }
    if (!out.empty() && out.back() == ' ')
        out.pop_back();
    return out;
}

bool isHyphenMarker(char32_t c)
{
    return c == kSoftHyphen || c == kPdfHyphenBreak;
}

// A marker at the end of a line, after a letter, may be a word broken across the line end; it is
// decided when the next line is known.
bool hasTrailingMarker(const std::u32string &line)
{
    return line.size() >= 2 && isHyphenMarker(line.back()) && QChar::isLetter(line[line.size() - 2]);
}

bool endsWithLineBreakHyphen(const std::u32string &line)
{
    return hasTrailingMarker(line)
        || (line.size() >= 2 && line.back() == '-' && QChar::isLetter(line[line.size() - 2]));
}

bool startsWithLowercase(const std::u32string &line)
{
    return !line.empty() && QChar::isLower(line.front());
}

// Resolves U+FFFE and U+00AD inside a line (all of them, or all but a trailing one), then
// collapses the spaces that removing them may leave.
std::u32string resolveHyphenMarkers(const std::u32string &line, TextOrigin origin, bool keepTrailing)
{
    const std::size_t end = keepTrailing && hasTrailingMarker(line) ? line.size() - 1 : line.size();
    std::u32string out;
    out.reserve(line.size());
    for (std::size_t i = 0; i < end; ++i) {
        const char32_t c = line[i];
        if (c == kPdfHyphenBreak) {
            const bool wordContinues = i + 1 < line.size() && QChar::isLower(line[i + 1]);
            if (!wordContinues)
                out.push_back('-');
        } else if (c == kSoftHyphen) {
            if (origin == TextOrigin::Pdf)
                out.push_back('-');
        } else {
            out.push_back(c);
        }
    }
    if (end < line.size())
        out.push_back(line.back());
    return collapseSpaces(out);
}

} // namespace

QString normaliseResumeText(const QString &raw, TextOrigin origin)
{
    // Pass 2: trim lines and resolve markers inside them, then rejoin words hyphenated across a
    // line end (a line's own markers are resolved first, so a second run changes nothing).
    std::vector<std::u32string> joined;
    for (const std::u32string &line : cleanLines(raw)) {
        std::u32string current = resolveHyphenMarkers(collapseSpaces(line), origin, true);
        if (!joined.empty() && endsWithLineBreakHyphen(joined.back()) && startsWithLowercase(current)) {
            joined.back().pop_back();
            joined.back() += current;
        } else {
            joined.push_back(std::move(current));
        }
    }

    // Pass 3: resolve the trailing markers left, keep at most one blank line in a row, none at
    // either end.
    std::u32string out;
    bool pendingBlank = false;
    for (const std::u32string &line : joined) {
        const std::u32string finished = resolveHyphenMarkers(line, origin, false);
        if (finished.empty()) {
            pendingBlank = !out.empty();
            continue;
        }
        if (!out.empty())
            out += pendingBlank ? U"\n\n" : U"\n";
        pendingBlank = false;
        out += finished;
    }
    return QString::fromUcs4(out.data(), static_cast<qsizetype>(out.size()));
}

} // namespace ip
