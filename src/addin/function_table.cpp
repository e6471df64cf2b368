#include "addin/function_table.hpp"

#include <algorithm>
#include <cctype>

namespace vnplan::addin {

// Categories are Calc's fixed English names ("Add-In", "Text", "Statistical", ...).
const std::vector<FunctionSpec>& function_table() {
    static const std::vector<FunctionSpec> table{
        {"awardTotal", "AWARDTOTAL", "TONGKHENTHUONG", "Add-In",
         "The sum of a count column over the item rows of an award-quota table, leaving out "
         "section subtotal rows and the grand total row.",
         "Tổng một cột số lượng trên các dòng đơn vị của bảng phân bổ chỉ tiêu khen thưởng, "
         "không tính dòng cộng của từng mục và dòng tổng cộng.",
         {{"table", "bang",
           "The whole table: header rows, section rows (I., II., ...), item rows and an "
           "optional \"Tổng cộng\" row.",
           "Toàn bộ bảng: dòng tiêu đề, dòng mục (I., II., ...), dòng đơn vị và dòng "
           "\"Tổng cộng\" nếu có."},
          {"column", "cot", "The 1-based column of the table to sum (e.g. 3 for Tập thể).",
           "Số thứ tự của cột cần cộng trong bảng, tính từ 1 (ví dụ 3 là cột Tập thể)."},
          {"section", "muc",
           "Optional: a section's position (1 = the first) or its label (\"II\").",
           "Không bắt buộc: thứ tự của mục (1 là mục đầu) hoặc số hiệu mục (\"II\")."}}},
    };
    return table;
}

namespace {
bool same_ascii_nocase(std::string_view a, std::string_view b) {
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
               return std::toupper(static_cast<unsigned char>(x)) ==
                      std::toupper(static_cast<unsigned char>(y));
           });
}
} // namespace

const FunctionSpec* find_function(std::string_view name) {
    for (const FunctionSpec& f : function_table())
        if (same_ascii_nocase(name, f.method) || same_ascii_nocase(name, f.name_en) ||
            same_ascii_nocase(name, f.name_vi))
            return &f;
    return nullptr;
}

} // namespace vnplan::addin
