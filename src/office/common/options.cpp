#include "office/common/options.hpp"

#include "office/common/ustring.hpp"

#include <com/sun/star/beans/NamedValue.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <com/sun/star/util/XChangesBatch.hpp>

#include <mutex>
#include <utility>

namespace vnplan::office {

namespace css = com::sun::star;
using css::uno::Any;
using css::uno::Reference;
using css::uno::UNO_QUERY_THROW;

namespace {

constexpr const char* node_path = "/org.vnplan.Options/Defaults";

// Each field with its configuration property name.
constexpr std::pair<std::string Options::*, const char*> fields[] = {
    {&Options::allocation_method, "AllocationMethod"},
    {&Options::tie_rule, "TieRule"},
    {&Options::number_style, "NumberStyle"},
    {&Options::report_language, "ReportLanguage"},
    {&Options::template_path, "TemplatePath"},
    {&Options::output_folder, "OutputFolder"}};

Reference<css::uno::XInterface> open_node(const Reference<css::uno::XComponentContext>& context,
                                          bool for_update) {
    Reference<css::lang::XMultiServiceFactory> provider(
        context->getServiceManager()->createInstanceWithContext(
            "com.sun.star.configuration.ConfigurationProvider", context),
        UNO_QUERY_THROW);
    css::uno::Sequence<Any> args(1);
    args[0] <<= css::beans::NamedValue("nodepath", Any(rtl::OUString::createFromAscii(node_path)));
    return provider->createInstanceWithArguments(
        for_update ? rtl::OUString("com.sun.star.configuration.ConfigurationUpdateAccess")
                   : rtl::OUString("com.sun.star.configuration.ConfigurationAccess"),
        args);
}

// One read view for the whole session, opened on first use. Held on the heap and never freed:
// releasing a UNO object while the office unloads the library can crash it.
struct Reader {
    std::mutex mutex;
    Reference<css::uno::XComponentContext> context;
    Reference<css::container::XNameAccess> node;
};

Reader& reader() {
    static Reader* instance = new Reader();
    return *instance;
}

} // namespace

void set_options_context(const Reference<css::uno::XComponentContext>& context) noexcept {
    Reader& r = reader();
    std::lock_guard lock(r.mutex);
    if (!r.context.is()) r.context = context;
}

Options current_options() noexcept {
    Options options;
    try {
        Reader& r = reader();
        std::lock_guard lock(r.mutex);
        if (!r.context.is()) return options;
        if (!r.node.is()) r.node.set(open_node(r.context, false), UNO_QUERY_THROW);
        for (const auto& [field, name] : fields) {
            rtl::OUString value;
            if (r.node->getByName(rtl::OUString::createFromAscii(name)) >>= value)
                options.*field = to_utf8(value);
        }
    } catch (...) {
        return Options{}; // an unreadable configuration means the built-in defaults
    }
    return options;
}

void store_options(const Reference<css::uno::XComponentContext>& context, const Options& options) {
    const auto node = open_node(context, true);
    Reference<css::beans::XPropertySet> properties(node, UNO_QUERY_THROW);
    for (const auto& [field, name] : fields)
        properties->setPropertyValue(rtl::OUString::createFromAscii(name),
                                     Any(to_ou(options.*field)));
    Reference<css::util::XChangesBatch>(node, UNO_QUERY_THROW)->commitChanges();
}

} // namespace vnplan::office
