#include "app/UserPrompts.h"

#include "app/LetterSettingsDialog.h"
#include "app/ReportFileTypes.h"

#include <QDir>
#include <QFileDialog>
#include <QInputDialog>
#include <QMessageBox>
#include <QPushButton>

namespace nianbao {
void DialogPrompts::showError(QWidget* parent, const QString& title, const QString& message) {
    QMessageBox::warning(parent, title, message);
}

UserPrompts::SaveChoice DialogPrompts::askSaveChanges(QWidget* parent, const QString& reportName) {
    QMessageBox box(QMessageBox::Question, tr("保存更正"),
                    tr("对“%1”的更正尚未保存。是否保存审校记录？").arg(reportName), QMessageBox::NoButton, parent);
    QPushButton* save = box.addButton(tr("保存"), QMessageBox::AcceptRole);
    QPushButton* discard = box.addButton(tr("不保存"), QMessageBox::DestructiveRole);
    box.addButton(tr("取消"), QMessageBox::RejectRole);
    box.setDefaultButton(save);
    box.exec();
    if (box.clickedButton() == save) return SaveChoice::Save;
    if (box.clickedButton() == discard) return SaveChoice::Discard;
    return SaveChoice::Cancel;
}

bool DialogPrompts::askRestoreRecovery(QWidget* parent, const QString& reportName, int corrections) {
    QMessageBox box(QMessageBox::Question, tr("恢复未保存的更正"),
                    tr("上次审校“%1”时有 %2 处更正未保存（程序可能意外退出）。是否恢复这些更正？")
                        .arg(reportName)
                        .arg(corrections),
                    QMessageBox::NoButton, parent);
    QPushButton* restore = box.addButton(tr("恢复"), QMessageBox::AcceptRole);
    box.addButton(tr("丢弃"), QMessageBox::DestructiveRole);
    box.setDefaultButton(restore);
    box.exec();
    return box.clickedButton() == restore;
}

bool DialogPrompts::askSetAsideRefusedSession(QWidget* parent, const QString& sessionPath) {
    QMessageBox box(QMessageBox::Warning, tr("保留原审校记录"),
                    tr("打开报告时，审校记录“%1”未能载入（报告已修改或记录无效），其中的更正不在当前审校中。\n"
                       "保存时将把它改名为带日期的备份保留在原文件夹，再保存当前审校。是否继续？")
                        .arg(QDir::toNativeSeparators(sessionPath)),
                    QMessageBox::NoButton, parent);
    QPushButton* keep = box.addButton(tr("保留备份并保存"), QMessageBox::AcceptRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(keep);
    box.exec();
    return box.clickedButton() == keep;
}

QString DialogPrompts::askOpenReport(QWidget* parent, const QString& directory) {
    return QFileDialog::getOpenFileName(parent, tr("打开年度报告"), directory,
                                        reportFileFilter());
}

QString DialogPrompts::askOpenFolder(QWidget* parent, const QString& directory) {
    return QFileDialog::getExistingDirectory(parent, tr("打开报告文件夹"), directory);
}

QStringList DialogPrompts::askReportsToCompare(QWidget* parent, const QString& directory) {
    return QFileDialog::getOpenFileNames(parent, tr("选择要比较的年度报告（可多选）"), directory,
                                         reportFileFilter());
}

QString DialogPrompts::askSessionPath(QWidget* parent, const QString& suggested, bool forSaving) {
    const QString filter = tr("审校记录 (*.nianbao.json *.json)");
    return forSaving ? QFileDialog::getSaveFileName(parent, tr("保存审校记录"), suggested, filter)
                     : QFileDialog::getOpenFileName(parent, tr("打开审校记录"), suggested, filter);
}

bool DialogPrompts::askReason(QWidget* parent, const QString& cellName, QString* reason) {
    bool ok = false;
    const QString text = QInputDialog::getText(parent, tr("更正原因"), tr("%1 的更正原因：").arg(cellName),
                                               QLineEdit::Normal, *reason, &ok);
    if (ok) *reason = text.trimmed();
    return ok;
}

QString DialogPrompts::askExportPath(QWidget* parent, const QString& suggested, const QString& filter) {
    return QFileDialog::getSaveFileName(parent, tr("导出更正后的报告"), suggested, filter);
}

bool DialogPrompts::askExportDespiteErrors(QWidget* parent, int errors) {
    QMessageBox box(QMessageBox::Warning, tr("报告仍有错误"),
                    tr("报告仍有 %n 个错误未更正。导出的文件将带着这些错误。仍要导出吗？", nullptr, errors),
                    QMessageBox::NoButton, parent);
    QPushButton* go = box.addButton(tr("仍要导出"), QMessageBox::AcceptRole);
    QPushButton* cancel = box.addButton(tr("取消"), QMessageBox::RejectRole);
    box.setDefaultButton(cancel);  // the safe answer is the easy one
    box.exec();
    return box.clickedButton() == go;
}

bool DialogPrompts::askLetterSettings(QWidget* parent, LetterSettings* settings) {
    LetterSettingsDialog dialog(*settings, parent);
    if (dialog.exec() != QDialog::Accepted) return false;
    *settings = dialog.settings();
    saveLetterSettings(*settings);
    return true;
}

QString DialogPrompts::askLetterFolder(QWidget* parent, const QString& directory) {
    return QFileDialog::getExistingDirectory(parent, tr("审核意见书保存到"), directory);
}

}  // namespace nianbao
