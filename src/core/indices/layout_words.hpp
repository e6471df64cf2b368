// Internal to the score layout reader: what the words of a folded label say (keywords in
// Vietnamese with English fallbacks). Not part of the public API.
#pragma once

#include "core/indices/score_labels.hpp"

#include <string>

namespace vnplan::indices::detail {

inline bool says_maximum(const std::string& f) {
    return mentions(f, {"tối đa", "thang điểm", "điểm chuẩn", "maximum", "max"});
}
inline bool says_weight(const std::string& f) {
    return mentions(f, {"hệ số", "trọng số", "weight"});
}
inline bool says_self(const std::string& f) {
    return mentions(f, {"tự chấm", "tự đánh giá", "tự đánh", "tự kiểm tra", "tự xác định", "self"});
}
inline bool says_appraised(const std::string& f) {
    return mentions(f,
                    {"thẩm định", "hội đồng", "chấm lại", "đánh giá lại", "phúc tra", "appraise"});
}
// "Điểm cộng"/"Cộng điểm" is a bonus; a plain "Cộng" a sum: bonus and penalty are asked first.
inline bool says_bonus(const std::string& f) {
    return mentions(f, {"thưởng", "điểm cộng", "cộng điểm", "được cộng", "bonus"});
}
inline bool says_penalty(const std::string& f) {
    return mentions(f, {"điểm trừ", "trừ điểm", "bị trừ", "khấu trừ", "điểm phạt", "penalty"});
}
// Columns a clerk computes from the scores: never read as scores.
inline bool says_derived(const std::string& f) {
    return mentions(f, {"tổng", "cộng", "chênh lệch", "tỷ lệ", "tỉ lệ", "xếp loại", "hạng", "total",
                        "percent", "rank"});
}
inline bool says_unit(const std::string& f) {
    return mentions(f, {"đơn vị", "tên", "cơ quan", "địa phương", "unit", "name"});
}
inline bool says_group(const std::string& f) {
    return mentions(f, {"khối", "nhóm", "khu vực", "group"});
}
inline bool says_rank(const std::string& f) {
    return mentions(f, {"hạng", "rank"});
}
inline bool says_previous(const std::string& f) {
    return mentions(f, {"năm", "trước", "kỳ", "previous", "last", "year"});
}
inline bool says_number_column(const std::string& f) {
    return f == "stt" || f == "tt" || f == "số tt" || mentions(f, {"số thứ tự", "thứ tự"});
}
inline bool says_note(const std::string& f) {
    return mentions(f, {"ghi chú", "note"});
}
// A row that ends the units: totals, averages, maxima below the table.
inline bool ends_units(const std::string& f) {
    for (const char* start : {"tổng", "cộng", "trung bình", "bình quân", "điểm trung bình",
                              "điểm bình quân", "total", "average"})
        if (f.rfind(start, 0) == 0 && f.rfind("tổng công ty", 0) != 0 &&
            f.rfind("tổng cục", 0) != 0)
            return true;
    return false;
}

} // namespace vnplan::indices::detail
