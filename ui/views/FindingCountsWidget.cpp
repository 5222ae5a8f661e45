#include "views/FindingCountsWidget.h"

#include "style/SeverityStyle.h"

#include <QHBoxLayout>
#include <QLabel>

namespace nianbao {

FindingCountsWidget::FindingCountsWidget(QWidget* parent)
    : QWidget(parent), errors_(new QLabel(this)), warnings_(new QLabel(this)), infos_(new QLabel(this)) {
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    const int size = fontMetrics().height();
    const std::pair<Severity, QLabel*> parts[] = {
        {Severity::Error, errors_}, {Severity::Warning, warnings_}, {Severity::Info, infos_}};
    for (const auto& [severity, label] : parts) {
        auto* icon = new QLabel(this);
        icon->setPixmap(SeverityStyle::icon(severity).pixmap(size, size));
        layout->addWidget(icon);
        layout->addWidget(label);
        layout->addSpacing(size / 2);
    }
    setCounts({});
}

void FindingCountsWidget::setCounts(const FindingCounts& counts) {
    errors_->setText(tr("%n 个错误", nullptr, counts.errors));
    warnings_->setText(tr("%n 个警告", nullptr, counts.warnings));
    infos_->setText(tr("%n 条提示", nullptr, counts.infos));
    setAccessibleName(text());
}

QString FindingCountsWidget::text() const {
    return QStringLiteral("%1 %2 %3").arg(errors_->text(), warnings_->text(), infos_->text());
}

}  // namespace nianbao
