// "Xếp hạng chỉ số": guessing the score table's ranges around the selection, so that the
// dialog opens filled in for the usual layout (header, "Điểm tối đa" row, units below).
#include "office/index_actions.hpp"

#include "office/sheet_reader.hpp"
#include "office/ustring.hpp"

#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/sheet/XCellRangeAddressable.hpp>
#include <com/sun/star/sheet/XSheetCellCursor.hpp>
#include <com/sun/star/sheet/XSheetCellRange.hpp>

#include <algorithm>
#include <cctype>
#include <initializer_list>
#include <set>

namespace vnplan::office {

using css::uno::Reference;
using css::uno::UNO_QUERY_THROW;

namespace {

// Folded (case, Unicode form) text of a cell, for keyword tests.
std::string folded(const Cell& cell) {
    return cell.is_text() ? indices::group_key(cell.text) : "";
}

bool mentions(const std::string& text, std::initializer_list<const char*> words) {
    return std::any_of(words.begin(), words.end(),
                       [&](const char* w) { return text.find(w) != std::string::npos; });
}

std::string range_text(const Grid& grid, std::size_t c0, std::size_t r0, std::size_t c1,
                       std::size_t r1) {
    const int column = grid.first_column, row = grid.first_row;
    return a1_address(column + static_cast<int>(c0), row + static_cast<int>(r0)) + ":" +
           a1_address(column + static_cast<int>(c1), row + static_cast<int>(r1));
}

std::optional<int> year_in(const std::string& text) {
    for (std::size_t i = 0; i + 4 <= text.size(); ++i) {
        const bool edge_before = i == 0 || !std::isdigit(static_cast<unsigned char>(text[i - 1]));
        const bool edge_after =
            i + 4 == text.size() || !std::isdigit(static_cast<unsigned char>(text[i + 4]));
        if (!edge_before || !edge_after) continue;
        if (!std::all_of(text.begin() + static_cast<long>(i),
                         text.begin() + static_cast<long>(i + 4),
                         [](char ch) { return std::isdigit(static_cast<unsigned char>(ch)); }))
            continue;
        const int year = std::stoi(text.substr(i, 4));
        if (year >= 1900 && year <= 2999) return year;
    }
    return std::nullopt;
}

} // namespace

LayoutGuess guess_layout(const Reference<css::table::XCellRange>& selection) {
    Reference<css::sheet::XSheetCellRange> sheet_range(selection, UNO_QUERY_THROW);
    auto sheet = sheet_range->getSpreadsheet();
    LayoutGuess guess;
    guess.source_sheet =
        to_utf8(Reference<css::container::XNamed>(sheet, UNO_QUERY_THROW)->getName());
    // The block of filled cells around the selection (Calc's "current region"): a cell or
    // the scores alone are enough to find the header and maxima rows above them.
    auto cursor = sheet->createCursorByRange(sheet_range);
    cursor->collapseToCurrentRegion();
    auto range =
        clip_to_used_area(sheet, Reference<css::table::XCellRange>(cursor, UNO_QUERY_THROW));
    const Message none{"Không thấy bảng điểm quanh vùng chọn (cần một hàng \"Điểm tối đa\").",
                       "No score table around the selection (a \"Maximum\" row is needed)."};
    if (!range.is()) throw InputError(none);
    const Grid grid = read_grid(range);
    const std::size_t height = grid.height(), width = grid.width();

    // The maxima row: a label "tối đa"/"max", numbers to its right (the score columns).
    std::size_t max_row = height, label_column = 0, first = 0, last = 0;
    for (std::size_t r = 0; r < height && max_row == height; ++r)
        for (std::size_t c = 0; c + 1 < width; ++c) {
            if (!mentions(folded(grid.at(r, c)), {"tối đa", "toi da", "max"})) continue;
            std::size_t s = c + 1;
            while (s < width && !grid.at(r, s).is_number())
                ++s;
            if (s == width) continue;
            max_row = r, label_column = c, first = s, last = s;
            while (last + 1 < width && grid.at(r, last + 1).is_number())
                ++last;
            break;
        }
    if (max_row == height) throw InputError(none);
    guess.maxima = range_text(grid, first, max_row, last, max_row);

    // Rows of labels next to the maxima: weights ("hệ số", "trọng số").
    std::size_t data_start = max_row + 1;
    for (std::size_t r = max_row + 1; r < height; ++r) {
        const std::string label = folded(grid.at(r, label_column));
        if (!mentions(label, {"hệ số", "he so", "trọng số", "trong so", "weight"})) break;
        guess.weights = range_text(grid, first, r, last, r);
        data_start = r + 1;
    }
    std::size_t data_end = data_start; // one past the last unit row
    while (data_end < height) {
        bool scored = false;
        for (std::size_t c = first; c <= last; ++c)
            scored = scored || !grid.at(data_end, c).is_empty();
        if (!scored ||
            mentions(folded(grid.at(data_end, label_column)), {"tổng", "tong cong", "total"}))
            break;
        ++data_end;
    }
    if (data_end == data_start) throw InputError(none);
    guess.scores = range_text(grid, first, data_start, last, data_end - 1);

    // The header: the nearest row above the maxima with text over the score columns.
    std::size_t header = height;
    for (std::size_t r = max_row; r-- > 0;)
        if (grid.at(r, first).is_text()) {
            header = r;
            break;
        }
    auto header_of = [&](std::size_t c) {
        return header < height ? folded(grid.at(header, c)) : "";
    };

    // Text columns outside the scores: the units (first, or headed "đơn vị"), then a group.
    std::vector<std::size_t> text_columns;
    for (std::size_t c = 0; c < width; ++c) {
        if (c >= first && c <= last) continue;
        bool all_text = true;
        for (std::size_t r = data_start; r < data_end; ++r)
            all_text = all_text && grid.at(r, c).is_text();
        if (all_text) text_columns.push_back(c);
    }
    if (text_columns.empty()) throw InputError(none);
    std::size_t unit_column = text_columns.front();
    for (std::size_t c : text_columns)
        if (mentions(header_of(c), {"đơn vị", "don vi", "tên", "unit", "name"})) {
            unit_column = c;
            break;
        }
    guess.units = range_text(grid, unit_column, data_start, unit_column, data_end - 1);
    for (std::size_t c : text_columns) {
        if (c == unit_column) continue;
        std::set<std::string> distinct;
        for (std::size_t r = data_start; r < data_end; ++r)
            distinct.insert(folded(grid.at(r, c)));
        if (mentions(header_of(c), {"khối", "khoi", "nhóm", "nhom", "group", "khu vực"}) ||
            distinct.size() < data_end - data_start) {
            guess.groups = range_text(grid, c, data_start, c, data_end - 1);
            break;
        }
    }

    // Last year's rank: a numeric column headed "hạng"/"rank" outside the scores.
    for (std::size_t c = 0; c < width; ++c) {
        if (c >= first && c <= last) continue;
        const std::string head = header_of(c);
        if (!mentions(head, {"hạng", "hang", "rank", "thứ"})) continue;
        bool numbers = true;
        for (std::size_t r = data_start; r < data_end; ++r)
            numbers = numbers && (grid.at(r, c).is_number() || grid.at(r, c).is_empty());
        if (!numbers) continue;
        guess.previous_ranks = range_text(grid, c, data_start, c, data_end - 1);
        guess.previous_in_group =
            !guess.groups.empty() && mentions(head, {"khối", "khoi", "nhóm", "nhom", "group"});
        guess.year = year_in(head);
        break;
    }
    return guess;
}

std::string unused_sheet_name(const Reference<css::sheet::XSpreadsheetDocument>& document,
                              const std::string& base) {
    auto sheets = document->getSheets();
    if (!sheets->hasByName(to_ou(base))) return base;
    for (int i = 2;; ++i) {
        const std::string name = base + " (" + std::to_string(i) + ")";
        if (!sheets->hasByName(to_ou(name))) return name;
    }
}

} // namespace vnplan::office
