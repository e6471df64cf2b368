// Opening a template as a new document without a window, and the export filters.
#include "core/common/message.hpp"
#include "office/common/documents.hpp"
#include "office/common/scoped_timer.hpp"
#include "office/common/uno_util.hpp"
#include "office/common/ustring.hpp"
#include "office/plan/writer.hpp"

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/document/MacroExecMode.hpp>
#include <com/sun/star/document/XTypeDetection.hpp>
#include <com/sun/star/frame/Desktop.hpp>
#include <com/sun/star/frame/XController.hpp>
#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/frame/XLoadable.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/lang/XMultiComponentFactory.hpp>
#include <com/sun/star/text/XTextDocument.hpp>
#include <com/sun/star/util/XCloseable.hpp>

#include <cstdio>
#include <cstdlib>
#include <map>
#include <mutex>

namespace vnplan::office {

std::string export_filter(const std::string& format) {
    if (format == "odt") return "writer8";
    if (format == "docx") return "MS Word 2007 XML";
    if (format == "pdf") return "writer_pdf_Export";
    throw InputError({"Không có định dạng \"" + format + "\"; dùng odt, docx, pdf.",
                      "Unknown format \"" + format + "\"; use odt, docx, pdf."});
}

namespace {

css::beans::PropertyValue property(const char* name, const Any& value) {
    css::beans::PropertyValue p;
    p.Name = rtl::OUString::createFromAscii(name);
    p.Value = value;
    return p;
}

// The import filter of a template, as the type detection finds it (once per file: a batch
// opens the same template for every document).
rtl::OUString template_filter(const Reference<css::uno::XComponentContext>& context,
                              const std::filesystem::path& file) {
    static std::mutex mutex;
    static std::map<std::string, rtl::OUString> known;
    std::error_code ec;
    const std::string key =
        file.string() + "|" +
        std::to_string(std::filesystem::last_write_time(file, ec).time_since_epoch().count());
    {
        std::lock_guard<std::mutex> lock(mutex);
        if (auto it = known.find(key); it != known.end()) return it->second;
    }
    Reference<css::document::XTypeDetection> detection(
        context->getServiceManager()->createInstanceWithContext(
            "com.sun.star.document.TypeDetection", context),
        UNO_QUERY_THROW);
    Sequence<css::beans::PropertyValue> descriptor(1);
    descriptor[0] = property("URL", Any(to_ou(file_url(file))));
    const rtl::OUString type = detection->queryTypeByDescriptor(descriptor, true);
    rtl::OUString filter;
    Sequence<css::beans::PropertyValue> type_properties;
    if (!type.isEmpty() &&
        (Reference<css::container::XNameAccess>(detection, UNO_QUERY_THROW)->getByName(type) >>=
         type_properties))
        for (const auto& p : type_properties)
            if (p.Name == "PreferredFilter") p.Value >>= filter;
    std::lock_guard<std::mutex> lock(mutex);
    known[key] = filter;
    return filter;
}

} // namespace

namespace detail {

// The document is made as a model without a window or layout: Writer then fills large
// tables without laying them out after every cell (ten times faster at 2,000 rows); the PDF
// export lays it out once.
Reference<css::lang::XComponent>
open_template(const Reference<css::uno::XComponentContext>& context,
              const std::filesystem::path& file) {
    std::error_code ec;
    if (!std::filesystem::is_regular_file(file, ec))
        throw InputError({"Không tìm thấy mẫu " + file.string() + ".",
                          "Template not found: " + file.string() + "."});
    const auto factory = context->getServiceManager();
    Reference<css::lang::XComponent> doc(
        factory->createInstanceWithContext("com.sun.star.text.TextDocument", context),
        UNO_QUERY_THROW);
    try {
        const rtl::OUString filter = template_filter(context, file);
        Sequence<css::beans::PropertyValue> args(5);
        args[0] = property("URL", Any(to_ou(file_url(file))));
        args[1] = property("FilterName", Any(filter));
        args[2] = property("AsTemplate", Any(true)); // a new untitled document from the template
        args[3] = property("MacroExecutionMode", Any(css::document::MacroExecMode::NEVER_EXECUTE));
        args[4] = property("UpdateDocMode", Any(sal_Int16(0))); // links are not updated
        Reference<css::frame::XLoadable>(doc, UNO_QUERY_THROW)->load(args);
        if (Reference<css::text::XTextDocument>(doc, UNO_QUERY).is()) return doc;
    } catch (const css::uno::Exception& e) {
        if (profiling()) std::fprintf(stderr, "vnplan: template: %s\n", to_utf8(e.Message).c_str());
    }
    close_document(doc);
    throw InputError(
        {"Không mở được mẫu " + file.string() + " (phải là mẫu Writer .ott hoặc .odt).",
         "Cannot open the template " + file.string() + " (a Writer .ott or .odt)."});
}

void give_view(const Reference<css::uno::XComponentContext>& context,
               const Reference<css::lang::XComponent>& document) {
    Sequence<css::beans::PropertyValue> args(2);
    args[0] = property("Model", Any(document));
    args[1] = property("Hidden", Any(true));
    css::frame::Desktop::create(context)->loadComponentFromURL("private:object", "_blank", 0, args);
}

void close_rendered(const Reference<css::lang::XComponent>& document) noexcept {
    // The hidden window of give_view goes first, else the office keeps a frame per document.
    try {
        Reference<css::frame::XModel> model(document, UNO_QUERY);
        auto controller = model.is() ? model->getCurrentController() : nullptr;
        auto frame = controller.is() ? controller->getFrame() : nullptr;
        Reference<css::util::XCloseable> closeable(frame, UNO_QUERY);
        if (closeable.is()) closeable->close(true);
    } catch (...) {
    }
    close_document(document);
}

} // namespace detail

} // namespace vnplan::office
