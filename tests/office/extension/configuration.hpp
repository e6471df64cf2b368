// Reading the office's merged configuration in the extension tests (what an .xcu installed).
#pragma once

#include <com/sun/star/container/XHierarchicalNameAccess.hpp>

#include <string>

namespace vnplan::test {

// A read-only view of the node at `path`, e.g. "/org.openoffice.Office.Addons/AddonUI".
com::sun::star::uno::Reference<com::sun::star::container::XHierarchicalNameAccess>
configuration(const char* path);

// The string at `path` below `node`; a missing or non-string value fails the test.
std::string string_at(
    const com::sun::star::uno::Reference<com::sun::star::container::XHierarchicalNameAccess>& node,
    const std::string& path);

} // namespace vnplan::test
