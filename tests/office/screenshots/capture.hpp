// Pictures of a windowed office for the clerks' guide (docs/huong-dan-su-dung.md): a window,
// as the office itself draws it, saved as PNG through the office's own graphic filters (no
// screen-grabbing tool needed; the X server is the tests' Xvfb).
#pragma once

#include "support/calc.hpp"

#include <com/sun/star/awt/Rectangle.hpp>
#include <com/sun/star/awt/XWindow.hpp>

#include <chrono>
#include <filesystem>
#include <optional>
#include <string>

namespace vnplan::shots {

namespace css = com::sun::star;
using css::uno::Reference;
using Window = Reference<css::awt::XWindow>;

// The container window of `doc`'s frame, moved to the top left corner and given `width` x
// `height` pixels, so that every picture of Calc has the same size.
Window frame_window(test::CalcDocument& doc, int width = 1100, int height = 720);

// The dialog or message box opened last (a top window with the accessible role of a dialog),
// waiting up to `timeout` for one; null when none shows.
Window wait_dialog(std::chrono::seconds timeout = std::chrono::seconds(30));
bool dialog_open();

// Saves what `window` shows (or the part `region` of it, in its own pixels) as a PNG file,
// once two pictures taken a moment apart agree (painting done). Returns the size in pixels.
css::awt::Rectangle save_png(const Window& window, const std::filesystem::path& file,
                             std::optional<css::awt::Rectangle> region = std::nullopt);

// Saves the part `area` of the screen (all windows as shown: a window with its menu bar, an
// open menu over it) as a PNG file. Reads the X server through libX11, which LibreOffice
// itself needs on Linux; false where there is none (other systems: use save_png).
bool save_screen_png(const css::awt::Rectangle& area, const std::filesystem::path& file);

// Whether the PNG `file` shows something: more than one colour.
bool shows_something(const std::filesystem::path& file);

// A key typed into `window` (css::awt::Key::ESCAPE ...), as the keyboard would.
void press_key(const Window& window, short key, short modifiers = 0);

// Waits while painting and the office's idle work finish after an action.
void settle(std::chrono::milliseconds time = std::chrono::milliseconds(1500));

} // namespace vnplan::shots
