#pragma once

#include "text/SourceText.h"

#include <QPlainTextEdit>

namespace nianbao {

// The report's text as decoded, read-only, with line numbers in a gutter.
// Lines are exactly SourceText's, so a SourceSpan maps 1:1 onto blocks and
// UTF-16 columns.
class SourceView : public QPlainTextEdit {
    Q_OBJECT
public:
    explicit SourceView(QWidget* parent = nullptr);

    void setSource(const SourceText& source);
    // Marks the span and scrolls it into the middle of the view; an invalid span clears the mark.
    void highlightSpan(const SourceSpan& span);
    SourceSpan highlightedSpan() const { return highlighted_; }

    int gutterWidth() const;
    void paintGutter(QPaintEvent* event);

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    int positionOf(int line, int column) const;

    QWidget* gutter_;
    SourceSpan highlighted_;
};

}  // namespace nianbao
