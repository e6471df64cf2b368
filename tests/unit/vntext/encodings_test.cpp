// VNUNICODE: legacy encodings to Unicode, their encoders, and conservative auto-detection.
#include "core/common/message.hpp"
#include "core/vntext/vntext.hpp"

#include <doctest/doctest.h>

#include <string>

using namespace vnplan::vntext;

namespace {

// The national motto and the unit names of the seed 000 award table (Uông Bí, KH 143).
const char* const phrases[] = {
    "Cộng hòa xã hội chủ nghĩa Việt Nam",
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "Độc lập - Tự do - Hạnh phúc",
    "Phòng Nội vụ",
    "Trung tâm Hành chính công",
    "Phòng Tài chính - Kế hoạch",
    "Phòng Tư pháp",
    "Văn phòng HĐND&UBND thành phố",
    "Phòng Văn hóa và Thông tin",
    "Trung tâm Truyền thông và Văn hóa",
    "UBND phường Nam Khê",
    "Ủy ban nhân dân phường Thanh Sơn",
    "Ủy ban nhân dân phường Bắc Sơn",
    "UBND phường Trung Vương",
    "UBND phường Vàng Danh",
    "UBND phường Quang Trung",
    "UBND phường Phương Nam",
    "Ủy ban MTTQ thành phố",
    "UBND phường Phương Đông",
    "Văn phòng đăng ký quyền sử dụng đất thành phố",
    "UBND phường Yên Thanh",
    "UBND phường Thượng Yên Công",
    "Hội Cựu chiến binh thành phố",
    "Tổ UBIC",
    "Phòng Kinh tế",
    "Phòng Quản lý đô thị",
    "Phòng Tài nguyên - Môi trường",
    "Hội doanh nghiệp thành phố",
    "Trung tâm Phát triển triển quỹ đất thành phố",
    "Tổng cộng:",
    "TM. ỦY BAN NHÂN DÂN",
};

std::string nfd(const std::string& s) {
    return from_unicode(s, Encoding::decomposed);
}

} // namespace

TEST_CASE("round trips through TCVN3, VNI, VIQR and NFD") {
    for (const char* p : phrases) {
        CAPTURE(std::string(p));
        for (Encoding e : {Encoding::tcvn3, Encoding::vni, Encoding::viqr, Encoding::decomposed}) {
            CAPTURE(static_cast<int>(e));
            const std::string encoded = from_unicode(p, e);
            CHECK(encoded != p);
            CHECK(to_unicode(encoded, e) == p);
        }
        // Auto-detection: TCVN3 and VNI text long enough to tell them apart.
        const std::string key(p);
        if (key != "Tổ UBIC") {
            CHECK(to_unicode(from_unicode(p, Encoding::tcvn3)) == p);
        }
        CHECK(to_unicode(from_unicode(p, Encoding::vni)) == p);
        CHECK(to_unicode(nfd(p)) == p);
    }
}

TEST_CASE("encoded forms of the motto") {
    CHECK(from_unicode("Cộng hòa xã hội chủ nghĩa Việt Nam", Encoding::tcvn3) ==
          "Céng hßa x· héi chñ nghÜa ViÖt Nam");
    CHECK(from_unicode("Cộng hòa xã hội chủ nghĩa Việt Nam", Encoding::vni) ==
          "Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam");
    CHECK(from_unicode("Cộng hòa xã hội chủ nghĩa Việt Nam", Encoding::viqr) ==
          "Co^.ng ho`a xa~ ho^.i chu? nghi~a Vie^.t Nam");
    CHECK(from_unicode("Độc lập - Tự do - Hạnh phúc", Encoding::tcvn3) ==
          "§éc lËp - Tù do - H¹nh phóc");
    CHECK(from_unicode("Độc lập - Tự do - Hạnh phúc", Encoding::vni) ==
          "Ñoäc laäp - Töï do - Haïnh phuùc");
    CHECK(from_unicode("Độc lập - Tự do - Hạnh phúc", Encoding::viqr) ==
          "DDo^.c la^.p - Tu+. do - Ha.nh phu'c");
}

TEST_CASE("TCVN3 decoding of known texts") {
    CHECK(to_unicode("B¶o Th¾ng", "tcvn3") == "Bảo Thắng");
    // 0xAD (soft hyphen, invisible in a cell) is ư.
    CHECK(to_unicode("M\u00ADêng Kh\u00AD¬ng", "tcvn3") == "Mường Khương");
    CHECK(to_unicode("B¸t X¸t", "tcvn3") == "Bát Xát");
    CHECK(to_unicode("Hµ Néi", "TCVN3") == "Hà Nội");
    CHECK(to_unicode("Uû ban nh©n d©n", "abc") == "Uỷ ban nhân dân");
    CHECK(to_unicode("§¶ng uû", ".VnTime") == "Đảng uỷ");
    // Windows punctuation and plain ASCII pass through; 0xB0-0xB4 are tones only after a letter.
    CHECK(to_unicode("“Hµ Néi” – 25°C", "tcvn3") == "“Hà Nội” – 25°C");
    CHECK(to_unicode("A\xC2\xB3", "tcvn3") == "Á"); // "A" + combining acute byte
    CHECK(to_unicode("Hµ Néi") == "Hà Nội");
    CHECK(detect_encoding("M\u00ADêng Kh\u00AD¬ng") == Encoding::tcvn3);
}

TEST_CASE("VNI decoding of known texts") {
    CHECK(to_unicode("Xin chaøo caùc baïn", "vni") == "Xin chào các bạn");
    CHECK(to_unicode("Haø Noäi", "VNI-Windows") == "Hà Nội");
    CHECK(to_unicode("Ñoàng Nai") == "Đồng Nai");
    CHECK(to_unicode("THAØNH PHOÁ UOÂNG BÍ") == "THÀNH PHỐ UÔNG BÍ");
    CHECK(to_unicode("ngöôøi") == "người");
    CHECK(detect_encoding("Xin chaøo caùc baïn") == Encoding::vni);
}

TEST_CASE("VIQR") {
    CHECK(to_unicode("Vie^.t Nam", "viqr") == "Việt Nam");
    CHECK(to_unicode("DDa(ng ky' ta.i Ha` No^.i", "viqr") == "Đăng ký tại Hà Nội");
    CHECK(to_unicode("HDDND tha`nh pho^'", "viqr") == "HĐND thành phố");
    CHECK(to_unicode("ha\\. ca\\'ch", "viqr") == "ha. ca'ch");
    CHECK(to_unicode("address", "viqr") == "address");
    CHECK(from_unicode("Hà.", Encoding::viqr) == "Ha`\\.");
    CHECK(from_unicode("ha.", Encoding::viqr) == "ha\\.");
    CHECK(to_unicode(from_unicode("O'Neil (hỏi)?", Encoding::viqr), Encoding::viqr) ==
          "O'Neil (hỏi)?");
    CHECK(to_unicode(from_unicode("C:\\dd\\x", Encoding::viqr), Encoding::viqr) == "C:\\dd\\x");
    CHECK(to_unicode("Co^.ng ho`a xa~ ho^.i") == "Cộng hòa xã hội");
    CHECK(detect_encoding("Pho`ng No^.i vu.") == Encoding::viqr);
}

TEST_CASE("decomposed Unicode is composed") {
    const std::string composed = "Ủy ban nhân dân phường Thanh Sơn";
    const std::string decomposed = nfd(composed);
    CHECK(decomposed != composed);
    CHECK(detect_encoding(decomposed) == Encoding::decomposed);
    CHECK(to_unicode(decomposed) == composed);
    CHECK(to_unicode(decomposed, "unicode") == composed);
    CHECK(to_unicode(decomposed, "tổ hợp") == composed);
}

TEST_CASE("auto leaves correct Unicode and English alone") {
    const char* const unchanged[] = {
        "Giá 10 × 20",
        "Cà Mau",
        "Hà Tây",
        "Hoà Bình",
        "Tây Ninh – Café",
        "Müller",
        "café",
        "25°C",
        "São Paulo",
        "© 2024 Công ty",
        "a^2 + b^2",
        "address",
        "I'm fine. e.g. this, isn't it?",
        "What? Who's there... a.b.c",
        "Uông Bí",
        "Ðà Nẵng",
        "Ý",
        "Mã số: 123",
        "Bé Tí",
        "Tôi tên là Lê",
        "",
        "PAR INDEX 87,06/99,5 điểm",
        "Vie^.t", // one VIQR word is not enough evidence
    };
    for (const char* text : unchanged) {
        CAPTURE(std::string(text));
        CHECK(to_unicode(text) == text);
    }
}

TEST_CASE("encoders mark what they cannot write") {
    CHECK(from_unicode("Müller ©", Encoding::tcvn3) == "M?ller ?");
    CHECK(from_unicode("Müller ©", Encoding::vni) == "M?ller ?");
    CHECK(from_unicode("Hà Nội €", Encoding::viqr) == "Ha` No^.i ?");
    CHECK(from_unicode("“Hà” – 1", Encoding::tcvn3) == "“Hµ” – 1");
}

TEST_CASE("encoding names") {
    CHECK(parse_encoding("") == Encoding::automatic);
    CHECK(parse_encoding(" Auto ") == Encoding::automatic);
    CHECK(parse_encoding("TCVN3") == Encoding::tcvn3);
    CHECK(parse_encoding("vni") == Encoding::vni);
    CHECK(parse_encoding("VIQR") == Encoding::viqr);
    CHECK(parse_encoding("NFD") == Encoding::decomposed);
    CHECK_THROWS_AS(parse_encoding("utf-16"), vnplan::InputError);
    CHECK_THROWS_AS(to_unicode("x", "latin1"), vnplan::InputError);
    CHECK_THROWS_AS(from_unicode("x", Encoding::automatic), vnplan::InputError);
}
