// Matching keys of unit names (vntext::unit_key), computed once per distinct spelling:
// a key costs a few microseconds and tables repeat their unit names.
#pragma once

#include "core/vntext/vntext.hpp"

#include <cstdint>
#include <string>
#include <unordered_map>

namespace vnplan::awards {

class UnitKeys {
public:
    const std::string& key(const std::string& name) { return entry(name).key; }

    // The same number for names with the same key, numbered from 0 as keys are met.
    std::uint32_t number(const std::string& name) { return entry(name).number; }

private:
    struct Entry {
        std::string key;
        std::uint32_t number = 0;
    };

    const Entry& entry(const std::string& name) {
        if (const auto it = names_.find(name); it != names_.end()) return it->second;
        std::string key = vntext::unit_key(name);
        const auto number = static_cast<std::uint32_t>(numbers_.size());
        const std::uint32_t n = numbers_.emplace(key, number).first->second;
        return names_.emplace(name, Entry{std::move(key), n}).first->second;
    }

    std::unordered_map<std::string, Entry> names_;
    std::unordered_map<std::string, std::uint32_t> numbers_;
};

} // namespace vnplan::awards
