#include "office/plan/generate.hpp"

#include "core/plan/workbook.hpp"
#include "core/vntext/text.hpp"
#include "office/common/documents.hpp"
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

// The documents are stored in a hidden folder inside the output folder and renamed into place
// once all formats of a document are stored. A failure part-way (the office killed or crashed
// during an export, a full disk) removes that folder with whatever was half-written in it,
// the office's own temporary files included; documents already finished stay.
class Staging {
public:
    explicit Staging(const std::filesystem::path& out_dir) : out_dir_(out_dir) {
        std::error_code ec;
        created_out_dir_ = !std::filesystem::exists(out_dir, ec);
        std::random_device random;
        dir_ = out_dir / (".vnplan-" + std::to_string(random()) + ".tmp");
        std::filesystem::create_directories(dir_, ec);
        if (ec)
            throw InputError(
                {"Không ghi được vào thư mục " + out_dir.string() + " (" + ec.message() +
                     "): thư mục chỉ đọc, không có quyền ghi hoặc ổ đĩa đầy. Chưa ghi tệp nào.",
                 "Cannot write into the folder " + out_dir.string() + " (" + ec.message() +
                     "): read-only, not allowed or the disk is full. No file was written."});
    }
    ~Staging() {
        std::error_code ec;
        std::filesystem::remove_all(dir_, ec);
        if (created_out_dir_ && !published_) std::filesystem::remove(out_dir_, ec); // if empty
    }
    Staging(const Staging&) = delete;
    Staging& operator=(const Staging&) = delete;

    std::filesystem::path staged(const std::filesystem::path& target) const {
        return dir_ / target.filename();
    }
    // Renames the staged files of one document into place (same folder, so no copy).
    void publish(const std::vector<std::filesystem::path>& targets) {
        for (const auto& target : targets)
            std::filesystem::rename(staged(target), target);
        published_ = published_ || !targets.empty();
    }

private:
    std::filesystem::path out_dir_, dir_;
    bool created_out_dir_ = false, published_ = false;
};

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
    std::vector<rtl::OUString> args;
    for (const auto& pdf : pdfs)
        args.push_back(to_ou(pdf.string()));
    args.push_back(to_ou(temporary.string()));
    std::vector<rtl_uString*> handles;
    for (auto& a : args)
        handles.push_back(a.pData);
    const rtl::OUString image = to_ou(file_url(tool));
    oslProcess process = nullptr;
    oslProcessInfo info;
    info.Size = sizeof info;
    info.Code = -1;
    if (osl_executeProcess(image.pData, handles.data(), static_cast<sal_uInt32>(handles.size()),
                           osl_Process_WAIT, nullptr, nullptr, nullptr, 0,
                           &process) == osl_Process_E_None) {
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

std::vector<std::filesystem::path> write_documents(
    const std::vector<std::string>& stems,
    const std::function<css::uno::Reference<css::lang::XComponent>(std::size_t)>& render,
    const GenerateOptions& options) {
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
    Staging staging(options.out_dir);

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
            for (const auto& format : options.formats) {
                paths.push_back(options.out_dir / (stems[i] + "." + format));
                const ScopedTimer storing(format == "odt"    ? "store odt"
                                          : format == "docx" ? "store docx"
                                                             : "store pdf");
                try {
                    store_document(doc, staging.staged(paths.back()), export_filter(format), true);
                } catch (const css::io::IOException& e) {
                    throw_store_failed(paths.back(), to_utf8(e.Message));
                }
            }
        } catch (...) {
            detail::close_rendered(doc);
            throw;
        }
        detail::close_rendered(doc);
        staging.publish(paths);
        files.insert(files.end(), paths.begin(), paths.end());
    }
    return files;
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
    result.files = write_documents(
        stems,
        [&](std::size_t i) {
            return render_plan(context, documents[i], options.template_file, options.render);
        },
        options);
    if (!options.merge_pdf.empty()) {
        std::vector<std::filesystem::path> pdfs;
        for (const auto& f : result.files)
            if (f.extension() == ".pdf") pdfs.push_back(f);
        merge_pdfs(pdfs, options.merge_pdf);
        result.files.push_back(options.merge_pdf);
    }
    return result;
}

} // namespace vnplan::office
