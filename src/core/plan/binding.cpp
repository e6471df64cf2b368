#include "core/plan/binding.hpp"

#include "core/common/message.hpp"
#include "core/vntext/text.hpp"

namespace vnplan::plan {

std::vector<Placeholder> find_placeholders(std::string_view text) {
    std::vector<Placeholder> out;
    std::size_t pos = 0;
    while ((pos = text.find("{{", pos)) != std::string_view::npos) {
        const std::size_t close = text.find("}}", pos + 2);
        if (close == std::string_view::npos) break;
        // "{{a {{b}}": the innermost opening belongs to the closing braces.
        const std::size_t inner = text.rfind("{{", close);
        out.push_back({inner, close + 2, vntext::trim(text.substr(inner + 2, close - inner - 2))});
        pos = close + 2;
    }
    return out;
}

Name parse_name(std::string_view written) {
    Name name;
    name.written = vntext::trim(written);
    name.key = vntext::fold_loose(name.written);
    const std::size_t dot = name.written.find('.');
    if (dot != std::string::npos) {
        name.owner_key = vntext::fold_loose(std::string_view(name.written).substr(0, dot));
        name.member_key = vntext::fold_loose(std::string_view(name.written).substr(dot + 1));
    }
    return name;
}

void Bindings::remember(std::string_view name, const std::string& key) {
    display_.try_emplace(key, vntext::trim(name));
}

void Bindings::set(std::string_view name, std::string value) {
    const std::string key = vntext::fold_loose(name);
    remember(name, key);
    scalars_[key] = std::move(value);
}

void Bindings::set_list(std::string_view name, std::vector<std::string> values) {
    const std::string key = vntext::fold_loose(name);
    remember(name, key);
    lists_[key] = std::move(values);
}

void Bindings::set_loop(std::string_view name, std::vector<Record> records) {
    const std::string key = vntext::fold_loose(name);
    remember(name, key);
    loops_[key] = std::move(records);
}

void Bindings::set_table(std::string_view name, TableData table) {
    const std::string key = vntext::fold_loose(name);
    remember(name, key);
    tables_[key] = std::move(table);
}

namespace {
template <class Map>
const typename Map::mapped_type* lookup(const Map& map, const std::string& key) {
    const auto it = map.find(key);
    return it == map.end() ? nullptr : &it->second;
}
} // namespace

const std::string* Bindings::scalar(const std::string& key) const {
    return lookup(scalars_, key);
}
const std::vector<std::string>* Bindings::list(const std::string& key) const {
    return lookup(lists_, key);
}
const std::vector<Record>* Bindings::loop(const std::string& key) const {
    return lookup(loops_, key);
}
const TableData* Bindings::table(const std::string& key) const {
    return lookup(tables_, key);
}

std::string Bindings::display(const std::string& key) const {
    const auto it = display_.find(key);
    return it == display_.end() ? key : it->second;
}

std::string substitute(std::string_view text, const Bindings& bindings, bool strict) {
    std::string out;
    std::size_t done = 0;
    for (const Placeholder& p : find_placeholders(text)) {
        const std::string* value = bindings.scalar(vntext::fold_loose(p.name));
        if (!value) {
            if (strict)
                throw InputError({"Không có trường \"" + p.name + "\" (trong {{" + p.name + "}}).",
                                  "There is no field \"" + p.name + "\" (in {{" + p.name + "}})."});
            continue;
        }
        out.append(text.substr(done, p.begin - done));
        out += *value;
        done = p.end;
    }
    out.append(text.substr(done));
    return out;
}

} // namespace vnplan::plan
