// Function table rows of the award-quota functions (service org.vnplan.Awards).
#include "addin/function_table.hpp"

namespace vnplan::addin {

namespace {
const ArgumentSpec table_argument{
    "table", "bang",
    "The whole table: header rows, section rows (I., II., ...), item rows and an optional "
    "\"Tổng cộng\" row.",
    "Toàn bộ bảng: dòng tiêu đề, dòng mục (I., II., ...), dòng đơn vị và dòng \"Tổng cộng\" "
    "nếu có."};
} // namespace

std::vector<FunctionSpec> awards_functions() {
    return {
        {Domain::awards, "awardTotal", "AWARDTOTAL", "TONGKHENTHUONG", "Add-In",
         "The sum of a count column over the item rows of an award-quota table, leaving out "
         "section subtotal rows and the grand total row.",
         "Tổng một cột số lượng trên các dòng đơn vị của bảng phân bổ chỉ tiêu khen thưởng, "
         "không tính dòng cộng của từng mục và dòng tổng cộng.",
         {table_argument,
          {"column", "cot", "The 1-based column of the table to sum (e.g. 3 for Tập thể).",
           "Số thứ tự của cột cần cộng trong bảng, tính từ 1 (ví dụ 3 là cột Tập thể)."},
          {"section", "muc", "Optional: a section's position (1 = the first) or its label (\"II\").",
           "Không bắt buộc: thứ tự của mục (1 là mục đầu) hoặc số hiệu mục (\"II\")."}}},
    };
}

} // namespace vnplan::addin
