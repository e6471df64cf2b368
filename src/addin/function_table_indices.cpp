// Function table rows of the index-score functions (service org.vnplan.Indices).
#include "addin/function_table.hpp"

namespace vnplan::addin {

namespace {

const ArgumentSpec score_argument{
    .name = {.vi = "diem", .en = "score"},
    .help = {.vi = "Điểm của đơn vị.", .en = "The unit's score (points)."}};
const ArgumentSpec maximum_argument{
    .name = {.vi = "diem_toi_da", .en = "maximum"},
    .help = {.vi = "Điểm tối đa có thể đạt (lớn hơn 0).",
             .en = "The maximum possible score (points, above 0)."}};
const ArgumentSpec order_argument{
    .name = {.vi = "thu_tu", .en = "order"},
    .kind = ArgumentKind::optional,
    .help = {.vi = "0 hoặc bỏ trống thì giá trị cao nhất xếp thứ nhất, số khác thì giá trị thấp "
                   "nhất xếp thứ nhất.",
             .en = "0 or omitted ranks the highest value first, any other number the lowest "
                   "first."}};
const ArgumentSpec ties_argument{
    .name = {.vi = "dong_hang", .en = "ties"},
    .kind = ArgumentKind::optional,
    .help = {.vi = "cách xếp các giá trị bằng nhau: \"cạnh tranh\" (1,2,2,4, mặc định), \"liên "
                   "tục\" (1,2,2,3), \"trung bình\" (1; 2,5; 2,5; 4) hoặc \"thứ tự\" (1,2,3,4 "
                   "theo thứ tự trên bảng).",
             .en = "how equal values are ranked: \"competition\" (1,2,2,4, the default), "
                   "\"dense\" (1,2,2,3), \"average\" (1, 2.5, 2.5, 4) or \"ordinal\" (1,2,3,4 in "
                   "sheet order)."}};
const ArgumentSpec rank_decimals_argument{
    .name = {.vi = "so_le", .en = "decimals"},
    .kind = ArgumentKind::optional,
    .help = {.vi = "so sánh các giá trị sau khi làm tròn đến số chữ số thập phân này (0 đến 15, "
                   "mặc định 6).",
             .en = "values are compared after rounding to this many decimals (0 to 15, default "
                   "6)."}};
const ArgumentSpec now_argument{.name = {.vi = "hang_nay", .en = "now"},
                                .help = {.vi = "Thứ hạng năm nay (số nguyên từ 1).",
                                         .en = "This year's rank (a whole number from 1)."}};
const ArgumentSpec before_argument{.name = {.vi = "hang_truoc", .en = "before"},
                                   .help = {.vi = "Thứ hạng năm trước (số nguyên từ 1).",
                                            .en = "Last year's rank (a whole number from 1)."}};

} // namespace

std::vector<FunctionSpec> indices_functions() {
    return {
        {.domain = Domain::indices,
         .method = "indexPercent",
         .name = {.vi = "TYLECHISO", .en = "INDEXPERCENT"},
         .category = Category::statistical,
         .help = {.vi = "Tỷ lệ phần trăm của điểm so với điểm tối đa, làm tròn chính xác theo số "
                        "thập phân (87,06 trên 99,5 được 87,50).",
                  .en = "The score as a percentage of the maximum, rounded half up in exact "
                        "decimal arithmetic (87.06 of 99.5 gives 87.50)."},
         .arguments = {score_argument,
                       maximum_argument,
                       {.name = {.vi = "so_le", .en = "decimals"},
                        .kind = ArgumentKind::optional,
                        .help = {.vi = "số chữ số thập phân của kết quả (0 đến 15, mặc định 2).",
                                 .en = "decimals of the result (0 to 15, default 2)."}}},
         .example = {.arguments = "87.06; 99.5", .result = "87.5"}},
        {.domain = Domain::indices,
         .method = "indexRank",
         .name = {.vi = "XEPHANG", .en = "INDEXRANK"},
         .category = Category::statistical,
         .help = {.vi = "Thứ hạng của một giá trị trong vùng giá trị như RANK.EQ, bỏ qua ô chữ và "
                        "ô trống, so sánh sau khi làm tròn, chọn được cách xếp đồng hạng. #N/A "
                        "nếu giá trị không có trong vùng.",
                  .en = "The rank of a value among values like RANK.EQ, skipping text and blank "
                        "cells, comparing rounded values and with a choice of tie rule. #N/A if "
                        "the value is not among them."},
         .arguments =
             {{.name = {.vi = "gia_tri", .en = "value"},
               .help = {.vi = "Giá trị cần xếp hạng (ví dụ tổng điểm của đơn vị).",
                        .en = "The value to rank (e.g. the unit's total score)."}},
              {.name = {.vi = "vung_gia_tri", .en = "values"},
               .help = {.vi = "Vùng ô chứa giá trị của tất cả các đơn vị; ô chữ, ô trống và ô lỗi "
                              "được bỏ qua.",
                        .en = "The cell range with the values of all units; text, blank and "
                              "error cells are skipped."}},
              order_argument,
              ties_argument,
              rank_decimals_argument,
              {.name = {.vi = "vi_tri", .en = "position"},
               .kind = ArgumentKind::optional,
               .help = {.vi = "vị trí của ô giá trị trong vùng giá trị (1 là ô đầu, đếm theo từng "
                              "hàng), ví dụ ROWS($B$2:B2) khi điền xuống; với cách xếp \"thứ "
                              "tự\" các giá trị bằng nhau được 1, 2, 3... theo thứ tự trên bảng. "
                              "Ô tại vị trí đó phải chứa đúng giá trị.",
                        .en = "the position of the value's cell within the values (1 for the "
                              "first, counting row by row), e.g. ROWS($B$2:B2) filled down; with "
                              "\"ordinal\" equal values then get 1, 2, 3... in sheet order. The "
                              "cell there must hold the value."}},
              {.name = {.vi = "tai_lieu", .en = "document"},
               .kind = ArgumentKind::hidden, // the key of its cache of sorted ranges
               .help = {.vi = "Tài liệu (Calc tự điền, không cần nhập).",
                        .en = "The document (supplied by Calc, not typed)."}}},
         .example = {.arguments = "87.06; A1:A4", .result = "2", .cells = "87.06|90.1|87.06|75"}},
        {.domain = Domain::indices,
         .method = "indexRanks",
         .name = {.vi = "XEPHANGCOT", .en = "INDEXRANKS"},
         .category = Category::statistical,
         .help = {.vi = "Thứ hạng của cả một vùng trong một lần tính, trả về một cột (nhập dạng "
                        "công thức mảng); có thể xếp hạng trong từng nhóm. Ô chữ, ô trống và ô "
                        "lỗi cho kết quả trống.",
                  .en = "The ranks of a whole range in one call, as a vertical array (enter as "
                        "an array formula); optionally ranked within groups. Text, blank and "
                        "error cells get a blank."},
         .arguments =
             {{.name = {.vi = "vung_gia_tri", .en = "values"},
               .help = {.vi = "Vùng ô chứa các giá trị cần xếp hạng (một cột điểm).",
                        .en = "The cell range of the values to rank (a column of scores)."}},
              order_argument,
              ties_argument,
              {.name = {.vi = "nhom", .en = "groups"},
               .kind = ArgumentKind::optional,
               .help = {.vi = "vùng cùng kích thước ghi nhóm của từng đơn vị (ví dụ \"Khối địa "
                              "phương\"); mỗi nhóm xếp hạng riêng.",
                        .en = "a range of the same size with each unit's group (e.g. \"Khối "
                              "địa phương\"); ranks restart in every group."}},
              rank_decimals_argument},
         .example = {.arguments = "A1:A4", .result = "2|1|2|4", .cells = "87.06|90.1|87.06|75"}},
        {.domain = Domain::indices,
         .method = "indexGap",
         .name = {.vi = "DIEMCANTHEM", .en = "INDEXGAP"},
         .category = Category::statistical,
         .help = {.vi = "Số điểm đơn vị cần thêm để đạt thứ hạng mong muốn (0 nếu đã đạt), tính "
                        "chính xác theo số thập phân; bằng điểm với đơn vị đang ở hạng đó là đạt "
                        "(đồng hạng). #N/A nếu giá trị không có trong vùng.",
                  .en = "The points a unit needs to reach a target rank (0 if it has it), exact "
                        "in decimal; drawing level with the unit at that rank reaches it (a "
                        "shared rank). #N/A if the value is not among the values."},
         .arguments = {{.name = {.vi = "gia_tri", .en = "value"},
                        .help = {.vi = "Điểm hiện tại của đơn vị.",
                                 .en = "The unit's current score."}},
                       {.name = {.vi = "vung_gia_tri", .en = "values"},
                        .help = {.vi = "Vùng ô chứa điểm của tất cả các đơn vị, kể cả đơn vị "
                                       "này; ô chữ, ô trống và ô lỗi được bỏ qua.",
                                 .en = "The cell range with the scores of all units, this one "
                                       "included; text, blank and error cells are skipped."}},
                       {.name = {.vi = "hang_can_dat", .en = "target_rank"},
                        .help = {.vi = "Thứ hạng muốn đạt (số nguyên từ 1 đến số đơn vị).",
                                 .en = "The rank to reach (a whole number from 1 to the number "
                                       "of units)."}},
                       {.name = {.vi = "thu_tu", .en = "order"},
                        .kind = ArgumentKind::optional,
                        .help = {.vi = "0 hoặc bỏ trống thì điểm cao xếp trên (kết quả là số điểm "
                                       "cần tăng); số khác thì điểm thấp xếp trên (số điểm cần "
                                       "giảm).",
                                 .en = "0 or omitted ranks the highest first (the points to "
                                       "gain); any other number the lowest first (the points to "
                                       "lose)."}},
                       rank_decimals_argument},
         .example = {.arguments = "75; A1:A4; 2",
                     .result = "12.06",
                     .cells = "87.06|90.1|87.06|75"}},
        {.domain = Domain::indices,
         .method = "indexRankRange",
         .name = {.vi = "KHOANGHANG", .en = "INDEXRANKRANGE"},
         .category = Category::statistical,
         .help = {.vi = "Thứ hạng cao nhất và thấp nhất mỗi đơn vị có thể có nếu mỗi điểm sai lệch "
                        "tối đa bằng dung sai (ví dụ 0,005 do làm tròn khi công bố): hai cột, nhập "
                        "dạng công thức mảng. Hai số bằng nhau là thứ hạng chắc chắn.",
                  .en = "The best and the worst rank each unit could have if every score moved "
                        "by up to the tolerance (e.g. 0.005, the rounding of published figures): "
                        "two columns, entered as an array formula. Equal numbers mean a firm "
                        "rank."},
         .arguments =
             {{.name = {.vi = "vung_gia_tri", .en = "values"},
               .help = {.vi = "Vùng ô chứa điểm của các đơn vị; ô chữ, ô trống và ô lỗi cho kết "
                              "quả trống.",
                        .en = "The cell range of the units' scores; text, blank and error cells "
                              "get blanks."}},
              {.name = {.vi = "dung_sai", .en = "tolerance"},
               .kind = ArgumentKind::optional,
               .help = {.vi = "mỗi điểm có thể cao hơn hoặc thấp hơn tối đa chừng này (từ 0, mặc "
                              "định 0,005); hai đơn vị chỉ có thể bằng điểm thì được cùng hạng "
                              "cao hơn.",
                        .en = "each score may be up to this much higher or lower (from 0, "
                              "default 0.005); units that could at most draw level share the "
                              "better rank."}},
              order_argument,
              rank_decimals_argument},
         .example = {.arguments = "A1:A3; 0.01",
                     .result = "1;2|1;2|3;3",
                     .cells = "87.06|87.065|75"}},
        {.domain = Domain::indices,
         .method = "rankChange",
         .name = {.vi = "THAYDOIHANG", .en = "RANKCHANGE"},
         .category = Category::statistical,
         .help = {.vi = "Số bậc thay đổi so với năm trước: hạng trước trừ hạng nay (dương là tăng "
                        "bậc).",
                  .en = "Places gained since last year: before - now (positive = moved up)."},
         .arguments = {now_argument, before_argument},
         .example = {.arguments = "3; 8", .result = "5"}},
        {.domain = Domain::indices,
         .method = "rankChangeText",
         .name = {.vi = "THAYDOIHANGCHU", .en = "RANKCHANGETEXT"},
         .category = Category::text,
         .help = {.vi = "Thay đổi thứ hạng bằng chữ: \"tăng 5 bậc\", \"giảm 3 bậc\" hoặc \"giữ "
                        "nguyên\".",
                  .en = "The rank change in words: \"tăng 5 bậc\", \"giảm 3 bậc\" or \"giữ "
                        "nguyên\"."},
         .arguments = {now_argument,
                       before_argument,
                       {.name = {.vi = "hai_chu_so", .en = "pad"},
                        .kind = ArgumentKind::optional,
                        .help = {.vi = "TRUE thì viết ít nhất hai chữ số (\"tăng 05 bậc\").",
                                 .en = "TRUE writes at least two digits (\"tăng 05 bậc\")."}}},
         .example = {.arguments = "3; 8", .result = "tăng 5 bậc"}},
        {.domain = Domain::indices,
         .method = "indexTier",
         .name = {.vi = "XEPLOAICHISO", .en = "INDEXTIER"},
         .category = Category::statistical,
         .help = {.vi = "Xếp loại theo ngưỡng: nhãn của ngưỡng cao nhất không vượt quá tỷ lệ (ví "
                        "dụ 90 Tốt, 80 Khá, 65 Trung bình, 0 Yếu). #N/A nếu thấp hơn mọi ngưỡng.",
                  .en = "The label of the highest threshold not above the percentage (e.g. 90 "
                        "Tốt, 80 Khá, 65 Trung bình, 0 Yếu). #N/A below every threshold."},
         .arguments = {{.name = {.vi = "ty_le", .en = "percent"},
                        .help = {.vi = "Tỷ lệ phần trăm cần xếp loại.",
                                 .en = "The percentage to classify."}},
                       {.name = {.vi = "cac_nguong", .en = "thresholds"},
                        .help = {.vi = "Các ngưỡng (vùng số, thứ tự bất kỳ).",
                                 .en = "The thresholds (a range of numbers, any order)."}},
                       {.name = {.vi = "cac_nhan", .en = "labels"},
                        .help = {.vi = "Nhãn của từng ngưỡng (vùng cùng kích thước).",
                                 .en = "The label of each threshold (a range of the same "
                                       "size)."}}},
         .example = {.arguments = "87.5; A1:A4; B1:B4",
                     .result = "Khá",
                     .cells = "90;Tốt|80;Khá|65;Trung bình|0;Yếu"}},
        {.domain = Domain::indices,
         .method = "indexPhrase",
         .name = {.vi = "DIENGIAICHISO", .en = "INDEXPHRASE"},
         .category = Category::text,
         .help = {.vi = "Câu diễn giải dùng trong thông báo: \"đạt 87,06/99,5 điểm, chỉ số đạt "
                        "87,50%, xếp hạng 02/11, tăng 05 bậc so với năm 2022\".",
                  .en = "The sentence a notice quotes: \"đạt 87,06/99,5 điểm, chỉ số đạt 87,50%, "
                        "xếp hạng 02/11, tăng 05 bậc so với năm 2022\"."},
         .arguments =
             {score_argument,
              maximum_argument,
              {.name = {.vi = "hang", .en = "rank"},
               .help = {.vi = "Thứ hạng năm nay.", .en = "This year's rank."}},
              {.name = {.vi = "so_don_vi", .en = "count"},
               .help = {.vi = "Số đơn vị được xếp hạng.", .en = "The number of units ranked."}},
              {.name = {.vi = "hang_truoc", .en = "previous_rank"},
               .kind = ArgumentKind::optional,
               .help = {.vi = "thứ hạng năm trước; thêm \"tăng/giảm ... bậc\" (trống hoặc 0: "
                              "không có).",
                        .en = "last year's rank; adds \"tăng/giảm ... bậc\" (blank or 0: "
                              "none)."}},
              {.name = {.vi = "nam_truoc", .en = "year"},
               .kind = ArgumentKind::optional,
               .help = {.vi = "năm của thứ hạng trước; thêm \"so với năm ...\".",
                        .en = "the year of the previous rank; adds \"so với năm ...\"."}}},
         .example = {.arguments = "87.06; 99.5; 2; 11; 7; 2022",
                     .result = "đạt 87,06/99,5 điểm, chỉ số đạt 87,50%, xếp hạng 02/11, tăng 05 "
                               "bậc so với năm 2022"}},
    };
}

} // namespace vnplan::addin
