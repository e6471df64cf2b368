// Generating plan documents from an open workbook: one document, or one per data row of a
// batch range, in the chosen formats. The CLI (vnplan generate) and the Calc dialog call this.
#pragma once

#include "core/common/message.hpp"
#include "core/plan/model.hpp"
#include "office/plan/writer.hpp"

#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/uno/Reference.hxx>
#include <com/sun/star/uno/XComponentContext.hpp>

#include <atomic>
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

namespace vnplan::office {

struct GenerateOptions {
    std::filesystem::path template_file; // the .ott (required)
    std::filesystem::path out_dir = "."; // created when missing
    std::string stem = "ke-hoach";       // file name without extension (one document)
    std::vector<std::string> formats{"odt", "docx", "pdf"};
    bool overwrite = false;       // replace existing files (--force)
    bool override_totals = false; // go on when an award table's own totals disagree
    std::string each;             // batch: a sheet or range with one document per data row
    std::string name_column;      // batch: the column naming the files (empty: the first)
    Lang lang = Lang::vi;
    RenderOptions render;
    bool keep_open = false; // keep the last document open (for the dialog to show it)
    // Also one PDF of all the documents in order (--merge-pdf; needs "pdf" among the formats
    // and poppler's pdfunite on PATH: LibreOffice cannot join PDFs). Empty: none.
    std::filesystem::path merge_pdf;
    // Called before each document: (index, count, file stem).
    std::function<void(std::size_t, std::size_t, const std::string&)> progress;
};

struct GenerateResult {
    // Stopped before writing anything: award tables whose totals disagree (without
    // override_totals) or whose counts cannot be read. Nothing was written.
    std::vector<plan::TotalsProblem> problems;
    bool stopped = false;
    std::vector<std::filesystem::path> files; // written, in order
};

// Throws InputError for unusable input (workbook layout, template, an existing file without
// overwrite: checked for every file before anything is written).
// It runs prepare_plans, write_documents (one office) and finish_plans; `vnplan generate
// --jobs N` runs the same steps with the writing shared by several offices (cli/generate_pool).
GenerateResult generate_plans(const css::uno::Reference<css::uno::XComponentContext>& context,
                              const css::uno::Reference<css::sheet::XSpreadsheetDocument>& workbook,
                              const GenerateOptions& options);

// A workbook's documents, read and checked, with their file stems, not yet rendered.
struct PreparedPlans {
    std::vector<plan::Document> documents;
    std::vector<std::string> stems;
};

// Reads the workbook and makes (and checks) every document into `out`; result.stopped when
// totals disagree. Also checks what --merge-pdf needs. Nothing is written.
GenerateResult prepare_plans(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& workbook,
                             const GenerateOptions& options, PreparedPlans& out);

// After the documents are written (result.files in batch order): the joined PDF, when asked.
void finish_plans(const GenerateOptions& options, GenerateResult& result);

// Where documents are stored: the constructor checks every target (InputError for an existing
// file without overwrite) and makes a hidden staging folder in out_dir, removed with whatever
// a failure left in it. store() may run in several threads at once for different documents.
class DocumentOutput {
public:
    DocumentOutput(const std::vector<std::string>& stems, const GenerateOptions& options);
    ~DocumentOutput();
    DocumentOutput(const DocumentOutput&) = delete;
    DocumentOutput& operator=(const DocumentOutput&) = delete;

    // Stores rendered document i in every format into the staging folder of `slot` (one per
    // concurrent writer: a writer whose office died never shares files with the one that
    // redoes its document), then renames them into place; returns the targets.
    std::vector<std::filesystem::path>
    store(std::size_t i, const css::uno::Reference<css::lang::XComponent>& document,
          std::size_t slot = 0);

private:
    std::vector<std::string> stems_;
    const GenerateOptions& options_;
    std::filesystem::path dir_;
    bool created_out_dir_ = false;
    std::atomic<bool> published_{false};
};

// Renders document i (0 <= i < stems.size()) with `render` and stores it as stems[i] in every
// format of `options` (out_dir, formats, overwrite, progress): every target checked before
// anything is written (InputError for an existing file without overwrite), each document
// stored in a hidden folder and renamed into place. generate_plans and the appendix export
// (office/plan/appendix_export.hpp) write through it.
std::vector<std::filesystem::path> write_documents(
    const std::vector<std::string>& stems,
    const std::function<css::uno::Reference<css::lang::XComponent>(std::size_t)>& render,
    const GenerateOptions& options);

// "odt,docx" -> {"odt", "docx"}; InputError for an unknown or empty list.
std::vector<std::string> parse_formats(const std::string& list);

} // namespace vnplan::office
