#include "screenshots/capture.hpp"

#include "office/common/documents.hpp"
#include "office/common/ustring.hpp"
#include "support/office_fixture.hpp"

#include <com/sun/star/accessibility/AccessibleRole.hpp>
#include <com/sun/star/accessibility/XAccessible.hpp>
#include <com/sun/star/accessibility/XAccessibleContext.hpp>
#include <com/sun/star/awt/KeyEvent.hpp>
#include <com/sun/star/awt/PosSize.hpp>
#include <com/sun/star/awt/Toolkit.hpp>
#include <com/sun/star/awt/XBitmap.hpp>
#include <com/sun/star/awt/XDevice.hpp>
#include <com/sun/star/awt/XExtendedToolkit.hpp>
#include <com/sun/star/awt/XToolkitRobot.hpp>
#include <com/sun/star/awt/XTopWindow.hpp>
#include <com/sun/star/awt/XWindow2.hpp>
#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/frame/XController.hpp>
#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/graphic/GraphicProvider.hpp>
#include <com/sun/star/graphic/XGraphic.hpp>

#include <initializer_list>
#include <set>
#include <stdexcept>
#include <thread>
#include <vector>

namespace vnplan::shots {

namespace a11y = css::accessibility;
using css::uno::Sequence;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;
using office::to_ou;

namespace {

// The top windows that are dialogs or message boxes, oldest first (as ui_driver.cpp finds
// them; XExtendedToolkit's deprecated listing is the only one reaching windows no document
// owns).
std::vector<Window> dialogs() {
    Reference<css::awt::XExtendedToolkit> toolkit(
        css::awt::Toolkit::create(test::office().context()), UNO_QUERY_THROW);
    std::vector<Window> found;
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"
    const sal_Int32 count = toolkit->getTopWindowCount();
    for (sal_Int32 i = 0; i < count; ++i) {
        Window window(toolkit->getTopWindow(i), UNO_QUERY);
#pragma GCC diagnostic pop
        Reference<a11y::XAccessible> accessible(window, UNO_QUERY);
        Reference<css::awt::XWindow2> shown(window, UNO_QUERY);
        if (!accessible.is() || (shown.is() && !shown->isVisible())) continue;
        const auto context = accessible->getAccessibleContext();
        if (!context.is()) continue;
        const auto role = context->getAccessibleRole();
        if (role == a11y::AccessibleRole::DIALOG || role == a11y::AccessibleRole::ALERT)
            found.push_back(window);
    }
    return found;
}

Sequence<sal_Int8> picture(const Window& window, const css::awt::Rectangle& r) {
    Reference<css::awt::XDevice> device(window, UNO_QUERY_THROW);
    return device->createBitmap(r.X, r.Y, r.Width, r.Height)->getDIB();
}

Reference<css::graphic::XGraphicProvider> graphics() {
    return css::graphic::GraphicProvider::create(test::office().context());
}

// Debian's SDK has no Sequence from an initializer list.
Sequence<css::beans::PropertyValue> properties(
    std::initializer_list<std::pair<const char*, css::uno::Any>> list) {
    Sequence<css::beans::PropertyValue> out(static_cast<sal_Int32>(list.size()));
    sal_Int32 i = 0;
    for (const auto& [name, value] : list) {
        out[i].Name = rtl::OUString::createFromAscii(name);
        out[i++].Value = value;
    }
    return out;
}

} // namespace

Window frame_window(test::CalcDocument& doc, int width, int height) {
    Reference<css::frame::XModel> model(doc.component(), UNO_QUERY_THROW);
    Window window = model->getCurrentController()->getFrame()->getContainerWindow();
    window->setPosSize(0, 0, width, height, css::awt::PosSize::POSSIZE);
    if (Reference<css::awt::XTopWindow> top(window, UNO_QUERY); top.is()) top->toFront();
    settle();
    return window;
}

Window wait_dialog(std::chrono::seconds timeout) {
    const auto until = std::chrono::steady_clock::now() + timeout;
    while (std::chrono::steady_clock::now() < until) {
        if (const auto open = dialogs(); !open.empty()) return open.back();
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
    return {};
}

bool dialog_open() {
    return !dialogs().empty();
}

css::awt::Rectangle save_png(const Window& window, const std::filesystem::path& file,
                             std::optional<css::awt::Rectangle> region) {
    if (!window.is()) throw std::runtime_error("no window to picture for " + file.string());
    const auto size = window->getPosSize();
    const css::awt::Rectangle r = region.value_or(css::awt::Rectangle{0, 0, size.Width, size.Height});
    // A text cursor blinks: after a few tries the last picture is taken as it is.
    auto last = picture(window, r);
    for (int i = 0; i < 8; ++i) {
        std::this_thread::sleep_for(std::chrono::milliseconds(300));
        auto next = picture(window, r);
        const bool same = next == last;
        last = std::move(next);
        if (same) break;
    }
    Reference<css::awt::XDevice> device(window, UNO_QUERY_THROW);
    const auto bitmap = device->createBitmap(r.X, r.Y, r.Width, r.Height);
    const auto graphic = graphics()->queryGraphic(properties({{"Bitmap", css::uno::Any(bitmap)}}));
    if (!graphic.is()) throw std::runtime_error("the office made no picture of the window");
    std::filesystem::create_directories(file.parent_path());
    graphics()->storeGraphic(
        graphic, properties({{"URL", css::uno::Any(to_ou(office::file_url(file)))},
                             {"MimeType", css::uno::Any(rtl::OUString("image/png"))}}));
    return r;
}

bool shows_something(const std::filesystem::path& file) {
    const auto graphic =
        graphics()->queryGraphic(properties({{"URL", css::uno::Any(to_ou(office::file_url(file)))}}));
    Reference<css::awt::XBitmap> bitmap(graphic, UNO_QUERY);
    if (!bitmap.is()) return false;
    const auto dib = bitmap->getDIB();
    // Past the headers (and a palette, if any), a picture of one colour has few byte values.
    std::set<sal_Int8> values;
    for (sal_Int32 i = std::min<sal_Int32>(1078, dib.getLength()); i < dib.getLength(); ++i)
        values.insert(dib[i]);
    return values.size() > 16;
}

void press_key(const Window& window, short key, short modifiers) {
    Reference<css::awt::XToolkitRobot> robot(css::awt::Toolkit::create(test::office().context()),
                                             UNO_QUERY_THROW);
    css::awt::KeyEvent event;
    event.Source = window;
    event.KeyCode = key;
    event.Modifiers = modifiers;
    robot->keyPress(event);
    robot->keyRelease(event);
}

void settle(std::chrono::milliseconds time) {
    std::this_thread::sleep_for(time);
}

} // namespace vnplan::shots
