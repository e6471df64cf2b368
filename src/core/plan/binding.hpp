// Values a template is filled with, and the placeholders that name them.
//
// Syntax (docs/templates.md): {{Tên trường}} a field; {{Danh sách}} in a paragraph of its own
// repeats that paragraph per item; {{#each Danh sách}} ... {{/each}} repeats the paragraphs in
// between; {{#if Trường}} ... {{/if}} drops them when the field is empty; {{Bảng.Cột}} in a
// table row repeats the row per data row of a table. Names match however they are typed
// (case, diacritics, spaces: see vntext::fold_loose).
#pragma once

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace vnplan::plan {

// One {{...}} in a text: byte offsets of the braces and the trimmed name inside.
struct Placeholder {
    std::size_t begin = 0, end = 0; // [begin, end) covers "{{" ... "}}"
    std::string name;
};
std::vector<Placeholder> find_placeholders(std::string_view text);

// A record of a repeated section: its fields by key, and which appendix it stands for.
struct Record {
    std::map<std::string, std::string> fields;
    std::optional<std::size_t> appendix;
};

// A table whose rows can fill a repeated template row: column names by key.
struct TableData {
    std::vector<std::string> columns;
    std::vector<std::vector<std::string>> rows;
};

// A name as the template writes it: either a plain field or "owner.member".
struct Name {
    std::string key;        // key of the whole name
    std::string owner_key;  // key before the first '.', when there is one
    std::string member_key; // key after it
    std::string written;    // as written, for messages
};
Name parse_name(std::string_view written);

class Bindings {
public:
    void set(std::string_view name, std::string value);
    void set_list(std::string_view name, std::vector<std::string> values);
    void set_loop(std::string_view name, std::vector<Record> records);
    void set_table(std::string_view name, TableData table);

    const std::string* scalar(const std::string& key) const;
    const std::vector<std::string>* list(const std::string& key) const;
    const std::vector<Record>* loop(const std::string& key) const;
    const TableData* table(const std::string& key) const;
    // The name as first given, for messages ("Nơi nhận" for "noi nhan").
    std::string display(const std::string& key) const;
    // Every scalar, by key (what a placeholder may name directly).
    const std::map<std::string, std::string>& scalars() const { return scalars_; }

private:
    void remember(std::string_view name, const std::string& key);
    std::map<std::string, std::string> scalars_;
    std::map<std::string, std::vector<std::string>> lists_;
    std::map<std::string, std::vector<Record>> loops_;
    std::map<std::string, TableData> tables_;
    std::map<std::string, std::string> display_;
};

// Reserved names: the body marker {{Nội dung}}, the appendix loop {{#each Phụ lục}} and the
// table marker {{Phụ lục.Bảng}} inside it.
inline const std::string body_marker_key = "noi dung";
inline const std::string appendix_loop_key = "phu luc";
inline const std::string table_member_key = "bang";

// Replaces the placeholders of `text` that name scalars of `bindings`; with `strict`, any
// other placeholder throws InputError naming it, else it is left as it is.
std::string substitute(std::string_view text, const Bindings& bindings, bool strict);

} // namespace vnplan::plan
