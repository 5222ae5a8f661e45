#include "app/LetterSettingsDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace nianbao {

LetterSettings loadLetterSettings() {
    const QSettings settings;
    return {settings.value(QStringLiteral("letters/office"), LetterSettings::defaultOffice()).toString(),
            settings.value(QStringLiteral("letters/closing"), LetterSettings::defaultClosing()).toString(), QDate::currentDate()};
}

void saveLetterSettings(const LetterSettings& letter) {
    QSettings settings;
    settings.setValue(QStringLiteral("letters/office"), letter.office);
    settings.setValue(QStringLiteral("letters/closing"), letter.closing);
}

LetterSettingsDialog::LetterSettingsDialog(const LetterSettings& settings, QWidget* parent) : QDialog(parent), settings_(settings) {
    setWindowTitle(tr("审核意见书"));
    office_ = new QLineEdit(settings.office);
    office_->setMinimumWidth(360);
    closing_ = new QPlainTextEdit(settings.closing);
    closing_->setTabChangesFocus(true);
    closing_->setFixedHeight(96);
    auto* form = new QFormLayout;
    form->addRow(tr("审核单位（落款）："), office_);
    form->addRow(tr("结束语："), closing_);
    form->addRow(tr("日期："), new QLabel(QLocale(QLocale::Chinese).toString(settings.date, QLocale::LongFormat)));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("生成"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("取消"));
    connect(buttons, &QDialogButtonBox::accepted, this, &LetterSettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

LetterSettings LetterSettingsDialog::settings() const {
    return {office_->text().trimmed(), closing_->toPlainText().trimmed(), settings_.date};
}

void LetterSettingsDialog::accept() {
    if (office_->text().trimmed().isEmpty()) {
        QMessageBox::warning(this, tr("审核意见书"), tr("请填写审核单位名称，它将出现在意见书的抬头和落款中。"));
        return;
    }
    QDialog::accept();
}

}  // namespace nianbao
