#include "cli/generate_pool.hpp"

#include "office/common/office_process.hpp"
#include "office/common/scoped_timer.hpp"
#include "office/plan/writer.hpp"

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <deque>
#include <exception>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>

namespace vnplan::cli {

namespace css = com::sun::star;
using css::uno::Reference;

namespace {

constexpr int max_attempts = 3; // an item whose office died this often is given up
constexpr int max_offices = 3;  // offices a worker may start: the first and two after deaths

// The shared queue of items and what became of them.
class Batch {
public:
    Batch(std::size_t count, unsigned workers, const std::function<void(std::size_t)>& on_take)
        : on_take_(on_take), live_(workers), attempts_(count, 0), files_(count) {
        for (std::size_t i = 0; i < count; ++i)
            queue_.push_back(i);
    }

    // The next item to do; none when the batch is finished or stopping. Waits while the queue
    // is empty but others still work: an item they hand back must not be left over.
    std::optional<std::size_t> take() {
        std::unique_lock<std::mutex> lock(mutex_);
        // After Ctrl+C no new item: the warm office, not ours, would otherwise go on alone.
        // (The signal handler cannot notify: polled.)
        const auto over = [&] { return stop_ || office::interruption() != 0; };
        const auto ready = [&] { return over() || !queue_.empty() || in_flight_ == 0; };
        while (!changed_.wait_for(lock, std::chrono::milliseconds(200), ready)) {
        }
        if (over() || queue_.empty()) return std::nullopt;
        const std::size_t i = queue_.front();
        queue_.pop_front();
        ++in_flight_;
        if (on_take_) on_take_(i);
        return i;
    }
    void done(std::size_t i, std::vector<std::filesystem::path> paths) {
        const std::lock_guard<std::mutex> lock(mutex_);
        files_[i] = std::move(paths);
        --in_flight_;
        changed_.notify_all();
    }
    // Item i's office died: back to the front of the queue, unless it failed too often.
    void give_back(std::size_t i) {
        const std::lock_guard<std::mutex> lock(mutex_);
        --in_flight_;
        queue_.push_front(i);
        if (++attempts_[i] >= max_attempts) stop_ = true;
        changed_.notify_all();
    }
    // An error that is not a dead office (a full disk...): the batch stops.
    void fail(std::exception_ptr error) {
        const std::lock_guard<std::mutex> lock(mutex_);
        --in_flight_;
        if (!error_) error_ = error;
        stop_ = true;
        changed_.notify_all();
    }
    // A worker without an office and no more starts left.
    void retire() {
        const std::lock_guard<std::mutex> lock(mutex_);
        if (--live_ == 0) stop_ = true;
        changed_.notify_all();
    }

    // After every worker ended: each item's files, or why not.
    std::vector<std::vector<std::filesystem::path>> result() {
        if (error_) std::rethrow_exception(error_);
        std::vector<std::vector<std::filesystem::path>> out;
        std::size_t finished = 0;
        for (auto& paths : files_)
            if (paths) {
                ++finished;
                out.push_back(std::move(*paths));
            }
        if (finished < files_.size()) {
            const std::string counts =
                std::to_string(finished) + "/" + std::to_string(files_.size());
            throw InputError(
                {"Các tiến trình LibreOffice tạo văn bản cứ dừng đột ngột (bị tắt hoặc bị lỗi): "
                 "đã làm xong " +
                     counts + ", không để lại tệp ghi dở. Hãy chạy lại lệnh (có thể với --jobs 1).",
                 "The LibreOffice processes making the documents kept stopping unexpectedly "
                 "(killed or crashed): " +
                     counts +
                     " finished, no half-written file left. Run the command again "
                     "(perhaps with --jobs 1)."});
        }
        return out;
    }

private:
    const std::function<void(std::size_t)>& on_take_;
    std::mutex mutex_;
    std::condition_variable changed_;
    std::deque<std::size_t> queue_;
    std::size_t in_flight_ = 0;
    unsigned live_;
    bool stop_ = false;
    std::vector<int> attempts_;
    std::vector<std::optional<std::vector<std::filesystem::path>>> files_;
    std::exception_ptr error_;
};

// One office and the thread that feeds it items. The command's own office is borrowed (never
// restarted here); the others are spares or started by the worker, stopped when it ends.
struct Worker {
    std::size_t slot = 0;
    Reference<css::uno::XComponentContext> office;
    std::unique_ptr<office::OfficeProcess> process; // null for the borrowed office
    bool borrowed = false;
    SpareOffices* spares = nullptr; // the first office, when this worker has a spare
    int started = 0;

    bool start_office(const Context& context) {
        ++started;
        if (spares && slot >= 1 && started == 1) // take() is null for a missing spare
            process = spares->take(static_cast<unsigned>(slot - 1));
        if (!process) try {
                office::OfficeOptions options;
                options.soffice = context.soffice;
                process = office::OfficeProcess::start(options);
            } catch (...) {
                process.reset();
            }
        if (process) office = process->context();
        return office.is();
    }

    // An office to work with; false when none could be had.
    bool ensure_office(const Context& context) {
        while (!office.is()) {
            if (borrowed || started == max_offices) return false;
            start_office(context);
        }
        return true;
    }

    void run(const Context& context, Batch& batch, const PooledJob& job) {
        for (;;) {
            if (!ensure_office(context)) {
                batch.retire();
                return;
            }
            const auto i = batch.take();
            if (!i) break;
            try {
                batch.done(*i, job(*i, office, slot));
            } catch (...) {
                if (answers(office)) {
                    batch.fail(std::current_exception());
                    break;
                }
                batch.give_back(*i);
                office.clear();
                process.reset(); // the dead office's profile goes with it
            }
        }
        process.reset(); // stopped as soon as this worker is done, in parallel with the others
    }
};

} // namespace

bool answers(const Reference<css::uno::XComponentContext>& office) noexcept {
    try {
        // A round trip: a dead office's bridge throws DisposedException at once.
        return office.is() && office->getServiceManager().is();
    } catch (...) {
        return false;
    }
}

SpareOffices::SpareOffices(const Context& context, unsigned count) {
    const std::filesystem::path soffice = context.soffice;
    for (unsigned k = 0; k < count; ++k)
        starts_.push_back(std::async(std::launch::async, [soffice] {
            office::OfficeOptions options;
            options.soffice = soffice;
            return office::OfficeProcess::start(options);
        }));
}

SpareOffices::~SpareOffices() {
    for (auto& start : starts_)
        (void)take(static_cast<unsigned>(&start - starts_.data())); // stopped here
}

std::unique_ptr<office::OfficeProcess> SpareOffices::take(unsigned k) noexcept {
    if (k >= starts_.size() || !starts_[k].valid()) return nullptr;
    try {
        return starts_[k].get();
    } catch (...) {
        return nullptr; // the worker starts one itself, or goes without
    }
}

unsigned default_jobs() noexcept {
    const unsigned cores = std::thread::hardware_concurrency();
    return std::clamp(cores, 1u, 4u);
}

unsigned parse_jobs(const std::string& text) {
    constexpr unsigned most = 32;
    unsigned value = 0;
    bool ok = !text.empty() && text.size() <= 2;
    for (const char c : text)
        if (c < '0' || c > '9')
            ok = false;
        else
            value = value * 10 + static_cast<unsigned>(c - '0');
    if (!ok || value == 0 || value > most)
        throw InputError({"--jobs cần một số từ 1 đến 32 (số tiến trình LibreOffice).",
                          "--jobs needs a number from 1 to 32 (LibreOffice processes)."});
    return value;
}

std::vector<std::vector<std::filesystem::path>>
run_pooled(const Context& context, const Reference<css::uno::XComponentContext>& first,
           SpareOffices& spares, std::size_t count, unsigned jobs, const PooledJob& job,
           const std::function<void(std::size_t)>& on_take) {
    jobs = std::max(jobs, 1u);
    Batch batch(count, jobs, on_take);
    std::vector<Worker> workers(jobs);
    for (unsigned k = 0; k < jobs; ++k) {
        workers[k].slot = k;
        workers[k].spares = &spares;
    }
    workers[0].office = first;
    workers[0].borrowed = true;
    {
        std::vector<std::thread> threads;
        struct Join { // also when starting a thread fails
            std::vector<std::thread>& threads;
            ~Join() {
                for (auto& t : threads)
                    t.join();
            }
        } join{threads};
        for (auto& worker : workers)
            threads.emplace_back([&] { worker.run(context, batch, job); });
    }
    return batch.result();
}

std::vector<std::filesystem::path>
write_prepared(const Context& context, const Reference<css::uno::XComponentContext>& first,
               const office::PreparedPlans& plans, const office::GenerateOptions& options,
               unsigned jobs, SpareOffices& spares) {
    const auto count = plans.stems.size();
    // An office's start costs about two documents: one office per two documents at the most.
    jobs = static_cast<unsigned>(
        std::clamp<std::size_t>(jobs, 1, std::max<std::size_t>((count + 1) / 2, 1)));
    const auto render = [&](const Reference<css::uno::XComponentContext>& office, std::size_t i) {
        const office::ScopedTimer rendering("render");
        return office::render_plan(office, plans.documents[i], options.template_file,
                                   options.render);
    };
    if (jobs == 1)
        return office::write_documents(
            plans.stems, [&](std::size_t i) { return render(first, i); }, options);
    office::DocumentOutput output(plans.stems, options);
    const auto per_document = run_pooled(
        context, first, spares, count, jobs,
        [&](std::size_t i, const Reference<css::uno::XComponentContext>& office, std::size_t slot) {
            Reference<css::lang::XComponent> document;
            try {
                document = render(office, i);
                auto paths = output.store(i, document, slot);
                office::detail::close_rendered(document);
                return paths;
            } catch (...) {
                office::detail::close_rendered(document);
                throw;
            }
        },
        [&](std::size_t i) {
            if (options.progress) options.progress(i, count, plans.stems[i]);
        });
    std::vector<std::filesystem::path> files;
    for (const auto& paths : per_document)
        files.insert(files.end(), paths.begin(), paths.end());
    return files;
}

} // namespace vnplan::cli
