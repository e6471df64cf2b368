// The small UNO helpers every piece of office code needs: property sets, one undo step, and
// turning whatever a piece of work threw into a clear message for the clerk.
#pragma once

#include "core/common/grid.hpp"
#include "core/common/message.hpp"
#include "office/common/ustring.hpp"

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/document/XUndoManagerSupplier.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/table/XCellRange.hpp>
#include <com/sun/star/uno/Any.hxx>
#include <com/sun/star/uno/Reference.hxx>
#include <com/sun/star/uno/Sequence.hxx>
#include <cppuhelper/implbase1.hxx>
#include <cppuhelper/implbase2.hxx>
#include <cppuhelper/implbase3.hxx>
#include <cppuhelper/implbase4.hxx>
#include <cppuhelper/implbase5.hxx>

#include <exception>
#include <optional>
#include <string>
#include <utility>

namespace vnplan::office {

// The UNO names every office file uses, said once.
using css::uno::Any;
using css::uno::Reference;
using css::uno::Sequence;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;

namespace detail {
template <class... Interfaces> struct WeakImplHelperOf;
template <class A> struct WeakImplHelperOf<A> { using type = cppu::WeakImplHelper1<A>; };
template <class A, class B> struct WeakImplHelperOf<A, B> {
    using type = cppu::WeakImplHelper2<A, B>;
};
template <class A, class B, class C> struct WeakImplHelperOf<A, B, C> {
    using type = cppu::WeakImplHelper3<A, B, C>;
};
template <class A, class B, class C, class D> struct WeakImplHelperOf<A, B, C, D> {
    using type = cppu::WeakImplHelper4<A, B, C, D>;
};
template <class A, class B, class C, class D, class E> struct WeakImplHelperOf<A, B, C, D, E> {
    using type = cppu::WeakImplHelper5<A, B, C, D, E>;
};
} // namespace detail

// The variadic cppu::WeakImplHelper<...> (Debian's SDK lacks cppuhelper/implbase.hxx, see
// ../shared/docs/uno-notes.md): WeakImplHelper<XA, XB> is cppu::WeakImplHelper2<XA, XB>.
template <class... Interfaces>
using WeakImplHelper = typename detail::WeakImplHelperOf<Interfaces...>::type;

// A grid's values as a data array (setDataArray, an add-in's array result): numbers and
// texts, a blank cell as an empty text - never a void Any, which crashes setDataArray (7.4).
Sequence<Sequence<Any>> data_array(const Grid& grid);

// The property set of a UNO object (or of the object an Any holds); throws when it has none.
template <class Interface>
css::uno::Reference<css::beans::XPropertySet> props(const css::uno::Reference<Interface>& object) {
    return css::uno::Reference<css::beans::XPropertySet>(object, css::uno::UNO_QUERY_THROW);
}
inline css::uno::Reference<css::beans::XPropertySet> props(const css::uno::Any& object) {
    return css::uno::Reference<css::beans::XPropertySet>(object, css::uno::UNO_QUERY_THROW);
}

// A thin line around and between all the cells of `range`, as the clerks' tables have.
void set_grid_borders(const css::uno::Reference<css::table::XCellRange>& range);

// Runs `write` as one undo step named `title` (one Undo removes all it did). When `write`
// throws, `on_failure` runs first, still inside the step (to remove what was half written:
// never undo(), see docs/office-notes.md), then the step is closed and the exception passed on.
template <typename Write, typename OnFailure>
void as_one_undo_step(const css::uno::Reference<css::uno::XInterface>& document,
                      const std::string& title, Write&& write, OnFailure&& on_failure) {
    auto undo = css::uno::Reference<css::document::XUndoManagerSupplier>(document,
                                                                         css::uno::UNO_QUERY_THROW)
                    ->getUndoManager();
    undo->enterUndoContext(to_ou(title));
    try {
        write();
    } catch (...) {
        try {
            on_failure();
        } catch (...) {
        }
        undo->leaveUndoContext();
        throw;
    }
    undo->leaveUndoContext();
}
template <typename Write>
void as_one_undo_step(const css::uno::Reference<css::uno::XInterface>& document,
                      const std::string& title, Write&& write) {
    as_one_undo_step(document, title, std::forward<Write>(write), [] {});
}

// Appends a new sheet `name` after the others and runs `fill(sheet, index)` on it, all as one
// undo step `title`. When `fill` throws, the half-written sheet is removed inside the same step
// (not by undo(): Calc undoes a sheet insertion through the *active* view, which may be
// another document's, or none when the document has no visible view).
template <typename Fill>
void fill_new_sheet(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document,
                    const std::string& name, const std::string& title, Fill&& fill) {
    auto sheets = document->getSheets();
    as_one_undo_step(
        document, title,
        [&] {
            const auto index = static_cast<sal_Int16>(
                css::uno::Reference<css::container::XIndexAccess>(sheets, UNO_QUERY_THROW)
                    ->getCount());
            sheets->insertNewByName(to_ou(name), index);
            fill(css::uno::Reference<css::sheet::XSpreadsheet>(sheets->getByName(to_ou(name)),
                                                               UNO_QUERY_THROW),
                 index);
        },
        [&] {
            if (sheets->hasByName(to_ou(name))) sheets->removeByName(to_ou(name));
        });
}

// What the clerk is told when a piece of work fails.
struct FailureTexts {
    // Anything that is neither an InputError, a UNO exception nor a std::exception.
    Message unknown = {"Lỗi không xác định.", "Unknown error."};
    // A UNO exception; by default "Lỗi: " / "Error: " and the exception's own message.
    std::optional<Message> uno = std::nullopt;
};

// An InputError's own message; a UNO or C++ exception's text after "Lỗi: " / "Error: "
// (or texts.uno); texts.unknown for anything else.
Message failure_message(std::exception_ptr failure, const FailureTexts& texts = {});

// Runs `body`, which returns the text to show; whatever it throws becomes the text of
// failure_message in `lang`. Never throws: the office never sees a handler's exception.
template <typename Body>
std::string run_guarded(Lang lang, const FailureTexts& texts, Body&& body) noexcept {
    try {
        return std::forward<Body>(body)();
    } catch (...) {
        try {
            return failure_message(std::current_exception(), texts).in(lang);
        } catch (...) {
            return texts.unknown.in(lang);
        }
    }
}

} // namespace vnplan::office
