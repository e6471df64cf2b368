#include "office/plan/generate.hpp"

#include "core/plan/workbook.hpp"
#include "core/vntext/text.hpp"
#include "office/common/documents.hpp"
#include "office/common/scoped_timer.hpp"
#include "office/plan/reader.hpp"

#include <algorithm>
#include <optional>
#include <set>

namespace vnplan::office {

std::vector<std::string> parse_formats(const std::string& list) {
    std::vector<std::string> out;
    std::size_t start = 0;
    while (start <= list.size()) {
        std::size_t end = list.find_first_of(", ", start);
        if (end == std::string::npos) end = list.size();
        std::string f = list.substr(start, end - start);
        for (auto& c : f)
            c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        if (!f.empty() && f.front() == '.') f.erase(0, 1);
        if (!f.empty()) {
            (void)export_filter(f); // throws for unknown formats
            if (std::find(out.begin(), out.end(), f) == out.end()) out.push_back(f);
        }
        start = end + 1;
    }
    if (out.empty())
        throw InputError(
            {"Thiếu định dạng (odt, docx, pdf).", "No format given (odt, docx, pdf)."});
    return out;
}

GenerateResult generate_plans(const css::uno::Reference<css::uno::XComponentContext>& context,
                              const css::uno::Reference<css::sheet::XSpreadsheetDocument>& workbook,
                              const GenerateOptions& options) {
    GenerateResult result;
    const SheetSource source(workbook);
    std::optional<ScopedTimer> reading;
    reading.emplace("read workbook");
    const plan::Workbook book = plan::read_workbook(source);
    reading.reset();

    // What to make: one document, or one per batch row, each with its file stem.
    std::vector<plan::Row> rows;
    std::vector<std::string> stems;
    if (options.each.empty()) {
        rows.emplace_back();
        stems.push_back(options.stem);
    } else {
        const plan::Batch batch = plan::read_batch(source.sheet_or_range(options.each));
        std::set<std::string> used;
        for (std::size_t i = 0; i < batch.rows.size(); ++i) {
            std::string stem = plan::file_stem(batch, i, options.name_column);
            // Two rows with the same name must not overwrite each other.
            std::string unique = stem;
            for (int n = 2; used.count(vntext::fold_loose(unique)); ++n)
                unique = stem + " (" + std::to_string(n) + ")";
            used.insert(vntext::fold_loose(unique));
            rows.push_back(batch.rows[i]);
            stems.push_back(unique);
        }
    }

    // Every document is built (and checked) before anything is written.
    std::vector<plan::Document> documents;
    for (const auto& row : rows) {
        documents.push_back(plan::make_document(book, row, {options.lang}));
        for (auto& p : plan::totals_problems(documents.back(), options.lang)) {
            if (p.overridable && options.override_totals) continue;
            result.problems.push_back(std::move(p));
        }
        if (!result.problems.empty()) {
            result.stopped = true;
            return result;
        }
    }

    std::vector<std::pair<std::filesystem::path, std::string>> targets; // path, filter
    for (const auto& stem : stems)
        for (const auto& format : options.formats)
            targets.emplace_back(options.out_dir / (stem + "." + format), export_filter(format));
    if (!options.overwrite)
        for (const auto& [path, filter] : targets) {
            std::error_code ec;
            if (std::filesystem::exists(path, ec))
                throw InputError(
                    {"Tệp " + path.string() + " đã có; không ghi đè (dùng --force để ghi đè).",
                     "File " + path.string() + " exists; not overwritten (use --force)."});
        }
    std::filesystem::create_directories(options.out_dir);

    for (std::size_t i = 0; i < documents.size(); ++i) {
        if (options.progress) options.progress(i, documents.size(), stems[i]);
        std::optional<ScopedTimer> rendering;
        rendering.emplace("render");
        auto doc = render_plan(context, documents[i], options.template_file, options.render);
        rendering.reset();
        try {
            for (const auto& format : options.formats) {
                const auto path = options.out_dir / (stems[i] + "." + format);
                const ScopedTimer storing(format == "odt"    ? "store odt"
                                          : format == "docx" ? "store docx"
                                                             : "store pdf");
                store_document(doc, path, export_filter(format), options.overwrite);
                result.files.push_back(path);
            }
        } catch (...) {
            detail::close_rendered(doc);
            throw;
        }
        detail::close_rendered(doc);
    }
    return result;
}

} // namespace vnplan::office
