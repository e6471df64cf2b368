// Conversions between Calc's UNO argument types and the core's plain types.
#pragma once

#include "core/common/grid.hpp"
#include "core/common/message.hpp"
#include "office/ustring.hpp"

#include <com/sun/star/lang/IllegalArgumentException.hpp>
#include <com/sun/star/uno/Any.hxx>
#include <com/sun/star/uno/RuntimeException.hpp>
#include <com/sun/star/uno/Sequence.hxx>
#include <rtl/ustring.hxx>

#include <exception>
#include <string>
#include <string_view>

namespace vnplan::addin {

namespace uno = com::sun::star::uno;

using office::to_ou;
using office::to_utf8;

// A Calc array argument (values: double, string, void for blanks) as a Grid.
Grid to_grid(const uno::Sequence<uno::Sequence<uno::Any>>& rows);

// An optional `any` argument: void (omitted) gives an empty grid, a number or text a 1x1
// grid, a range its cells.
Grid any_to_grid(const uno::Any& value);

// A Calc array result: one column of texts.
uno::Sequence<uno::Sequence<rtl::OUString>> column_of(const std::vector<std::string>& lines);

// Runs `body`; whatever it throws leaves as IllegalArgumentException (bad input, with the
// message in `lang`) or RuntimeException (anything else), the only errors Calc expects.
template <typename Body>
auto guarded(Lang lang, Body&& body) -> decltype(body()) {
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
