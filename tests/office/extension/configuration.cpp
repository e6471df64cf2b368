#include "extension/configuration.hpp"

#include "office/common/ustring.hpp"
#include "support/office_fixture.hpp"

#include <com/sun/star/beans/NamedValue.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <doctest/doctest.h>

namespace vnplan::test {

namespace css = com::sun::star;
using css::uno::Any;
using css::uno::Reference;
using css::uno::UNO_QUERY_THROW;

Reference<css::container::XHierarchicalNameAccess> configuration(const char* path) {
    auto context = office().context();
    Reference<css::lang::XMultiServiceFactory> provider(
        context->getServiceManager()->createInstanceWithContext(
            "com.sun.star.configuration.ConfigurationProvider", context),
        UNO_QUERY_THROW);
    css::uno::Sequence<Any> args(1);
    args[0] <<= css::beans::NamedValue("nodepath", Any(rtl::OUString::createFromAscii(path)));
    return Reference<css::container::XHierarchicalNameAccess>(
        provider->createInstanceWithArguments("com.sun.star.configuration.ConfigurationAccess",
                                              args),
        UNO_QUERY_THROW);
}

std::string string_at(const Reference<css::container::XHierarchicalNameAccess>& node,
                      const std::string& path) {
    rtl::OUString value;
    INFO("configuration value ", path);
    REQUIRE((node->getByHierarchicalName(office::to_ou(path)) >>= value));
    return office::to_utf8(value);
}

} // namespace vnplan::test
