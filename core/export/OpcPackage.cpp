#include "export/OpcPackage.h"

#include "export/OfficeXml.h"

#include <QBuffer>
#include <QSet>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

namespace nianbao {

void OpcPackage::addPart(const QString& name, const QString& contentType, const QByteArray& data) {
    parts_.push_back({name, contentType, data});
}

QString OpcPackage::addRelationship(const QString& source, const QString& type, const QString& target) {
    int count = 0;
    for (const Relationship& r : relationships_)
        if (r.source == source) ++count;
    const QString id = QStringLiteral("rId%1").arg(count + 1);
    relationships_.push_back({source, id, type, target});
    return id;
}

QString OpcPackage::relationshipsPartName(const QString& source) {
    if (source.isEmpty()) return QStringLiteral("_rels/.rels");
    const int slash = source.lastIndexOf(QLatin1Char('/'));
    return source.left(slash + 1) + QStringLiteral("_rels/") + source.mid(slash + 1) + QStringLiteral(".rels");
}

QByteArray OpcPackage::contentTypesXml() const {
    OfficeXmlWriter xml;
    xml.startRoot("Types", {{"", ooxml::kContentTypes}});
    xml.empty("Default", {{"Extension", QStringLiteral("rels")},
                          {"ContentType", QStringLiteral("application/vnd.openxmlformats-package.relationships+xml")}});
    xml.empty("Default", {{"Extension", QStringLiteral("xml")}, {"ContentType", QStringLiteral("application/xml")}});
    for (const Part& p : parts_)
        xml.empty("Override", {{"PartName", QLatin1Char('/') + p.name}, {"ContentType", p.contentType}});
    return xml.finish();
}

QByteArray OpcPackage::relationshipsXml(const QString& source) const {
    OfficeXmlWriter xml;
    xml.startRoot("Relationships", {{"", ooxml::kPackageRelationships}});
    for (const Relationship& r : relationships_)
        if (r.source == source) xml.empty("Relationship", {{"Id", r.id}, {"Type", r.type}, {"Target", r.target}});
    return xml.finish();
}

QByteArray OpcPackage::zip(QString* error) const {
    std::vector<std::pair<QString, QByteArray>> entries;
    // Readers sniff the package type from the first entry; Word expects the content types there.
    entries.emplace_back(QStringLiteral("[Content_Types].xml"), contentTypesXml());
    QStringList sources;
    for (const Relationship& r : relationships_)
        if (!sources.contains(r.source)) sources << r.source;
    for (const QString& source : sources) entries.emplace_back(relationshipsPartName(source), relationshipsXml(source));
    for (const Part& p : parts_) entries.emplace_back(p.name, p.data);

    // Built in memory: the caller commits the finished bytes with QSaveFile,
    // so a failure here never leaves a broken file on disk.
    QBuffer buffer;
    QuaZip zip(&buffer);
    zip.setUtf8Enabled(true);
    if (!zip.open(QuaZip::mdCreate)) {
        *error = QStringLiteral("无法创建 ZIP 包（QuaZip 错误 %1）").arg(zip.getZipError());
        return {};
    }
    const QDateTime stamp = QDateTime::currentDateTime();
    for (const auto& [name, data] : entries) {
        QuaZipFile file(&zip);
        QuaZipNewInfo info(name);
        info.dateTime = stamp;
        if (!file.open(QIODevice::WriteOnly, info) || file.write(data) != data.size()) {
            *error = QStringLiteral("无法写入 ZIP 包中的 %1（QuaZip 错误 %2）").arg(name).arg(file.getZipError());
            return {};
        }
        file.close();
        if (file.getZipError() != 0) {
            *error = QStringLiteral("无法写入 ZIP 包中的 %1（QuaZip 错误 %2）").arg(name).arg(file.getZipError());
            return {};
        }
    }
    zip.close();
    if (zip.getZipError() != 0) {
        *error = QStringLiteral("无法完成 ZIP 包（QuaZip 错误 %1）").arg(zip.getZipError());
        return {};
    }
    return buffer.data();
}

}  // namespace nianbao
