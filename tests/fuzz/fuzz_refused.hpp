// Fuzz helper: runs a call that may refuse its input with an InputError (a fine outcome for a
// fuzz input); anything else it throws still reaches libFuzzer as a crash.
#pragma once

#include "core/common/message.hpp"

namespace vnplan::fuzz {

template <class F> void refused_or_done(F&& f) {
    try {
        f();
    } catch (const InputError&) {
    }
}

} // namespace vnplan::fuzz
