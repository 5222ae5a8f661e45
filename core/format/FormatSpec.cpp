#include "format/FormatSpec.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>

namespace nianbao {
namespace {

// A JSON array of strings (or nothing) as a list.
QStringList toStringList(const QJsonValue& value) {
    return value.toVariant().toStringList();
}

ColumnSpec parseColumn(const QJsonObject& o) {
    ColumnSpec c;
    c.key = o.value(QLatin1String("key")).toString();
    c.label = o.value(QLatin1String("label")).toString();
    c.aliases = toStringList(o.value(QLatin1String("aliases")));
    const QString kind = o.value(QLatin1String("kind")).toString();
    c.kind = kind == QLatin1String("delta") ? ColumnKind::Delta
           : kind == QLatin1String("money") ? ColumnKind::Money
                                            : ColumnKind::Count;
    c.unit = o.value(QLatin1String("unit")).toString();
    c.group = o.value(QLatin1String("group")).toString();
    return c;
}

// A column's "kind" says which values it accepts (counts, signed changes, money);
// a misspelt one must not quietly make a money column a count column.
bool checkColumnKinds(const QJsonValue& columns, QString* error) {
    static const QStringList kinds = {QStringLiteral("count"), QStringLiteral("delta"), QStringLiteral("money")};
    for (const QJsonValue& v : columns.toArray()) {
        const QJsonObject o = v.toObject();
        const QString kind = o.value(QLatin1String("kind")).toString(kinds.first());
        if (kinds.contains(kind)) continue;
        *error = QStringLiteral("column %1: unknown kind \"%2\" (count, delta or money)")
                     .arg(o.value(QLatin1String("key")).toString(), kind);
        return false;
    }
    return true;
}

RowSpec parseRow(const QJsonObject& o) {
    RowSpec r;
    r.key = o.value(QLatin1String("key")).toString();
    r.label = o.value(QLatin1String("label")).toString();
    r.shortLabel = o.value(QLatin1String("short")).toString(r.label);
    r.group = o.value(QLatin1String("group")).toString();
    r.aliases = toStringList(o.value(QLatin1String("aliases")));
    return r;
}

template <typename T, typename F>
std::vector<T> parseArray(const QJsonValue& value, F parse) {
    std::vector<T> out;
    for (const QJsonValue& v : value.toArray()) out.push_back(parse(v.toObject()));
    return out;
}

// The placeholders RelationChecker fills in; any other in a message would reach the clerk as "{…}".
const QStringList kMessagePlaceholders = {
    QStringLiteral("scope"),      QStringLiteral("left"),        QStringLiteral("right"),
    QStringLiteral("diff"),       QStringLiteral("left_terms"),  QStringLiteral("right_terms"),
    QStringLiteral("right_nonzero_terms")};

QString unknownPlaceholder(const QString& message) {
    static const QRegularExpression placeholder(QStringLiteral("\\{([^{}]*)\\}"));
    for (const QRegularExpressionMatch& m : placeholder.globalMatch(message))
        if (!kMessagePlaceholders.contains(m.captured(1))) return m.captured(0);
    return {};
}

bool parseRule(const QJsonObject& o, RelationRule* rule, QString* error) {
    rule->id = o.value(QLatin1String("id")).toString();
    if (rule->id.isEmpty()) {
        *error = QStringLiteral("a rule without \"id\"");
        return false;
    }
    const QString severity = o.value(QLatin1String("severity")).toString();
    if (!parseSeverity(severity, &rule->severity)) {
        *error = QStringLiteral("rule %1: unknown severity \"%2\" (info, warning or error)").arg(rule->id, severity);
        return false;
    }
    rule->table = o.value(QLatin1String("table")).toString();
    const QString each = o.value(QLatin1String("each")).toString();
    if (each == QLatin1String("row")) rule->each = RelationRule::Each::Row;
    else if (each == QLatin1String("column")) rule->each = RelationRule::Each::Column;
    else if (each == QLatin1String("group")) rule->each = RelationRule::Each::Group;
    else {
        *error = QStringLiteral("rule %1: 'each' must be row, column or group").arg(rule->id);
        return false;
    }
    rule->left = toStringList(o.value(QLatin1String("left")));
    rule->right = toStringList(o.value(QLatin1String("right")));
    rule->name = o.value(QLatin1String("name")).toString();
    rule->message = o.value(QLatin1String("message")).toString();
    rule->blankMessage = o.value(QLatin1String("message_blank")).toString();
    if (rule->name.isEmpty() || rule->message.isEmpty() || rule->left.isEmpty() || rule->right.isEmpty()) {
        *error = QStringLiteral("rule %1 lacks \"name\", \"message\", \"left\" or \"right\"").arg(rule->id);
        return false;
    }
    for (const QString& message : {rule->message, rule->blankMessage}) {
        const QString unknown = unknownPlaceholder(message);
        if (unknown.isEmpty()) continue;
        *error = QStringLiteral("rule %1: unknown placeholder %2 in its message").arg(rule->id, unknown);
        return false;
    }
    return true;
}

// Rows and columns are named by their keys in rules, sessions and exports: each needs a key and a label, once.
bool validateTable(const TableSpec& table, QString* error) {
    QStringList keys;
    auto check = [&](const QString& what, const QString& key, const QString& label) {
        if (key.isEmpty() || label.isEmpty())
            *error = QStringLiteral("table %1: a %2 without \"key\" or \"label\"").arg(table.id, what);
        else if (keys.contains(what + key))
            *error = QStringLiteral("table %1: %2 key %3 is used twice").arg(table.id, what, key);
        keys << what + key;
        return error->isEmpty();
    };
    for (const RowSpec& r : table.rows)
        if (!check(QStringLiteral("row"), r.key, r.label)) return false;
    for (const ColumnSpec& c : table.columns)
        if (!check(QStringLiteral("column"), c.key, c.label)) return false;
    return true;
}

// Every key a rule names must exist, so a typo in the data fails loudly at
// start-up instead of silently checking nothing.
bool validateRule(const FormatSpec& spec, const RelationRule& rule, QString* error) {
    const TableSpec* table = spec.table(rule.table);
    if (!table) {
        *error = QStringLiteral("rule %1: unknown table %2").arg(rule.id, rule.table);
        return false;
    }
    for (const QString& key : rule.left + rule.right) {
        bool known = false;
        switch (rule.each) {
        case RelationRule::Each::Row: known = table->columnIndex(key) >= 0; break;
        case RelationRule::Each::Column: known = table->rowIndex(key) >= 0; break;
        case RelationRule::Each::Group: known = spec.reviewGroupColumns.contains(key); break;
        }
        if (!known) {
            *error = QStringLiteral("rule %1: unknown key %2").arg(rule.id, key);
            return false;
        }
    }
    return true;
}

}  // namespace

int TableSpec::columnIndex(const QString& key) const {
    for (size_t i = 0; i < columns.size(); ++i)
        if (columns[i].key == key) return static_cast<int>(i);
    return -1;
}

int TableSpec::rowIndex(const QString& key) const {
    for (size_t i = 0; i < rows.size(); ++i)
        if (rows[i].key == key) return static_cast<int>(i);
    return -1;
}

std::vector<const TableSpec*> FormatSpec::tables() const {
    std::vector<const TableSpec*> out;
    for (const TableSpec& t : activeItems) out.push_back(&t);
    out.push_back(&requests);
    out.push_back(&reviews);
    return out;
}

const TableSpec* FormatSpec::table(const QString& id) const {
    for (const TableSpec* t : tables())
        if (t->id == id) return t;
    return nullptr;
}

bool loadFormatSpec(const QByteArray& json, FormatSpec* out, QString* error) {
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (doc.isNull()) {
        *error = parseError.errorString();
        return false;
    }
    const QJsonObject root = doc.object();
    FormatSpec spec;
    spec.version = root.value(QLatin1String("version")).toString();
    spec.issuedBy = root.value(QLatin1String("issued_by")).toString();
    const QJsonArray years = root.value(QLatin1String("report_years")).toArray();
    if (!years.isEmpty()) {
        spec.firstYear = years.first().toInt();
        spec.lastYear = years.last().toInt();
    } else {
        spec.firstYear = root.value(QLatin1String("report_years_from")).toInt();
        spec.lastYear = 9999;
    }
    spec.sections = toStringList(root.value(QLatin1String("sections")));
    const QJsonValue fee = root.value(QLatin1String("fee_statement_required"));
    if (!fee.isUndefined() && !fee.isBool()) {
        *error = QStringLiteral("fee_statement_required must be true or false");
        return false;
    }
    spec.feeStatementRequired = fee.toBool(false);

    const QJsonObject active = root.value(QLatin1String("active")).toObject();
    spec.activeLabelHeader = active.value(QLatin1String("label_header")).toString();
    for (const QJsonValue& v : active.value(QLatin1String("items")).toArray()) {
        const QJsonObject o = v.toObject();
        TableSpec t;
        t.id = QStringLiteral("active.") + o.value(QLatin1String("id")).toString();
        t.kind = TableKind::ArticleItem;
        t.name = active.value(QLatin1String("name")).toString();
        t.heading = o.value(QLatin1String("heading")).toString();
        if (!checkColumnKinds(o.value(QLatin1String("columns")), error)) return false;
        t.columns = parseArray<ColumnSpec>(o.value(QLatin1String("columns")), parseColumn);
        t.rows = parseArray<RowSpec>(o.value(QLatin1String("rows")), parseRow);
        spec.activeItems.push_back(std::move(t));
    }

    const QJsonObject requests = root.value(QLatin1String("requests")).toObject();
    spec.requests.id = QStringLiteral("requests");
    spec.requests.kind = TableKind::Rows;
    spec.requests.name = requests.value(QLatin1String("name")).toString();
    spec.requests.heading = requests.value(QLatin1String("heading")).toString();
    if (!checkColumnKinds(requests.value(QLatin1String("columns")), error)) return false;
    spec.requests.columns = parseArray<ColumnSpec>(requests.value(QLatin1String("columns")), parseColumn);
    spec.requests.rows = parseArray<RowSpec>(requests.value(QLatin1String("rows")), parseRow);
    spec.requestsNote = requests.value(QLatin1String("note")).toString();
    spec.requestsHeader = toStringList(requests.value(QLatin1String("header")));

    const QJsonObject reviews = root.value(QLatin1String("reviews")).toObject();
    spec.reviews.id = QStringLiteral("reviews");
    spec.reviews.kind = TableKind::GroupedColumns;
    spec.reviews.name = reviews.value(QLatin1String("name")).toString();
    spec.reviews.heading = reviews.value(QLatin1String("heading")).toString();
    spec.reviewsAnchor = reviews.value(QLatin1String("anchor")).toString();
    spec.reviewsHeader = toStringList(reviews.value(QLatin1String("header")));
    if (!checkColumnKinds(reviews.value(QLatin1String("group_columns")), error)) return false;
    const std::vector<ColumnSpec> groupColumns =
        parseArray<ColumnSpec>(reviews.value(QLatin1String("group_columns")), parseColumn);
    for (const ColumnSpec& c : groupColumns) spec.reviewGroupColumns << c.key;
    for (const QJsonValue& g : reviews.value(QLatin1String("groups")).toArray()) {
        const ColumnGroupSpec group{g.toObject().value(QLatin1String("key")).toString(),
                                    g.toObject().value(QLatin1String("label")).toString()};
        spec.reviewGroups.push_back(group);
        for (ColumnSpec c : groupColumns) {
            c.key = group.key + QLatin1Char('.') + c.key;
            c.group = group.label;
            spec.reviews.columns.push_back(c);
        }
    }
    spec.reviews.rows = parseArray<RowSpec>(reviews.value(QLatin1String("rows")), parseRow);

    for (const TableSpec* table : spec.tables()) {
        if (table->name.isEmpty()) {
            *error = QStringLiteral("table %1 has no \"name\" (表二, 表三 …)").arg(table->id);
            return false;
        }
        if (!validateTable(*table, error)) return false;
    }
    for (const QJsonValue& v : root.value(QLatin1String("rules")).toArray()) {
        RelationRule rule;
        if (!parseRule(v.toObject(), &rule, error) || !validateRule(spec, rule, error)) return false;
        spec.rules.push_back(std::move(rule));
    }
    if (spec.version.isEmpty() || spec.requests.rows.empty() || spec.reviews.columns.empty() ||
        spec.reviews.rows.size() != 1) {
        *error = QStringLiteral("format description lacks version, table 三 rows, table 四 columns or its one row");
        return false;
    }
    *out = std::move(spec);
    return true;
}

bool loadFormatFolder(const QString& folder, std::vector<FormatSpec>* out, QString* error) {
    const QDir dir(folder);
    if (!dir.exists()) {
        *error = QStringLiteral("%1: no such folder").arg(folder);
        return false;
    }
    for (const QString& name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        QFile file(dir.filePath(name));
        FormatSpec spec;
        QString reason;
        if (!file.open(QIODevice::ReadOnly)) reason = file.errorString();
        else if (loadFormatSpec(file.readAll(), &spec, &reason)) {
            const bool duplicate = std::any_of(out->begin(), out->end(),
                                               [&](const FormatSpec& s) { return s.version == spec.version; });
            if (!duplicate) {
                out->push_back(std::move(spec));
                continue;
            }
            reason = QStringLiteral("version %1 is described twice").arg(spec.version);
        }
        *error = QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(dir.filePath(name)), reason);
        return false;
    }
    return true;
}

bool loadAllFormats(std::vector<FormatSpec>* out, QString* error) {
    // Every description is a version: a new revision is a new file, no code. The compiled-in
    // ones first, then the folders NIANBAO_FORMATS_DIR names (a revision not yet built in).
    std::vector<FormatSpec> loaded;
    QStringList folders{QStringLiteral(":/nianbao/formats")};
    const QString extra = qEnvironmentVariable("NIANBAO_FORMATS_DIR");
    if (!extra.isEmpty()) folders += extra.split(QDir::listSeparator(), Qt::SkipEmptyParts);
    for (const QString& folder : folders)
        if (!loadFormatFolder(folder, &loaded, error)) return false;
    if (loaded.empty()) {
        *error = QStringLiteral("no format description in the resources");
        return false;
    }
    // Oldest first: the fallback when nothing identifies a report's version.
    std::stable_sort(loaded.begin(), loaded.end(),
                     [](const FormatSpec& a, const FormatSpec& b) { return a.firstYear < b.firstYear; });
    *out = std::move(loaded);
    return true;
}

const std::vector<FormatSpec>& FormatSpec::all() {
    static const std::vector<FormatSpec> specs = [] {
        std::vector<FormatSpec> loaded;
        QString error;
        // Front ends call validateDataFiles() first and tell the user; this only guards a library caller.
        if (!loadAllFormats(&loaded, &error)) qFatal("format descriptions: %s", qPrintable(error));
        return loaded;
    }();
    return specs;
}

const FormatSpec* FormatSpec::find(const QString& version) {
    for (const FormatSpec& s : all())
        if (s.version == version) return &s;
    return nullptr;
}

const FormatSpec* FormatSpec::forYear(int year) {
    // A version stays in force until a later one takes over ("report_years_from" without an end).
    const std::vector<FormatSpec>& specs = all();
    for (auto s = specs.rbegin(); s != specs.rend(); ++s)
        if (s->coversYear(year)) return &*s;
    return nullptr;
}

const RelationRule* FormatSpec::rule(const QString& id) const {
    for (const RelationRule& r : rules)
        if (r.id == id) return &r;
    return nullptr;
}

const FormatSpec* FormatSpec::owning(const TableSpec* table) {
    for (const FormatSpec& s : all()) {
        if (table == &s.requests || table == &s.reviews) return &s;
        for (const TableSpec& item : s.activeItems)
            if (table == &item) return &s;
    }
    return nullptr;
}

}  // namespace nianbao
