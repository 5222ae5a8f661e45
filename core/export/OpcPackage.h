#pragma once

#include <QByteArray>
#include <QString>

#include <vector>

namespace nianbao {

// An Open Packaging Conventions package (the zip inside .docx): parts with
// their content types and relationships. zip() writes [Content_Types].xml
// first and the relationship parts from what was added, through QuaZip.
class OpcPackage {
public:
    // `name` without the leading slash: "word/document.xml".
    void addPart(const QString& name, const QString& contentType, const QByteArray& data);
    // A relationship from `source` ("" for the package, or a part name) to
    // `target` (relative to the source's folder). Returns the id ("rId3").
    QString addRelationship(const QString& source, const QString& type, const QString& target);

    // The zipped package, or an empty array with `error` set.
    QByteArray zip(QString* error) const;

private:
    struct Part {
        QString name;
        QString contentType;
        QByteArray data;
    };
    struct Relationship {
        QString source;
        QString id;
        QString type;
        QString target;
    };
    QByteArray contentTypesXml() const;
    QByteArray relationshipsXml(const QString& source) const;
    static QString relationshipsPartName(const QString& source);

    std::vector<Part> parts_;
    std::vector<Relationship> relationships_;
};

}  // namespace nianbao
