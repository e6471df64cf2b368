// A workbook as offices still keep them, built in the test: text typed in TCVN3 (.VnTime,
// .VnTimeH) and VNI (VNI-Times) fonts, a comment and sheet names in TCVN3, numbers and a
// formula. The legacy byte strings (as Latin-1 characters, which is how Calc holds them) are
// written from the published tables, not from vnplan's encoder:
// * TCVN 5712:1993 (ABC): ộ E9, ò DF, ã B7, ủ F1, ĩ DC, ệ D6, Đ A7, ậ CB, ự F9, ạ B9, ú F3,
//   ư AD, ờ EA, ơ AC, ắ BE, ổ E6, ợ EE, ố E8, á B8, ô AB, í DD, à B5, Ô A4;
// * VNI-Windows (letter, then mark bytes): ộ "oä", ò "oø", ã "aõ", ủ "uû", ĩ F3, ệ "eä",
//   Đ D1, ậ "aä", ư F6, ơ F4, ự "öï", ạ "aï", ú "uù", ờ "ôø", ụ "uï", â "aâ", í ED.
#pragma once

#include "support/calc.hpp"

#include <string>

namespace vnplan::test::legacy {

inline const std::string motto = "Cộng hòa xã hội chủ nghĩa Việt Nam";
inline const std::string motto_upper = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
inline const std::string motto_tcvn3 =
    "C\u00E9ng h\u00DFa x\u00B7 h\u00E9i ch\u00F1 ngh\u00DCa Vi\u00D6t Nam";
// Typed in .VnTimeH with the lower-case code points: shown in capitals.
inline const std::string motto_tcvn3_h =
    "c\u00E9ng h\u00DFa x\u00B7 h\u00E9i ch\u00F1 ngh\u00DCa vi\u00D6t nam";
inline const std::string motto_vni =
    "Co\u00E4ng ho\u00F8a xa\u00F5 ho\u00E4i chu\u00FB ngh\u00F3a Vie\u00E4t Nam";
inline const std::string slogan = "Độc lập - Tự do - Hạnh phúc";
inline const std::string slogan_tcvn3 = "\u00A7\u00E9c l\u00CBp - T\u00F9 do - H\u00B9nh ph\u00F3c";
inline const std::string slogan_vni =
    "\u00D1o\u00E4c la\u00E4p - T\u00F6\u00EF do - Ha\u00EFnh phu\u00F9c";
// Unit names from the seeds (Kế hoạch 143, Uông Bí).
inline const std::string noi_vu = "Phòng Nội vụ";
inline const std::string noi_vu_tcvn3 = "Ph\u00DFng N\u00E9i v\u00F4";
inline const std::string trung_vuong = "phường Trung Vương";
inline const std::string trung_vuong_vni = "ph\u00F6\u00F4\u00F8ng Trung V\u00F6\u00F4ng";
inline const std::string bac_son = "phường Bắc Sơn";
inline const std::string bac_son_tcvn3 = "ph\u00AD\u00EAng B\u00BEc S\u00ACn";
inline const std::string uong_bi_upper = "UBND THÀNH PHỐ UÔNG BÍ";
inline const std::string uong_bi_tcvn3_h = "UBND TH\u00B5NH PH\u00E8 U\u00A4NG B\u00DD";
inline const std::string uong_bi = "Uông Bí";
inline const std::string uong_bi_vni = "Uo\u00E2ng B\u00ED";
inline const std::string tai_chinh = "Phòng Tài chính - Kế hoạch"; // already Unicode
// The comment on A5 (no legacy font: the detector reads it) and the sheet names.
inline const std::string comment = "Số liệu của Phòng Nội vụ";
inline const std::string comment_tcvn3 = "S\u00E8 li\u00D6u c\u00F1a Ph\u00DFng N\u00E9i v\u00F4";
inline const std::string sheet1 = "Tổng hợp";
inline const std::string sheet1_tcvn3 = "T\u00E6ng h\u00EEp";
inline const std::string sheet2 = "Danh sách";
inline const std::string sheet2_tcvn3 = "Danh s\u00B8ch";

// Sheet "Tæng hîp":
//   A1 .VnTimeH  motto_tcvn3_h     A2 .VnTime  slogan_tcvn3   A3 VNI-Times motto_vni
//   A4 VNI-Times slogan_vni        A5 .VnTime  noi_vu_tcvn3 (comment_tcvn3), B5 12 (.VnTime)
//   A6 VNI-Times trung_vuong_vni, B6 7        A7 .VnTime  bac_son_tcvn3
//   A8 tai_chinh (Unicode)         A9 motto_tcvn3 in the default font (the detector's case)
//   A10 .VnTimeH uong_bi_tcvn3_h   B8 =B5+B6   A11 .VnTime ="T"&"\u00E6ng" (a formula)
// Sheet "Danh s¸ch": A1 VNI-Times uong_bi_vni.
// So: 6 TCVN3 cells, 4 VNI, 1 Unicode; 1 comment; 2 sheet names.
void fill(CalcDocument& doc);

// Checks that `doc` holds the workbook of fill() converted to Unicode in `font`: every text,
// comment and sheet name exact, the numbers and the formula as they were.
void check_unicode(CalcDocument& doc, const std::string& font = "Times New Roman");

// The font of a cell ("A1") on sheet `sheet`.
std::string font_of(CalcDocument& doc, const std::string& cell, int sheet = 0);
std::string sheet_name(CalcDocument& doc, int sheet);
std::string text_at(CalcDocument& doc, const std::string& cell, int sheet);
std::string comment_at(CalcDocument& doc, const std::string& cell, int sheet = 0);

} // namespace vnplan::test::legacy
