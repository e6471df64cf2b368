// What `vnplan rank` and `vnplan allocate` share: a workbook opened for editing in the
// command's office, and the copy they write (never over a file without --force).
#pragma once

#include "cli/cli.hpp"

#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/table/XCellRange.hpp>

#include <filesystem>
#include <string>

namespace vnplan::cli {

// A workbook loaded editable and hidden (cli::Workbook); the edits are stored only to another
// file, never back to the workbook itself.
class EditedWorkbook {
public:
    // InputError: missing file, not a spreadsheet.
    EditedWorkbook(const Context& context, const std::filesystem::path& file)
        : workbook_(context, file, false) {}
    const com::sun::star::uno::Reference<com::sun::star::sheet::XSpreadsheetDocument>&
    document() const {
        return workbook_.spreadsheet;
    }
    // Stores the edited workbook at `target` (through a temporary file; see check_output).
    void store(const std::filesystem::path& target, bool force) const;

private:
    Workbook workbook_;
};

// --out, or "<workbook stem>-<suffix>.<its extension>" beside the workbook. InputError, before
// any work, for an extension that is not .ods/.xlsx/.xls or a file that exists without --force.
std::filesystem::path check_output(const std::filesystem::path& workbook, const std::string& out,
                                   const std::string& suffix, bool force);

// "C5:C15", "Sheet!C5:C15", "'PAR 2023'!C5", "$Sheet.C5:C9": on the named sheet, else on
// `sheet` ("" = the first). InputError naming `what` for an unknown sheet or a bad address.
com::sun::star::uno::Reference<com::sun::star::table::XCellRange>
range_named(const com::sun::star::uno::Reference<com::sun::star::sheet::XSpreadsheetDocument>& doc,
            const std::string& text, const std::string& sheet, const Message& what);

} // namespace vnplan::cli
