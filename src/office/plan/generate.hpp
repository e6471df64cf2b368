// Generating plan documents from an open workbook: one document, or one per data row of a
// batch range, in the chosen formats. The CLI (vnplan generate) and the Calc dialog call this.
#pragma once

#include "core/common/message.hpp"
#include "core/plan/model.hpp"
#include "office/plan/writer.hpp"

#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/uno/Reference.hxx>
#include <com/sun/star/uno/XComponentContext.hpp>

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
GenerateResult generate_plans(const css::uno::Reference<css::uno::XComponentContext>& context,
                              const css::uno::Reference<css::sheet::XSpreadsheetDocument>& workbook,
                              const GenerateOptions& options);

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
