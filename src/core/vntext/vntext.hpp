// Vietnamese text for clerks' documents: numbers and money in words, dates, ordinals,
// number formatting, legacy encodings and a matching key for unit names.
// All text is UTF-8. Bad input throws vnplan::InputError with a Vietnamese/English message.
// Rules and choices are documented in docs/vntext.md.
#pragma once

#include "core/vntext/text.hpp"

#include <optional>
#include <string>
#include <string_view>

namespace vnplan::vntext {

// ---- Numbers in words (VNWORDS, VNMONEY, VNORDINAL) ----

// Variants switched by the style words; the default is the official form.
struct Style {
    bool le = false;   // "lẻ" instead of "linh" (105 = một trăm lẻ năm)
    bool ngan = false; // "ngàn" instead of "nghìn"
    bool bon = false;  // "bốn" instead of "tư" after a tens digit of 2+ (24 = hai mươi bốn)
    bool chan = false; // money only: "đồng chẵn" for amounts that needed no rounding
};

// Parses a style text: words separated by commas, semicolons or spaces, case-insensitive,
// with or without diacritics ("lẻ, ngàn" = "le ngan"). Known words: lẻ, ngàn, bốn, and for
// money also chẵn; "linh", "nghìn", "tư" name the defaults. Empty text = default style.
// Unknown or conflicting words throw InputError.
Style parse_style(std::string_view text, bool money = false);

// Largest whole number read exactly: 999.999.999.999.999.
inline constexpr double max_words_value = 999999999999999.0;

// VNWORDS: lowercase words. Negative: "âm ...". Decimals: "phẩy" then the decimal digits the
// clerk typed (shortest decimal of the double), read as a number with leading zeros read as
// "không": 80.79 -> "tám mươi phẩy bảy mươi chín", 3.05 -> "ba phẩy không năm".
// Throws InputError for non-finite values or an integer part above max_words_value.
std::string number_words(double value, const Style& style = {});
std::string number_words(double value, std::string_view style);

// VNMONEY: rounded half up to whole đồng, capital first letter, ending in "đồng"
// ("Ba mươi ba triệu đồng"); with style.chan, "đồng chẵn" when the amount was already a whole
// number of đồng (nothing rounded away). Zero: "Không đồng".
std::string money_words(double amount, const Style& style = {});
std::string money_words(double amount, std::string_view style);

// VNORDINAL: "thứ nhất", "thứ hai", "thứ ba", "thứ tư", ... "thứ hai mươi mốt".
// n must be a whole number from 1 to max_words_value, else InputError.
std::string ordinal_words(double n);

// ---- Dates (VNDATE) and numbers (VNNUMBER) ----

struct CivilDate {
    int year = 1899;
    int month = 12;
    int day = 30;
};

// "ngày 03 tháng 4 năm 2024"; with a place: "Uông Bí, ngày 03 tháng 4 năm 2024".
// Day below 10 and months 1 and 2 get a leading zero (Nghị định 30/2020). Years 1..9999.
std::string date_words(int year, int month, int day, std::string_view place = {});
// `serial`: a Calc date value, days since `null_date` (Calc's default 1899-12-30);
// the fraction (time of day) is ignored.
std::string date_words(double serial, std::string_view place = {}, CivilDate null_date = {});
// The civil date of a Calc serial (proleptic Gregorian, as Calc counts).
CivilDate date_from_serial(double serial, CivilDate null_date = {});

// VNNUMBER: "1.234.567,89" whatever the locale; decimals 0..20 (rounded half up), or, when
// omitted, exactly the decimals the value has (87.06 -> "87,06", 1234567 -> "1.234.567").
std::string number_text(double value, std::optional<int> decimals = std::nullopt);

// ---- Legacy encodings (VNUNICODE) ----

enum class Encoding {
    automatic,  // detect; correct Unicode is returned unchanged
    decomposed, // Unicode with combining marks (NFD or mixed); to_unicode composes to NFC
    tcvn3,      // TCVN 5712 / ABC (.VnTime fonts), bytes read as Latin-1/Windows-1252
    vni,        // VNI-Windows, bytes read as Latin-1/Windows-1252
    viqr,       // RFC 1456 ASCII: a( a^ o+ u+ dd, tones ' ` ? ~ . ; "\" escapes a mark
};

// "auto"/"" , "unicode"/"nfd"/"tổ hợp", "tcvn3"/"abc"/"vntime", "vni", "viqr"
// (case-insensitive); anything else throws InputError.
Encoding parse_encoding(std::string_view name);

// What auto-detection makes of `text`: tcvn3, vni, viqr, or decomposed for text taken as
// Unicode (including text that needs no change at all). Never automatic.
Encoding detect_encoding(std::string_view text);

// Unicode NFC of `text` read in `encoding`.
std::string to_unicode(std::string_view text, Encoding encoding = Encoding::automatic);
std::string to_unicode(std::string_view text, std::string_view encoding);

// The reverse: `text` (any Unicode) written in a legacy encoding, as cell text (bytes as
// Latin-1 characters); decomposed gives NFD. Characters that cannot be written become "?".
std::string from_unicode(std::string_view text, Encoding encoding);

// ---- Matching key (VNKEY) and the other text helpers: text.hpp ----

} // namespace vnplan::vntext
