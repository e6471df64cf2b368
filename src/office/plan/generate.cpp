#include "office/plan/generate.hpp"

#include "core/plan/workbook.hpp"
#include "core/vntext/text.hpp"
#include "office/common/documents.hpp"
#include "office/common/processes.hpp"
#include "office/common/scoped_timer.hpp"
#include "office/common/ustring.hpp"
#include "office/plan/reader.hpp"

#include <com/sun/star/io/IOException.hpp>
#include <osl/process.h>

#include <algorithm>
#include <cstdlib>
#include <optional>
#include <random>
#include <set>

namespace vnplan::office {

namespace {

// A store that failed while the office still runs: say so plainly (full disk or not).
[[noreturn]] void throw_store_failed(const std::filesystem::path& path, const std::string& why) {
    std::error_code ec;
    const auto space = std::filesystem::space(path.parent_path(), ec);
    const bool full = !ec && space.available < 1024 * 1024;
    throw InputError({"Không ghi được tệp " + path.string() +
                          (full ? ": ổ đĩa đầy." : " (" + why + ").") + " Không để lại tệp ghi dở.",
                      "Cannot write " + path.string() +
                          (full ? ": the disk is full." : " (" + why + ").") +
                          " No half-written file was left."});
}

// poppler's pdfunite on PATH, or an InputError saying what to install.
std::filesystem::path find_pdfunite() {
#ifdef _WIN32
    const char separator = ';';
    const char* name = "pdfunite.exe";
#else
    const char separator = ':';
    const char* name = "pdfunite";
#endif
    const char* path = std::getenv("PATH");
    const std::string dirs = path ? path : "";
    for (std::size_t start = 0; start <= dirs.size();) {
        std::size_t end = dirs.find(separator, start);
        if (end == std::string::npos) end = dirs.size();
        const auto candidate = std::filesystem::path(dirs.substr(start, end - start)) / name;
        std::error_code ec;
        if (end > start && std::filesystem::is_regular_file(candidate, ec)) return candidate;
        start = end + 1;
    }
    throw InputError({"Không tìm thấy pdfunite để ghép PDF (gói poppler-utils).",
                      "pdfunite (poppler-utils) not found: cannot join the PDFs."});
}

// Joins `pdfs` into `target` through a temporary file beside it, renamed into place.
void merge_pdfs(const std::vector<std::filesystem::path>& pdfs,
                const std::filesystem::path& target) {
    const auto tool = find_pdfunite();
    auto temporary = target;
    temporary += ".vnplan-tmp";
    std::vector<std::string> args;
    for (const auto& pdf : pdfs)
        args.push_back(pdf.string());
    args.push_back(temporary.string());
    ProcessArguments arguments(args);
    oslProcess process = nullptr;
    oslProcessInfo info;
    info.Size = sizeof info;
    info.Code = -1;
    if (execute_process(to_ou(file_url(tool)), arguments, osl_Process_NORMAL, &process) ==
        osl_Process_E_None) {
        osl_joinProcess(process);
        osl_getProcessInfo(process, osl_Process_EXITCODE, &info);
        osl_freeProcessHandle(process);
    }
    std::error_code ec;
    if (info.Code != 0 || !std::filesystem::is_regular_file(temporary, ec)) {
        std::filesystem::remove(temporary, ec);
        throw InputError({"pdfunite không ghép được các PDF vào " + target.string() + ".",
                          "pdfunite could not join the PDFs into " + target.string() + "."});
    }
    std::filesystem::rename(temporary, target);
}

} // namespace

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

DocumentOutput::DocumentOutput(const std::vector<std::string>& stems,
                               const GenerateOptions& options)
    : stems_(stems), options_(options) {
    if (!options.overwrite)
        for (const auto& stem : stems)
            for (const auto& format : options.formats) {
                const auto path = options.out_dir / (stem + "." + format);
                std::error_code ec;
                if (std::filesystem::exists(path, ec))
                    throw InputError(
                        {"Tệp " + path.string() + " đã có; không ghi đè (dùng --force để ghi đè).",
                         "File " + path.string() + " exists; not overwritten (use --force)."});
            }
    for (const auto& format : options.formats)
        (void)export_filter(format); // throws for unknown formats
    std::error_code ec;
    created_out_dir_ = !std::filesystem::exists(options.out_dir, ec);
    std::random_device random;
    dir_ = options.out_dir / (".vnplan-" + std::to_string(random()) + ".tmp");
    std::filesystem::create_directories(dir_, ec);
    if (ec)
        throw InputError(
            {"Không ghi được vào thư mục " + options.out_dir.string() + " (" + ec.message() +
                 "): thư mục chỉ đọc, không có quyền ghi hoặc ổ đĩa đầy. Chưa ghi tệp nào.",
             "Cannot write into the folder " + options.out_dir.string() + " (" + ec.message() +
                 "): read-only, not allowed or the disk is full. No file was written."});
}

// A failure part-way (the office killed or crashed during an export, a full disk) leaves its
// half-written files, the office's own temporary files included, in the staging folder:
// removed here. Documents already renamed into place stay.
DocumentOutput::~DocumentOutput() {
    std::error_code ec;
    std::filesystem::remove_all(dir_, ec);
    if (created_out_dir_ && !published_) std::filesystem::remove(options_.out_dir, ec); // if empty
}

std::vector<std::filesystem::path>
DocumentOutput::store(std::size_t i, const css::uno::Reference<css::lang::XComponent>& document,
                      std::size_t slot) {
    const auto staging = dir_ / std::to_string(slot);
    std::error_code ec;
    std::filesystem::create_directories(staging, ec);
    std::vector<std::filesystem::path> paths;
    for (const auto& format : options_.formats) {
        paths.push_back(options_.out_dir / (stems_[i] + "." + format));
        const ScopedTimer storing(format == "odt"    ? "store odt"
                                  : format == "docx" ? "store docx"
                                                     : "store pdf");
        try {
            // No preview image in the .odt: rendering page 1 for it cost about a third of
            // the store (docs/office-notes.md).
            store_document(document, staging / paths.back().filename(), export_filter(format), true,
                           false);
        } catch (const css::io::IOException& e) {
            throw_store_failed(paths.back(), to_utf8(e.Message));
        }
    }
    // All formats stored: rename them into place (same file system, so no copy).
    for (const auto& target : paths)
        std::filesystem::rename(staging / target.filename(), target);
    published_ = true;
    return paths;
}

std::vector<std::filesystem::path> write_documents(
    const std::vector<std::string>& stems,
    const std::function<css::uno::Reference<css::lang::XComponent>(std::size_t)>& render,
    const GenerateOptions& options) {
    DocumentOutput output(stems, options);
    std::vector<std::filesystem::path> files;
    for (std::size_t i = 0; i < stems.size(); ++i) {
        if (options.progress) options.progress(i, stems.size(), stems[i]);
        css::uno::Reference<css::lang::XComponent> doc;
        {
            const ScopedTimer rendering("render");
            doc = render(i);
        }
        std::vector<std::filesystem::path> paths;
        try {
            paths = output.store(i, doc);
        } catch (...) {
            detail::close_rendered(doc);
            throw;
        }
        detail::close_rendered(doc);
        files.insert(files.end(), paths.begin(), paths.end());
    }
    return files;
}

GenerateResult prepare_plans(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& workbook,
                             const GenerateOptions& options, PreparedPlans& out) {
    GenerateResult result;
    const SheetSource source(workbook);
    std::optional<ScopedTimer> reading;
    reading.emplace("read workbook");
    const plan::Workbook book = plan::read_workbook(source);
    reading.reset();

    // What to make: one document, or one per batch row, each with its file stem.
    std::vector<plan::Row> rows;
    auto& stems = out.stems;
    stems.clear();
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
    auto& documents = out.documents;
    documents.clear();
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

    if (!options.merge_pdf.empty()) {
        if (std::find(options.formats.begin(), options.formats.end(), "pdf") ==
            options.formats.end())
            throw InputError({"--merge-pdf cần định dạng pdf (--format ...,pdf).",
                              "--merge-pdf needs the pdf format (--format ...,pdf)."});
        (void)find_pdfunite(); // before anything is written
        std::error_code ec;
        if (!options.overwrite && std::filesystem::exists(options.merge_pdf, ec))
            throw InputError(
                {"Tệp " + options.merge_pdf.string() +
                     " đã có; không ghi đè (dùng --force để ghi đè).",
                 "File " + options.merge_pdf.string() + " exists; not overwritten (use --force)."});
    }
    return result;
}

void finish_plans(const GenerateOptions& options, GenerateResult& result) {
    if (options.merge_pdf.empty()) return;
    std::vector<std::filesystem::path> pdfs;
    for (const auto& f : result.files)
        if (f.extension() == ".pdf") pdfs.push_back(f);
    merge_pdfs(pdfs, options.merge_pdf);
    result.files.push_back(options.merge_pdf);
}

GenerateResult generate_plans(const css::uno::Reference<css::uno::XComponentContext>& context,
                              const css::uno::Reference<css::sheet::XSpreadsheetDocument>& workbook,
                              const GenerateOptions& options) {
    PreparedPlans plans;
    GenerateResult result = prepare_plans(workbook, options, plans);
    if (result.stopped) return result;
    result.files = write_documents(
        plans.stems,
        [&](std::size_t i) {
            return render_plan(context, plans.documents[i], options.template_file, options.render);
        },
        options);
    finish_plans(options, result);
    return result;
}

} // namespace vnplan::office
