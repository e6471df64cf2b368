// ALLOCATEREPORT's table: the working of apportion_report.cpp as rows of cells.
#include "core/awards/apportion_report.hpp"

#include <cmath>
#include <string>

namespace vnplan::awards {
namespace {

using Row = std::vector<Cell>;

Row blank_row() {
    return Row(report_columns);
}

Cell text(const Message& m, Lang lang) {
    return Cell::of(m.in(lang));
}

Message last_seat_text(const UnitWorking& unit) {
    switch (unit.last_seat) {
    case LastSeat::none:
        return {"Không có chỉ tiêu", "No seat"};
    case LastSeat::minimum:
        return {"Mức tối thiểu", "Its minimum"};
    case LastSeat::maximum:
        return {"Mức tối đa", "Its maximum"};
    case LastSeat::whole_part:
        return {"Phần nguyên của hạn ngạch", "The whole part of its quota"};
    case LastSeat::remainder:
        return {"Phần dư (được thêm 1 chỉ tiêu)", "Its remainder (one more seat)"};
    case LastSeat::divisor: {
        Message m{"Số chia lớn nhất còn giữ chỉ tiêu cuối",
                  "Largest divisor keeping its last seat"};
        if (unit.at_maximum) {
            m.vi += " (đã đạt mức tối đa)";
            m.en += " (at its maximum)";
        }
        return m;
    }
    case LastSeat::quota_step: {
        const std::string h = std::to_string(unit.step);
        return {"Ưu tiên D'Hondt (trọng số / số chỉ tiêu) khi chia chỉ tiêu thứ " + h,
                "D'Hondt priority (weight / seats) when seat " + h + " was given"};
    }
    }
    return {};
}

Row unit_row(const AllocationWorking& w, std::size_t i, Lang lang) {
    const UnitWorking& unit = w.units[i];
    Row row = blank_row();
    row[0] = Cell::of(static_cast<double>(i + 1));
    row[1] = Cell::of(w.weights[i]);
    row[2] = Cell::of(w.allocation.quotas[i]);
    row[3] = Cell::of(w.allocation.exact_quotas[i]);
    row[4] = Cell::of(static_cast<double>(w.allocation.seats[i]));
    row[5] = text(last_seat_text(unit), lang);
    if (unit.value)
        row[6] = Cell::of(*unit.value);
    else if (unit.last_seat == LastSeat::divisor)
        row[6] = text({"vô hạn (chỉ tiêu đầu tiên)", "infinite (a first seat)"}, lang);
    if (unit.tied) row[7] = text(tie_flag(unit.won_tie), lang);
    return row;
}

Row labelled(const Message& label, Lang lang) {
    Row row = blank_row();
    row[0] = text(label, lang);
    return row;
}

Row interval_row(const AllocationWorking& w, Lang lang) {
    Row row = labelled({"Khoảng số chia (mọi số chia trong khoảng cho cùng kết quả)",
                        "Divisor interval (every divisor in it gives the same result)"},
                       lang);
    if (!w.has_interval) {
        row[1] = text({"Không áp dụng: phương pháp này không dùng một số chia chung",
                       "Not applicable: this method does not use one common divisor"},
                      lang);
        return row;
    }
    const bool empty = w.interval_high && w.interval_low > *w.interval_high;
    if (empty || std::isinf(w.interval_low)) {
        row[1] = text({"Không có số chia chung: quy tắc hòa đã quyết định",
                       "No common divisor: the tie rule decided"},
                      lang);
        return row;
    }
    row[1] = Cell::of(w.interval_low);
    if (w.interval_high)
        row[2] = Cell::of(*w.interval_high);
    else
        row[2] = text({"không giới hạn", "no limit"}, lang);
    if (w.interval_high && w.interval_low == *w.interval_high)
        row[3] = text({"Chỉ một số chia: có hòa", "A single divisor: a tie"}, lang);
    return row;
}

} // namespace

Grid allocation_report_table(const AllocationWorking& w, Lang lang) {
    Grid grid;
    const Message headers[report_columns] = {
        {"STT", "No."},         {"Trọng số", "Weight"},
        {"Hạn ngạch", "Quota"}, {"Hạn ngạch đúng (phân số)", "Exact quota (fraction)"},
        {"Chỉ tiêu", "Seats"},  {"Chỉ tiêu cuối do", "What decided the last seat"},
        {"Giá trị", "Value"},   {"Hòa", "Tie"}};
    Row header = blank_row();
    for (std::size_t c = 0; c < report_columns; ++c)
        header[c] = text(headers[c], lang);
    grid.rows.push_back(std::move(header));
    double weight_sum = 0;
    for (std::size_t i = 0; i < w.weights.size(); ++i) {
        grid.rows.push_back(unit_row(w, i, lang));
        weight_sum += w.weights[i];
    }
    Row total = labelled({"Tổng cộng", "Total"}, lang);
    total[1] = Cell::of(weight_sum);
    total[2] = Cell::of(static_cast<double>(w.total));
    total[4] = Cell::of(static_cast<double>(w.total));
    grid.rows.push_back(std::move(total));

    Row method = labelled({"Phương pháp", "Method"}, lang);
    method[1] = text(display_name(w.allocation.method), lang);
    grid.rows.push_back(std::move(method));
    Row standard = labelled({"Số chia chuẩn (tổng trọng số / tổng chỉ tiêu)",
                             "Standard divisor (sum of weights / total)"},
                            lang);
    if (w.total > 0) standard[1] = Cell::of(w.standard_divisor);
    grid.rows.push_back(std::move(standard));
    grid.rows.push_back(interval_row(w, lang));
    for (const AllocationTie& tie : w.allocation.ties) {
        Row row = labelled({"Hòa", "Tie"}, lang);
        const Message flag{"Cần bốc thăm / cần quyết định", "Needs a draw / a decision"};
        row[1] = Cell::of(describe_tie(tie).in(lang) + " " + flag.in(lang) + ".");
        grid.rows.push_back(std::move(row));
    }
    return grid;
}

} // namespace vnplan::awards
