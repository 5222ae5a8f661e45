#pragma once

#include <csignal>

#include <sys/resource.h>

namespace nianbao::test {

// In this process: lowers the soft file-size limit (SIGXFSZ ignored, so a
// write past it fails with EFBIG, as a full disk fails a write with ENOSPC)
// and restores both on destruction. Each test runs in its own process under
// ctest, so nothing else is writing meanwhile.
class FileSizeLimit {
public:
    explicit FileSizeLimit(long long bytes) {
        ::getrlimit(RLIMIT_FSIZE, &saved_);
        previousHandler_ = std::signal(SIGXFSZ, SIG_IGN);
        rlimit lowered = saved_;
        lowered.rlim_cur = static_cast<rlim_t>(bytes);
        ::setrlimit(RLIMIT_FSIZE, &lowered);
    }
    ~FileSizeLimit() {
        ::setrlimit(RLIMIT_FSIZE, &saved_);
        std::signal(SIGXFSZ, previousHandler_);
    }
    FileSizeLimit(const FileSizeLimit&) = delete;
    FileSizeLimit& operator=(const FileSizeLimit&) = delete;

private:
    rlimit saved_{};
    void (*previousHandler_)(int) = nullptr;
};

}  // namespace nianbao::test
