#include "cli/generate_pool.hpp"

#include "office/common/office_process.hpp"
#include "office/common/scoped_timer.hpp"
#include "office/plan/writer.hpp"

#include <algorithm>
#include <condition_variable>
#include <deque>
#include <exception>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>

namespace vnplan::cli {

namespace css = com::sun::star;
using css::uno::Reference;

namespace {

constexpr int max_attempts = 3; // a document whose office died this often is given up
constexpr int max_offices = 3;  // offices a worker may start: the first and two after deaths

bool answers(const Reference<css::uno::XComponentContext>& office) noexcept {
    try {
        // A round trip: a dead office's bridge throws DisposedException at once.
        return office.is() && office->getServiceManager().is();
    } catch (...) {
        return false;
    }
}

// The shared queue of documents and what became of them.
class Batch {
public:
    Batch(const office::GenerateOptions& options, const std::vector<std::string>& stems,
          unsigned workers)
        : options_(options), stems_(stems), live_(workers), attempts_(stems.size(), 0),
          files_(stems.size()) {
        for (std::size_t i = 0; i < stems.size(); ++i)
            queue_.push_back(i);
    }

    // The next document to make; none when the batch is finished or stopping. Waits while the
    // queue is empty but others still work: a document they hand back must not be left over.
    std::optional<std::size_t> take() {
        std::unique_lock<std::mutex> lock(mutex_);
        changed_.wait(lock, [&] { return stop_ || !queue_.empty() || in_flight_ == 0; });
        if (stop_ || queue_.empty()) return std::nullopt;
        const std::size_t i = queue_.front();
        queue_.pop_front();
        ++in_flight_;
        if (options_.progress) options_.progress(i, stems_.size(), stems_[i]);
        return i;
    }
    void done(std::size_t i, std::vector<std::filesystem::path> paths) {
        const std::lock_guard<std::mutex> lock(mutex_);
        files_[i] = std::move(paths);
        --in_flight_;
        changed_.notify_all();
    }
    // Document i's office died: back to the front of the queue, unless it failed too often.
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

    // After every worker ended: the files in batch order, or why not.
    std::vector<std::filesystem::path> result() const {
        if (error_) std::rethrow_exception(error_);
        std::vector<std::filesystem::path> out;
        std::size_t finished = 0;
        for (const auto& paths : files_) {
            finished += paths.empty() ? 0 : 1;
            out.insert(out.end(), paths.begin(), paths.end());
        }
        if (finished < files_.size()) {
            const std::string counts =
                std::to_string(finished) + "/" + std::to_string(files_.size());
            throw InputError(
                {"Các tiến trình LibreOffice tạo văn bản cứ dừng đột ngột (bị tắt hoặc bị lỗi): "
                 "đã tạo xong " +
                     counts +
                     " văn bản, không để lại tệp ghi dở. Hãy chạy lại lệnh (có thể với --jobs 1).",
                 "The LibreOffice processes making the documents kept stopping unexpectedly "
                 "(killed or crashed): " +
                     counts +
                     " documents finished, no half-written file left. Run the command again "
                     "(perhaps with --jobs 1)."});
        }
        return out;
    }

private:
    const office::GenerateOptions& options_;
    const std::vector<std::string>& stems_;
    std::mutex mutex_;
    std::condition_variable changed_;
    std::deque<std::size_t> queue_;
    std::size_t in_flight_ = 0;
    unsigned live_;
    bool stop_ = false;
    std::vector<int> attempts_;
    std::vector<std::vector<std::filesystem::path>> files_;
    std::exception_ptr error_;
};

// One office and the thread that feeds it documents. The command's own office is borrowed
// (never restarted here); the others are started by the worker and stopped when it ends.
struct Worker {
    std::size_t slot = 0;
    Reference<css::uno::XComponentContext> office;
    std::unique_ptr<office::OfficeProcess> process; // null for the borrowed office
    bool borrowed = false;
    int started = 0;

    // An office to work with; false when none could be had.
    bool ensure_office(const Context& context) {
        while (!office.is()) {
            if (borrowed || started == max_offices) return false;
            ++started;
            try {
                office::OfficeOptions options;
                options.soffice = context.soffice;
                process = office::OfficeProcess::start(options);
                office = process->context();
            } catch (...) {
                process.reset();
            }
        }
        return true;
    }

    void run(const Context& context, Batch& batch, office::DocumentOutput& output,
             const office::PreparedPlans& plans, const office::GenerateOptions& options) {
        for (;;) {
            if (!ensure_office(context)) {
                batch.retire();
                return;
            }
            const auto i = batch.take();
            if (!i) break;
            Reference<css::lang::XComponent> document;
            try {
                {
                    const office::ScopedTimer rendering("render");
                    document = office::render_plan(office, plans.documents[*i],
                                                   options.template_file, options.render);
                }
                auto paths = output.store(*i, document, slot);
                office::detail::close_rendered(document);
                batch.done(*i, std::move(paths));
            } catch (...) {
                office::detail::close_rendered(document);
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

namespace {

std::vector<std::filesystem::path> write_pooled(const Context& context,
                                                const Reference<css::uno::XComponentContext>& first,
                                                const office::PreparedPlans& plans,
                                                const office::GenerateOptions& options,
                                                unsigned jobs) {
    const auto count = plans.stems.size();
    // An office's start costs about two documents: one office per two documents at the most.
    jobs = static_cast<unsigned>(
        std::clamp<std::size_t>(jobs, 1, std::max<std::size_t>((count + 1) / 2, 1)));
    office::DocumentOutput output(plans.stems, options);
    Batch batch(options, plans.stems, jobs);
    std::vector<Worker> workers(jobs);
    for (unsigned k = 0; k < jobs; ++k)
        workers[k].slot = k;
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
            threads.emplace_back([&] { worker.run(context, batch, output, plans, options); });
    }
    return batch.result();
}

} // namespace

office::GenerateResult generate_batch(const Context& context,
                                      const Reference<css::uno::XComponentContext>& first,
                                      const Reference<css::sheet::XSpreadsheetDocument>& workbook,
                                      const office::GenerateOptions& options, unsigned jobs) {
    if (options.each.empty() || jobs <= 1) return office::generate_plans(first, workbook, options);
    office::PreparedPlans plans;
    office::GenerateResult result = office::prepare_plans(workbook, options, plans);
    if (result.stopped) return result;
    result.files = write_pooled(context, first, plans, options, jobs);
    office::finish_plans(options, result);
    return result;
}

} // namespace vnplan::cli
