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
        {Domain::awards, "awardCheck", "AWARDCHECK", "KIEMTRAKHENTHUONG", "Add-In",
         "The number of errors in an award-quota table: 0 when every subtotal and the grand "
         "total agree with the items and every count is a whole number >= 0.",
         "Số lỗi của bảng phân bổ chỉ tiêu khen thưởng: 0 khi số cộng của từng mục và dòng tổng "
         "cộng khớp với các dòng, mọi số lượng là số nguyên không âm.",
         {table_argument}},
        {Domain::awards, "awardReport", "AWARDREPORT", "BAOCAOKHENTHUONG", "Add-In",
         "The findings of the check as a column of messages, errors first then warnings, each "
         "starting with its cell; \"OK\" when there is nothing to report.",
         "Kết quả kiểm tra bảng dưới dạng một cột thông báo, lỗi trước rồi đến cảnh báo, mỗi dòng "
         "bắt đầu bằng địa chỉ ô; \"OK\" khi không có gì.",
         {table_argument}},
        {Domain::awards, "awardSummary", "AWARDSUMMARY", "TONGHOPKHENTHUONG", "Add-In",
         "One row per unit over all sections: the unit, then its total in each count column. "
         "Spelling variants of a name (UBND / Ủy ban nhân dân, Uỷ / Ủy) count as one unit.",
         "Mỗi đơn vị một dòng, gộp mọi mục: tên đơn vị rồi tổng của từng cột số lượng. Các cách "
         "viết khác nhau của một tên (UBND / Ủy ban nhân dân, Uỷ / Ủy) được tính là một đơn vị.",
         {table_argument}},
        {Domain::awards, "allocate", "ALLOCATE", "PHANBO", "Add-In",
         "Shares a whole-number total among units in proportion to their weights; a vertical "
         "array that adds up to the total.",
         "Phân bổ một tổng số nguyên cho các đơn vị theo tỷ lệ trọng số; kết quả là một cột có "
         "tổng đúng bằng tổng cần phân bổ.",
         {{"weights", "trong_so", "The units' weights (numbers >= 0; blanks count as 0).",
           "Trọng số của các đơn vị (số không âm; ô trống tính là 0)."},
          {"total", "tong", "The whole number to share.", "Tổng số nguyên cần phân bổ."},
          {"method", "phuong_phap",
           "Optional: \"hamilton\" (default), \"dhondt\", \"sainte-lague\", "
           "\"huntington-hill\" or \"adams\".",
           "Không bắt buộc: \"hamilton\" (mặc định), \"dhondt\", \"sainte-lague\", "
           "\"huntington-hill\" hoặc \"adams\"."},
          {"minimum", "toi_thieu", "Optional: the least each unit gets (a number or a range).",
           "Không bắt buộc: số tối thiểu mỗi đơn vị nhận (một số hoặc một vùng)."},
          {"maximum", "toi_da", "Optional: the most each unit gets (a number or a range).",
           "Không bắt buộc: số tối đa mỗi đơn vị nhận (một số hoặc một vùng)."}}},
    };
}

} // namespace vnplan::addin
