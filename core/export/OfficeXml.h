#pragma once

#include <QByteArray>
#include <QString>
#include <QXmlStreamWriter>

#include <initializer_list>
#include <utility>
#include <vector>

namespace nianbao {

// Namespaces of the Office Open XML parts the exporter writes.
namespace ooxml {
inline constexpr char kWordMain[] = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
inline constexpr char kRelationships[] = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
inline constexpr char kPackageRelationships[] = "http://schemas.openxmlformats.org/package/2006/relationships";
inline constexpr char kContentTypes[] = "http://schemas.openxmlformats.org/package/2006/content-types";
}  // namespace ooxml

// Text that XML 1.0 can carry: control characters, lone surrogates and
// U+FFFE/U+FFFF are dropped, because one of them makes Word refuse the file.
QString xmlSafe(const QString& text);

// QXmlStreamWriter over a byte buffer with the shorthands WordprocessingML
// needs: elements are written with their prefixes ("w:p"), the root declares
// the namespaces, and attribute values pass through xmlSafe().
class OfficeXmlWriter {
public:
    using Attributes = std::vector<std::pair<const char*, QString>>;

    OfficeXmlWriter();
    // Starts the document with `root` declaring `namespaces` (prefix, uri).
    void startRoot(const char* root, std::initializer_list<std::pair<const char*, const char*>> namespaces);
    void start(const char* name, const Attributes& attributes = {});
    void end();
    // <name attr="…"/>
    void empty(const char* name, const Attributes& attributes = {});
    // <name w:val="value"/>: most WordprocessingML properties look like this.
    void val(const char* name, const QString& value);
    void text(const char* name, const QString& value, const Attributes& attributes = {});
    // <w:t> keeping leading and trailing spaces.
    void wordText(const QString& value);
    QByteArray finish();

private:
    QByteArray bytes_;
    QXmlStreamWriter xml_;
};

}  // namespace nianbao
