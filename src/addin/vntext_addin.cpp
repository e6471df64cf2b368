// XVnText: Vietnamese text functions, adapters over core/vntext; arguments are converted by
// uno_convert.hpp.
#include "addin/vntext_addin.hpp"

#include "addin/uno_convert.hpp"
#include "core/vntext/vntext.hpp"
#include "office/common/options.hpp"

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/util/Date.hpp>

#include <string>

namespace vnplan::addin {

namespace {

using css::uno::Any;

// VNNUMBER documents 0 to 20 decimals (core/vntext's number_text).
constexpr int max_number_decimals = 20;

std::string option(const Any& argument, const Message& what) {
    return optional_text(argument, what).value_or("");
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

// The style given, or else the one chosen in vnplan's options.
std::string style_option(const Any& argument) {
    std::string style = option(argument, {"kiểu", "style"});
    return style.empty() ? office::current_options().number_style : style;
}

rtl::OUString VnTextAddIn::vnWords(double number, const Any& style) {
    return guarded(lang(),
                   [&] { return to_ou(vntext::number_words(number, style_option(style))); });
}

rtl::OUString VnTextAddIn::vnMoney(double amount, const Any& style, const Any& currency) {
    return guarded(lang(), [&] {
        return to_ou(vntext::money_words(amount, style_option(style),
                                         option(currency, {"loại tiền", "currency"})));
    });
}

double VnTextAddIn::vnParse(const rtl::OUString& text) {
    return guarded(lang(), [&] { return vntext::parse_number_words(to_utf8(text)); });
}

// 1 or 0, which Calc's IF, AND and TRUE compare as booleans (a UNO boolean result reads as 0).
sal_Int32 VnTextAddIn::vnWordsCheck(double number, const rtl::OUString& text) {
    return guarded(lang(),
                   [&]() -> sal_Int32 { return vntext::words_say(number, to_utf8(text)) ? 1 : 0; });
}

rtl::OUString VnTextAddIn::vnDate(const css::uno::Reference<css::beans::XPropertySet>& document,
                                  double date, const Any& place) {
    return guarded(lang(), [&] {
        return to_ou(
            vntext::date_words(date, option(place, {"địa danh", "place"}), null_date_of(document)));
    });
}

rtl::OUString VnTextAddIn::vnOrdinal(double n) {
    return guarded(lang(), [&] { return to_ou(vntext::ordinal_words(n)); });
}

rtl::OUString VnTextAddIn::vnNumber(double x, const Any& decimals) {
    return guarded(lang(), [&] {
        return to_ou(vntext::number_text(x, optional_decimals(decimals, max_number_decimals)));
    });
}

rtl::OUString VnTextAddIn::vnUnicode(const rtl::OUString& text, const Any& encoding) {
    return guarded(lang(), [&] {
        return to_ou(vntext::to_unicode(to_utf8(text), option(encoding, {"bảng mã", "encoding"})));
    });
}

rtl::OUString VnTextAddIn::vnKey(const rtl::OUString& text) {
    return guarded(lang(), [&] { return to_ou(vntext::unit_key(to_utf8(text))); });
}

} // namespace vnplan::addin
