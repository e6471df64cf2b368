// VNPLAN_PROFILE=1 (any value): how long each step of the work took, on stderr. Off, it costs
// one branch. The environment is read once, when first needed, and nothing here throws.
#pragma once

#include <chrono>
#include <cstddef>
#include <cstdio>
#include <cstdlib>

namespace vnplan::office {

// Whether VNPLAN_PROFILE is set (read on first use).
inline bool profiling() noexcept {
    static const bool on = std::getenv("VNPLAN_PROFILE") != nullptr;
    return on;
}

// A positive whole number from the environment (read by the caller when first needed); the
// fallback when the variable is unset, not a number, zero or above `max`. Never throws.
inline std::size_t env_count(const char* name, std::size_t fallback, std::size_t max) noexcept {
    const char* text = std::getenv(name);
    if (!text || !*text) return fallback;
    std::size_t value = 0;
    for (const char* p = text; *p; ++p) {
        if (*p < '0' || *p > '9') return fallback;
        value = value * 10 + static_cast<std::size_t>(*p - '0');
        if (value > max) return fallback;
    }
    return value == 0 ? fallback : value;
}

// Times a scope and the laps inside it: lap("fill") prints the time since the start or the
// previous lap; the destructor prints the whole scope under its name (when it has one).
// `depth` indents nested steps.
class ScopedTimer {
public:
    explicit ScopedTimer(const char* name = nullptr, int depth = 0) noexcept
        : name_(name), depth_(depth) {}
    ScopedTimer(const ScopedTimer&) = delete;
    ScopedTimer& operator=(const ScopedTimer&) = delete;
    ~ScopedTimer() {
        if (name_) print(name_, start_);
    }

    void lap(const char* what) noexcept {
        if (!profiling()) return;
        print(what, last_);
        last_ = Clock::now();
    }

private:
    using Clock = std::chrono::steady_clock;
    void print(const char* what, Clock::time_point since) const noexcept {
        if (!profiling()) return;
        std::fprintf(stderr, "vnplan: %*s%-14s %8.3f s\n", 2 * depth_, "", what,
                     std::chrono::duration<double>(Clock::now() - since).count());
    }

    const char* name_;
    int depth_;
    Clock::time_point start_ = Clock::now();
    Clock::time_point last_ = start_;
};

} // namespace vnplan::office
