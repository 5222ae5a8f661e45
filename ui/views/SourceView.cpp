#include "views/SourceView.h"

#include "style/SeverityStyle.h"

#include <QPainter>
#include <QTextBlock>

namespace nianbao {
namespace {

class Gutter : public QWidget {
public:
    explicit Gutter(SourceView* view) : QWidget(view), view_(view) {}
    QSize sizeHint() const override { return {view_->gutterWidth(), 0}; }

protected:
    void paintEvent(QPaintEvent* event) override { view_->paintGutter(event); }

private:
    SourceView* view_;
};

const QColor kSpanColour(0xFF, 0xE0, 0x66);  // yellow: distinct from both severity hues
const QColor kLineColour(0xFF, 0xF6, 0xD5);

}  // namespace

SourceView::SourceView(QWidget* parent) : QPlainTextEdit(parent), gutter_(new Gutter(this)) {
    setReadOnly(true);
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setAcceptDrops(false);  // a dropped file is for the main window to open
    connect(this, &QPlainTextEdit::blockCountChanged, this, [this] { setViewportMargins(gutterWidth(), 0, 0, 0); });
    connect(this, &QPlainTextEdit::updateRequest, this, [this](const QRect& rect, int dy) {
        if (dy)
            gutter_->scroll(0, dy);
        else
            gutter_->update(0, rect.y(), gutter_->width(), rect.height());
    });
    setViewportMargins(gutterWidth(), 0, 0, 0);
}

void SourceView::setSource(const SourceText& source) {
    QStringList lines;
    lines.reserve(source.lineCount());
    for (int line = 1; line <= source.lineCount(); ++line) lines << source.originalLine(line);
    setPlainText(lines.join(QLatin1Char('\n')));
    highlighted_ = {};
}

void SourceView::highlightSpan(const SourceSpan& span, std::optional<Severity> severity) {
    highlighted_ = span;
    QList<QTextEdit::ExtraSelection> marks;
    if (span.isValid() && span.line <= blockCount()) {
        QTextEdit::ExtraSelection line;
        line.format.setBackground(kLineColour);
        line.format.setProperty(QTextFormat::FullWidthSelection, true);
        line.cursor = QTextCursor(document()->findBlockByNumber(span.line - 1));
        marks << line;

        QTextEdit::ExtraSelection mark;
        if (severity) {
            // The table's colours for this severity, so text and cell read as the same
            // finding; the wave keeps it findable without colour.
            mark.format.setBackground(SeverityStyle::fill(*severity));
            mark.format.setForeground(SeverityStyle::accent(*severity).darker(130));
            mark.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
            mark.format.setUnderlineColor(SeverityStyle::accent(*severity));
        } else {
            mark.format.setBackground(kSpanColour);
            mark.format.setFontUnderline(true);  // visible in any colour vision
        }
        mark.cursor = QTextCursor(document());
        mark.cursor.setPosition(positionOf(span.line, span.column));
        mark.cursor.setPosition(positionOf(span.endLine ? span.endLine : span.line, span.endColumn),
                                QTextCursor::KeepAnchor);
        marks << mark;

        QTextCursor caret(document());
        caret.setPosition(positionOf(span.line, span.column));
        setTextCursor(caret);
        centerCursor();
    }
    setExtraSelections(marks);
}

int SourceView::positionOf(int line, int column) const {
    const QTextBlock block = document()->findBlockByNumber(std::clamp(line, 1, blockCount()) - 1);
    return block.position() + std::clamp(column, 0, block.length() - 1);
}

int SourceView::gutterWidth() const {
    const int digits = QString::number(std::max(1, blockCount())).size();
    return fontMetrics().horizontalAdvance(QLatin1Char('9')) * (digits + 2);
}

void SourceView::resizeEvent(QResizeEvent* event) {
    QPlainTextEdit::resizeEvent(event);
    const QRect area = contentsRect();
    gutter_->setGeometry(area.left(), area.top(), gutterWidth(), area.height());
}

void SourceView::paintGutter(QPaintEvent* event) {
    QPainter painter(gutter_);
    painter.fillRect(event->rect(), palette().color(QPalette::AlternateBase));
    QTextBlock block = firstVisibleBlock();
    int top = qRound(blockBoundingGeometry(block).translated(contentOffset()).top());
    const int pad = fontMetrics().horizontalAdvance(QLatin1Char('9'));
    while (block.isValid() && top <= event->rect().bottom()) {
        const int height = qRound(blockBoundingRect(block).height());
        if (block.isVisible() && top + height >= event->rect().top()) {
            const bool marked = block.blockNumber() + 1 == highlighted_.line;
            QFont f = font();
            f.setBold(marked);
            painter.setFont(f);
            painter.setPen(marked ? palette().color(QPalette::Text) : palette().color(QPalette::PlaceholderText));
            painter.drawText(0, top, gutter_->width() - pad, height, Qt::AlignRight | Qt::AlignVCenter,
                             QString::number(block.blockNumber() + 1));
        }
        block = block.next();
        top += height;
    }
}

}  // namespace nianbao
