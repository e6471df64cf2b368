// Which encoding a cell is in, given its font and text (core/vntext/legacy_cells.hpp).
// The legacy byte strings are written from the published tables, not from vnplan's encoder:
// TCVN 5712:1993 (ABC): ộ=0xE9 ò=0xDF ã=0xB7 ủ=0xF1 ĩ=0xDC ệ=0xD6 Đ=0xA7 ậ=0xCB ự=0xF9 ạ=0xB9
// ú=0xF3 ư=0xAD ờ=0xEA ơ=0xAC ô=0xAB í=0xDD à=0xB5 ế=0xD5 ắ=0xBE; VNI-Windows: a base letter
// then its marks, ộ="oä" ò="oø" ã="aõ" ủ="uû" ĩ=0xF3 ệ="eä" Đ=0xD1 ậ="aä" ư=0xF6 ơ=0xF4 ự="öï"
// ạ="aï" ú="uù" ờ="ôø" í=0xED ế="eá" à="aø".
#include "core/vntext/legacy_cells.hpp"

#include <doctest/doctest.h>

using namespace vnplan;
using namespace vnplan::vntext;

namespace {

// "Cộng hòa xã hội chủ nghĩa Việt Nam" in TCVN3 and VNI, bytes as Latin-1 characters.
const std::string motto_tcvn3 =
    "C\u00E9ng h\u00DFa x\u00B7 h\u00E9i ch\u00F1 ngh\u00DCa Vi\u00D6t Nam";
const std::string motto_vni =
    "Co\u00E4ng ho\u00F8a xa\u00F5 ho\u00E4i chu\u00FB ngh\u00F3a Vie\u00E4t Nam";
const std::string motto = "Cộng hòa xã hội chủ nghĩa Việt Nam";

Grid grid_of(std::vector<std::vector<Cell>> rows) {
    Grid g;
    g.rows = std::move(rows);
    return g;
}

} // namespace

TEST_CASE("legacy cells: the font names the encoding") {
    CHECK(font_encoding(".VnTime") == Encoding::tcvn3);
    CHECK(font_encoding(".VnTimeH") == Encoding::tcvn3);
    CHECK(font_encoding(".vnarial") == Encoding::tcvn3);
    CHECK(font_encoding("VNI-Times") == Encoding::vni);
    CHECK(font_encoding("vni-helve") == Encoding::vni);
    CHECK(font_encoding("Times New Roman") == Encoding::automatic);
    CHECK(font_encoding("") == Encoding::automatic);
    CHECK(upper_case_font(".VnTimeH"));
    CHECK(upper_case_font(".VnArialH"));
    CHECK_FALSE(upper_case_font(".VnTime"));
    CHECK_FALSE(upper_case_font("VNI-Helve")); // ends in no "h": VNI has no upper-case fonts
    CHECK_FALSE(upper_case_font("Arial Narrow"));
}

TEST_CASE("legacy cells: the font decides before the detector") {
    CellDecoder d;
    CellText t = d.decode(motto_tcvn3, ".VnTime");
    CHECK(t.encoding == Encoding::tcvn3);
    CHECK(t.text == motto);
    t = d.decode(motto_vni, "VNI-Times");
    CHECK(t.encoding == Encoding::vni);
    CHECK(t.text == motto);
    // A unit name too short for the detector: "Phòng Nội vụ" is told by its font alone.
    t = d.decode("Ph\u00DFng N\u00E9i v\u00F4", ".VnTime");
    CHECK(t.encoding == Encoding::tcvn3);
    CHECK(t.text == "Phòng Nội vụ");
    t = d.decode("Phoøng Noäi vuï", "VNI-Times");
    CHECK(t.text == "Phòng Nội vụ");
    // Without a font the detector reads the motto, "Độc lập - Tự do - Hạnh phúc" and the seeds'
    // "phường Trung Vương".
    CHECK(d.decode(motto_tcvn3, "").text == motto);
    CHECK(d.decode(motto_vni, "Arial").text == motto);
    CHECK(d.decode("\u00A7\u00E9c l\u00CBp - T\u00F9 do - H\u00B9nh ph\u00F3c", "").text ==
          "Độc lập - Tự do - Hạnh phúc");
    CHECK(d.decode("\u00D1o\u00E4c la\u00E4p - T\u00F6\u00EF do - Ha\u00EFnh phu\u00F9c", "Arial")
              .text == "Độc lập - Tự do - Hạnh phúc");
    CHECK(d.decode("ph\u00AD\u00EAng Trung V\u00AD\u00ACng", ".VnTime").text ==
          "phường Trung Vương");
    CHECK(d.decode("ph\u00F6\u00F4\u00F8ng Trung V\u00F6\u00F4ng", "VNI-Times").text ==
          "phường Trung Vương");
}

TEST_CASE("legacy cells: upper-case TCVN3 fonts give capitals") {
    CellDecoder d;
    // Typed in .VnTimeH with lower-case code points: the clerk sees capitals.
    CellText t = d.decode("c\u00E9ng h\u00DFa x\u00B7 h\u00E9i ch\u00F1 ngh\u00DCa vi\u00D6t nam",
                          ".VnTimeH");
    CHECK(t.encoding == Encoding::tcvn3);
    CHECK(t.text == "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    // TCVN3's own capitals (Ô = 0xA4) and lower-case toned letters mixed, as typed.
    CHECK(d.decode("UBND TH\u00B5NH PH\u00E8 U\u00A4NG B\u00DD", ".VnTimeH").text ==
          "UBND THÀNH PHỐ UÔNG BÍ");
    // Plain ASCII in an upper-case font is shown, and so converted, in capitals.
    CHECK(d.decode("stt", ".VnTimeH").text == "STT");
    CHECK(d.decode("STT", ".VnTimeH").encoding == Encoding::decomposed);
}

TEST_CASE("legacy cells: Unicode and plain text stay as they are") {
    CellDecoder d;
    // Converted before, font kept: a letter beyond Latin-1 shows it is Unicode.
    CHECK(d.decode(motto, ".VnTime").encoding == Encoding::decomposed);
    CHECK(d.decode(motto, ".VnTime").text == motto);
    CHECK(d.decode("Tổng cộng", "VNI-Times").encoding == Encoding::decomposed);
    CHECK(d.decode("Total", ".VnTime").encoding == Encoding::decomposed);
    CHECK(d.decode("Total", ".VnTime").text == "Total");
    // Latin-1 text the detector cannot read as Vietnamese, in an ordinary font.
    CHECK(d.decode("Café Müller", "Arial").encoding == Encoding::decomposed);
    CHECK(d.decode("Café Müller", "Arial").text == "Café Müller");
}

TEST_CASE("legacy cells: stays_as_is answers only when decode surely keeps the text") {
    // Surely kept: a letter no legacy font produces, or ASCII in an ordinary .Vn font.
    CHECK(stays_as_is(motto, ".VnTime"));
    CHECK(stays_as_is("Tổng cộng", "VNI-Times"));
    CHECK(stays_as_is("Total", ".VnTime"));
    CHECK(stays_as_is("Total", ""));
    // Not sure: legacy bytes (Latin-1 characters), Windows-1252 punctuation, upper-case fonts.
    CHECK_FALSE(stays_as_is(motto_tcvn3, ".VnTime"));
    CHECK_FALSE(stays_as_is(motto_vni, ""));
    CHECK_FALSE(stays_as_is("Total \u2026", ".VnTime")); // … is byte 0x85 of Windows-1252
    CHECK_FALSE(stays_as_is("Total", ".VnTimeH"));
    // Whenever it says kept, decode keeps it.
    CellDecoder d;
    for (const auto& kept : std::vector<std::pair<std::string, std::string>>{
             {motto, ".VnTime"}, {"Tổng cộng", "VNI-Times"}, {"Total", ".VnTime"}})
        CHECK(d.decode(kept.first, kept.second).text == kept.first);
}

TEST_CASE("legacy cells: a grid's changes leave formulas and numbers alone") {
    Grid g = grid_of({{Cell::of(motto_tcvn3), Cell::of(12.0), Cell::of(motto_tcvn3)},
                      {Cell::of(motto_vni), Cell::of("Tổng cộng"), Cell::of("")}});
    g.fonts.push_back({0, 0, 0, 2, ".VnTime"});
    g.fonts.push_back({1, 0, 1, 0, "VNI-Times"});
    g.formulas[{0, 2}] = "=A1";
    const GridConversion c = convert_grid(g);
    REQUIRE(c.changes.size() == 2);
    CHECK(c.changes[0].row == 0);
    CHECK(c.changes[0].column == 0);
    CHECK(c.changes[0].encoding == Encoding::tcvn3);
    CHECK(c.changes[0].text == motto);
    CHECK(c.changes[1].row == 1);
    CHECK(c.changes[1].encoding == Encoding::vni);
    CHECK(c.counts.tcvn3 == 1);
    CHECK(c.counts.vni == 1);
    CHECK(c.counts.unicode == 1); // "Tổng cộng"; the number, the formula and the blank not
    // A reader asks for what formulas show too.
    CHECK(convert_grid(g, true).changes.size() == 3);
}
