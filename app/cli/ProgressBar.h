#pragma once

#include <QElapsedTimer>
#include <QString>
#include <QTextStream>

namespace nianbao::cli {

// "[██████░░░░░░] 600/1000  480.2 份/秒  剩余 0:01" on stderr, redrawn in place
// at most ten times a second; silent when stderr is not a terminal, so logs
// and pipes get no control characters.
class ProgressBar {
public:
    ProgressBar(int total, bool enabled);
    void advance();  // one more file done
    void finish();

private:
    void draw(bool force);

    int total_;
    int done_ = 0;
    bool enabled_;
    QElapsedTimer elapsed_;
    qint64 lastDraw_ = -1000;
    QTextStream err_;
};

// Whether stderr is an interactive terminal.
bool stderrIsTerminal();

}  // namespace nianbao::cli
