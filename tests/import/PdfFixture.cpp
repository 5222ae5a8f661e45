#include "PdfFixture.h"

#include "report/CellValue.h"

#include <QBuffer>
#include <QFontMetricsF>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>

#include <algorithm>

namespace nianbao::test {
namespace {

constexpr double kPageWidth = 595, kPageHeight = 842, kMargin = 48;

class Printer {
public:
    Printer(QPdfWriter* writer, PrintStyle style) : writer_(writer), painter_(writer), style_(style) {
        QFont font(QStringLiteral("Noto Sans CJK SC"));
        font.setPointSizeF(9);
        painter_.setFont(font);
        metrics_ = std::make_unique<QFontMetricsF>(font, writer);
        line_ = metrics_->height();
        // Real forms pad cells more than a line's leading: the gap between two
        // cells is wider than the gap between the lines of one.
        padding_ = style == PrintStyle::Centred ? 4 : 3;
        y_ = kMargin;
    }

    ~Printer() {
        pageNumber();
        painter_.end();
    }

    void paragraph(const QString& text) {
        const double indent = 2 * charWidth();
        const QStringList lines = wrap(text, width() - indent, width());
        for (int i = 0; i < lines.size(); ++i) {
            ensureRoom(line_);
            painter_.drawText(QPointF(kMargin + (i == 0 ? indent : 0), y_ + metrics_->ascent()), lines[i]);
            y_ += line_;
        }
        y_ += line_ / 3;
    }

    void table(const StructuredTable& table) {
        const std::vector<double> columns = columnWidths(table);
        std::vector<double> rowHeights;
        for (const StructuredRow& row : table.rows) rowHeights.push_back(rowHeight(row, columns));
        // Rows are kept whole: where each row lands, before anything is drawn,
        // so a merged cell knows which of its rows share its page.
        std::vector<int> pageOf;
        double y = y_;
        int page = 0;
        for (double h : rowHeights) {
            if (y + h > kPageHeight - kMargin && y > kMargin) {
                ++page;
                y = kMargin;
            }
            pageOf.push_back(page);
            y += h;
        }
        for (size_t r = 0; r < table.rows.size(); ++r) {
            if (r > 0 && pageOf[r] != pageOf[r - 1]) newPage();
            else if (r == 0 && pageOf[0] > 0) newPage();
            double x = kMargin;
            int column = 0;
            const bool header = !hasNumber(table.rows[r]);
            for (const StructuredCell& cell : table.rows[r].cells) {
                const double w = spanWidth(columns, column, cell.columnSpan);
                if (!cell.continuation) {
                    // The part of a merged cell on this page.
                    double h = 0;
                    for (size_t k = r; k < std::min(table.rows.size(), r + size_t(cell.rowSpan)) && pageOf[k] == pageOf[r]; ++k)
                        h += rowHeights[k];
                    painter_.drawRect(QRectF(x, y_, w, h));
                    drawCell(cell.text, QRectF(x, y_, w, h), header);
                }
                x += w;
                column += cell.columnSpan;
            }
            y_ += rowHeights[r];
        }
        y_ += line_;
    }

private:
    double width() const { return kPageWidth - 2 * kMargin; }
    double charWidth() const { return metrics_->horizontalAdvance(QStringLiteral("中")); }

    QStringList wrap(const QString& text, double first, double rest) const {
        QStringList lines;
        QString current;
        for (QChar c : text) {
            const double limit = lines.isEmpty() ? first : rest;
            if (!current.isEmpty() && metrics_->horizontalAdvance(current + c) > limit) {
                lines.append(current);
                current.clear();
            }
            current += c;
        }
        if (!current.isEmpty() || lines.isEmpty()) lines.append(current);
        return lines;
    }

    static bool isValue(const QString& text) { return parseCellValue(text).isNumber(); }
    static bool hasNumber(const StructuredRow& row) {
        return std::any_of(row.cells.begin(), row.cells.end(), [](const StructuredCell& c) { return isValue(c.text); });
    }

    // Label columns: those left of the first value cell of every row with numbers.
    static int labelColumns(const StructuredTable& table, int count) {
        int labels = count;
        for (const StructuredRow& row : table.rows) {
            if (!hasNumber(row)) continue;
            int column = 0;
            for (const StructuredCell& c : row.cells) {
                if (!c.continuation && (c.text.isEmpty() || isValue(c.text))) break;
                column += c.columnSpan;
            }
            labels = std::min(labels, column);
        }
        return labels;
    }

    // Natural widths of single-column cells, shrunk to the text width: long
    // labels end up wrapping, as in printed forms. Centred forms narrow the
    // label columns further and give every value column the same width.
    std::vector<double> columnWidths(const StructuredTable& table) const {
        int count = 0;
        for (const StructuredRow& row : table.rows) {
            int w = 0;
            for (const StructuredCell& c : row.cells) w += c.columnSpan;
            count = std::max(count, w);
        }
        std::vector<double> widths(count, 28);
        for (const StructuredRow& row : table.rows) {
            int column = 0;
            for (const StructuredCell& c : row.cells) {
                if (c.columnSpan == 1 && !c.continuation)
                    widths[column] = std::max(widths[column], std::min(150.0, metrics_->horizontalAdvance(c.text) + 2 * padding_));
                column += c.columnSpan;
            }
        }
        if (style_ == PrintStyle::Centred) {
            const int labels = labelColumns(table, count);
            for (int c = 0; c < count; ++c) {
                if (c >= labels) widths[c] = std::max(3 * charWidth(), widestValue(table, c) + 2 * padding_);
                else if (labels > 1 && c == 0) widths[c] = charWidth() + 2 * padding_;
                else widths[c] = std::min(widths[c], 7 * charWidth() + 2 * padding_);
            }
        }
        double total = 0;
        for (double w : widths) total += w;
        if (total > width())
            for (double& w : widths) w *= width() / total;
        return widths;
    }

    // Numbers do not wrap: a value column is as wide as its widest single-column number.
    double widestValue(const StructuredTable& table, int column) const {
        double widest = 0;
        for (const StructuredRow& row : table.rows) {
            int c = 0;
            for (const StructuredCell& cell : row.cells) {
                if (c == column && cell.columnSpan == 1 && isValue(cell.text))
                    widest = std::max(widest, metrics_->horizontalAdvance(cell.text));
                c += cell.columnSpan;
            }
        }
        return widest;
    }

    static double spanWidth(const std::vector<double>& columns, int from, int span) {
        double w = 0;
        for (int c = from; c < from + span && c < int(columns.size()); ++c) w += columns[c];
        return w;
    }

    double rowHeight(const StructuredRow& row, const std::vector<double>& columns) const {
        double h = line_;
        int column = 0;
        for (const StructuredCell& c : row.cells) {
            const double w = spanWidth(columns, column, c.columnSpan);
            if (!c.continuation && c.rowSpan == 1) h = std::max(h, wrap(c.text, w - 2 * padding_, w - 2 * padding_).size() * line_);
            column += c.columnSpan;
        }
        return h + 2 * padding_;
    }

    void drawCell(const QString& text, const QRectF& box, bool header) {
        const double inner = box.width() - 2 * padding_;
        const QStringList lines = wrap(text, inner, inner);
        const bool centred = style_ == PrintStyle::Centred;
        double y = box.top() + padding_ + metrics_->ascent();
        if (centred) y += std::max(0.0, (box.height() - 2 * padding_ - lines.size() * line_) / 2);
        for (const QString& l : lines) {
            const bool across = isValue(text) || (centred && header);
            const double x = across ? box.left() + (box.width() - metrics_->horizontalAdvance(l)) / 2 : box.left() + padding_;
            painter_.drawText(QPointF(x, y), l);
            y += line_;
        }
    }

    void ensureRoom(double height) {
        if (y_ + height > kPageHeight - kMargin) newPage();
    }

    void newPage() {
        pageNumber();
        writer_->newPage();
        y_ = kMargin;
    }

    void pageNumber() {
        const QString number = QStringLiteral("- %1 -").arg(++page_);
        painter_.drawText(QPointF((kPageWidth - metrics_->horizontalAdvance(number)) / 2, kPageHeight - kMargin / 2), number);
    }

    QPdfWriter* writer_;
    QPainter painter_;
    PrintStyle style_;
    std::unique_ptr<QFontMetricsF> metrics_;
    double line_ = 12, y_ = 0, padding_ = 3;
    int page_ = 0;
};

void setUpA4(QPdfWriter* writer) {
    writer->setResolution(72);  // painter units are PDF points
    writer->setPageSize(QPageSize(QPageSize::A4));
    writer->setPageMargins(QMarginsF(0, 0, 0, 0));
}

}  // namespace

QByteArray printedPdf(const StructuredDocument& document, PrintStyle style) {
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        setUpA4(&writer);
        Printer printer(&writer, style);
        for (const StructuredBlock& block : document.blocks) {
            if (block.isTable) printer.table(block.table);
            else printer.paragraph(block.paragraph);
        }
    }
    return buffer.data();
}

QByteArray pagesOfWords(int pages, int wordsPerPage) {
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        setUpA4(&writer);
        QPainter painter(&writer);
        QFont font(QStringLiteral("Noto Sans CJK SC"));
        font.setPointSizeF(5);
        painter.setFont(font);
        // 30 words a line, 6.5 points a line: up to 3,750 words fit on a page.
        constexpr int kPerLine = 30;
        for (int p = 0; p < pages; ++p) {
            if (p > 0) writer.newPage();
            for (int w = 0; w < wordsPerPage; ++w)
                painter.drawText(QPointF(20 + (w % kPerLine) * 18.5, 20 + (w / kPerLine) * 6.5), QStringLiteral("词%1").arg(w));
        }
    }
    return buffer.data();
}

QByteArray scannedPdf() {
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        setUpA4(&writer);
        QPainter painter(&writer);
        QImage scan(200, 280, QImage::Format_Grayscale8);
        scan.fill(Qt::white);
        for (int y = 20; y < 260; y += 12)
            for (int x = 20; x < 180; ++x) scan.setPixel(x, y, qRgb(0, 0, 0));  // lines of "print"
        painter.drawImage(QRectF(48, 48, 500, 700), scan);
        painter.drawRect(QRectF(48, 48, 500, 700));
    }
    return buffer.data();
}

QByteArray passwordProtectedPdf() {
    // Objects are written by hand so the cross-reference offsets are exact.
    // /O and /U are arbitrary: no empty password can match them, which is
    // all "locked" means to a reader.
    const QByteArray filler = QByteArray(32, '\x5a').toHex();
    const QList<QByteArray> objects = {
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 5 0 R >>",
        "<< /Filter /Standard /V 1 /R 2 /O <" + filler + "> /U <" + QByteArray(32, '\x33').toHex() + "> /P -44 >>",
        "<< /Length 8 >>\nstream\n\x01\x02\x03\x04\x05\x06\x07\x08\nendstream",
    };
    QByteArray pdf = "%PDF-1.4\n";
    QList<qsizetype> offsets;
    for (int i = 0; i < objects.size(); ++i) {
        offsets.append(pdf.size());
        pdf += QByteArray::number(i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n";
    }
    const qsizetype xref = pdf.size();
    pdf += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (qsizetype offset : offsets) pdf += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    const QByteArray id = QByteArray(16, '\x11').toHex();
    pdf += "trailer\n<< /Size " + QByteArray::number(objects.size() + 1) + " /Root 1 0 R /Encrypt 4 0 R /ID [<" + id + "> <" +
           id + ">] >>\nstartxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
    return pdf;
}

}  // namespace nianbao::test
