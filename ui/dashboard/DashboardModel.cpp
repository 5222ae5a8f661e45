#include "dashboard/DashboardModel.h"

#include "export/CsvWriter.h"
#include "style/SeverityStyle.h"

#include <QFileInfo>

namespace nianbao {

void DashboardModel::clear() {
    beginResetModel();
    rows_.clear();
    endResetModel();
}

void DashboardModel::append(const std::vector<DashboardRow>& rows) {
    if (rows.empty()) return;
    beginInsertRows({}, int(rows_.size()), int(rows_.size() + rows.size()) - 1);
    rows_.insert(rows_.end(), rows.begin(), rows.end());
    endInsertRows();
}

int DashboardModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(rows_.size());
}

int DashboardModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

std::optional<Severity> DashboardModel::worstSeverity(const DashboardRow& row) {
    const SummaryRow& s = row.summary;
    if (!s.readFailure.isEmpty() || s.counts.errors) return Severity::Error;
    if (s.counts.warnings) return Severity::Warning;
    if (s.counts.infos) return Severity::Info;
    return std::nullopt;
}

QVariant DashboardModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid()) return {};
    const DashboardRow& row = rows_[size_t(index.row())];
    const SummaryRow& s = row.summary;
    const std::optional<Severity> worst = worstSeverity(row);
    if (role == WorstSeverityRole) return worst ? int(*worst) : -1;
    if (role == RulesRole) return QStringList(row.ruleCounts.keys());
    if (role == SortRole) {
        const QVariant shown = data(index, Qt::DisplayRole);
        const bool count = index.column() >= ErrorsColumn && index.column() <= InfosColumn;
        return count && !shown.isValid() ? QVariant(-1) : shown;
    }
    if (role == Qt::ToolTipRole && index.column() == FileColumn) return row.path;
    if (index.column() == StatusColumn) {
        // The band: the severity's fill colour and its marker, so it reads without colour too.
        if (role == Qt::BackgroundRole && worst) return SeverityStyle::fill(*worst);
        if (role == Qt::DecorationRole && worst) return SeverityStyle::icon(*worst);
        if (role == Qt::DisplayRole) return worst ? severityDisplayName(*worst) : tr("通过");
        return {};
    }
    if (role == Qt::TextAlignmentRole && index.column() >= YearColumn && index.column() <= InfosColumn)
        return int(Qt::AlignCenter);
    if (role == Qt::ToolTipRole && (index.column() == FirstErrorColumn || index.column() == ReadFailureColumn))
        return data(index, Qt::DisplayRole);
    if (role != Qt::DisplayRole) return {};
    const bool unread = !s.readFailure.isEmpty();
    switch (index.column()) {
    case FileColumn: return QFileInfo(row.path).fileName();
    case AgencyColumn: return s.agency;
    case YearColumn: return s.year ? QVariant(s.year) : QVariant();
    case VersionColumn: return s.version;
    case ErrorsColumn: return unread ? QVariant() : QVariant(s.counts.errors);
    case WarningsColumn: return unread ? QVariant() : QVariant(s.counts.warnings);
    case InfosColumn: return unread ? QVariant() : QVariant(s.counts.infos);
    case FirstErrorColumn: return s.firstError;
    case ReadFailureColumn: return s.readFailure;
    default: return {};
    }
}

QVariant DashboardModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
    case StatusColumn: return tr("状态");
    case FileColumn: return tr("文件");
    case AgencyColumn: return tr("机关");
    case YearColumn: return tr("年度");
    case VersionColumn: return tr("格式");
    case ErrorsColumn: return tr("错误");
    case WarningsColumn: return tr("警告");
    case InfosColumn: return tr("提示");
    case FirstErrorColumn: return tr("第一个错误");
    case ReadFailureColumn: return tr("无法读取的原因");
    default: return {};
    }
}

QByteArray DashboardModel::toCsv() const {
    QString text = csvRecord(summaryHeader()) + QStringLiteral("\r\n");
    for (const DashboardRow& row : rows_) text += csvRecord(summaryFields(row.summary)) + QStringLiteral("\r\n");
    return QByteArray("\xEF\xBB\xBF") + text.toUtf8();
}

}  // namespace nianbao
