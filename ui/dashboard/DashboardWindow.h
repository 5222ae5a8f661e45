#pragma once

#include <QWidget>

class QChartView;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableView;

namespace nianbao {

class DashboardFilter;
class DashboardModel;
class FolderScan;
class LetterBatch;
struct LetterSettings;

// A whole folder at a glance: one row per report with its counts and a
// colour band, filters by agency/file, year, severity and rule, and a chart of
// findings by rule. The folder is checked in the background (FolderScan);
// rows appear as they are checked and the scan can be cancelled. The window
// is kept while the user works in the workbench, so filters, sorting and
// scroll position are there when they come back.
class DashboardWindow : public QWidget {
    Q_OBJECT
public:
    explicit DashboardWindow(QWidget* parent = nullptr);
    ~DashboardWindow() override;

    void scanFolder(const QString& folder);
    void cancelScan();
    bool isScanning() const;
    QString exportCsv(const QString& path) const;
    // Review letters for every report the table lists (the filter applies),
    // written in the background into `folder` with the summary letter;
    // progress and cancel share the scan's bar and button.
    void writeReviewLetters(const QString& folder, const LetterSettings& settings);
    bool isWritingLetters() const;
    QStringList listedReports() const;

    DashboardModel* model() const { return model_; }
    DashboardFilter* filter() const { return filter_; }
    QTableView* table() const { return table_; }
    QChartView* ruleChart() const { return ruleChart_; }
    QComboBox* yearChoice() const { return year_; }
    QComboBox* severityChoice() const { return severity_; }
    QComboBox* ruleChoice() const { return rule_; }
    QLineEdit* textFilter() const { return text_; }

signals:
    void openReportRequested(const QString& path);
    void scanFinished(bool cancelled);
    void reviewLettersRequested();  // the button: the main window asks where and with which settings
    void reviewLettersFinished(bool cancelled, int written, const QString& summaryPath, const QStringList& problems);

private:
    void buildUi();
    void scanEnded(bool cancelled);
    void refreshChoicesAndChart();
    void chooseCsvPath();

    void lettersEnded(bool cancelled, int written, const QString& summaryPath, const QStringList& problems);

    FolderScan* scan_ = nullptr;
    LetterBatch* letters_ = nullptr;
    QPushButton* writeLetters_ = nullptr;
    bool writingLetters_ = false;
    DashboardModel* model_ = nullptr;
    DashboardFilter* filter_ = nullptr;
    QTableView* table_ = nullptr;
    QLineEdit* text_ = nullptr;
    QComboBox* year_ = nullptr;
    QComboBox* severity_ = nullptr;
    QComboBox* rule_ = nullptr;
    QProgressBar* progress_ = nullptr;
    QPushButton* cancel_ = nullptr;
    QLabel* status_ = nullptr;
    QChartView* ruleChart_ = nullptr;
};

}  // namespace nianbao
