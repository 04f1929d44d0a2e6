#pragma once

#include <QString>

namespace ip {

// Where the text came from; it changes what a soft hyphen (U+00AD) means.
enum class TextOrigin {
    // Typed or exported text: U+00AD is an invisible hyphenation point and is removed.
    PlainText,
    // Text extracted from a PDF page: every character was drawn, so a U+00AD inside a line is a
    // visible hyphen (XeLaTeX fonts map "-" to U+00AD, e.g. "Back\u00ADend") and becomes "-".
    Pdf
};

// Normalises text from PDF producers, QtPdf and plain-text files:
// - CRLF / CR / U+2028 / U+2029 / form feed / vertical tab become LF;
// - ligatures U+FB00..U+FB06 are unfolded (ﬀ ﬁ ﬂ ﬃ ﬄ ﬅ ﬆ);
// - QtPdf's U+FFFE (a hyphen at a line end whose line break it removed, "require\uFFFEments") is
//   removed when a lowercase letter follows and becomes "-" otherwise ("multi\uFFFEVPC");
// - a word hyphenated across a line end ("-", U+00AD or U+FFFE after a letter, and the next line
//   starting with a lowercase letter) is rejoined ("require-\nments" -> "requirements"); real
//   compounds stay ("Jean-\nPierre", "10-\n20");
// - U+00AD elsewhere: removed (PlainText) or "-" (Pdf), see TextOrigin;
// - private-use (U+E000..U+F8FF, planes 15 and 16), non-characters, U+FFFD, BOM / zero-width
//   spaces and control characters are dropped; tabs and other spaces become a single space;
// - runs of spaces are collapsed, lines trimmed, runs of blank lines collapsed to one blank line,
//   leading and trailing blank lines removed.
// Pure and thread-safe.
QString normaliseResumeText(const QString &raw, TextOrigin origin = TextOrigin::PlainText);

} // namespace ip
