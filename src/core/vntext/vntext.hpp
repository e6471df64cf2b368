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

// The currencies VNMONEY reads: đồng (the default), US dollars and euros. USD and EUR amounts
// are rounded half up to cents and read "<whole> đô la Mỹ và <cents> xu" / "<whole> euro và
// <cents> xu": 12.08 USD -> "Mười hai đô la Mỹ và tám xu"; whole amounts have no "và ... xu";
// below one unit only the cents are read ("Tám xu"); "chẵn" as for đồng.
enum class Currency { vnd, usd, eur };

// "" / "VND" / "VNĐ" / "đồng", "USD" / "US$" / "$" / "đô la" / "đô la Mỹ", "EUR" / "€" /
// "euro" (case-insensitive, with or without diacritics); anything else throws InputError.
Currency parse_currency(std::string_view name);

std::string money_words(double amount, const Style& style, Currency currency);
std::string money_words(double amount, std::string_view style, std::string_view currency);

// ---- Numbers in words read back (VNPARSE, VNWORDSCHECK; number_parse.cpp) ----

// What a text in words says. `unit`: the money unit written after the number, if any (cents:
// "tám xu" alone, a sub-unit of USD or EUR).
struct WordsValue {
    enum class Unit { none, vnd, usd, eur, cents };
    double value = 0;
    Unit unit = Unit::none;
    bool chan = false;     // "chẵn" was written: the amount claims to be whole
    bool fraction = false; // "phẩy ..." or sub-units (xu) were written
};

// Reads every form number_words and money_words write, in any style, and the variants clerks
// type: linh/lẻ, nghìn/ngàn, tư/bốn, lăm/năm/nhăm, mốt/một, tỷ/tỉ, bảy/bẩy, "mươi"/"chục",
// "âm"/"trừ", "phẩy" decimals (read as a number or digit by digit), any case, NFC or NFD, a
// money unit (đồng, đô la Mỹ, euro, cents in xu), "chẵn", surrounding punctuation and
// quotes, a trailing "./.", and a leading "bằng chữ:" ("(Bằng chữ: Ba mươi ba triệu đồng)").
// Forms whose value is ambiguous (colloquial "một trăm mốt", "hai nghìn rưỡi", a bare digit
// after a scale word as in "một triệu hai") or not a number at all throw InputError: the
// reader never guesses. Whole parts up to max_words_value.
WordsValue read_number_words(std::string_view text);
double parse_number_words(std::string_view text); // read_number_words(text).value

// VNWORDSCHECK: whether `text` says `number`: the same value; for money in words, the number
// rounded as VNMONEY rounds it (whole đồng, cents for USD/EUR), and "chẵn" only for a number
// that needed no rounding. Text that cannot be read says no number: false.
bool words_say(double number, std::string_view text);

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
