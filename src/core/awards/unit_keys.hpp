// Matching keys of unit names (vntext::unit_key), computed once per distinct spelling:
// a key costs a few microseconds and tables repeat their unit names.
#pragma once

#include "core/vntext/vntext.hpp"

#include <string>
#include <unordered_map>

namespace vnplan::awards {

class UnitKeys {
public:
    const std::string& key(const std::string& name) {
        auto it = keys_.find(name);
        if (it == keys_.end()) it = keys_.emplace(name, vntext::unit_key(name)).first;
        return it->second;
    }

private:
    std::unordered_map<std::string, std::string> keys_;
};

} // namespace vnplan::awards
