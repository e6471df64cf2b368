#include "addin/addin.hpp"

#include "addin/function_table.hpp"
#include "addin/uno_convert.hpp"

namespace vnplan::addin {

using css::uno::Sequence;

AddIn::AddIn(const css::uno::Reference<css::uno::XComponentContext>& context)
    : context_(context) {
    locale_.Language = "en";
}

Lang AddIn::lang() const { return locale_.Language == "vi" ? Lang::vi : Lang::en; }

// ---- XAddIn: everything comes from the function table -------------------------------------

namespace {

const FunctionSpec* spec_of(const rtl::OUString& name) { return find_function(to_utf8(name)); }

const ArgumentSpec* argument_of(const rtl::OUString& name, sal_Int32 index) {
    const FunctionSpec* f = spec_of(name);
    if (!f || index < 0 || static_cast<std::size_t>(index) >= f->arguments.size()) return nullptr;
    return &f->arguments[static_cast<std::size_t>(index)];
}

} // namespace

rtl::OUString AddIn::getProgrammaticFuntionName(const rtl::OUString& display) {
    const FunctionSpec* f = spec_of(display);
    return f ? to_ou(f->method) : rtl::OUString();
}

rtl::OUString AddIn::getDisplayFunctionName(const rtl::OUString& programmatic) {
    const FunctionSpec* f = spec_of(programmatic);
    if (!f) return rtl::OUString();
    return to_ou(lang() == Lang::vi ? f->name_vi : f->name_en);
}

rtl::OUString AddIn::getFunctionDescription(const rtl::OUString& programmatic) {
    const FunctionSpec* f = spec_of(programmatic);
    if (!f) return rtl::OUString();
    return to_ou(lang() == Lang::vi ? f->help_vi : f->help_en);
}

rtl::OUString AddIn::getDisplayArgumentName(const rtl::OUString& programmatic, sal_Int32 argument) {
    const ArgumentSpec* a = argument_of(programmatic, argument);
    if (!a) return rtl::OUString();
    return to_ou(lang() == Lang::vi ? a->name_vi : a->name_en);
}

rtl::OUString AddIn::getArgumentDescription(const rtl::OUString& programmatic, sal_Int32 argument) {
    const ArgumentSpec* a = argument_of(programmatic, argument);
    if (!a) return rtl::OUString();
    return to_ou(lang() == Lang::vi ? a->help_vi : a->help_en);
}

rtl::OUString AddIn::getProgrammaticCategoryName(const rtl::OUString& programmatic) {
    const FunctionSpec* f = spec_of(programmatic);
    return to_ou(f ? f->category : std::string_view("Add-In"));
}

rtl::OUString AddIn::getDisplayCategoryName(const rtl::OUString& programmatic) {
    return getProgrammaticCategoryName(programmatic);
}

void AddIn::setLocale(const css::lang::Locale& locale) { locale_ = locale; }

css::lang::Locale AddIn::getLocale() { return locale_; }

// ---- XServiceName, XServiceInfo -----------------------------------------------------------

rtl::OUString AddIn::getServiceName() { return rtl::OUString::createFromAscii(service_name); }

rtl::OUString AddIn::getImplementationName() {
    return rtl::OUString::createFromAscii(implementation_name);
}

sal_Bool AddIn::supportsService(const rtl::OUString& name) {
    for (const rtl::OUString& s : service_names())
        if (s == name) return true;
    return false;
}

Sequence<rtl::OUString> AddIn::getSupportedServiceNames() { return service_names(); }

Sequence<rtl::OUString> AddIn::service_names() {
    Sequence<rtl::OUString> names(2);
    names[0] = rtl::OUString::createFromAscii(service_name);
    names[1] = "com.sun.star.sheet.AddIn";
    return names;
}

} // namespace vnplan::addin
