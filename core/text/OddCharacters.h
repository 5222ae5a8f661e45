#pragma once

#include "text/SourceText.h"

#include <QString>

namespace nianbao {

// Characters a report's text should not have but real files do: control
// characters other than tab, line ends and form feed (a vertical tab is
// Word's manual line break, U+0085 a stray NEL), private-use code points
// (U+F0B7 is a Word bullet in the Symbol font; GBK's user-defined area
// decodes there) and U+FFFD, the mark of an earlier bad conversion.
// Inline: every character of every report passes through it, twice.
inline bool isOddCharacter(char16_t u) {
    if ((u >= 0x20 && u < 0x7F) || (u >= 0xA0 && u < 0xE000)) return false;  // ASCII text, letters, CJK
    if (u == u'\t' || u == u'\n' || u == u'\r' || u == u'\f') return false;
    return u < 0xA0 || u <= 0xF8FF || u >= 0xFFFD;  // controls, private use, U+FFFD and the noncharacters
}

// How many there are, and where the first one is (1-based line, 0-based
// column of the original text).
struct OddCharacters {
    int count = 0;
    int firstLine = 0;
    int firstColumn = 0;
    char16_t first = 0;
};
OddCharacters findOddCharacters(const SourceText& source);

// The most odd characters a decoded text may hold and still be taken for
// text: a few per hundred characters. Binary decoded by chance has far more.
bool isTolerableOddCount(int oddCount, qsizetype textLength);

}  // namespace nianbao
