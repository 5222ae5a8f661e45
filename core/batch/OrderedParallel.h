#pragma once

#include <algorithm>
#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace nianbao {

// Runs work(i) for i in [0, count) on `jobs` threads and hands each result to
// deliver(i, result) on the calling thread, strictly in index order, as soon
// as it and all before it are done. At most `jobs * 4` results wait at once,
// so memory does not grow with `count`: a batch of ten thousand reports holds
// a handful of them, never all.
template <typename Result>
void runOrdered(int count, int jobs, const std::function<Result(int)>& work,
                const std::function<void(int, Result&&)>& deliver) {
    jobs = std::max(1, std::min(jobs, count));
    const int window = jobs * 4;
    std::mutex mutex;
    std::condition_variable changed;
    std::deque<std::optional<Result>> pending;  // results for indices [delivered, delivered + pending.size())
    int nextToStart = 0;
    int delivered = 0;

    auto worker = [&] {
        while (true) {
            int index;
            {
                std::unique_lock lock(mutex);
                changed.wait(lock, [&] { return nextToStart >= count || nextToStart < delivered + window; });
                if (nextToStart >= count) return;
                index = nextToStart++;
            }
            Result result = work(index);
            {
                std::lock_guard lock(mutex);
                const size_t slot = static_cast<size_t>(index - delivered);
                if (pending.size() <= slot) pending.resize(slot + 1);
                pending[slot] = std::move(result);
            }
            changed.notify_all();
        }
    };

    std::vector<std::thread> threads;
    for (int j = 0; j < jobs; ++j) threads.emplace_back(worker);
    for (int index = 0; index < count; ++index) {
        std::optional<Result> next;
        {
            std::unique_lock lock(mutex);
            changed.wait(lock, [&] { return !pending.empty() && pending.front().has_value(); });
            next = std::move(pending.front());
            pending.pop_front();
            ++delivered;  // with the pop, so slots stay index - delivered
        }
        changed.notify_all();
        deliver(index, std::move(*next));
    }
    for (std::thread& t : threads) t.join();
}

}  // namespace nianbao
