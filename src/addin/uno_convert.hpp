// Calc's arguments as the core's plain types, one function per kind of argument, and the
// core's answers as Calc's results; the same conventions in every add-in service:
// * an omitted optional argument arrives void; blank text counts as omitted too;
// * a blank cell reaches an `any` argument as the number 0: optional texts, and numbers that
//   are never 0 when real (a previous rank, a year), take it as omitted;
// * a 1x1 range given for a single value arrives as a 1x1 array: its cell is the value;
// * ranges arrive row by row.
#pragma once

#include "core/common/grid.hpp"
#include "core/common/message.hpp"
#include "office/common/sheet_reader.hpp"
#include "office/common/ustring.hpp"

#include <com/sun/star/lang/IllegalArgumentException.hpp>
#include <com/sun/star/table/XCellRange.hpp>
#include <com/sun/star/uno/Any.hxx>
#include <com/sun/star/uno/Reference.hxx>
#include <com/sun/star/uno/RuntimeException.hpp>
#include <com/sun/star/uno/Sequence.hxx>
#include <rtl/ustring.hxx>

#include <exception>
#include <optional>
#include <string>
#include <vector>

namespace vnplan::addin {

namespace uno = com::sun::star::uno;
using CellRange = uno::Reference<com::sun::star::table::XCellRange>;
using Rows = uno::Sequence<uno::Sequence<uno::Any>>; // an array argument or result

using office::to_ou;
using office::to_utf8;

// ---- Single values (`what` names the argument in messages) ----

// The value of an `any` argument that takes one cell; a range of more cells is refused.
uno::Any single(const uno::Any& value, const Message& what);
std::optional<double> optional_number(const uno::Any& argument, const Message& what);
// 0 means omitted (what a blank cell gives): for numbers never 0 when real.
std::optional<double> optional_nonzero(const uno::Any& argument, const Message& what);
// TRUE or any number but 0; false when omitted.
bool optional_flag(const uno::Any& argument, const Message& what);
// Trimmed; nullopt when omitted, blank or a blank cell.
std::optional<std::string> optional_text(const uno::Any& argument, const Message& what);
// A count of decimals from 0 to `most`, cut to a whole number like ROUND's digits.
std::optional<int> optional_decimals(const uno::Any& argument, int most);

// ---- Cells and arrays ----

bool is_blank(const uno::Any& cell);
// A cell as text: numbers as typed with a decimal comma ("87,5"), blanks as "".
std::string cell_text(const uno::Any& cell);
std::vector<uno::Any> cells_of(const Rows& rows);
// An array argument as a Grid (blanks empty, errors Cell::error).
Grid to_grid(const Rows& rows);
// An optional number-or-range argument: omitted gives an empty grid, one value a 1x1 grid.
Grid any_to_grid(const uno::Any& value);
// An optional range of texts (one per cell, as cell_text); one cell may arrive as its value.
std::vector<std::string> texts_of(const uno::Any& argument);
// The numbers of an array in sheet order; other cells are nullopt. Fills `out` (reused).
void numbers_of(const Rows& rows, std::vector<std::optional<double>>& out);

// ---- Cell range arguments (XCellRange: Calc passes the range itself, unconverted) ----

// A whole table, with its sheet position, formulas and hidden rows (office::read_grid; only
// the `parts` asked for).
Grid table_of(const CellRange& range, office::GridParts parts = {});
// The range table_of reads: `range` itself, or a big one cut to the used area; nullptr when
// that is empty.
CellRange table_range(const CellRange& range);
// Only the values, cut to the sheet's used area: B:B must not mean a million rows per call.
Rows values_of(const CellRange& range);

// ---- Results ----

// One column of texts.
uno::Sequence<uno::Sequence<rtl::OUString>> column_of(const std::vector<std::string>& lines);
// One column of numbers; nullopt shows as a blank cell.
uno::Any column_of(const std::vector<std::optional<double>>& values);

// Runs `body`; whatever it throws leaves as IllegalArgumentException (bad input, with the
// message in `lang`) or RuntimeException (anything else), the only errors Calc expects.
template <typename Body> auto guarded(Lang lang, Body&& body) -> decltype(body()) {
    try {
        return body();
    } catch (const InputError& e) {
        throw com::sun::star::lang::IllegalArgumentException(to_ou(e.message().in(lang)), {}, 0);
    } catch (const com::sun::star::lang::IllegalArgumentException&) {
        throw;
    } catch (const uno::RuntimeException&) {
        throw;
    } catch (const uno::Exception& e) {
        throw uno::RuntimeException(e.Message);
    } catch (const std::exception& e) {
        throw uno::RuntimeException(to_ou(e.what()));
    } catch (...) {
        throw uno::RuntimeException(rtl::OUString("vnplan: unexpected error"));
    }
}

} // namespace vnplan::addin
