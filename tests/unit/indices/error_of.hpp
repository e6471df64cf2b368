// Test helper: the bilingual message of the InputError a call throws (fails if none).
#pragma once

#include "core/common/message.hpp"

#include <doctest/doctest.h>

namespace vnplan::indices::test {

template <class Call> Message error_of(Call&& call) {
    try {
        call();
    } catch (const InputError& error) {
        CHECK_FALSE(error.message().vi.empty());
        CHECK_FALSE(error.message().en.empty());
        return error.message();
    }
    FAIL("no InputError thrown");
    return {};
}

} // namespace vnplan::indices::test
