// Rank changes and the sentence of a notice ("đạt 87,06/99,5 điểm, ... tăng 05 bậc ...").
#include "core/indices/exact.hpp"
#include "core/indices/indices.hpp"

#include <cmath>
#include <string>

namespace vnplan::indices {

using detail::fail;
using detail::typed_en;
using detail::typed_vi;

namespace {

// what_vi / what_en name the argument in messages ("thứ hạng" / "rank").
void check_rank(double rank, const char* what_vi, const char* what_en, bool whole) {
    if (!std::isfinite(rank) || rank < 1 || (whole && rank != std::floor(rank)))
        fail(std::string(what_vi) +
                 (whole ? " phải là số nguyên dương" : " phải là số từ 1 trở lên") + " (đang là " +
                 typed_vi(rank) + ").",
             std::string(what_en) +
                 (whole ? " must be a whole number >= 1" : " must be a number >= 1") + " (got " +
                 typed_en(rank) + ").");
}

std::string padded(double whole, int min_digits) {
    std::string digits = typed_en(whole); // whole numbers only: plain digits
    if (static_cast<int>(digits.size()) < min_digits)
        digits.insert(0, static_cast<std::size_t>(min_digits) - digits.size(), '0');
    return digits;
}

std::string change_text(double now, double before, int min_digits) {
    const double change = before - now; // exact: whole numbers well below 2^53
    if (change == 0) return "giữ nguyên";
    return (change > 0 ? "tăng " : "giảm ") + padded(std::fabs(change), min_digits) + " bậc";
}

} // namespace

double rank_change(double now, double before) {
    check_rank(now, "Thứ hạng hiện tại", "The current rank", false);
    check_rank(before, "Thứ hạng trước", "The previous rank", false);
    // In decimal, so that typed ranks like 2.3 and 1.1 differ by exactly 1.2.
    detail::Exact difference = detail::exact(now);
    difference.mantissa = -difference.mantissa;
    return decimal::to_double(detail::to_decimal(detail::add(detail::exact(before), difference)));
}

std::string rank_change_text(double now, double before, bool pad) {
    check_rank(now, "Thứ hạng hiện tại", "The current rank", true);
    check_rank(before, "Thứ hạng trước", "The previous rank", true);
    return change_text(now, before, pad ? 2 : 1);
}

std::string phrase(double score, double maximum, double rank, double count,
                   std::optional<double> previous_rank, std::optional<double> year,
                   const PhraseOptions& options) {
    const decimal::Decimal share = percent_exact(score, maximum, options.percent_decimals);
    if (score < 0 || score > maximum)
        fail("Điểm " + typed_vi(score) + " phải từ 0 đến điểm tối đa " + typed_vi(maximum) + ".",
             "The score " + typed_en(score) + " must be between 0 and the maximum " +
                 typed_en(maximum) + ".");
    check_rank(rank, "Thứ hạng", "The rank", true);
    check_rank(count, "Số đơn vị được xếp hạng", "The number of ranked units", true);
    if (rank > count)
        fail("Thứ hạng " + typed_vi(rank) + " lớn hơn số đơn vị " + typed_vi(count) + ".",
             "The rank " + typed_en(rank) + " is greater than the number of units " +
                 typed_en(count) + ".");
    if (previous_rank) check_rank(*previous_rank, "Thứ hạng năm trước", "The previous rank", true);
    if (year && (!std::isfinite(*year) || *year != std::floor(*year) || *year < 1 || *year > 9999))
        fail("Năm so sánh phải là số nguyên từ 1 đến 9999 (đang là " + typed_vi(*year) + ").",
             "The year must be a whole number from 1 to 9999 (got " + typed_en(*year) + ").");
    return detail::phrase_text(decimal::from_double(score), decimal::from_double(maximum), share,
                               options.percent_decimals, rank, count, previous_rank, year,
                               options.min_digits);
}

std::string detail::phrase_text(const decimal::Decimal& score, const decimal::Decimal& maximum,
                                const decimal::Decimal& percent, int percent_decimals, double rank,
                                double count, std::optional<double> previous_rank,
                                std::optional<double> year, int min_digits) {
    const int digits = min_digits < 1 ? 1 : min_digits;
    std::string out = "đạt " + format_vi(score) + "/" + format_vi(maximum) + " điểm, chỉ số đạt " +
                      format_vi(percent, percent_decimals) + "%, xếp hạng " + padded(rank, digits) +
                      "/" + padded(count, digits);
    if (previous_rank) {
        out += ", " + change_text(rank, *previous_rank, digits);
        if (year) out += " so với năm " + typed_en(*year);
    }
    return out;
}

} // namespace vnplan::indices
