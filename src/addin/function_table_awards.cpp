// Function table rows of the award-quota functions (service org.vnplan.Awards).
#include "addin/function_table.hpp"

namespace vnplan::addin {

namespace {

const ArgumentSpec weights_argument{
    .name = {.vi = "trong_so", .en = "weights"},
    .help = {.vi = "Trọng số của các đơn vị (số không âm; ô trống tính là 0).",
             .en = "The units' weights (numbers >= 0; blanks count as 0)."}};
const ArgumentSpec total_argument{
    .name = {.vi = "tong", .en = "total"},
    .help = {.vi = "Tổng số nguyên cần phân bổ.", .en = "The whole number to share."}};
const ArgumentSpec minimum_argument{
    .name = {.vi = "toi_thieu", .en = "minimum"},
    .kind = ArgumentKind::optional,
    .help = {.vi = "số tối thiểu mỗi đơn vị nhận (một số hoặc một vùng).",
             .en = "the least each unit gets (a number or a range)."}};
const ArgumentSpec maximum_argument{
    .name = {.vi = "toi_da", .en = "maximum"},
    .kind = ArgumentKind::optional,
    .help = {.vi = "số tối đa mỗi đơn vị nhận (một số hoặc một vùng).",
             .en = "the most each unit gets (a number or a range)."}};

const ArgumentSpec table_argument{
    .name = {.vi = "bang", .en = "table"},
    .help = {.vi = "Toàn bộ bảng: dòng tiêu đề, dòng mục (I., II., ...), dòng đơn vị và dòng "
                   "\"Tổng cộng\" nếu có.",
             .en = "The whole table: header rows, section rows (I., II., ...), item rows and an "
                   "optional \"Tổng cộng\" row."}};
const ArgumentSpec document_argument{
    .name = {.vi = "tai_lieu", .en = "document"},
    .kind = ArgumentKind::hidden, // the key of the memo of tables checked (grid_memo.hpp)
    .help = {.vi = "Tài liệu (Calc tự điền, không cần nhập).",
             .en = "The document (supplied by Calc, not typed)."}};

} // namespace

std::vector<FunctionSpec> awards_functions() {
    return {
        {.domain = Domain::awards,
         .method = "awardTotal",
         .name = {.vi = "TONGKHENTHUONG", .en = "AWARDTOTAL"},
         .category = Category::add_in,
         .help = {.vi = "Tổng một cột số lượng trên các dòng đơn vị của bảng phân bổ chỉ tiêu "
                        "khen thưởng, không tính dòng cộng của từng mục và dòng tổng cộng.",
                  .en = "The sum of a count column over the item rows of an award-quota table, "
                        "leaving out section subtotal rows and the grand total row."},
         .arguments =
             {table_argument,
              {.name = {.vi = "cot", .en = "column"},
               .help = {.vi = "Số thứ tự của cột cần cộng trong bảng, tính từ 1 (ví dụ 3 là cột "
                              "Tập thể).",
                        .en = "The 1-based column of the table to sum (e.g. 3 for Tập thể)."}},
              {.name = {.vi = "muc", .en = "section"},
               .kind = ArgumentKind::optional,
               .help = {.vi = "thứ tự của mục (1 là mục đầu) hoặc số hiệu mục (\"II\").",
                        .en = "a section's position (1 = the first) or its label (\"II\")."}}},
         .example = {.arguments = "A4:E53; 3", .result = "33", .workbook = "khen-thuong-143.ods"}},
        {.domain = Domain::awards,
         .method = "awardCheck",
         .name = {.vi = "KIEMTRAKHENTHUONG", .en = "AWARDCHECK"},
         .category = Category::add_in,
         .help = {.vi = "Số lỗi của bảng phân bổ chỉ tiêu khen thưởng: 0 khi số cộng của từng mục "
                        "và dòng tổng cộng khớp với các dòng, mọi số lượng là số nguyên không âm.",
                  .en = "The number of errors in an award-quota table: 0 when every subtotal and "
                        "the grand total agree with the items and every count is a whole number "
                        ">= 0."},
         .arguments = {table_argument, document_argument},
         .example = {.arguments = "A4:E53", .result = "0", .workbook = "khen-thuong-143.ods"}},
        {.domain = Domain::awards,
         .method = "awardReport",
         .name = {.vi = "BAOCAOKHENTHUONG", .en = "AWARDREPORT"},
         .category = Category::add_in,
         .help = {.vi = "Kết quả kiểm tra bảng dưới dạng một cột thông báo, lỗi trước rồi đến cảnh "
                        "báo, mỗi dòng bắt đầu bằng địa chỉ ô (\"OK\" khi không có gì), sau đó là "
                        "những gì đã đọc: các cột số lượng, các mục, các dòng đơn vị và dòng tổng "
                        "cộng.",
                  .en = "The findings of the check as a column of messages, errors first then "
                        "warnings, each starting with its cell (\"OK\" when there is nothing to "
                        "report), then what was read: the count columns, the sections, the item "
                        "rows and the grand total row."},
         .arguments = {table_argument, document_argument},
         .example = {.arguments = "A4:E53",
                     .result = "A17: item numbers skip from 1 to 3 (2 is missing). (warning)",
                     .result_vi = "A17: số thứ tự nhảy từ 1 lên 3 (thiếu 2). (cảnh báo)",
                     .workbook = "khen-thuong-143.ods"}},
        {.domain = Domain::awards,
         .method = "awardSummary",
         .name = {.vi = "TONGHOPKHENTHUONG", .en = "AWARDSUMMARY"},
         .category = Category::add_in,
         .help = {.vi = "Mỗi đơn vị một dòng, gộp mọi mục: tên đơn vị rồi tổng của từng cột số "
                        "lượng. Các cách viết khác nhau của một tên (UBND / Ủy ban nhân dân, Uỷ / "
                        "Ủy) được tính là một đơn vị.",
                  .en = "One row per unit over all sections: the unit, then its total in each "
                        "count column. Spelling variants of a name (UBND / Ủy ban nhân dân, Uỷ / "
                        "Ủy) count as one unit."},
         .arguments = {table_argument, document_argument},
         .example = {.arguments = "A4:E53",
                     .result = "Phòng Nội vụ;2;3",
                     .workbook = "khen-thuong-143.ods"}},
        {.domain = Domain::awards,
         .method = "allocate",
         .name = {.vi = "PHANBO", .en = "ALLOCATE"},
         .category = Category::add_in,
         .help = {.vi = "Phân bổ một tổng số nguyên cho các đơn vị theo tỷ lệ trọng số; kết quả là "
                        "một cột có tổng đúng bằng tổng cần phân bổ.",
                  .en = "Shares a whole-number total among units in proportion to their weights; "
                        "a vertical array that adds up to the total."},
         .arguments = {weights_argument,
                       total_argument,
                       {.name = {.vi = "phuong_phap", .en = "method"},
                        .kind = ArgumentKind::optional,
                        .help = {.vi = "\"hamilton\" (mặc định), \"dhondt\", \"sainte-lague\", "
                                       "\"huntington-hill\", \"adams\", \"dean\" hoặc "
                                       "\"quota\" (hạn ngạch Balinski-Young).",
                                 .en = "\"hamilton\" (default), \"dhondt\", \"sainte-lague\", "
                                       "\"huntington-hill\", \"adams\", \"dean\" or \"quota\" "
                                       "(Balinski-Young)."}},
                       minimum_argument,
                       maximum_argument},
         .example = {.arguments = "A1:A3; 7", .result = "4|2|1", .cells = "5|3|2"}},
        {.domain = Domain::awards,
         .method = "allocateReport",
         .name = {.vi = "BAOCAOPHANBO", .en = "ALLOCATEREPORT"},
         .category = Category::add_in,
         .help = {.vi = "Cách tính của PHANBO dưới dạng bảng (công thức mảng, có dòng tiêu đề): "
                        "mỗi đơn vị một dòng với hạn ngạch (cả phân số đúng), số chỉ tiêu, phần dư "
                        "hoặc số chia quyết định chỉ tiêu cuối và các trường hợp hòa (ghi \"cần "
                        "bốc thăm / cần quyết định\"); sau đó là dòng tổng, số chia chuẩn và "
                        "khoảng số chia cho cùng kết quả.",
                  .en = "The working of ALLOCATE as a table (an array formula with a header "
                        "row): one row per unit with its quota (also as an exact fraction), its "
                        "seats, the remainder or divisor that decided its last seat and the ties "
                        "(marked \"needs a draw / a decision\"); then the total, the standard "
                        "divisor and the interval of divisors giving the same result."},
         .arguments = {weights_argument,
                       total_argument,
                       {.name = {.vi = "phuong_phap", .en = "method"},
                        .kind = ArgumentKind::optional,
                        .help = {.vi = "phương pháp như của PHANBO (mặc định \"hamilton\").",
                                 .en = "a method as for ALLOCATE (default \"hamilton\")."}},
                       minimum_argument,
                       maximum_argument},
         .example = {.arguments = "A1:A3; 7",
                     .result = "No.;Weight;Quota;Exact quota "
                               "(fraction);Seats|1;5;3.5;7/2;4|2;3;2.1;21/10;2|3;2;1.4;7/5;1",
                     .result_vi = "STT;Trọng số;Hạn ngạch;Hạn ngạch đúng (phân số);Chỉ "
                                  "tiêu|1;5;3.5;7/2;4|2;3;2.1;21/10;2|3;2;1.4;7/5;1",
                     .cells = "5|3|2"}},
        {.domain = Domain::awards,
         .method = "allocateCompare",
         .name = {.vi = "SOSANHPHANBO", .en = "ALLOCATECOMPARE"},
         .category = Category::add_in,
         .help = {.vi = "So sánh các phương pháp phân bổ (công thức mảng): mỗi phương pháp một "
                        "cột chỉ tiêu của từng đơn vị, rồi các dòng quy tắc hạn ngạch (đơn vị nhận "
                        "dưới phần nguyên hoặc trên phần nguyên + 1 của hạn ngạch), hòa, chỉ số "
                        "Loosemore-Hanby và Gallagher (điểm %).",
                  .en = "Compares the allocation methods (an array formula): one column of seats "
                        "per method, then rows for the quota rule (a unit below its quota "
                        "rounded down or above it rounded up), ties, and the Loosemore-Hanby and "
                        "Gallagher indices (% points)."},
         .arguments = {weights_argument, total_argument, minimum_argument, maximum_argument},
         .example =
             {.arguments = "A1:A3; 7",
              .result =
                  "No.;Weight;Quota;Largest remainder (Hamilton)|1;5;3.5;4|2;3;2.1;2|3;2;1.4;1",
              .result_vi = "STT;Trọng số;Hạn ngạch;Phần dư lớn nhất "
                           "(Hamilton)|1;5;3.5;4|2;3;2.1;2|3;2;1.4;1",
              .cells = "5|3|2"}},
    };
}

} // namespace vnplan::addin
