// Method names and aliases for ALLOCATE. The list is documented in docs/allocate.md.
#include "core/awards/apportion.hpp"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <string>

namespace vnplan::awards {
namespace {

// Lower case, accents dropped (đ -> d), every character that is not a letter or a digit
// dropped: "D’Hondt" -> "dhondt", "Sainte-Laguë" -> "saintelague",
// "Phần dư lớn nhất" -> "phandulonnhat".
std::string fold_method_name(std::string_view name) {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
    icu::UnicodeString text = icu::UnicodeString::fromUTF8(
        icu::StringPiece(name.data(), static_cast<int32_t>(name.size())));
    if (U_SUCCESS(status)) text = nfd->normalize(text, status);
    icu::UnicodeString kept;
    for (int32_t i = 0; i < text.length();) {
        UChar32 c = text.char32At(i);
        i += U16_LENGTH(c);
        if (u_charType(c) == U_NON_SPACING_MARK) continue;
        if (c == 0x0110 || c == 0x0111) c = 'd'; // Đ đ
        c = u_tolower(c);
        if (u_isalnum(c)) kept.append(c);
    }
    std::string out;
    kept.toUTF8String(out);
    return out;
}

struct Alias {
    const char* key; // folded
    AllocationMethod method;
};

// Vietnamese names describe the rounding, which is what a clerk can check by hand.
constexpr Alias aliases[] = {
    {"hamilton", AllocationMethod::hamilton},
    {"largestremainder", AllocationMethod::hamilton},
    {"largestremainders", AllocationMethod::hamilton},
    {"hare", AllocationMethod::hamilton},
    {"hareniemeyer", AllocationMethod::hamilton},
    {"vinton", AllocationMethod::hamilton},
    {"phandulonnhat", AllocationMethod::hamilton}, // phần dư lớn nhất
    {"sodulonnhat", AllocationMethod::hamilton},   // số dư lớn nhất
    {"dulonnhat", AllocationMethod::hamilton},     // dư lớn nhất

    {"dhondt", AllocationMethod::dhondt},
    {"jefferson", AllocationMethod::dhondt},
    {"greatestdivisors", AllocationMethod::dhondt},
    {"lamtronxuong", AllocationMethod::dhondt}, // làm tròn xuống

    {"saintelague", AllocationMethod::sainte_lague},
    {"webster", AllocationMethod::sainte_lague},
    {"majorfractions", AllocationMethod::sainte_lague},
    {"sochiale", AllocationMethod::sainte_lague},           // số chia lẻ (1, 3, 5, ...)
    {"lamtrongannhat", AllocationMethod::sainte_lague},     // làm tròn gần nhất
    {"lamtronthongthuong", AllocationMethod::sainte_lague}, // làm tròn thông thường

    {"huntingtonhill", AllocationMethod::huntington_hill},
    {"hill", AllocationMethod::huntington_hill},
    {"equalproportions", AllocationMethod::huntington_hill},
    {"trungbinhnhan", AllocationMethod::huntington_hill}, // trung bình nhân
    {"tylebangnhau", AllocationMethod::huntington_hill},  // tỷ lệ bằng nhau
    {"tilebangnhau", AllocationMethod::huntington_hill},  // tỉ lệ bằng nhau

    {"adams", AllocationMethod::adams},
    {"smallestdivisors", AllocationMethod::adams},
    {"lamtronlen", AllocationMethod::adams}, // làm tròn lên

    {"dean", AllocationMethod::dean},
    {"harmonicmean", AllocationMethod::dean},
    {"trungbinhdieuhoa", AllocationMethod::dean}, // trung bình điều hòa

    {"quota", AllocationMethod::quota},
    {"balinskiyoung", AllocationMethod::quota},
    {"hanngach", AllocationMethod::quota},              // hạn ngạch
    {"hanngachbalinskiyoung", AllocationMethod::quota}, // hạn ngạch Balinski-Young
};

std::string strip_affixes(std::string key) {
    // "phương pháp D'Hondt", "D'Hondt method", "PP Hamilton"
    for (const char* prefix : {"phuongphap", "pp"}) {
        const std::string p(prefix);
        if (key.size() > p.size() && key.compare(0, p.size(), p) == 0) return key.substr(p.size());
    }
    const std::string suffix = "method";
    if (key.size() > suffix.size() &&
        key.compare(key.size() - suffix.size(), suffix.size(), suffix) == 0)
        key.resize(key.size() - suffix.size());
    return key;
}

} // namespace

AllocationMethod parse_allocation_method(std::string_view name) {
    const std::string key = fold_method_name(name);
    if (key.empty()) return AllocationMethod::hamilton;
    for (const std::string& candidate : {key, strip_affixes(key)})
        for (const Alias& alias : aliases)
            if (candidate == alias.key) return alias.method;

    std::size_t cut = name.size() > 60 ? 60 : name.size();
    while (cut < name.size() && (static_cast<unsigned char>(name[cut]) & 0xC0) == 0x80)
        --cut;
    std::string shown(name.substr(0, cut));
    if (cut < name.size()) shown += "…";
    throw InputError(Message{
        "Không nhận ra phương pháp phân bổ \"" + shown +
            "\". Hãy dùng: hamilton (phần dư lớn nhất), dhondt (jefferson), sainte-lague "
            "(webster), huntington-hill, adams, dean hoặc quota (hạn ngạch Balinski-Young).",
        "Unknown allocation method \"" + shown +
            "\". Use hamilton (largest remainder), dhondt (jefferson), sainte-lague (webster), "
            "huntington-hill, adams, dean or quota (Balinski-Young)."});
}

std::string_view canonical_name(AllocationMethod method) {
    switch (method) {
    case AllocationMethod::hamilton:
        return "hamilton";
    case AllocationMethod::dhondt:
        return "dhondt";
    case AllocationMethod::sainte_lague:
        return "sainte-lague";
    case AllocationMethod::huntington_hill:
        return "huntington-hill";
    case AllocationMethod::adams:
        return "adams";
    case AllocationMethod::dean:
        return "dean";
    case AllocationMethod::quota:
        return "quota";
    }
    return "hamilton";
}

bool is_divisor_method(AllocationMethod method) {
    return method != AllocationMethod::hamilton && method != AllocationMethod::quota;
}

Message display_name(AllocationMethod method) {
    switch (method) {
    case AllocationMethod::hamilton:
        return {"Phần dư lớn nhất (Hamilton)", "Largest remainder (Hamilton)"};
    case AllocationMethod::dhondt:
        return {"D'Hondt (Jefferson, làm tròn xuống)", "D'Hondt (Jefferson, rounding down)"};
    case AllocationMethod::sainte_lague:
        return {"Sainte-Laguë (Webster, làm tròn gần nhất)",
                "Sainte-Laguë (Webster, rounding to nearest)"};
    case AllocationMethod::huntington_hill:
        return {"Huntington-Hill (trung bình nhân)", "Huntington-Hill (geometric mean)"};
    case AllocationMethod::adams:
        return {"Adams (làm tròn lên)", "Adams (rounding up)"};
    case AllocationMethod::dean:
        return {"Dean (trung bình điều hòa)", "Dean (harmonic mean)"};
    case AllocationMethod::quota:
        return {"Hạn ngạch (Balinski-Young)", "Quota method (Balinski-Young)"};
    }
    return {};
}

} // namespace vnplan::awards
