// vnplan's options (Tools > Options > LibreOffice Calc > vnplan): the defaults that functions
// and dialogs use when the clerk gives no value. Stored in the extension's own configuration
// (extension/registry/schema/Options.xcs, node /org.vnplan.Options/Defaults).
#pragma once

#include <com/sun/star/uno/XComponentContext.hpp>

#include <string>

namespace vnplan::office {

struct Options {
    std::string allocation_method; // ALLOCATE's method; "" = hamilton
    std::string tie_rule;          // INDEXRANK's rule for equal values; "" = competition
    std::string number_style;      // style words of VNWORDS/VNMONEY; "" = linh, nghìn, tư
    std::string report_language;   // "" = follow the interface, "vi" or "en"
    std::string template_path;     // plan template; "" = the decree's default template
    std::string output_folder;     // where documents go; "" = next to the workbook
};

// The context the options are read with; the extension sets it when it creates its first
// service (add-ins are created without one).
void set_options_context(
    const com::sun::star::uno::Reference<com::sun::star::uno::XComponentContext>& context) noexcept;

// The options as stored now (a live view of the configuration: a change made in the options
// page is seen by the next call). Never throws: without a context or a readable
// configuration, every field is empty (the built-in defaults).
Options current_options() noexcept;

// Writes and commits the options (the options page's OK).
void store_options(
    const com::sun::star::uno::Reference<com::sun::star::uno::XComponentContext>& context,
    const Options& options);

} // namespace vnplan::office
