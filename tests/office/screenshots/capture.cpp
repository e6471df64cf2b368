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

#include <cstdint>
#include <fstream>
#include <initializer_list>
#include <set>
#include <stdexcept>
#include <thread>
#include <vector>

#ifdef __linux__
#include <dlfcn.h>
#endif

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
Sequence<css::beans::PropertyValue>
properties(std::initializer_list<std::pair<const char*, css::uno::Any>> list) {
    Sequence<css::beans::PropertyValue> out(static_cast<sal_Int32>(list.size()));
    sal_Int32 i = 0;
    for (const auto& [name, value] : list) {
        out[i].Name = rtl::OUString::createFromAscii(name);
        out[i++].Value = value;
    }
    return out;
}

void store_png(const Reference<css::graphic::XGraphic>& graphic,
               const std::filesystem::path& file) {
    std::filesystem::create_directories(file.parent_path());
    graphics()->storeGraphic(graphic,
                             properties({{"URL", css::uno::Any(to_ou(office::file_url(file)))},
                                         {"MimeType", css::uno::Any(rtl::OUString("image/png"))}}));
}

// What `read` returns once painting is done: when two readings a moment apart agree. A text
// cursor blinks: after a few tries the last reading is taken as it is.
template <class Read> auto settled(Read read) {
    auto last = read();
    for (int i = 0; i < 8; ++i) {
        std::this_thread::sleep_for(std::chrono::milliseconds(300));
        auto next = read();
        const bool same = next == last;
        last = std::move(next);
        if (same) break;
    }
    return last;
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
    const css::awt::Rectangle r =
        region.value_or(css::awt::Rectangle{0, 0, size.Width, size.Height});
    settled([&] { return picture(window, r); });
    Reference<css::awt::XDevice> device(window, UNO_QUERY_THROW);
    const auto bitmap = device->createBitmap(r.X, r.Y, r.Width, r.Height);
    const auto graphic = graphics()->queryGraphic(properties({{"Bitmap", css::uno::Any(bitmap)}}));
    if (!graphic.is()) throw std::runtime_error("the office made no picture of the window");
    store_png(graphic, file);
    return r;
}

#ifdef __linux__
namespace {

// The few libX11 calls needed, looked up at run time: no X headers or link-time dependency.
struct X11 {
    void* library = dlopen("libX11.so.6", RTLD_NOW | RTLD_LOCAL);
    template <class F> F get(const char* name) const {
        return library ? reinterpret_cast<F>(dlsym(library, name)) : nullptr;
    }
    using OpenDisplay = void* (*)(const char*);
    using CloseDisplay = int (*)(void*);
    using DefaultRoot = unsigned long (*)(void*);
    using GetImage = void* (*)(void*, unsigned long, int, int, unsigned, unsigned, unsigned long,
                               int);
    using GetPixel = unsigned long (*)(void*, int, int);
    using DestroyImage = int (*)(void*);
    OpenDisplay open = get<OpenDisplay>("XOpenDisplay");
    CloseDisplay close = get<CloseDisplay>("XCloseDisplay");
    DefaultRoot root = get<DefaultRoot>("XDefaultRootWindow");
    GetImage image = get<GetImage>("XGetImage");
    GetPixel pixel = get<GetPixel>("XGetPixel");
    DestroyImage destroy = get<DestroyImage>("XDestroyImage");
    bool usable() const { return open && close && root && image && pixel && destroy; }
};

// The area as a 24-bit BMP file (bottom-up rows), read from the screen of $DISPLAY (a
// TrueColor visual, red in the high byte, as Xvfb's is); empty when it cannot be read.
std::string screen_bmp(const css::awt::Rectangle& r) {
    static const X11 x;
    if (!x.usable() || r.Width <= 0 || r.Height <= 0) return {};
    void* display = x.open(nullptr);
    if (!display) return {};
    constexpr int z_pixmap = 2;
    void* image = x.image(display, x.root(display), r.X, r.Y, static_cast<unsigned>(r.Width),
                          static_cast<unsigned>(r.Height), ~0UL, z_pixmap);
    std::string bmp;
    if (image) {
        const std::uint32_t row = (static_cast<std::uint32_t>(r.Width) * 3 + 3) & ~3U;
        const std::uint32_t size = 54 + row * static_cast<std::uint32_t>(r.Height);
        bmp.assign(size, '\0');
        const auto put = [&](std::size_t at, std::uint32_t value, int bytes) {
            for (int i = 0; i < bytes; ++i)
                bmp[at + i] = static_cast<char>((value >> (8 * i)) & 0xff);
        };
        bmp[0] = 'B';
        bmp[1] = 'M';
        put(2, size, 4);
        put(10, 54, 4);
        put(14, 40, 4);
        put(18, static_cast<std::uint32_t>(r.Width), 4);
        put(22, static_cast<std::uint32_t>(r.Height), 4);
        put(26, 1, 2);
        put(28, 24, 2);
        for (sal_Int32 y = 0; y < r.Height; ++y) {
            std::size_t at = 54 + row * static_cast<std::uint32_t>(r.Height - 1 - y);
            for (sal_Int32 px = 0; px < r.Width; ++px, at += 3)
                put(at, static_cast<std::uint32_t>(x.pixel(image, px, y)) & 0xffffff, 3);
        }
        x.destroy(image);
    }
    x.close(display);
    return bmp;
}

} // namespace

bool save_screen_png(const css::awt::Rectangle& area, const std::filesystem::path& file) {
    const std::string last = settled([&] { return screen_bmp(area); });
    if (last.empty()) return false;
    const auto bmp = file.parent_path() / (file.stem().string() + ".tmp.bmp");
    std::filesystem::create_directories(file.parent_path());
    {
        std::ofstream out(bmp, std::ios::binary);
        out.write(last.data(), static_cast<std::streamsize>(last.size()));
        if (!out) return false;
    }
    const auto graphic = graphics()->queryGraphic(
        properties({{"URL", css::uno::Any(to_ou(office::file_url(bmp)))}}));
    std::error_code ec;
    if (graphic.is()) store_png(graphic, file);
    std::filesystem::remove(bmp, ec);
    return graphic.is();
}
#else
bool save_screen_png(const css::awt::Rectangle&, const std::filesystem::path&) {
    return false;
}
#endif
bool shows_something(const std::filesystem::path& file) {
    const auto graphic = graphics()->queryGraphic(
        properties({{"URL", css::uno::Any(to_ou(office::file_url(file)))}}));
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
