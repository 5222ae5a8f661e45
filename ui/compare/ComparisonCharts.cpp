#include "compare/ComparisonCharts.h"

#include "compare/YearSeries.h"
#include "style/ChartStyle.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QBarSeries>
#include <QChart>
#include <QCoreApplication>
#include <QStackedBarSeries>
#include <QValueAxis>

#include <algorithm>

namespace nianbao {
namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("ComparisonCharts", text);
}

QStringList yearLabels(const ComparisonGroup& group) {
    QStringList years;
    for (const Report* r : group.reports) years << tr("%1 年").arg(r->meta.year);
    return years;
}

QBarSet* barSet(const QString& label, const std::vector<double>& values, int colour) {
    auto* set = new QBarSet(label);
    for (double v : values) *set << v;
    set->setColor(ChartStyle::seriesColour(colour));
    set->setBorderColor(Qt::white);
    return set;
}

// A chart with the categories (years) along the bottom and whole counts up the side.
QChart* countChart(const QStringList& categories, const QString& title, QAbstractBarSeries* series, const QString& valueTitle) {
    auto* chart = new QChart;
    chart->setTitle(title);
    QFont titleFont = chart->titleFont();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    titleFont.setBold(true);
    chart->setTitleFont(titleFont);
    chart->addSeries(series);
    auto* years = new QBarCategoryAxis;
    years->append(categories);
    years->setTitleText(tr("报告年度"));
    chart->addAxis(years, Qt::AlignBottom);
    series->attachAxis(years);

    double highest = 0;
    for (int i = 0; i < years->count(); ++i) {
        double stack = 0;
        for (QBarSet* set : series->barSets()) {
            if (qobject_cast<QStackedBarSeries*>(series)) stack += set->at(i);
            else stack = std::max(stack, set->at(i));
        }
        highest = std::max(highest, stack);
    }
    QValueAxis* counts = ChartStyle::countAxis(highest, valueTitle);
    chart->addAxis(counts, Qt::AlignLeft);
    series->attachAxis(counts);

    // Several sets: the legend goes to the right, one entry a line, so no name is cut short.
    chart->legend()->setAlignment(Qt::AlignRight);
    chart->legend()->setVisible(series->barSets().size() > 1);
    chart->setAnimationOptions(QChart::NoAnimation);  // charts are exported as they are shown
    return chart;
}

}  // namespace

QChart* receivedChart(const ComparisonGroup& group) {
    auto* series = new QBarSeries;
    const YearSeries received = receivedPerYear(group);
    series->append(barSet(received.label, received.values, 0));
    // One bar per year: its count on top is the figure people look for.
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    return countChart(yearLabels(group), tr("本年新收政府信息公开申请数量"), series, tr("件"));
}

QChart* outcomeMixChart(const ComparisonGroup& group) {
    auto* series = new QStackedBarSeries;
    int colour = 0;
    for (const YearSeries& s : outcomeMixPerYear(group)) series->append(barSet(s.label, s.values, colour++));
    return countChart(yearLabels(group), tr("申请办理结果构成"), series, tr("件"));
}

QChart* reviewsAndLawsuitsChart(const ComparisonGroup& group) {
    // Two stacks per year, 行政复议 and 行政诉讼, each split into the same
    // four outcomes, so one bar set per outcome runs over both kinds.
    const std::vector<YearSeries> reviews = reviewOutcomesPerYear(group, QStringLiteral("review"));
    const std::vector<YearSeries> suits = reviewOutcomesPerYear(group, QStringLiteral("suit"));
    QStringList categories;
    for (const Report* r : group.reports)
        categories << tr("%1 复议").arg(r->meta.year) << tr("%1 诉讼").arg(r->meta.year);
    auto* series = new QStackedBarSeries;
    for (size_t outcome = 0; outcome < reviews.size(); ++outcome) {
        std::vector<double> values;
        for (size_t y = 0; y < group.reports.size(); ++y) values.insert(values.end(), {reviews[outcome].values[y], suits[outcome].values[y]});
        series->append(barSet(reviews[outcome].label, values, int(outcome)));
    }
    QChart* chart = countChart(categories, tr("行政复议、行政诉讼及其结果"), series, tr("件"));
    chart->axes(Qt::Horizontal).constFirst()->setTitleText(tr("报告年度（复议 = 行政复议，诉讼 = 行政诉讼）"));
    return chart;
}

}  // namespace nianbao
