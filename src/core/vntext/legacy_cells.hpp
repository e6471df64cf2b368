// Legacy Vietnamese text in sheet cells: which encoding a cell's text is in, given its font and
// the text itself, and the whole-grid conversion of "Chuyển mã sang Unicode" / vnplan convert.
// The font is the strongest evidence: a clerk typing in .VnTime types TCVN3, in VNI-Times VNI.
#pragma once

#include "core/common/grid.hpp"
#include "core/vntext/vntext.hpp"

#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace vnplan::vntext {

// The encoding a font name tells: ".VnTime", ".VnArialH" -> tcvn3; "VNI-Times" -> vni;
// any other font -> automatic (the font says nothing).
Encoding font_encoding(std::string_view font);

// TCVN3 upper-case fonts (.VnTimeH, .VnArialH): every letter, even a lower-case code point, is
// drawn as a capital, so the Unicode text is the decoded text in upper case.
bool upper_case_font(std::string_view font);

// A cell's text in Unicode and the encoding it was read in: tcvn3 or vni when converted,
// decomposed when the text stays as it is (already Unicode, plain ASCII, nothing legacy).
struct CellText {
    Encoding encoding = Encoding::decomposed;
    std::string text;
    bool changed() const { return encoding == Encoding::tcvn3 || encoding == Encoding::vni; }
};

// Decides cell by cell, remembering what the detector said of each distinct text (tables
// repeat the same labels on every row).
// True when CellDecoder::decode would surely leave `text` in `font` as it is, told without
// decoding: plain ASCII outside an upper-case font, or a character no legacy font produces
// (ơ, ư, đ ...: the first non-ASCII letter of most Vietnamese text). It walks the UTF-8 to the
// first such character where decode() converts the whole text to UTF-16. False: ask decode().
bool stays_as_is(std::string_view text, std::string_view font);

class CellDecoder {
public:
    // * text with a character beyond Latin-1 (ơ ư đ ạ ...) is Unicode whatever its font says
    //   (a cell converted before whose font was kept);
    // * otherwise a .Vn* font means TCVN3 and a VNI* font VNI (plain ASCII in a .Vn*H font is
    //   written in capitals: that is what the clerk sees);
    // * otherwise (no font, or another font) the detector decides, and only TCVN3 or VNI text
    //   that it recognises is converted.
    CellText decode(std::string_view text, std::string_view font);

private:
    std::unordered_map<std::string, Encoding> detected_;
};

// One text cell of a grid to rewrite (grid-relative row and column).
struct CellChange {
    std::size_t row = 0, column = 0;
    Encoding encoding = Encoding::tcvn3; // tcvn3 or vni
    std::string text;                    // the Unicode text
};

// How many text cells of a grid are in each encoding (formulas and numbers are not counted).
struct EncodingCounts {
    std::size_t tcvn3 = 0, vni = 0, unicode = 0;
    EncodingCounts& operator+=(const EncodingCounts& other);
};

struct GridConversion {
    std::vector<CellChange> changes;
    EncodingCounts counts;
};

// The text cells of `grid` to convert, reading each with its font (Grid::fonts); numbers and
// errors are left alone, and formula cells (Grid::formulas) too unless `formula_results`
// (a reader wants the text a formula shows; a writer must not replace the formula).
GridConversion convert_grid(const Grid& grid, bool formula_results = false);

} // namespace vnplan::vntext
