#pragma once

#include "check/Severity.h"
#include "text/SourceText.h"

#include <QPlainTextEdit>

#include <optional>

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
    // A finding's span (given its severity) is also underlined with a wavy line in that
    // severity's colour, so the exact words at fault stand out from the marked line.
    void highlightSpan(const SourceSpan& span, std::optional<Severity> severity = std::nullopt);
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
