#pragma once

#include <QThread>

#include <atomic>
#include <functional>
#include <memory>

namespace nianbao {

// One background run at a time, with a cancel flag the run polls: the
// folder scan and the review letters of the dashboard both work this way.
// Starting again, or destroying it, cancels the previous run and waits.
class CancellableThread {
public:
    CancellableThread() = default;
    CancellableThread(const CancellableThread&) = delete;
    CancellableThread& operator=(const CancellableThread&) = delete;
    ~CancellableThread() { stop(); }

    // `run` gets the flag to poll; it runs on a new thread.
    void start(std::function<void(const std::atomic_bool& cancelled)> run) {
        stop();
        auto cancelled = std::make_shared<std::atomic_bool>(false);
        cancelled_ = cancelled;
        thread_.reset(QThread::create([run = std::move(run), cancelled] { run(*cancelled); }));
        thread_->start();
    }
    void cancel() {
        if (cancelled_) cancelled_->store(true);
    }
    bool isRunning() const { return thread_ && thread_->isRunning(); }
    void stop() {
        cancel();
        if (thread_) thread_->wait();
        thread_.reset();
    }

private:
    std::unique_ptr<QThread> thread_;
    std::shared_ptr<std::atomic_bool> cancelled_;
};

}  // namespace nianbao
