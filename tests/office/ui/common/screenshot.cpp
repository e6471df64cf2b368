#include "ui/common/screenshot.hpp"

#include "office/common/documents.hpp"
#include "office/common/ustring.hpp"
#include "support/calc.hpp"
#include "support/office_fixture.hpp"

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/graphic/XGraphicProvider.hpp>
#include <com/sun/star/io/SequenceInputStream.hpp>

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <stdexcept>
#include <thread>
#include <vector>

#ifdef __linux__
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>
#endif

namespace vnplan::test {

namespace {

struct Image {
    int width = 0, height = 0;
    std::vector<std::uint8_t> bgrx; // 4 bytes a pixel, rows top down
};

#ifdef __linux__
// A connection to the local X server of $DISPLAY (":93" -> /tmp/.X11-unix/X93).
class XConnection {
public:
    XConnection() {
        const char* display = std::getenv("DISPLAY");
        if (!display || display[0] != ':') throw std::runtime_error("no local DISPLAY");
        const std::string number(display + 1, std::strcspn(display + 1, "."));
        fd_ = ::socket(AF_UNIX, SOCK_STREAM, 0);
        sockaddr_un address{};
        address.sun_family = AF_UNIX;
        const std::string path = "/tmp/.X11-unix/X" + number;
        std::strncpy(address.sun_path, path.c_str(), sizeof address.sun_path - 1);
        if (fd_ < 0 ||
            ::connect(fd_, reinterpret_cast<const sockaddr*>(&address), sizeof address) != 0)
            throw std::runtime_error("cannot connect to " + path);
    }
    ~XConnection() {
        if (fd_ >= 0) ::close(fd_);
    }
    XConnection(const XConnection&) = delete;
    XConnection& operator=(const XConnection&) = delete;

    void send(const std::vector<std::uint8_t>& bytes) {
        std::size_t done = 0;
        while (done < bytes.size()) {
            const auto n = ::write(fd_, bytes.data() + done, bytes.size() - done);
            if (n <= 0) throw std::runtime_error("X server: write failed");
            done += static_cast<std::size_t>(n);
        }
    }
    std::vector<std::uint8_t> receive(std::size_t count) {
        std::vector<std::uint8_t> bytes(count);
        std::size_t done = 0;
        while (done < count) {
            const auto n = ::read(fd_, bytes.data() + done, count - done);
            if (n <= 0) throw std::runtime_error("X server: read failed");
            done += static_cast<std::size_t>(n);
        }
        return bytes;
    }

private:
    int fd_ = -1;
};

std::uint16_t u16(const std::uint8_t* p) {
    return static_cast<std::uint16_t>(p[0] | p[1] << 8);
}
std::uint32_t u32(const std::uint8_t* p) {
    return static_cast<std::uint32_t>(p[0] | p[1] << 8 | p[2] << 16) |
           static_cast<std::uint32_t>(p[3]) << 24;
}
void put16(std::vector<std::uint8_t>& out, unsigned value) {
    out.push_back(static_cast<std::uint8_t>(value));
    out.push_back(static_cast<std::uint8_t>(value >> 8));
}
void put32(std::vector<std::uint8_t>& out, std::uint32_t value) {
    put16(out, value & 0xffff);
    put16(out, value >> 16);
}

// The root window's pixels (X11 protocol: connection setup, then GetImage in ZPixmap format;
// Xvfb's 24-bit screen has 32 bits a pixel, little-endian BGRX).
Image grab_screen() {
    XConnection x;
    // Little-endian client, protocol 11.0, no authorisation (a local Xvfb of our own).
    x.send({'l', 0, 11, 0, 0, 0, 0, 0, 0, 0, 0, 0});
    auto head = x.receive(8);
    if (head[0] != 1) throw std::runtime_error("X server refused the connection");
    const auto setup = x.receive(std::size_t(u16(&head[6])) * 4);
    const std::size_t vendor = u16(&setup[16]);
    const std::size_t formats = setup[21];
    const std::uint8_t* screen = &setup[32 + ((vendor + 3) & ~std::size_t(3)) + 8 * formats];
    const std::uint32_t root = u32(screen);
    Image image;
    image.width = u16(screen + 20);
    image.height = u16(screen + 22);

    std::vector<std::uint8_t> request{73, 2}; // GetImage, ZPixmap
    put16(request, 5);
    put32(request, root);
    put16(request, 0);
    put16(request, 0);
    put16(request, static_cast<unsigned>(image.width));
    put16(request, static_cast<unsigned>(image.height));
    put32(request, 0xffffffff);
    x.send(request);
    const auto reply = x.receive(32);
    if (reply[0] != 1) throw std::runtime_error("X server: GetImage failed");
    image.bgrx = x.receive(std::size_t(u32(&reply[4])) * 4);
    if (reply[1] != 24 ||
        image.bgrx.size() < std::size_t(image.width) * std::size_t(image.height) * 4)
        throw std::runtime_error("X server: not a 24-bit screen of 32-bit pixels");
    return image;
}
#else
Image grab_screen() {
    throw std::runtime_error("screenshots are taken from an X display (Linux)");
}
#endif

// An uncompressed 24-bit BMP of `area` (bottom-up rows), for the office to read.
std::vector<std::uint8_t> bmp(const Image& image, const css::awt::Rectangle& area) {
    const int row_bytes = (area.Width * 3 + 3) & ~3;
    const std::uint32_t data = std::uint32_t(row_bytes) * std::uint32_t(area.Height);
    std::vector<std::uint8_t> out{'B', 'M'};
    put32(out, 54 + data);
    put32(out, 0);
    put32(out, 54);
    put32(out, 40);
    put32(out, static_cast<std::uint32_t>(area.Width));
    put32(out, static_cast<std::uint32_t>(area.Height));
    put16(out, 1);
    put16(out, 24);
    put32(out, 0);
    put32(out, data);
    put32(out, 2835);
    put32(out, 2835);
    put32(out, 0);
    put32(out, 0);
    for (int y = area.Y + area.Height - 1; y >= area.Y; --y) {
        const std::size_t start = out.size();
        for (int x = area.X; x < area.X + area.Width; ++x) {
            const std::uint8_t* p =
                &image.bgrx[(std::size_t(y) * std::size_t(image.width) + std::size_t(x)) * 4];
            out.insert(out.end(), {p[0], p[1], p[2]});
        }
        out.resize(start + static_cast<std::size_t>(row_bytes), 0);
    }
    return out;
}

// `area` cut to the screen (a window may reach past its edge).
css::awt::Rectangle inside(css::awt::Rectangle area, const Image& image) {
    area.Width = std::min(area.X + area.Width, image.width) - std::max(area.X, 0);
    area.Height = std::min(area.Y + area.Height, image.height) - std::max(area.Y, 0);
    area.X = std::max(area.X, 0);
    area.Y = std::max(area.Y, 0);
    if (area.Width <= 0 || area.Height <= 0) throw std::runtime_error("nothing on screen there");
    return area;
}

bool uniform(const Image& image, const css::awt::Rectangle& area) {
    const auto pixel = [&](int x, int y) {
        const std::uint8_t* p =
            &image.bgrx[(std::size_t(y) * std::size_t(image.width) + std::size_t(x)) * 4];
        return std::uint32_t(p[0]) | std::uint32_t(p[1]) << 8 | std::uint32_t(p[2]) << 16;
    };
    const auto first = pixel(area.X, area.Y);
    for (int y = area.Y; y < area.Y + area.Height; ++y)
        for (int x = area.X; x < area.X + area.Width; ++x)
            if (pixel(x, y) != first) return false;
    return true;
}

} // namespace

std::filesystem::path screenshot_dir() {
    if (const char* chosen = std::getenv("VNPLAN_SCREENSHOTS"); chosen && *chosen)
        return std::filesystem::absolute(chosen);
    return temp_dir() / "screenshots";
}

ScreenPixels grab(std::optional<css::awt::Rectangle> area) {
    // A window shown a moment ago may not be painted yet: an area of one colour is retaken.
    Image image;
    css::awt::Rectangle part;
    for (int tries = 0;; ++tries) {
        image = grab_screen();
        part = inside(area.value_or(css::awt::Rectangle{0, 0, image.width, image.height}), image);
        if (!uniform(image, part) || tries == 60) break;
        std::this_thread::sleep_for(std::chrono::milliseconds(500));
    }
    return {bmp(image, part)};
}

std::filesystem::path screenshot(const std::string& name, std::optional<css::awt::Rectangle> area) {
    return save_png(grab(area), name);
}

std::filesystem::path save_png(const ScreenPixels& pixels, const std::string& name) {
    const auto& bytes = pixels.bmp;
    Sequence<sal_Int8> sequence(reinterpret_cast<const sal_Int8*>(bytes.data()),
                                static_cast<sal_Int32>(bytes.size()));
    auto context = office().context();
    Reference<css::graphic::XGraphicProvider> graphics(
        context->getServiceManager()->createInstanceWithContext(
            "com.sun.star.graphic.GraphicProvider", context),
        UNO_QUERY_THROW);
    Sequence<css::beans::PropertyValue> in(1);
    in[0].Name = "InputStream";
    in[0].Value <<= css::io::SequenceInputStream::createStreamFromSequence(context, sequence);
    const auto graphic = graphics->queryGraphic(in);
    if (!graphic.is()) throw std::runtime_error("the office did not read the screenshot");

    std::filesystem::create_directories(screenshot_dir());
    const auto file = screenshot_dir() / name;
    Sequence<css::beans::PropertyValue> out(2);
    out[0].Name = "URL";
    out[0].Value <<= office::to_ou(office::file_url(file));
    out[1].Name = "MimeType";
    out[1].Value <<= rtl::OUString("image/png");
    graphics->storeGraphic(graphic, out);
    return file;
}

} // namespace vnplan::test
