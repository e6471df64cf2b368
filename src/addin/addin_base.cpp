#include "addin/addin_base.hpp"

#include "addin/uno_convert.hpp"

namespace vnplan::addin {

namespace {

const ArgumentSpec* argument_of(const FunctionSpec* f, sal_Int32 index) {
    if (!f || index < 0 || static_cast<std::size_t>(index) >= f->arguments.size()) return nullptr;
    return &f->arguments[static_cast<std::size_t>(index)];
}

} // namespace

rtl::OUString AddInInfo::programmatic_name(const rtl::OUString& display) const {
    const FunctionSpec* f = find_function(domain_, to_utf8(display));
    return f ? to_ou(f->method) : rtl::OUString();
}

rtl::OUString AddInInfo::display_name(const rtl::OUString& programmatic) const {
    const FunctionSpec* f = find_function(domain_, to_utf8(programmatic));
    if (!f) return rtl::OUString();
    return to_ou(f->name.in(lang()));
}

rtl::OUString AddInInfo::description(const rtl::OUString& programmatic) const {
    const FunctionSpec* f = find_function(domain_, to_utf8(programmatic));
    if (!f) return rtl::OUString();
    return to_ou(f->help.in(lang()));
}

rtl::OUString AddInInfo::argument_name(const rtl::OUString& programmatic, sal_Int32 i) const {
    const ArgumentSpec* a = argument_of(find_function(domain_, to_utf8(programmatic)), i);
    if (!a) return rtl::OUString();
    return to_ou(a->name.in(lang()));
}

rtl::OUString AddInInfo::argument_description(const rtl::OUString& programmatic,
                                              sal_Int32 i) const {
    const ArgumentSpec* a = argument_of(find_function(domain_, to_utf8(programmatic)), i);
    if (!a) return rtl::OUString();
    return to_ou(help_of(*a, lang()));
}

rtl::OUString AddInInfo::category(const rtl::OUString& programmatic) const {
    const FunctionSpec* f = find_function(domain_, to_utf8(programmatic));
    return to_ou(category_name(f ? f->category : Category::add_in));
}

css::uno::Sequence<rtl::OUString> AddInInfo::service_names() const {
    css::uno::Sequence<rtl::OUString> names(2);
    names[0] = to_ou(service().service);
    names[1] = "com.sun.star.sheet.AddIn";
    return names;
}

} // namespace vnplan::addin
