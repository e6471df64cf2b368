#include "cli/workbook_copy.hpp"

#include "office/common/documents.hpp"
#include "office/common/sheet_reader.hpp"
#include "office/common/ustring.hpp"

#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/uno/RuntimeException.hpp>

namespace vnplan::cli {

namespace css = com::sun::star;
using css::uno::Reference;
using css::uno::UNO_QUERY_THROW;

namespace {

std::string filter_for(const std::filesystem::path& path) {
    const std::string filter = spreadsheet_filter(path);
    if (!filter.empty()) return filter;
    throw InputError({"Tệp kết quả " + path.string() + " phải là .ods, .xlsx hoặc .xls.",
                      "The output file " + path.string() + " must be .ods, .xlsx or .xls."});
}

} // namespace

void EditedWorkbook::store(const std::filesystem::path& target, bool force) const {
    office::store_document(workbook_.document, target, filter_for(target), force);
}

std::filesystem::path check_output(const std::filesystem::path& workbook, const std::string& out,
                                   const std::string& suffix, bool force) {
    std::filesystem::path target = out;
    if (out.empty())
        target = workbook.parent_path() /
                 (workbook.stem().string() + "-" + suffix + workbook.extension().string());
    filter_for(target);
    std::error_code ec;
    if (std::filesystem::exists(target, ec) && !force)
        throw InputError(
            {"Tệp " + target.string() + " đã có; không ghi đè (dùng --force để ghi đè).",
             "File " + target.string() + " exists; not overwritten (use --force)."});
    return target;
}

Reference<css::table::XCellRange>
range_named(const Reference<css::sheet::XSpreadsheetDocument>& doc, const std::string& text,
            const std::string& sheet, const Message& what) {
    std::string sheet_name = sheet, address = text;
    const auto mark = text.find_last_of("!.");
    if (mark != std::string::npos) {
        sheet_name = text.substr(0, mark);
        address = text.substr(mark + 1);
        if (!sheet_name.empty() && sheet_name.front() == '$') sheet_name.erase(0, 1);
        if (sheet_name.size() >= 2 && sheet_name.front() == '\'' && sheet_name.back() == '\'')
            sheet_name = sheet_name.substr(1, sheet_name.size() - 2);
    }
    Reference<css::sheet::XSpreadsheet> target;
    if (sheet_name.empty())
        target.set(Reference<css::container::XIndexAccess>(doc->getSheets(), UNO_QUERY_THROW)
                       ->getByIndex(0),
                   UNO_QUERY_THROW);
    else
        target = office::sheet_named(doc, sheet_name);
    if (!target.is())
        throw InputError({"Không có trang tính \"" + sheet_name + "\" (" + what.vi + ").",
                          "There is no sheet \"" + sheet_name + "\" (" + what.en + ")."});
    try {
        if (!address.empty()) return target->getCellRangeByName(office::to_ou(address));
    } catch (const css::uno::RuntimeException&) {
    }
    throw InputError({what.vi + " \"" + text + "\" không phải địa chỉ vùng ô hợp lệ.",
                      what.en + " \"" + text + "\" is not a valid range address."});
}

} // namespace vnplan::cli
