#pragma once

#include "export/ReviewLetter.h"

#include <QDialog>

class QLineEdit;
class QPlainTextEdit;

namespace nianbao {

// The reviewing office and the closing paragraph of the review letters,
// kept in QSettings ("letters/office", "letters/closing"); the date is today.
LetterSettings loadLetterSettings();
void saveLetterSettings(const LetterSettings& settings);

// Asked before letters are written, so the clerk sees who signs them.
class LetterSettingsDialog : public QDialog {
    Q_OBJECT
public:
    explicit LetterSettingsDialog(const LetterSettings& settings, QWidget* parent = nullptr);
    LetterSettings settings() const;

private:
    void accept() override;

    LetterSettings settings_;
    QLineEdit* office_ = nullptr;
    QPlainTextEdit* closing_ = nullptr;
};

}  // namespace nianbao
