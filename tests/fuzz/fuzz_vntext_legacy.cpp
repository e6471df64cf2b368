// The legacy encodings: detection, decoding in every encoding, encoding back, and the text
// functions that run on any cell text (VNUNICODE, VNKEY, the cell decoder). The input is the
// cell text.
#include "core/common/message.hpp"
#include "core/vntext/legacy_cells.hpp"
#include "core/vntext/vntext.hpp"
#include "fuzz_input.hpp"

using namespace vnplan::vntext;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text = vnplan::fuzz::text_of(data, size);
    (void)detect_encoding(text);
    for (Encoding e : {Encoding::automatic, Encoding::decomposed, Encoding::tcvn3, Encoding::vni,
                       Encoding::viqr}) {
        const std::string unicode = to_unicode(text, e);
        if (e != Encoding::automatic) {
            (void)from_unicode(text, e);
            (void)to_unicode(from_unicode(unicode, e), e);
        }
    }
    // A cell's text read with each kind of font (Chuyển mã sang Unicode, the award reader).
    CellDecoder decoder;
    for (const char* font : {"", ".VnTime", ".VnTimeH", "VNI-Times", "Arial"})
        (void)decoder.decode(text, font);
    (void)unit_key(text);
    (void)lower(text);
    try {
        (void)to_unicode(text, text); // the encoding argument as typed
    } catch (const vnplan::InputError&) {
    }
    return 0;
}
