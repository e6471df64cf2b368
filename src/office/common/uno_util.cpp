#include "office/common/uno_util.hpp"

#include <com/sun/star/uno/Exception.hpp>

namespace vnplan::office {

Message failure_message(std::exception_ptr failure, const FailureTexts& texts) {
    try {
        std::rethrow_exception(failure);
    } catch (const InputError& e) {
        return e.message();
    } catch (const css::uno::Exception& e) {
        if (texts.uno) return *texts.uno;
        const std::string what = to_utf8(e.Message);
        return {"Lỗi: " + what, "Error: " + what};
    } catch (const std::exception& e) {
        return {std::string("Lỗi: ") + e.what(), std::string("Error: ") + e.what()};
    } catch (...) {
        return texts.unknown;
    }
}

} // namespace vnplan::office
