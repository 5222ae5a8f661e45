#include "OfficialLayout.h"

#include <algorithm>

namespace nianbao::test {
namespace {

StructuredCell cell(const QString& text, int columnSpan = 1, int rowSpan = 1) {
    StructuredCell c;
    c.text = text;
    c.columnSpan = columnSpan;
    c.rowSpan = rowSpan;
    return c;
}

StructuredCell continuation(int columnSpan = 1) {
    StructuredCell c;
    c.continuation = true;
    c.columnSpan = columnSpan;
    return c;
}

// Values of one row; the last spans what is left of a grid `width` columns wide.
void appendValues(const ReportRow& row, int width, StructuredRow* out) {
    for (size_t c = 0; c < row.cells.size(); ++c) {
        const int span = c + 1 == row.cells.size() ? width - static_cast<int>(row.cells.size()) + 1 : 1;
        out->cells.push_back(cell(row.cells[c].text, span));
    }
}

StructuredTable activeTable(const Report& report) {
    int width = 0;
    for (const ReportTable& t : report.tables)
        if (t.spec->id.startsWith(QLatin1String("active."))) width = std::max(width, int(t.spec->columns.size()));
    StructuredTable table;
    for (const ReportTable& t : report.tables) {
        if (!t.spec->id.startsWith(QLatin1String("active.")) || !t.located) continue;
        table.rows.push_back({{cell(t.spec->heading, width + 1)}});
        StructuredRow header{{cell(QStringLiteral("信息内容"))}};
        for (size_t c = 0; c < t.spec->columns.size(); ++c) {
            const int span = c + 1 == t.spec->columns.size() ? width - int(t.spec->columns.size()) + 1 : 1;
            header.cells.push_back(cell(t.spec->columns[c].label, span));
        }
        table.rows.push_back(header);
        for (const ReportRow& row : t.rows) {
            if (!row.located) continue;
            StructuredRow out{{cell(row.sourceLabel)}};
            appendValues(row, width, &out);
            table.rows.push_back(std::move(out));
        }
    }
    return table;
}

// Three label columns: 一/二/四 span all three; rows under 三、本年度办理结果
// sit right of it; leaf rows of （三）…（六） right of their group label too.
StructuredTable requestsTable(const Report& report) {
    const ReportTable& t = *report.table(QStringLiteral("requests"));
    const FormatSpec& spec = *report.spec;
    StructuredTable table;
    table.rows.push_back({{cell(spec.requestsNote, 3, 3), cell(QStringLiteral("申请人情况"), 7)}});
    table.rows.push_back({{continuation(3), cell(QStringLiteral("自然人"), 1, 2), cell(QStringLiteral("法人或其他组织"), 5),
                           cell(QStringLiteral("总计"), 1, 2)}});
    StructuredRow leaves{{continuation(3), continuation()}};
    for (int c = 1; c <= 5; ++c) leaves.cells.push_back(cell(t.spec->columns[c].label));
    leaves.cells.push_back(continuation());
    table.rows.push_back(leaves);

    const QString results = QStringLiteral("三、本年度办理结果");
    std::vector<int> rows;
    for (size_t r = 0; r < t.rows.size(); ++r)
        if (t.rows[r].located) rows.push_back(int(r));
    auto groupOf = [&](int r) { return t.spec->rows[r].group; };
    const int underResults = int(std::count_if(rows.begin(), rows.end(), [&](int r) { return !groupOf(r).isEmpty(); }));
    bool resultsOpened = false;
    for (size_t i = 0; i < rows.size(); ++i) {
        const int r = rows[i];
        const QString group = groupOf(r);
        StructuredRow out;
        if (group.isEmpty()) {
            out.cells.push_back(cell(t.rows[r].sourceLabel, 3));
        } else {
            out.cells.push_back(resultsOpened ? continuation() : cell(results, 1, underResults));
            resultsOpened = true;
            if (group == results) {
                out.cells.push_back(cell(t.rows[r].sourceLabel, 2));
            } else {
                const bool first = i == 0 || groupOf(rows[i - 1]) != group;
                int span = 0;
                for (size_t k = i; k < rows.size() && groupOf(rows[k]) == group; ++k) ++span;
                out.cells.push_back(first ? cell(group, 1, span) : continuation());
                out.cells.push_back(cell(t.rows[r].sourceLabel));
            }
        }
        appendValues(t.rows[r], 7, &out);
        table.rows.push_back(std::move(out));
    }
    return table;
}

StructuredTable reviewsTable(const Report& report) {
    const ReportTable& t = *report.table(QStringLiteral("reviews"));
    const FormatSpec& spec = *report.spec;
    StructuredTable table;
    table.rows.push_back({{cell(QStringLiteral("行政复议"), 5), cell(QStringLiteral("行政诉讼"), 10)}});
    StructuredRow second;
    for (const QString& label : spec.reviewsHeader.mid(4, 5)) second.cells.push_back(cell(label, 1, 2));
    second.cells.push_back(cell(QStringLiteral("未经复议直接起诉"), 5));
    second.cells.push_back(cell(QStringLiteral("复议后起诉"), 5));
    table.rows.push_back(second);
    StructuredRow third;
    for (int i = 0; i < 5; ++i) third.cells.push_back(continuation());
    for (int g = 0; g < 2; ++g)
        for (const QString& label : spec.reviewsHeader.mid(4, 5)) third.cells.push_back(cell(label));
    table.rows.push_back(third);
    StructuredRow values;
    appendValues(t.rows.front(), 15, &values);
    table.rows.push_back(values);
    return table;
}

}  // namespace

StructuredDocument officialLayout(const Report& report) {
    struct Section {
        QString number, phrase;
        StructuredTable table;
        bool placed = false;
    };
    Section sections[] = {{QStringLiteral("二、"), QStringLiteral("主动公开"), activeTable(report)},
                          {QStringLiteral("三、"), QStringLiteral("申请情况"), requestsTable(report)},
                          {QStringLiteral("四、"), QStringLiteral("行政复议"), reviewsTable(report)}};
    StructuredDocument out;
    for (const DocBlock& block : report.document.blocks) {
        if (block.kind != DocBlock::Kind::Paragraph) continue;
        out.addParagraph(block.paragraph.text);
        for (Section& s : sections)
            if (!s.placed && block.paragraph.text.startsWith(s.number) && block.paragraph.text.contains(s.phrase)) {
                out.addTable(s.table);
                s.placed = true;
            }
    }
    for (Section& s : sections)
        if (!s.placed) out.addTable(s.table);
    return out;
}

}  // namespace nianbao::test
