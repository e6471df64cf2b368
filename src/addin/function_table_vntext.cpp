// Function table rows of the Vietnamese text functions (service org.vnplan.VnText).
#include "addin/function_table.hpp"

namespace vnplan::addin {

namespace {

const ArgumentSpec style_argument{
    .name = {.vi = "kieu", .en = "style"},
    .kind = ArgumentKind::optional,
    .help = {.vi = "các từ chọn cách đọc, cách nhau bởi dấu phẩy: \"lẻ\" (thay cho linh), \"ngàn\" "
                   "(thay cho nghìn), \"bốn\" (thay cho tư).",
             .en = "variant words separated by commas: \"lẻ\" (instead of linh), \"ngàn\" "
                   "(instead of nghìn), \"bốn\" (instead of tư)."}};
const ArgumentSpec text_argument{.name = {.vi = "van_ban", .en = "text"},
                                 .help = {.vi = "Đoạn văn bản.", .en = "The text."}};

} // namespace

std::vector<FunctionSpec> vntext_functions() {
    return {
        {.domain = Domain::vntext,
         .method = "vnWords",
         .name = {.vi = "DOCSO", .en = "VNWORDS"},
         .category = Category::text,
         .help = {.vi = "Đọc số thành chữ tiếng Việt, chữ thường: 105 = \"một trăm linh năm\", "
                        "15000 = \"mười lăm nghìn\"; phần thập phân đọc sau \"phẩy\".",
                  .en = "The number in Vietnamese words, lowercase: 105 = \"một trăm linh năm\", "
                        "15000 = \"mười lăm nghìn\"; decimals after \"phẩy\"."},
         .arguments = {{.name = {.vi = "so", .en = "number"},
                        .help = {.vi = "Số cần đọc (phần nguyên đến 999.999.999.999.999).",
                                 .en = "The number (whole part up to 999,999,999,999,999)."}},
                       style_argument},
         .example = {.arguments = "105", .result = "một trăm linh năm"}},
        {.domain = Domain::vntext,
         .method = "vnMoney",
         .name = {.vi = "DOCTIEN", .en = "VNMONEY"},
         .category = Category::text,
         .help = {.vi = "Đọc số tiền thành chữ, làm tròn đến đồng: \"Ba mươi ba triệu đồng\"; "
                        "cũng đọc đô la Mỹ và euro.",
                  .en = "An amount of money in words, rounded to whole đồng: \"Ba mươi ba triệu "
                        "đồng\"; also US dollars and euros."},
         .arguments =
             {{.name = {.vi = "so_tien", .en = "amount"},
               .help = {.vi = "Số tiền (đồng).", .en = "The amount in đồng."}},
              {.name = {.vi = "kieu", .en = "style"},
               .kind = ArgumentKind::optional,
               .help = {.vi = "\"chẵn\" để số tiền không phải làm tròn kết thúc bằng \"đồng "
                              "chẵn\"; dùng được các từ như DOCSO (\"lẻ\", \"ngàn\", \"bốn\").",
                        .en = "\"chẵn\" ends exact amounts with \"đồng chẵn\"; also the words of "
                              "VNWORDS (\"lẻ\", \"ngàn\", \"bốn\")."}},
              {.name = {.vi = "loai_tien", .en = "currency"},
               .kind = ArgumentKind::optional,
               .help = {.vi = "\"VND\" (mặc định, đồng), \"USD\" (đô la Mỹ, xu) hoặc \"EUR\" "
                              "(euro, xu); USD và EUR làm tròn đến xu: 12,08 USD = \"Mười hai đô "
                              "la Mỹ và tám xu\".",
                        .en = "\"VND\" (the default, đồng), \"USD\" (đô la Mỹ, cents as xu) or "
                              "\"EUR\" (euro, xu); USD and EUR are rounded to cents: 12.08 USD = "
                              "\"Mười hai đô la Mỹ và tám xu\"."}}},
         .example = {.arguments = "33000000", .result = "Ba mươi ba triệu đồng"}},
        {.domain = Domain::vntext,
         .method = "vnParse",
         .name = {.vi = "SOTUCHU", .en = "VNPARSE"},
         .category = Category::text,
         .help = {.vi = "Số mà các chữ nói: \"Một trăm lẻ năm đồng\" = 105, \"(Bằng chữ: Ba mươi "
                        "ba triệu đồng chẵn)\" = 33000000; đọc mọi kiểu của DOCSO và DOCTIEN và "
                        "các cách viết thường gặp. Chữ không đọc được hoặc hiểu được nhiều cách "
                        "(\"một trăm mốt\") cho lỗi.",
                  .en = "The number Vietnamese words say: \"Một trăm lẻ năm đồng\" = 105, "
                        "\"(Bằng chữ: Ba mươi ba triệu đồng chẵn)\" = 33000000; reads every form "
                        "of VNWORDS and VNMONEY and the common variants. Words it cannot read, or "
                        "that can be read more than one way (\"một trăm mốt\"), give an error."},
         .arguments = {{.name = {.vi = "van_ban", .en = "text"},
                        .help = {.vi = "Số viết bằng chữ.", .en = "The number in words."}}},
         .example = {.arguments = "\"Một trăm lẻ năm đồng\"", .result = "105"}},
        {.domain = Domain::vntext,
         .method = "vnWordsCheck",
         .name = {.vi = "KIEMTRABANGCHU", .en = "VNWORDSCHECK"},
         .category = Category::text,
         .help = {.vi = "1 (TRUE) khi phần bằng chữ nói đúng số (kiểu viết nào cũng được; số tiền "
                        "bằng chữ so với số đã làm tròn như DOCTIEN), 0 (FALSE) khi sai hoặc không "
                        "đọc được.",
                  .en =
                      "1 (TRUE) when the words say the number (in any style; money in words is "
                      "compared with the number rounded as VNMONEY rounds it), 0 (FALSE) when they "
                      "say another number or cannot be read."},
         .arguments = {{.name = {.vi = "so", .en = "number"},
                        .help = {.vi = "Số bằng chữ số.", .en = "The number in figures."}},
                       {.name = {.vi = "bang_chu", .en = "text"},
                        .help = {.vi = "Số viết bằng chữ.", .en = "The number in words."}}},
         .example = {.arguments = "105; \"một trăm lẻ năm\"", .result = "1"}},
        {.domain = Domain::vntext,
         .method = "vnDate",
         .name = {.vi = "NGAYTHANGNAM", .en = "VNDATE"},
         .category = Category::text,
         .help = {.vi = "Ngày tháng năm theo thể thức văn bản: \"Uông Bí, ngày 03 tháng 4 năm "
                        "2024\" (Nghị định 30/2020).",
                  .en = "A date as written in documents: \"Uông Bí, ngày 03 tháng 4 năm 2024\" "
                        "(Nghị định 30/2020)."},
         .arguments = {{.name = {.vi = "tai_lieu", .en = "document"},
                        .kind = ArgumentKind::hidden, // for its null date
                        .help = {.vi = "Tài liệu (Calc tự điền, không cần nhập).",
                                 .en = "The document (supplied by Calc, not typed)."}},
                       {.name = {.vi = "ngay", .en = "date"},
                        .help = {.vi = "Ngày.", .en = "The date."}},
                       {.name = {.vi = "dia_danh", .en = "place"},
                        .kind = ArgumentKind::optional,
                        .help = {.vi = "địa danh viết trước ngày tháng.",
                                 .en = "the place name written before the date."}}},
         .example = {.arguments = "DATE(2024; 4; 3); \"Uông Bí\"",
                     .result = "Uông Bí, ngày 03 tháng 4 năm 2024"}},
        {.domain = Domain::vntext,
         .method = "vnOrdinal",
         .name = {.vi = "DOCSOTHUTU", .en = "VNORDINAL"},
         .category = Category::text,
         .help = {.vi = "Số thứ tự bằng chữ: \"thứ nhất\", \"thứ hai\", \"thứ tư\", \"thứ hai "
                        "mươi mốt\".",
                  .en = "The ordinal in words: \"thứ nhất\", \"thứ hai\", \"thứ tư\", \"thứ hai "
                        "mươi mốt\"."},
         .arguments = {{.name = {.vi = "so", .en = "n"},
                        .help = {.vi = "Số nguyên từ 1.", .en = "A whole number from 1."}}},
         .example = {.arguments = "4", .result = "thứ tư"}},
        {.domain = Domain::vntext,
         .method = "vnNumber",
         .name = {.vi = "DINHDANGSO", .en = "VNNUMBER"},
         .category = Category::text,
         .help = {.vi = "Viết số theo cách Việt Nam, không phụ thuộc ngôn ngữ của tài liệu: "
                        "\"1.234.567,89\".",
                  .en = "The number written the Vietnamese way whatever the document's locale: "
                        "\"1.234.567,89\"."},
         .arguments =
             {{.name = {.vi = "so", .en = "x"},
               .help = {.vi = "Số cần viết.", .en = "The number."}},
              {.name = {.vi = "so_le", .en = "decimals"},
               .kind = ArgumentKind::optional,
               .help = {.vi = "số chữ số thập phân (0 đến 20, làm tròn); bỏ trống: giữ nguyên các "
                              "chữ số thập phân của số.",
                        .en = "decimals (0 to 20, rounded half up); omitted: the decimals the "
                              "number has."}}},
         .example = {.arguments = "1234567.891; 2", .result = "1.234.567,89"}},
        {.domain = Domain::vntext,
         .method = "vnUnicode",
         .name = {.vi = "CHUYENMA", .en = "VNUNICODE"},
         .category = Category::text,
         .help = {.vi = "Chuyển văn bản mã TCVN3 (ABC, phông .Vn), VNI, VIQR hoặc Unicode tổ hợp "
                        "sang Unicode dựng sẵn (NFC).",
                  .en = "Converts TCVN3 (ABC, .Vn fonts), VNI, VIQR or decomposed text to Unicode "
                        "(NFC)."},
         .arguments =
             {text_argument,
              {.name = {.vi = "bang_ma", .en = "encoding"},
               .kind = ArgumentKind::optional,
               .help = {.vi = "\"tcvn3\", \"vni\", \"viqr\", \"unicode\" hoặc \"auto\" (mặc định: "
                              "tự nhận biết; văn bản Unicode đúng được giữ nguyên).",
                        .en = "\"tcvn3\", \"vni\", \"viqr\", \"unicode\" or \"auto\" (the default: "
                              "detect; correct Unicode is left unchanged)."}}},
         .example = {.arguments = "\"ViÖt Nam\"", .result = "Việt Nam"}},
        {.domain = Domain::vntext,
         .method = "vnKey",
         .name = {.vi = "KHOATEN", .en = "VNKEY"},
         .category = Category::text,
         .help = {.vi = "Khóa so khớp tên đơn vị: hai cách viết của cùng một tên cho cùng một khóa "
                        "(\"UBND\" = \"Ủy ban nhân dân\", \"Uỷ\" = \"Ủy\", không phân biệt hoa "
                        "thường và khoảng trắng).",
                  .en = "A key under which two spellings of one unit name are equal (\"UBND\" = "
                        "\"Ủy ban nhân dân\", \"Uỷ\" = \"Ủy\", case and spaces ignored)."},
         .arguments = {text_argument},
         .example = {.arguments = "\"UBND phường Trung Vương\"",
                     .result = "ủy ban nhân dân phường trung vương"}},
    };
}

} // namespace vnplan::addin
