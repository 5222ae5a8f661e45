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

constexpr double kPageWidth = 595, kPageHeight = 842, kMargin = 48, kPadding = 3;

class Printer {
public:
    explicit Printer(QPdfWriter* writer) : writer_(writer), painter_(writer) {
        QFont font(QStringLiteral("Noto Sans CJK SC"));
        font.setPointSizeF(9);
        painter_.setFont(font);
        metrics_ = std::make_unique<QFontMetricsF>(font, writer);
        line_ = metrics_->height();
        y_ = kMargin;
    }

    ~Printer() {
        pageNumber();
        painter_.end();
    }

    void paragraph(const QString& text) {
        const double indent = 2 * metrics_->horizontalAdvance(QStringLiteral("中"));
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
        for (size_t r = 0; r < table.rows.size(); ++r) {
            ensureRoom(rowHeights[r]);
            double x = kMargin;
            int column = 0;
            for (const StructuredCell& cell : table.rows[r].cells) {
                const double w = spanWidth(columns, column, cell.columnSpan);
                if (!cell.continuation) {
                    double h = 0;
                    for (size_t k = r; k < std::min(table.rows.size(), r + size_t(cell.rowSpan)); ++k) h += rowHeights[k];
                    painter_.drawRect(QRectF(x, y_, w, std::min(h, kPageHeight - kMargin - y_)));
                    drawCell(cell.text, QRectF(x, y_, w, h));
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

    // Natural widths of single-column cells, shrunk to the text width: long
    // labels end up wrapping, as in printed forms.
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
                    widths[column] = std::max(widths[column], std::min(150.0, metrics_->horizontalAdvance(c.text) + 2 * kPadding));
                column += c.columnSpan;
            }
        }
        double total = 0;
        for (double w : widths) total += w;
        if (total > width())
            for (double& w : widths) w *= width() / total;
        return widths;
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
            if (!c.continuation && c.rowSpan == 1) h = std::max(h, wrap(c.text, w - 2 * kPadding, w - 2 * kPadding).size() * line_);
            column += c.columnSpan;
        }
        return h + 2 * kPadding;
    }

    void drawCell(const QString& text, const QRectF& box) {
        const double inner = box.width() - 2 * kPadding;
        const QStringList lines = wrap(text, inner, inner);
        double y = box.top() + kPadding + metrics_->ascent();
        for (const QString& l : lines) {
            const double x = isValue(text) ? box.left() + (box.width() - metrics_->horizontalAdvance(l)) / 2 : box.left() + kPadding;
            painter_.drawText(QPointF(x, y), l);
            y += line_;
        }
    }

    void ensureRoom(double height) {
        if (y_ + height <= kPageHeight - kMargin) return;
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
    std::unique_ptr<QFontMetricsF> metrics_;
    double line_ = 12, y_ = 0;
    int page_ = 0;
};

void setUpA4(QPdfWriter* writer) {
    writer->setResolution(72);  // painter units are PDF points
    writer->setPageSize(QPageSize(QPageSize::A4));
    writer->setPageMargins(QMarginsF(0, 0, 0, 0));
}

}  // namespace

QByteArray printedPdf(const StructuredDocument& document) {
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        setUpA4(&writer);
        Printer printer(&writer);
        for (const StructuredBlock& block : document.blocks) {
            if (block.isTable) printer.table(block.table);
            else printer.paragraph(block.paragraph);
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
