// Bilingual user-facing text and the error type the core throws for bad input.
#pragma once

#include <stdexcept>
#include <string>

namespace vnplan {

enum class Lang { vi, en };

// A text the user sees: Vietnamese first, English as the fallback.
struct Message {
    std::string vi;
    std::string en;

    const std::string& in(Lang lang) const { return lang == Lang::vi ? vi : en; }
    bool empty() const { return vi.empty() && en.empty(); }
};

// Thrown by the core when the input cannot be used; what() is the English text.
class InputError : public std::runtime_error {
public:
    explicit InputError(Message message)
        : std::runtime_error(message.en), message_(std::move(message)) {}
    const Message& message() const noexcept { return message_; }

private:
    Message message_;
};

} // namespace vnplan
