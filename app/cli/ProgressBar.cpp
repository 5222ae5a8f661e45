#include "ProgressBar.h"

#include <cstdio>
#include <unistd.h>

namespace nianbao::cli {

bool stderrIsTerminal() {
    return isatty(fileno(stderr)) != 0;
}

ProgressBar::ProgressBar(int total, bool enabled) : total_(total), enabled_(enabled && total > 1), err_(stderr) {
    elapsed_.start();
}

void ProgressBar::advance() {
    ++done_;
    draw(done_ == total_);
}

void ProgressBar::finish() {
    if (!enabled_) return;
    draw(true);
    err_ << '\n' << Qt::flush;
}

void ProgressBar::draw(bool force) {
    if (!enabled_) return;
    const qint64 now = elapsed_.elapsed();
    if (!force && now - lastDraw_ < 100) return;
    lastDraw_ = now;
    constexpr int kWidth = 30;
    const int filled = total_ ? kWidth * done_ / total_ : kWidth;
    const double seconds = std::max<qint64>(now, 1) / 1000.0;
    const double rate = done_ / seconds;
    const int remaining = rate > 0 ? static_cast<int>((total_ - done_) / rate + 0.5) : 0;
    err_ << '\r' << '[' << QString(filled, QChar(0x2588)) << QString(kWidth - filled, QChar(0x2591)) << "] "
         << done_ << '/' << total_ << "  " << QString::number(rate, 'f', 1) << QStringLiteral(" 份/秒  剩余 ")
         << remaining / 60 << ':' << QString::number(remaining % 60).rightJustified(2, QLatin1Char('0')) << "  " << Qt::flush;
}

}  // namespace nianbao::cli
