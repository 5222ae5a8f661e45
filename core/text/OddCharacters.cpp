#include "text/OddCharacters.h"

namespace nianbao {

OddCharacters findOddCharacters(const SourceText& source) {
    OddCharacters odd;
    for (int line = 1; line <= source.lineCount(); ++line) {
        const QString& text = source.originalLine(line);
        for (int column = 0; column < text.size(); ++column) {
            const char16_t u = text[column].unicode();
            if (!isOddCharacter(u)) continue;
            if (odd.count++ == 0) {
                odd.firstLine = line;
                odd.firstColumn = column;
                odd.first = u;
            }
        }
    }
    return odd;
}

bool isTolerableOddCount(int oddCount, qsizetype textLength) {
    constexpr int kAlwaysTolerated = 8;
    constexpr int kCharactersPerOdd = 50;
    return oddCount <= kAlwaysTolerated + textLength / kCharactersPerOdd;
}

}  // namespace nianbao
