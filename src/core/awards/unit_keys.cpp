#include "core/awards/unit_keys.hpp"

#include "core/vntext/vntext.hpp"

#include <mutex>
#include <string>
#include <unordered_map>

namespace vnplan::awards {
namespace {

// Names met before and their key numbers. Forgotten at the start of a call when above the
// bound, never during one: a call's numbers stay comparable.
struct Memo {
    static constexpr std::size_t bound = 50'000; // names (a few MB)
    std::mutex mutex;
    std::unordered_map<std::string, std::uint32_t> names; // name -> number
    std::unordered_map<std::string, std::uint32_t> keys;  // key -> number
};

Memo& memo() {
    static Memo m;
    return m;
}

} // namespace

std::vector<std::uint32_t> unit_key_numbers(const std::vector<Item>& items) {
    Memo& m = memo();
    const std::lock_guard<std::mutex> lock(m.mutex);
    if (m.names.size() > Memo::bound) {
        m.names.clear();
        m.keys.clear();
    }
    std::vector<std::uint32_t> out;
    out.reserve(items.size());
    for (const Item& item : items) {
        auto it = m.names.find(item.unit);
        if (it == m.names.end()) {
            const auto next = static_cast<std::uint32_t>(m.keys.size());
            const std::uint32_t number =
                m.keys.emplace(vntext::unit_key(item.unit), next).first->second;
            it = m.names.emplace(item.unit, number).first;
        }
        out.push_back(it->second);
    }
    return out;
}

} // namespace vnplan::awards
