#pragma once

#include <functional>

namespace nianbao {

// Lets whoever asked for a read follow it and stop it: the GUI reads on a
// worker thread and shows a progress dialog with 取消. Both callbacks run on
// the reading thread; an empty one is never called. Cancellation is polled at
// checkpoints (between the stages of a read and between PDF pages), so a
// cancelled read ends within one stage, with ReadResult::cancelled set.
struct ReadMonitor {
    enum class Stage { Decoding, Page, Rebuilding };

    std::function<bool()> cancelRequested;
    // `done` of `total` units of the stage: pages for Stage::Page, else 0 of 1.
    std::function<void(Stage stage, int done, int total)> progressed;

    bool cancelled() const { return cancelRequested && cancelRequested(); }
    void report(Stage stage, int done, int total) const {
        if (progressed) progressed(stage, done, total);
    }
};

}  // namespace nianbao
