#include "office/common/documents.hpp"
#include "office/common/uno_util.hpp"

#include "core/common/message.hpp"
#include "office/common/ustring.hpp"

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/document/MacroExecMode.hpp>
#include <com/sun/star/frame/XStorable.hpp>
#include <com/sun/star/io/IOException.hpp>
#include <com/sun/star/lang/IllegalArgumentException.hpp>
#include <com/sun/star/util/XCloseable.hpp>
#include <osl/file.hxx>

#include <random>

namespace vnplan::office {

using css::beans::PropertyValue;

namespace {

PropertyValue property(const char* name, const css::uno::Any& value) {
    PropertyValue p;
    p.Name = rtl::OUString::createFromAscii(name);
    p.Value = value;
    return p;
}

} // namespace

std::string file_url(const std::filesystem::path& path) {
    const std::u8string native = std::filesystem::absolute(path).u8string();
    rtl::OUString url;
    if (osl::FileBase::getFileURLFromSystemPath(
            to_ou(std::string_view(reinterpret_cast<const char*>(native.data()), native.size())),
            url) != osl::FileBase::E_None)
        throw std::runtime_error("cannot make a file URL of " + path.string());
    return to_utf8(url);
}

Reference<css::lang::XComponent> load_document(const Reference<css::frame::XDesktop2>& desktop,
                                               const std::filesystem::path& path, bool read_only) {
    std::error_code ec;
    if (!std::filesystem::is_regular_file(path, ec))
        throw InputError({"Không tìm thấy tệp " + path.string() + ".",
                          "File not found: " + path.string() + "."});
    Sequence<PropertyValue> args(4);
    args[0] = property("Hidden", css::uno::Any(true));
    args[1] = property("ReadOnly", css::uno::Any(read_only));
    args[2] =
        property("MacroExecutionMode", css::uno::Any(css::document::MacroExecMode::NEVER_EXECUTE));
    args[3] = property("UpdateDocMode", css::uno::Any(sal_Int16(0))); // NO_UPDATE of links
    Reference<css::lang::XComponent> doc;
    try {
        doc = desktop->loadComponentFromURL(to_ou(file_url(path)), "_blank", 0, args);
    } catch (const css::lang::IllegalArgumentException&) {
    } catch (const css::io::IOException&) {
    }
    if (!doc.is())
        throw InputError({"Không mở được tệp " + path.string() + " (không phải tài liệu hợp lệ).",
                          "Cannot open " + path.string() + " (not a valid document)."});
    return doc;
}

Reference<css::lang::XComponent> new_document(const Reference<css::frame::XDesktop2>& desktop,
                                              const std::string& factory) {
    Sequence<PropertyValue> args(1);
    args[0] = property("Hidden", css::uno::Any(true));
    return desktop->loadComponentFromURL(to_ou("private:factory/" + factory), "_blank", 0, args);
}

void store_document(const Reference<css::lang::XComponent>& document,
                    const std::filesystem::path& path, const std::string& filter, bool overwrite,
                    bool thumbnail) {
    std::error_code ec;
    if (std::filesystem::exists(path, ec) && !overwrite)
        throw InputError({"Tệp " + path.string() + " đã có; không ghi đè (dùng --force để ghi đè).",
                          "File " + path.string() + " exists; not overwritten (use --force)."});
    // Write next to the target, then rename: the target is either the old or the new file.
    std::random_device random;
    std::filesystem::path temp = path;
    temp += ".tmp-" + std::to_string(random());
    Sequence<PropertyValue> args(thumbnail ? 2 : 3);
    args[0] = property("FilterName", css::uno::Any(to_ou(filter)));
    args[1] = property("Overwrite", css::uno::Any(true));
    if (!thumbnail) args[2] = property("NoThumbnail", css::uno::Any(true)); // MediaDescriptor
    Reference<css::frame::XStorable> storable(document, css::uno::UNO_QUERY_THROW);
    try {
        storable->storeToURL(to_ou(file_url(temp)), args);
        std::filesystem::rename(temp, path);
    } catch (...) {
        std::filesystem::remove(temp, ec);
        throw;
    }
}

void close_document(const Reference<css::lang::XComponent>& document) noexcept {
    try {
        Reference<css::util::XCloseable> closeable(document, css::uno::UNO_QUERY);
        if (closeable.is())
            closeable->close(true);
        else if (document.is())
            document->dispose();
    } catch (...) {
    }
}

} // namespace vnplan::office
