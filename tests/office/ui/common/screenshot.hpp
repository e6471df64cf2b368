// Screenshots of the windowed test office for docs/images: the virtual display's pixels read
// with the X protocol's GetImage (no X library needed), turned into PNG by the office's own
// graphic filters. Retake them all with
//   VNPLAN_SCREENSHOTS=docs/images out/tests/office/vnplan_office_tests --test-suite=ui.screenshots
#pragma once

#include <com/sun/star/awt/Rectangle.hpp>

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace vnplan::test {

// Where screenshots go: $VNPLAN_SCREENSHOTS, else a folder of this test program's own.
std::filesystem::path screenshot_dir();

// Writes the screen of $DISPLAY (the part `area` covers, else all of it) to `png`; throws
// std::runtime_error when the display cannot be read. Returns the file written.
std::filesystem::path screenshot(const std::string& name,
                                 std::optional<com::sun::star::awt::Rectangle> area = {});

// The same in two steps: the pixels now (without calling the office), the PNG later.
struct ScreenPixels {
    std::vector<std::uint8_t> bmp; // an uncompressed BMP of the area
};
ScreenPixels grab(std::optional<com::sun::star::awt::Rectangle> area = {});
std::filesystem::path save_png(const ScreenPixels& pixels, const std::string& name);

} // namespace vnplan::test
