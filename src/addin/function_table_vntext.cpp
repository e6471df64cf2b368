// Function table rows of the Vietnamese text functions (service org.vnplan.VnText).
#include "addin/function_table.hpp"

namespace vnplan::addin {

namespace {

const ArgumentSpec style_argument{
    "style", "kieu",
    "Optional: variant words separated by commas: \"lẻ\" (instead of linh), \"ngàn\" (instead "
    "of nghìn), \"bốn\" (instead of tư).",
    "Không bắt buộc: các từ chọn cách đọc, cách nhau bởi dấu phẩy: \"lẻ\" (thay cho linh), "
    "\"ngàn\" (thay cho nghìn), \"bốn\" (thay cho tư)."};
const ArgumentSpec text_argument{"text", "van_ban", "The text.", "Đoạn văn bản."};

} // namespace

std::vector<FunctionSpec> vntext_functions() {
    return {
        {Domain::vntext,
         "vnWords",
         "VNWORDS",
         "DOCSO",
         "Text",
         "The number in Vietnamese words, lowercase: 105 = \"một trăm linh năm\", 15000 = "
         "\"mười lăm nghìn\"; decimals after \"phẩy\".",
         "Đọc số thành chữ tiếng Việt, chữ thường: 105 = \"một trăm linh năm\", 15000 = \"mười "
         "lăm nghìn\"; phần thập phân đọc sau \"phẩy\".",
         {{"number", "so", "The number (whole part up to 999,999,999,999,999).",
           "Số cần đọc (phần nguyên đến 999.999.999.999.999)."},
          style_argument}},
        {Domain::vntext,
         "vnMoney",
         "VNMONEY",
         "DOCTIEN",
         "Text",
         "An amount of money in words, rounded to whole đồng: \"Ba mươi ba triệu đồng\".",
         "Đọc số tiền thành chữ, làm tròn đến đồng: \"Ba mươi ba triệu đồng\".",
         {{"amount", "so_tien", "The amount in đồng.", "Số tiền (đồng)."},
          {"style", "kieu",
           "Optional: \"chẵn\" ends exact amounts with \"đồng chẵn\"; also the words of VNWORDS "
           "(\"lẻ\", \"ngàn\", \"bốn\").",
           "Không bắt buộc: \"chẵn\" để số tiền không phải làm tròn kết thúc bằng \"đồng "
           "chẵn\"; dùng được các từ như DOCSO (\"lẻ\", \"ngàn\", \"bốn\")."}}},
        {Domain::vntext,
         "vnDate",
         "VNDATE",
         "NGAYTHANGNAM",
         "Text",
         "A date as written in documents: \"Uông Bí, ngày 03 tháng 4 năm 2024\" (Nghị định "
         "30/2020).",
         "Ngày tháng năm theo thể thức văn bản: \"Uông Bí, ngày 03 tháng 4 năm 2024\" (Nghị "
         "định 30/2020).",
         // Calc fills the document in itself and never shows this argument.
         {{"document", "tai_lieu", "The document (supplied by Calc, not typed).",
           "Tài liệu (Calc tự điền, không cần nhập)."},
          {"date", "ngay", "The date.", "Ngày."},
          {"place", "dia_danh", "Optional: the place name written before the date.",
           "Không bắt buộc: địa danh viết trước ngày tháng."}}},
        {Domain::vntext,
         "vnOrdinal",
         "VNORDINAL",
         "DOCSOTHUTU",
         "Text",
         "The ordinal in words: \"thứ nhất\", \"thứ hai\", \"thứ tư\", \"thứ hai mươi mốt\".",
         "Số thứ tự bằng chữ: \"thứ nhất\", \"thứ hai\", \"thứ tư\", \"thứ hai mươi mốt\".",
         {{"n", "so", "A whole number from 1.", "Số nguyên từ 1."}}},
        {Domain::vntext,
         "vnNumber",
         "VNNUMBER",
         "DINHDANGSO",
         "Text",
         "The number written the Vietnamese way whatever the document's locale: "
         "\"1.234.567,89\".",
         "Viết số theo cách Việt Nam, không phụ thuộc ngôn ngữ của tài liệu: \"1.234.567,89\".",
         {{"x", "so", "The number.", "Số cần viết."},
          {"decimals", "so_le",
           "Optional: decimals (0 to 20, rounded half up); omitted: the decimals the number "
           "has.",
           "Không bắt buộc: số chữ số thập phân (0 đến 20, làm tròn); bỏ trống: giữ nguyên các "
           "chữ số thập phân của số."}}},
        {Domain::vntext,
         "vnUnicode",
         "VNUNICODE",
         "CHUYENMA",
         "Text",
         "Converts TCVN3 (ABC, .Vn fonts), VNI, VIQR or decomposed text to Unicode (NFC).",
         "Chuyển văn bản mã TCVN3 (ABC, phông .Vn), VNI, VIQR hoặc Unicode tổ hợp sang Unicode "
         "dựng sẵn (NFC).",
         {text_argument,
          {"encoding", "bang_ma",
           "Optional: \"tcvn3\", \"vni\", \"viqr\", \"unicode\" or \"auto\" (the default: "
           "detect; correct Unicode is left unchanged).",
           "Không bắt buộc: \"tcvn3\", \"vni\", \"viqr\", \"unicode\" hoặc \"auto\" (mặc định: "
           "tự nhận biết; văn bản Unicode đúng được giữ nguyên)."}}},
        {Domain::vntext,
         "vnKey",
         "VNKEY",
         "KHOATEN",
         "Text",
         "A key under which two spellings of one unit name are equal (\"UBND\" = \"Ủy ban nhân "
         "dân\", \"Uỷ\" = \"Ủy\", case and spaces ignored).",
         "Khóa so khớp tên đơn vị: hai cách viết của cùng một tên cho cùng một khóa (\"UBND\" = "
         "\"Ủy ban nhân dân\", \"Uỷ\" = \"Ủy\", không phân biệt hoa thường và khoảng trắng).",
         {text_argument}},
    };
}

} // namespace vnplan::addin
