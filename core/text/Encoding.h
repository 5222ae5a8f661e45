#pragma once

#include <QByteArray>
#include <QString>

namespace nianbao {

// The outcome of turning a file's bytes into text. `encoding` is the name the
// CLI and the GUI report ("UTF-8", "UTF-16LE", "UTF-16BE", "GB18030").
struct DecodedText {
    QString text;
    QString encoding;
    bool hadByteOrderMark = false;
    QString error;  // non-empty: the bytes could not be decoded; text is empty
    bool ok() const { return error.isEmpty(); }
};

// Detects the encoding of `bytes` (byte order mark, strict UTF-8, then ICU's
// charset detector) and accepts a candidate only if it decodes without a
// single invalid sequence, so a wrong guess never yields garbled labels.
DecodedText decodeText(const QByteArray& bytes);

}  // namespace nianbao
