#include "cli/generate_workbooks.hpp"

#include "cli/generate_pool.hpp"
#include "core/vntext/text.hpp"
#include "office/common/ustring.hpp"

#include <com/sun/star/uno/Exception.hpp>

#include <algorithm>
#include <condition_variable>
#include <exception>
#include <filesystem>
#include <iostream>
#include <map>
#include <mutex>
#include <optional>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

namespace vnplan::cli {

namespace css = com::sun::star;
using css::uno::Reference;

namespace {

// The document names (file stems) the command's workbooks write, each with its workbook.
class Names {
public:
    // InputError when one of `stems` is taken by an earlier workbook; else they are `index`'s.
    void claim(const std::vector<std::string>& stems, std::size_t index,
               const std::vector<std::string>& workbooks) {
        for (const auto& stem : stems)
            if (const auto it = taken_.find(key(stem)); it != taken_.end())
                throw InputError(
                    {"Tên văn bản \"" + stem + "\" trùng với văn bản của " + workbooks[it->second] +
                         " trong cùng lệnh: không ghi đè (kể cả với --force). Hãy đổi tên một "
                         "trong hai sổ tính, hoặc tạo sổ tính này bằng lệnh riêng với --out khác.",
                     "The document name \"" + stem + "\" is also one of " + workbooks[it->second] +
                         "'s in this command: not overwritten (even with --force). Rename one "
                         "of the two workbooks, or make this one in its own command with "
                         "another --out."});
        for (const auto& stem : stems)
            taken_.emplace(key(stem), index);
    }

private:
    // As file systems that ignore case (Windows, macOS) compare names: case folded, NFC.
    static std::string key(const std::string& stem) { return vntext::fold_exact(stem); }
    std::map<std::string, std::size_t> taken_;
};

// What one workbook of several gave: its block of the report, what goes to stderr, its exit
// code. Made in any thread, printed in the workbooks' order.
struct Outcome {
    std::string text;
    std::vector<Message> complaints;
    int code = unreadable;
};

std::string stem_of(const std::string& workbook) {
    return std::filesystem::path(workbook).stem().string();
}

Outcome made(const Context& context, const office::GenerateResult& result) {
    Outcome outcome;
    std::ostringstream out;
    if (result.stopped) {
        outcome.complaints.push_back(describe_totals_problems(context, result, out));
        outcome.code = found_errors;
    } else {
        for (const auto& path : result.files)
            out << (context.lang == Lang::vi ? "Đã tạo " : "Wrote ") << path.string() << '\n';
        outcome.code = ok;
    }
    outcome.text = out.str();
    return outcome;
}

Outcome failed(const Context& context, const std::string& workbook, const Message& why) {
    Outcome outcome;
    outcome.text = (context.lang == Lang::vi ? "Không tạo được: " : "Not generated: ") +
                   why.in(context.lang) + '\n';
    outcome.complaints.push_back({workbook + ": " + why.vi, workbook + ": " + why.en});
    return outcome;
}

void print(const Context& context, const Outcome& outcome) {
    std::cout << outcome.text;
    std::cout.flush(); // before stderr, as the lines were written one after the other
    for (const auto& message : outcome.complaints)
        complain(context, message);
}

// One workbook's part of the report of several.
void print_block(const Context& context, const std::string& workbook, const Outcome& outcome) {
    std::cout << "=== " << workbook << " ===\n";
    print(context, outcome);
    std::cout << '\n';
}

// The last line of the report of several workbooks.
void print_summary(const Context& context, std::size_t written, std::size_t count) {
    std::cout << (context.lang == Lang::vi ? "Đã tạo văn bản từ " : "Documents written from ")
              << written << '/' << count
              << (context.lang == Lang::vi ? " sổ tính.\n" : " workbooks.\n");
}

// Why a workbook failed, said to the clerk.
Message reason(const std::exception_ptr& error) {
    try {
        std::rethrow_exception(error);
    } catch (const InputError& e) {
        return e.message();
    } catch (const css::uno::Exception& e) {
        return office_failure(office::to_utf8(e.Message));
    } catch (const std::exception& e) {
        return {std::string("Lỗi: ") + e.what(), std::string("Error: ") + e.what()};
    }
}

// Workbook `index`'s documents in the command's office (a --each batch shared by `jobs`
// offices); InputError and UNO errors pass through.
Outcome generate_one(const Context& context, const std::vector<std::string>& workbooks,
                     std::size_t index, office::GenerateOptions options, unsigned jobs,
                     Names& names, SpareOffices& spares) {
    const std::string& workbook = workbooks[index];
    require_file(workbook);
    options.stem = stem_of(workbook);
    const bool several = workbooks.size() > 1;
    if (several && options.each.empty()) names.claim({options.stem}, index, workbooks);
    auto& soffice = office(context);
    const Workbook opened(context, std::filesystem::path(workbook));
    office::PreparedPlans plans;
    office::GenerateResult result = office::prepare_plans(opened.spreadsheet, options, plans);
    if (result.stopped) return made(context, result);
    // With --each the names come from the batch's rows.
    if (several && !options.each.empty()) names.claim(plans.stems, index, workbooks);
    result.files = write_prepared(context, soffice.context(), plans, options, jobs, spares);
    office::finish_plans(options, result);
    return made(context, result);
}

// Several workbooks one after the other in the command's office (with --each or --jobs 1).
int generate_in_turn(const Context& context, const std::vector<std::string>& workbooks,
                     const office::GenerateOptions& options, unsigned jobs, SpareOffices& spares) {
    Names names;
    int worst = ok;
    std::size_t written = 0;
    for (std::size_t i = 0; i < workbooks.size(); ++i) {
        std::cout << "=== " << workbooks[i] << " ===\n"; // before the office's own messages
        std::error_code ec;
        if (std::filesystem::is_regular_file(workbooks[i], ec))
            (void)office(context); // an office that cannot start stops the command
        Outcome outcome;
        try {
            outcome = generate_one(context, workbooks, i, options, jobs, names, spares);
        } catch (...) { // one workbook's failure does not stop the others, a dead office does
            if (office_lost()) throw;
            outcome = failed(context, workbooks[i], reason(std::current_exception()));
        }
        print(context, outcome);
        std::cout << '\n';
        written += outcome.code == ok ? 1 : 0;
        worst = std::max(worst, outcome.code);
    }
    print_summary(context, written, workbooks.size());
    return worst;
}

// The outcomes of workbooks made in several threads, printed in the workbooks' order as soon
// as each one's turn comes.
class OrderedReport {
public:
    OrderedReport(const Context& context, const std::vector<std::string>& workbooks)
        : context_(context), workbooks_(workbooks), outcomes_(workbooks.size()) {}

    void put(std::size_t i, Outcome outcome) {
        const std::lock_guard<std::mutex> lock(mutex_);
        outcomes_[i] = std::move(outcome);
        changed_.notify_all();
    }
    // No more outcomes will come: print_while_coming() stops waiting.
    void close() {
        const std::lock_guard<std::mutex> lock(mutex_);
        closed_ = true;
        changed_.notify_all();
    }
    // Prints the workbooks' blocks in order while they come; returns how many were printed.
    std::size_t print_while_coming() {
        std::size_t i = 0;
        for (; i < outcomes_.size(); ++i) {
            std::unique_lock<std::mutex> lock(mutex_);
            changed_.wait(lock, [&] { return closed_ || outcomes_[i].has_value(); });
            if (!outcomes_[i]) break;
            lock.unlock();
            print_block(context_, workbooks_[i], *outcomes_[i]);
        }
        return i;
    }
    // After close(): the blocks from `from` on, workbooks never done given `why`.
    int finish(std::size_t from, const Message& why) {
        for (std::size_t i = from; i < outcomes_.size(); ++i) {
            if (!outcomes_[i]) outcomes_[i] = failed(context_, workbooks_[i], why);
            print_block(context_, workbooks_[i], *outcomes_[i]);
        }
        int worst = ok;
        std::size_t written = 0;
        for (const auto& outcome : outcomes_) {
            written += outcome->code == ok ? 1 : 0;
            worst = std::max(worst, outcome->code);
        }
        print_summary(context_, written, outcomes_.size());
        return worst;
    }

private:
    const Context& context_;
    const std::vector<std::string>& workbooks_;
    std::mutex mutex_;
    std::condition_variable changed_;
    std::vector<std::optional<Outcome>> outcomes_;
    bool closed_ = false;
};

// Several workbooks (no --each) shared by `jobs` offices, a whole workbook at a time.
int generate_shared(const Context& context, const std::vector<std::string>& workbooks,
                    const office::GenerateOptions& options, unsigned jobs) {
    OrderedReport report(context, workbooks);
    Names names; // claimed in order first: the later of two workbooks is the one refused
    std::vector<std::size_t> todo;
    for (std::size_t i = 0; i < workbooks.size(); ++i)
        try {
            require_file(workbooks[i]);
            names.claim({stem_of(workbooks[i])}, i, workbooks);
            todo.push_back(i);
        } catch (const InputError& e) {
            report.put(i, failed(context, workbooks[i], e.message()));
        }
    Message why;
    if (todo.empty()) {
        report.close();
        return report.finish(0, why);
    }
    const auto offices = static_cast<unsigned>(std::min<std::size_t>(jobs, todo.size()));
    SpareOffices spares(context, offices - 1); // starting with the command's office
    auto& soffice = office(context);           // one that cannot start stops the command
    std::size_t printed = 0;
    std::thread printer([&] { printed = report.print_while_coming(); });
    const auto job = [&](std::size_t k, const Reference<css::uno::XComponentContext>& office,
                         std::size_t) {
        const std::size_t i = todo[k];
        office::GenerateOptions own = options;
        own.stem = stem_of(workbooks[i]);
        Outcome outcome;
        std::vector<std::filesystem::path> files;
        try {
            const Workbook opened(office, std::filesystem::path(workbooks[i]));
            const auto result = office::generate_plans(office, opened.spreadsheet, own);
            files = result.files;
            outcome = made(context, result);
        } catch (...) {
            if (!answers(office)) throw; // another office redoes it
            outcome = failed(context, workbooks[i], reason(std::current_exception()));
        }
        report.put(i, std::move(outcome));
        return files;
    };
    try {
        (void)run_pooled(context, soffice.context(), spares, todo.size(), offices, job);
    } catch (const InputError& e) { // offices kept dying: what was done stays
        why = e.message();
    } catch (...) {
        report.close();
        printer.join();
        throw;
    }
    report.close();
    printer.join();
    return report.finish(printed, why);
}

} // namespace

int generate_workbooks(const Context& context, const std::vector<std::string>& workbooks,
                       const office::GenerateOptions& options, unsigned jobs) {
    // Offices for a --each batch start now, with the command's own (cli/generate_pool.hpp);
    // none for a command that has nothing to read.
    const bool readable = std::any_of(workbooks.begin(), workbooks.end(), [](const auto& book) {
        std::error_code ec;
        return std::filesystem::is_regular_file(book, ec);
    });
    SpareOffices spares(context, options.each.empty() || jobs <= 1 || !readable ? 0 : jobs - 1);
    if (workbooks.size() == 1) {
        Names names;
        const Outcome outcome = generate_one(context, workbooks, 0, options, jobs, names, spares);
        print(context, outcome);
        return outcome.code;
    }
    if (options.each.empty() && jobs > 1) return generate_shared(context, workbooks, options, jobs);
    return generate_in_turn(context, workbooks, options, jobs, spares);
}

} // namespace vnplan::cli
