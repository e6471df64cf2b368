// VNDATE and VNNUMBER.
//
// Dates use plain civil-date arithmetic (H. Hinnant's days_from_civil) rather than
// icu::Calendar: Calc counts days in the proleptic Gregorian calendar from a null date, while
// ICU's GregorianCalendar switches to Julian before 1582 and works in time-zone dependent
// milliseconds; whole days need neither, and the Vietnamese pattern (leading zero for some
// months only) is not a SimpleDateFormat pattern anyway.
#include "core/common/decimal.hpp"
#include "core/common/message.hpp"
#include "core/vntext/vntext.hpp"

#include <cmath>
#include <cstdint>

namespace vnplan::vntext {
namespace {

std::int64_t days_from_civil(std::int64_t y, int m, int d) {
    y -= m <= 2 ? 1 : 0;
    const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
    const std::int64_t yoe = y - era * 400;
    const std::int64_t doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
    const std::int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

CivilDate civil_from_days(std::int64_t z) {
    z += 719468;
    const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    const std::int64_t doe = z - era * 146097;
    const std::int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const std::int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const std::int64_t mp = (5 * doy + 2) / 153;
    const int d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
    const int m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
    return {static_cast<int>(yoe + era * 400 + (m <= 2 ? 1 : 0)), m, d};
}

bool leap(int y) {
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

int days_in_month(int y, int m) {
    static constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && leap(y) ? 29 : days[m - 1];
}

void check_date(int y, int m, int d) {
    if (y < 1 || y > 9999 || m < 1 || m > 12 || d < 1 || d > days_in_month(y, m))
        throw InputError({"Ngày không hợp lệ (năm 1-9999, tháng 1-12, ngày có trong tháng).",
                          "Invalid date (year 1-9999, month 1-12, a day of that month)."});
}

std::string two_digits(int n) {
    return n < 10 ? "0" + std::to_string(n) : std::to_string(n);
}

// Trimmed place without a trailing comma: "Uông Bí, " -> "Uông Bí".
std::string_view clean_place(std::string_view place) {
    const auto space = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
    while (!place.empty() && space(place.front()))
        place.remove_prefix(1);
    while (!place.empty() && (space(place.back()) || place.back() == ','))
        place.remove_suffix(1);
    return place;
}

} // namespace

std::string date_words(int year, int month, int day, std::string_view place) {
    check_date(year, month, day);
    std::string out;
    const std::string_view where = clean_place(place);
    if (!where.empty()) {
        out.append(where);
        out += ", ";
    }
    // Nghị định 30/2020: a leading zero for days below 10 and for months 1 and 2.
    out += "ngày " + two_digits(day);
    out += " tháng " + (month <= 2 ? two_digits(month) : std::to_string(month));
    out += " năm " + std::to_string(year);
    return out;
}

CivilDate date_from_serial(double serial, CivilDate null_date) {
    check_date(null_date.year, null_date.month, null_date.day);
    if (!std::isfinite(serial) || std::fabs(serial) > 1e7)
        throw InputError({"Giá trị ngày không hợp lệ.", "Invalid date value."});
    const auto days = static_cast<std::int64_t>(std::floor(serial)) +
                      days_from_civil(null_date.year, null_date.month, null_date.day);
    const CivilDate date = civil_from_days(days);
    check_date(date.year, date.month, date.day);
    return date;
}

std::string date_words(double serial, std::string_view place, CivilDate null_date) {
    const CivilDate date = date_from_serial(serial, null_date);
    return date_words(date.year, date.month, date.day, place);
}

std::string number_text(double value, std::optional<int> decimals) {
    if (!std::isfinite(value))
        throw InputError(
            {"Giá trị không phải là một số hữu hạn.", "The value is not a finite number."});
    if (decimals && (*decimals < 0 || *decimals > 20))
        throw InputError({"Số chữ số thập phân phải từ 0 đến 20.",
                          "The number of decimals must be from 0 to 20."});
    const int places = decimals ? *decimals : decimal::from_double(value).scale;
    return decimal::format(value, places, ',', '.');
}

} // namespace vnplan::vntext
