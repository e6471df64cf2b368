// XVnText: Vietnamese text functions, adapters over core/vntext.
// Optional arguments are void when omitted; an empty text counts as omitted. A blank cell
// reaches an `any` argument as the number 0, so for the text options (style, place,
// encoding) 0 also means omitted.
#include "addin/vntext_addin.hpp"

#include "addin/uno_convert.hpp"
#include "core/vntext/vntext.hpp"

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/util/Date.hpp>

#include <cmath>
#include <optional>
#include <string>

namespace vnplan::addin {

namespace {

using css::uno::Any;

// A single value: an optional argument given a range arrives as an array; one cell is fine.
Any single(const Any& value, const Message& what) {
    if (value.getValueTypeClass() != css::uno::TypeClass_SEQUENCE) return value;
    css::uno::Sequence<css::uno::Sequence<Any>> rows;
    if ((value >>= rows) && rows.getLength() == 1 && rows[0].getLength() == 1) return rows[0][0];
    throw InputError({"Đối số " + what.vi + " chỉ nhận một ô, không nhận cả vùng.",
                      "The " + what.en + " argument takes a single cell, not a range."});
}

std::string optional_text(const Any& argument, const Message& what) {
    const Any value = single(argument, what);
    if (!value.hasValue()) return {};
    rtl::OUString text;
    if (value >>= text) return to_utf8(text);
    double number = 0;
    if ((value >>= number) && number == 0) return {}; // a blank cell
    throw InputError(
        {"Đối số " + what.vi + " phải là chữ.", "The " + what.en + " argument must be text."});
}

std::optional<int> optional_decimals(const Any& argument) {
    const Message what{"số chữ số thập phân", "decimals"};
    const Any value = single(argument, what);
    double number = 0;
    rtl::OUString text;
    if (!value.hasValue() || ((value >>= text) && text.trim().isEmpty())) return std::nullopt;
    if (!(value >>= number))
        throw InputError({"Đối số " + what.vi + " phải là một số.",
                          "The " + what.en + " argument must be a number."});
    const double whole = std::trunc(number); // like ROUND's digits
    if (!(whole >= 0 && whole <= 20))
        throw InputError({"Số chữ số thập phân phải từ 0 đến 20.",
                          "The number of decimals must be from 0 to 20."});
    return static_cast<int>(whole);
}

// Calc counts dates from the document's null date (1899-12-30 unless changed in the options).
vntext::CivilDate null_date_of(const css::uno::Reference<css::beans::XPropertySet>& document) {
    vntext::CivilDate null_date;
    css::util::Date date;
    if (document.is() && (document->getPropertyValue("NullDate") >>= date))
        null_date = {date.Year, date.Month, date.Day};
    return null_date;
}

} // namespace

rtl::OUString VnTextAddIn::vnWords(double number, const Any& style) {
    return guarded(lang(), [&] {
        return office::to_ou(vntext::number_words(number, optional_text(style, {"kiểu", "style"})));
    });
}

rtl::OUString VnTextAddIn::vnMoney(double amount, const Any& style) {
    return guarded(lang(), [&] {
        return office::to_ou(vntext::money_words(amount, optional_text(style, {"kiểu", "style"})));
    });
}

rtl::OUString VnTextAddIn::vnDate(const css::uno::Reference<css::beans::XPropertySet>& document,
                                  double date, const Any& place) {
    return guarded(lang(), [&] {
        return office::to_ou(vntext::date_words(date, optional_text(place, {"địa danh", "place"}),
                                                null_date_of(document)));
    });
}

rtl::OUString VnTextAddIn::vnOrdinal(double n) {
    return guarded(lang(), [&] { return office::to_ou(vntext::ordinal_words(n)); });
}

rtl::OUString VnTextAddIn::vnNumber(double x, const Any& decimals) {
    return guarded(
        lang(), [&] { return office::to_ou(vntext::number_text(x, optional_decimals(decimals))); });
}

rtl::OUString VnTextAddIn::vnUnicode(const rtl::OUString& text, const Any& encoding) {
    return guarded(lang(), [&] {
        return office::to_ou(
            vntext::to_unicode(to_utf8(text), optional_text(encoding, {"bảng mã", "encoding"})));
    });
}

rtl::OUString VnTextAddIn::vnKey(const rtl::OUString& text) {
    return guarded(lang(), [&] { return office::to_ou(vntext::name_key(to_utf8(text))); });
}

} // namespace vnplan::addin
