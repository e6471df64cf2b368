// From the workbook to the document: header fields, numbered body paragraphs, bindings.
#include "core/common/message.hpp"
#include "core/plan/appendix.hpp"
#include "core/plan/text_figures.hpp"
#include "core/plan/workbook.hpp"
#include "core/vntext/text.hpp"

#include <algorithm>
#include <charconv>

namespace vnplan::plan {
namespace {

std::string two_digits(int n) {
    return n < 10 ? "0" + std::to_string(n) : std::to_string(n);
}

// The values of every field after binding: info rows, overridden or extended by a batch row.
struct Values {
    std::vector<std::pair<std::string, std::vector<std::string>>> fields; // label, values
    std::vector<std::string> keys;

    void put(const std::string& label, std::vector<std::string> values) {
        const std::string key = vntext::fold_loose(label);
        const auto it = std::find(keys.begin(), keys.end(), key);
        if (it == keys.end()) {
            keys.push_back(key);
            fields.emplace_back(label, std::move(values));
        } else {
            fields[static_cast<std::size_t>(it - keys.begin())].second = std::move(values);
        }
    }
    const std::vector<std::string>* get(const std::string& key) const {
        const auto it = std::find(keys.begin(), keys.end(), key);
        return it == keys.end() ? nullptr
                                : &fields[static_cast<std::size_t>(it - keys.begin())].second;
    }
    std::string one(const std::string& key) const {
        const auto* v = get(key);
        std::string out;
        if (v)
            for (const auto& line : *v)
                out += (out.empty() ? "" : " ") + line;
        return out;
    }
    // Lines kept apart ("ỦY BAN NHÂN DÂN" / "TỈNH QUẢNG NAM"): the renderer breaks the line.
    std::string lines(std::initializer_list<const char*> keys_) const {
        for (const char* k : keys_)
            if (const auto* v = get(k); v && !v->empty()) {
                std::string out;
                for (const auto& line : *v)
                    out += (out.empty() ? "" : "\n") + line;
                return out;
            }
        return {};
    }
    std::string first_of(std::initializer_list<const char*> keys_) const {
        for (const char* k : keys_)
            if (auto v = one(k); !v.empty()) return v;
        return {};
    }
};

std::optional<vntext::CivilDate> parse_date(const std::string& text, const std::string& where) {
    const std::string t = vntext::trim(text);
    if (t.empty()) return std::nullopt;
    int parts[3] = {0, 0, 0};
    int count = 0;
    const char* p = t.data();
    const char* end = t.data() + t.size();
    bool ok = true;
    while (p < end && count < 3) {
        auto r = std::from_chars(p, end, parts[count]);
        if (r.ec != std::errc()) {
            ok = false;
            break;
        }
        ++count;
        p = r.ptr;
        if (p < end && (*p == '/' || *p == '-' || *p == '.')) ++p;
    }
    if (ok && count == 1 && p == end) // a Calc serial written as a plain number
        return vntext::date_from_serial(parts[0]);
    if (!ok || count != 3 || p != end)
        throw InputError({where + ": ngày \"" + t + "\" không đọc được; viết dạng 03/04/2024.",
                          where + ": cannot read the date \"" + t + "\"; write it as 03/04/2024."});
    if (parts[0] > 31) std::swap(parts[0], parts[2]); // 2024-04-03
    try {
        (void)vntext::date_words(parts[2], parts[1], parts[0]);
    } catch (const InputError&) {
        throw InputError({where + ": ngày \"" + t + "\" không có thật.",
                          where + ": \"" + t + "\" is not a valid date."});
    }
    return vntext::CivilDate{parts[2], parts[1], parts[0]};
}

// "- TT Thành ủy;" -> "TT Thành ủy;": the template writes the dash.
std::string without_dash(std::string line) {
    line = vntext::trim(line);
    while (!line.empty() && (line.front() == '-' || line.front() == '+'))
        line = vntext::trim(line.substr(1));
    if (line.rfind("\xE2\x80\xA2", 0) == 0 || line.rfind("\xE2\x80\x93", 0) == 0) // • –
        line = vntext::trim(line.substr(3));
    return line;
}

} // namespace

std::string Header::number_and_symbol() const {
    return (number.empty() ? std::string("     ") : number) + "/" + symbol;
}

std::string Header::place_and_date() const {
    if (date) return vntext::date_words(date->year, date->month, date->day, place);
    // A draft without a date: the blanks a clerk fills in by hand.
    return (place.empty() ? std::string() : place + ", ") + "ngày      tháng      năm 20   ";
}

std::string Header::short_date() const {
    if (!date) return "     /     /20   ";
    return two_digits(date->day) + "/" +
           (date->month <= 2 ? two_digits(date->month) : std::to_string(date->month)) + "/" +
           std::to_string(date->year);
}

std::string Header::attached_line() const {
    std::string line = "(Kèm theo " + vntext::sentence_case(document_type) + " số " +
                       number_and_symbol() + " ngày " + short_date();
    if (!short_body.empty()) line += " của " + short_body;
    return line + ")";
}

std::string Paragraph::text() const {
    std::string out;
    for (const auto& r : runs)
        out += r.text;
    return out;
}

Document make_document(const Workbook& book, const Row& row, const MakeOptions& options) {
    Document doc;
    // Scalars first, so that values can refer to other fields ({{Tên xã}} in the abstract).
    Bindings raw;
    for (const auto& f : book.info) {
        std::string joined;
        for (const auto& line : f.values)
            joined += (joined.empty() ? "" : " ") + line;
        raw.set(f.label, joined);
    }
    for (const auto& [header, value] : row)
        raw.set(header, value);

    Values values;
    for (const auto& f : book.info) {
        std::vector<std::string> bound;
        for (const auto& line : f.values) {
            try {
                bound.push_back(substitute(line, raw, true));
            } catch (const InputError& e) {
                const std::string at = book.info_sheet + "!B" + std::to_string(f.row + 1);
                throw InputError({at + ": " + e.message().vi, at + ": " + e.message().en});
            }
        }
        values.put(f.label, std::move(bound));
    }
    for (const auto& [header, value] : row)
        values.put(header, {value});

    Header& h = doc.header;
    h.parent_body = vntext::upper(values.lines({"co quan chu quan", "co quan cap tren"}));
    h.issuing_body = vntext::upper(values.lines({"co quan ban hanh", "co quan"}));
    h.number = values.first_of({"so", "so van ban"});
    h.symbol = values.first_of({"ky hieu", "ky hieu van ban"});
    if (const std::string both = values.first_of({"so ky hieu", "so va ky hieu"}); !both.empty()) {
        const auto slash = both.find('/');
        h.number = vntext::trim(both.substr(0, slash));
        if (slash != std::string::npos) h.symbol = vntext::trim(both.substr(slash + 1));
    }
    if (h.number.size() == 1 && h.number[0] >= '1' && h.number[0] <= '9') h.number = "0" + h.number;
    h.symbol = vntext::upper(h.symbol);
    h.place = values.first_of({"dia danh", "noi ban hanh"});
    {
        const InfoField* f = book.field("ngay ban hanh");
        if (!f) f = book.field("ngay");
        const std::string at = book.info_sheet + "!B" + std::to_string(f ? f->row + 1 : 0);
        h.date = parse_date(values.first_of({"ngay ban hanh", "ngay"}), at);
    }
    h.document_type = vntext::upper(values.first_of({"loai van ban", "ten loai van ban"}));
    if (h.document_type.empty()) h.document_type = "KẾ HOẠCH";
    h.abstract = values.first_of({"trich yeu", "trich yeu noi dung"});
    h.short_body = values.first_of({"co quan viet tat", "ten co quan viet tat"});
    if (const auto* v = values.get("tham quyen ky"))
        for (const auto& line : *v)
            h.authority.push_back(vntext::upper(line));
    h.signer_title = vntext::upper(values.first_of({"chuc vu nguoi ky", "chuc vu"}));
    h.signer = values.first_of({"nguoi ky", "ho ten nguoi ky"});
    if (const auto* v = values.get("noi nhan"))
        for (const auto& line : *v)
            if (auto clean = without_dash(line); !clean.empty()) h.recipients.push_back(clean);

    const auto require = [&](const std::string& value, const char* label) {
        if (value.empty())
            throw InputError(
                {"Trang \"" + book.info_sheet + "\" thiếu dòng \"" + label + "\".",
                 "The sheet \"" + book.info_sheet + "\" lacks the row \"" + label + "\"."});
    };
    require(h.issuing_body, "Cơ quan ban hành");
    require(h.symbol, "Ký hiệu");
    require(h.place, "Địa danh");

    // What templates can name: every field as the clerk labelled it, normalised where the
    // decree fixes the form, and the derived texts.
    Bindings& b = doc.bindings;
    for (const auto& [label, lines] : values.fields) {
        const std::string key = vntext::fold_loose(label);
        if (key == "noi nhan" || key == "tham quyen ky" || key == appendix_loop_key) continue;
        static const std::vector<std::string> standard{"co quan chu quan", "co quan ban hanh",
                                                       "trich yeu", "so ky hieu", "co quan"};
        if (lines.size() > 1 &&
            std::find(standard.begin(), standard.end(), key) == standard.end()) {
            b.set_list(label, lines); // a field with continuation rows repeats its paragraph
            continue;
        }
        b.set(label, lines.empty() ? std::string() : lines.front());
    }
    b.set("Cơ quan chủ quản", h.parent_body);
    b.set("Cơ quan ban hành", h.issuing_body);
    b.set("Số", h.number);
    b.set("Ký hiệu", h.symbol);
    b.set("Số ký hiệu", h.number_and_symbol());
    b.set("Địa danh", h.place);
    b.set("Địa danh và ngày", h.place_and_date());
    b.set("Ngày tháng năm", h.date ? vntext::date_words(h.date->year, h.date->month, h.date->day)
                                   : std::string("ngày      tháng      năm 20   "));
    b.set("Ngày viết tắt", h.short_date());
    b.set("Loại văn bản", h.document_type);
    b.set("Trích yếu", h.abstract);
    b.set("Cơ quan viết tắt", h.short_body);
    b.set("Chức vụ người ký", h.signer_title);
    b.set("Người ký", h.signer);
    b.set("Kèm theo", h.attached_line());
    b.set_list("Thẩm quyền ký", h.authority);
    b.set_list("Nơi nhận", h.recipients);

    doc.body = read_body(book, doc.bindings);
    doc.body_sheet = book.body_sheet;
    doc.appendices = read_appendices(book, doc.header, doc.bindings, options.lang);

    bind_appendices(doc);
    return doc;
}

void bind_appendices(Document& doc) {
    Bindings& b = doc.bindings;
    std::vector<Record> records;
    for (std::size_t i = 0; i < doc.appendices.size(); ++i) {
        const Appendix& a = doc.appendices[i];
        Record r;
        r.fields = {{"so", a.numeral},
                    {"tieu de", a.title},
                    {"tieu de phu", a.subtitle},
                    {"kem theo", a.attached},
                    {"trang", a.sheet}};
        r.appendix = i;
        records.push_back(std::move(r));
        TableData data;
        for (const auto& c : a.table.column_names)
            data.columns.push_back(vntext::fold_loose(c));
        for (std::size_t row_index = a.table.header_rows; row_index < a.table.cells.size();
             ++row_index)
            data.rows.push_back(a.table.cells[row_index]);
        b.set_table(a.sheet, std::move(data));
    }
    b.set_loop("Phụ lục", std::move(records));
}

std::vector<TotalsProblem> totals_problems(const Document& document, Lang lang) {
    std::vector<TotalsProblem> out;
    for (std::size_t i = 0; i < document.appendices.size(); ++i) {
        const auto& award = document.appendices[i].award;
        if (!award || award->errors.empty()) continue;
        TotalsProblem p;
        p.appendix = i;
        p.sheet = document.appendices[i].sheet;
        p.lines = awards::report_lines(*award, lang);
        for (const auto& e : award->errors)
            // Bad counts and rows not understood cannot be replaced by computed figures.
            if (e.row < award->layout.rows.size() &&
                (award->layout.rows[e.row] == awards::RowKind::item ||
                 award->layout.rows[e.row] == awards::RowKind::unclear))
                p.overridable = false;
        out.push_back(std::move(p));
    }
    // The body's figures stop generation as a wrong subtotal does (and yield to the same
    // override: the document then says what the clerk wrote).
    const auto figures = text_figure_findings(document);
    if (!figures.empty()) {
        TotalsProblem p;
        p.sheet = document.body_sheet;
        p.from_text = true;
        for (const auto& f : figures)
            p.lines.push_back(f.line(document.body_sheet, lang));
        out.push_back(std::move(p));
    }
    return out;
}

} // namespace vnplan::plan
