// Function table rows of the index-score functions (service org.vnplan.Indices).
#include "addin/function_table.hpp"

namespace vnplan::addin {

namespace {

const ArgumentSpec score_argument{"score", "diem", "The unit's score (points).",
                                  "Điểm của đơn vị."};
const ArgumentSpec maximum_argument{"maximum", "diem_toi_da",
                                    "The maximum possible score (points, above 0).",
                                    "Điểm tối đa có thể đạt (lớn hơn 0)."};
const ArgumentSpec order_argument{
    "order", "thu_tu",
    "Optional: 0 or omitted ranks the highest value first, any other number the lowest first.",
    "Không bắt buộc: 0 hoặc bỏ trống thì giá trị cao nhất xếp thứ nhất, số khác thì giá trị "
    "thấp nhất xếp thứ nhất."};
const ArgumentSpec ties_argument{
    "ties", "dong_hang",
    "Optional: how equal values are ranked: \"competition\" (1,2,2,4, the default), \"dense\" "
    "(1,2,2,3), \"average\" (1, 2.5, 2.5, 4) or \"ordinal\" (1,2,3,4 in sheet order).",
    "Không bắt buộc: cách xếp các giá trị bằng nhau: \"cạnh tranh\" (1,2,2,4, mặc định), "
    "\"liên tục\" (1,2,2,3), \"trung bình\" (1; 2,5; 2,5; 4) hoặc \"thứ tự\" (1,2,3,4 theo "
    "thứ tự trên bảng)."};
const ArgumentSpec rank_decimals_argument{
    "decimals", "so_le",
    "Optional: values are compared after rounding to this many decimals (0 to 15, default 6).",
    "Không bắt buộc: so sánh các giá trị sau khi làm tròn đến số chữ số thập phân này (0 đến "
    "15, mặc định 6)."};
const ArgumentSpec now_argument{"now", "hang_nay", "This year's rank (a whole number from 1).",
                                "Thứ hạng năm nay (số nguyên từ 1)."};
const ArgumentSpec before_argument{"before", "hang_truoc",
                                   "Last year's rank (a whole number from 1).",
                                   "Thứ hạng năm trước (số nguyên từ 1)."};

} // namespace

std::vector<FunctionSpec> indices_functions() {
    return {
        {Domain::indices,
         "indexPercent",
         "INDEXPERCENT",
         "TYLECHISO",
         "Statistical",
         "The score as a percentage of the maximum, rounded half up in exact decimal arithmetic "
         "(87.06 of 99.5 gives 87.50).",
         "Tỷ lệ phần trăm của điểm so với điểm tối đa, làm tròn chính xác theo số thập phân "
         "(87,06 trên 99,5 được 87,50).",
         {score_argument,
          maximum_argument,
          {"decimals", "so_le", "Optional: decimals of the result (0 to 15, default 2).",
           "Không bắt buộc: số chữ số thập phân của kết quả (0 đến 15, mặc định 2)."}}},
        {Domain::indices,
         "indexRank",
         "INDEXRANK",
         "XEPHANG",
         "Statistical",
         "The rank of a value among values like RANK.EQ, skipping text and blank cells, "
         "comparing rounded values and with a choice of tie rule. #N/A if the value is not "
         "among them.",
         "Thứ hạng của một giá trị trong vùng giá trị như RANK.EQ, bỏ qua ô chữ và ô trống, so "
         "sánh sau khi làm tròn, chọn được cách xếp đồng hạng. #N/A nếu giá trị không có trong "
         "vùng.",
         {{"value", "gia_tri", "The value to rank (e.g. the unit's total score).",
           "Giá trị cần xếp hạng (ví dụ tổng điểm của đơn vị)."},
          {"values", "vung_gia_tri",
           "The cell range with the values of all units; text, blank and error cells are "
           "skipped.",
           "Vùng ô chứa giá trị của tất cả các đơn vị; ô chữ, ô trống và ô lỗi được bỏ qua."},
          order_argument,
          ties_argument,
          rank_decimals_argument}},
        {Domain::indices,
         "indexRanks",
         "INDEXRANKS",
         "XEPHANGCOT",
         "Statistical",
         "The ranks of a whole range in one call, as a vertical array (enter as an array "
         "formula); optionally ranked within groups. Text, blank and error cells get a blank.",
         "Thứ hạng của cả một vùng trong một lần tính, trả về một cột (nhập dạng công thức "
         "mảng); có thể xếp hạng trong từng nhóm. Ô chữ, ô trống và ô lỗi cho kết quả trống.",
         {{"values", "vung_gia_tri", "The cell range of the values to rank (a column of scores).",
           "Vùng ô chứa các giá trị cần xếp hạng (một cột điểm)."},
          order_argument,
          ties_argument,
          {"groups", "nhom",
           "Optional: a range of the same size with each unit's group (e.g. \"Khối địa "
           "phương\"); ranks restart in every group.",
           "Không bắt buộc: vùng cùng kích thước ghi nhóm của từng đơn vị (ví dụ \"Khối địa "
           "phương\"); mỗi nhóm xếp hạng riêng."},
          rank_decimals_argument}},
        {Domain::indices,
         "rankChange",
         "RANKCHANGE",
         "THAYDOIHANG",
         "Statistical",
         "Places gained since last year: before - now (positive = moved up).",
         "Số bậc thay đổi so với năm trước: hạng trước trừ hạng nay (dương là tăng bậc).",
         {now_argument, before_argument}},
        {Domain::indices,
         "rankChangeText",
         "RANKCHANGETEXT",
         "THAYDOIHANGCHU",
         "Text",
         "The rank change in words: \"tăng 5 bậc\", \"giảm 3 bậc\" or \"giữ nguyên\".",
         "Thay đổi thứ hạng bằng chữ: \"tăng 5 bậc\", \"giảm 3 bậc\" hoặc \"giữ nguyên\".",
         {now_argument,
          before_argument,
          {"pad", "hai_chu_so", "Optional: TRUE writes at least two digits (\"tăng 05 bậc\").",
           "Không bắt buộc: TRUE thì viết ít nhất hai chữ số (\"tăng 05 bậc\")."}}},
        {Domain::indices,
         "indexTier",
         "INDEXTIER",
         "XEPLOAICHISO",
         "Statistical",
         "The label of the highest threshold not above the percentage (e.g. 90 Tốt, 80 Khá, 65 "
         "Trung bình, 0 Yếu). #N/A below every threshold.",
         "Xếp loại theo ngưỡng: nhãn của ngưỡng cao nhất không vượt quá tỷ lệ (ví dụ 90 Tốt, 80 "
         "Khá, 65 Trung bình, 0 Yếu). #N/A nếu thấp hơn mọi ngưỡng.",
         {{"percent", "ty_le", "The percentage to classify.", "Tỷ lệ phần trăm cần xếp loại."},
          {"thresholds", "cac_nguong", "The thresholds (a range of numbers, any order).",
           "Các ngưỡng (vùng số, thứ tự bất kỳ)."},
          {"labels", "cac_nhan", "The label of each threshold (a range of the same size).",
           "Nhãn của từng ngưỡng (vùng cùng kích thước)."}}},
        {Domain::indices,
         "indexPhrase",
         "INDEXPHRASE",
         "DIENGIAICHISO",
         "Text",
         "The sentence a notice quotes: \"đạt 87,06/99,5 điểm, chỉ số đạt 87,50%, xếp hạng "
         "02/11, tăng 05 bậc so với năm 2022\".",
         "Câu diễn giải dùng trong thông báo: \"đạt 87,06/99,5 điểm, chỉ số đạt 87,50%, xếp "
         "hạng 02/11, tăng 05 bậc so với năm 2022\".",
         {score_argument,
          maximum_argument,
          {"rank", "hang", "This year's rank.", "Thứ hạng năm nay."},
          {"count", "so_don_vi", "The number of units ranked.", "Số đơn vị được xếp hạng."},
          {"previous_rank", "hang_truoc",
           "Optional: last year's rank; adds \"tăng/giảm ... bậc\" (blank or 0: none).",
           "Không bắt buộc: thứ hạng năm trước; thêm \"tăng/giảm ... bậc\" (trống hoặc 0: "
           "không có)."},
          {"year", "nam_truoc", "Optional: the year of the previous rank; adds \"so với năm ...\".",
           "Không bắt buộc: năm của thứ hạng trước; thêm \"so với năm ...\"."}}},
    };
}

} // namespace vnplan::addin
