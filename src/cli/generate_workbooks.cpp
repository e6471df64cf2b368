#include "cli/generate_workbooks.hpp"

#include "cli/generate_pool.hpp"
#include "core/vntext/text.hpp"
#include "office/common/ustring.hpp"

#include <com/sun/star/uno/Exception.hpp>

#include <algorithm>
#include <exception>
#include <filesystem>
#include <iostream>
#include <map>
#include <string>
#include <vector>

namespace vnplan::cli {

namespace css = com::sun::star;

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

// Generates workbook `index`'s documents, printing what was written; its exit code.
int generate_one(const Context& context, const std::vector<std::string>& workbooks,
                 std::size_t index, office::GenerateOptions options, unsigned jobs, Names& names) {
    const std::string& workbook = workbooks[index];
    require_file(workbook);
    options.stem = std::filesystem::path(workbook).stem().string();
    const bool several = workbooks.size() > 1;
    if (several && options.each.empty()) names.claim({options.stem}, index, workbooks);
    auto& soffice = office(context);
    const Workbook opened(context, std::filesystem::path(workbook));
    if (several && !options.each.empty()) { // the names come from the batch's rows: read them
        office::PreparedPlans plans;
        const office::GenerateResult prepared =
            office::prepare_plans(opened.spreadsheet, options, plans);
        if (prepared.stopped) return report_totals_problems(context, prepared);
        names.claim(plans.stems, index, workbooks);
    }
    const office::GenerateResult result =
        generate_batch(context, soffice.context(), opened.spreadsheet, options, jobs);
    if (result.stopped) return report_totals_problems(context, result);
    for (const auto& path : result.files)
        std::cout << (context.lang == Lang::vi ? "Đã tạo " : "Wrote ") << path.string() << '\n';
    return ok;
}

// Why a workbook failed, unless the office died: then nothing else can be done (rethrown).
Message failure_of(const std::exception_ptr& error) {
    if (office_lost()) std::rethrow_exception(error);
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

} // namespace

int generate_workbooks(const Context& context, const std::vector<std::string>& workbooks,
                       const office::GenerateOptions& options, unsigned jobs) {
    Names names;
    if (workbooks.size() == 1) return generate_one(context, workbooks, 0, options, jobs, names);
    const bool vi = context.lang == Lang::vi;
    int worst = ok;
    std::size_t written = 0;
    for (std::size_t i = 0; i < workbooks.size(); ++i) {
        std::cout << "=== " << workbooks[i] << " ===\n";
        std::error_code ec;
        if (std::filesystem::is_regular_file(workbooks[i], ec))
            (void)office(context); // an office that cannot start stops the command
        int code = unreadable;
        try {
            code = generate_one(context, workbooks, i, options, jobs, names);
        } catch (...) { // one workbook's failure does not stop the others
            const Message why = failure_of(std::current_exception());
            std::cout << (vi ? "Không tạo được: " : "Not generated: ") << why.in(context.lang)
                      << '\n';
            complain(context, {workbooks[i] + ": " + why.vi, workbooks[i] + ": " + why.en});
        }
        written += code == ok ? 1 : 0;
        worst = std::max(worst, code);
        std::cout << '\n';
    }
    std::cout << (vi ? "Đã tạo văn bản từ " : "Documents written from ") << written << '/'
              << workbooks.size() << (vi ? " sổ tính.\n" : " workbooks.\n");
    return worst;
}

} // namespace vnplan::cli
