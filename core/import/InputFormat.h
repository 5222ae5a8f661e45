#pragma once

#include <QByteArray>
#include <QString>

namespace nianbao {

// Markdown is never returned by detectInputFormat(): telling it from plain
// text needs the decoded lines, so the text importer reads both and names
// the one it found (see document/TextLayoutReader.h, looksLikeMarkdown).
enum class InputFormat { Text, Markdown, Docx, Html, Pdf };

// "text", "markdown", "docx", "html", "pdf": the name the CLI's JSON and the GUI report.
QString inputFormatName(InputFormat format);

// Decides by content, never by extension: users rename files, portals serve
// HTML as .doc, and a .txt may well be a saved web page. Any zip goes to the
// DOCX reader, so a zip that is not a Word document gets a precise message.
InputFormat detectInputFormat(const QByteArray& bytes);

}  // namespace nianbao
