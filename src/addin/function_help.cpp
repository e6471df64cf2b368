#include "addin/function_help.hpp"

namespace vnplan::addin {

namespace {

std::string xml_escaped(std::string_view text) {
    std::string out;
    for (const char c : text) {
        switch (c) {
        case '&':
            out += "&amp;";
            break;
        case '<':
            out += "&lt;";
            break;
        case '>':
            out += "&gt;";
            break;
        case '"':
            out += "&quot;";
            break;
        default:
            out += c;
        }
    }
    return out;
}

// The pieces every page repeats, in one place.
class Page {
public:
    Page(Lang lang, std::string_view path, std::string_view title) : lang_(lang) {
        text_ = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                "<!-- Written by vnplan_help_pages from src/addin/function_table*.cpp. -->\n"
                "<helpdocument version=\"1.0\">\n<meta>\n"
                "<topic id=\"" +
                xml_escaped(path) +
                "\" indexer=\"include\" status=\"PUBLISH\">\n<title id=\"tit\"" + lang_attribute() +
                ">" + xml_escaped(title) + "</title>\n<filename>/" + xml_escaped(path) +
                "</filename>\n</topic>\n</meta>\n<body>\n";
    }
    void help_id(std::string_view id) {
        text_ += "<bookmark" + lang_attribute() + " branch=\"hid/" + xml_escaped(id) + "\" id=\"" +
                 next_id("bm") + "\" localize=\"false\"/>\n";
    }
    void index_words(std::initializer_list<std::string_view> words) {
        text_ += "<bookmark" + lang_attribute() + " branch=\"index\" id=\"" + next_id("bm") + "\">";
        for (const std::string_view word : words)
            text_ += "<bookmark_value>" + xml_escaped(word) + "</bookmark_value>";
        text_ += "</bookmark>\n";
    }
    void heading(std::string_view text, int level) {
        text_ += "<paragraph role=\"heading\" id=\"" + next_id("hd") + "\" level=\"" +
                 std::to_string(level) + "\"" + lang_attribute() + ">" + xml_escaped(text) +
                 "</paragraph>\n";
    }
    // `inner` is XML already.
    void paragraph(const std::string& inner, std::string_view role = "paragraph",
                   const std::string& id = {}) {
        text_ += "<paragraph role=\"" + std::string(role) + "\" id=\"" +
                 (id.empty() ? next_id("par") : id) + "\"" + lang_attribute() + ">" + inner +
                 "</paragraph>\n";
    }
    std::string link(std::string_view page, std::string_view text) const {
        return "<link href=\"" + xml_escaped(page) + "\">" + xml_escaped(text) + "</link>";
    }
    std::string finished() { return text_ + "</body>\n</helpdocument>\n"; }

private:
    std::string lang_attribute() const {
        return " xml-lang=\"" + help_language_folder(lang_) + "\"";
    }
    std::string next_id(std::string_view prefix) {
        return std::string(prefix) + "_id" + std::to_string(++counter_);
    }

    Lang lang_;
    std::string text_;
    int counter_ = 0;
};

std::string_view domain_title(Domain domain, Lang lang) {
    switch (domain) {
    case Domain::awards:
        return lang == Lang::vi ? "Bảng phân bổ chỉ tiêu khen thưởng" : "Award-quota tables";
    case Domain::indices:
        return lang == Lang::vi ? "Điểm và thứ hạng chỉ số" : "Index scores and ranks";
    case Domain::vntext:
        return lang == Lang::vi ? "Văn bản tiếng Việt" : "Vietnamese text";
    }
    return "";
}

void example_section(Page& page, const FunctionSpec& f, Lang lang) {
    const bool vi = lang == Lang::vi;
    const Example& e = f.example;
    page.heading(vi ? "Ví dụ" : "Example", 2);
    if (!e.workbook.empty())
        page.paragraph(xml_escaped(vi ? "Trong bảng tính mẫu examples/"
                                      : "In the example workbook "
                                        "examples/") +
                       xml_escaped(e.workbook) + ":");
    if (!e.cells.empty())
        page.paragraph(xml_escaped((vi ? "Với " : "With ") + example_cells(e, lang)) + ":");
    page.paragraph("<item type=\"input\">" + xml_escaped(example_formula(f, lang)) + "</item>",
                   "code", "example_formula");
    const bool array = e.result_in(lang).find_first_of("|;") != std::string_view::npos;
    const std::string result = example_result(f, lang);
    std::string said = array ? (vi ? "nhập dạng công thức mảng, hiện (từng dòng, từ ô trên cùng "
                                     "bên trái): "
                                   : "entered as an array formula, shows (row by row, from its "
                                     "top left): ")
                             : (vi ? "cho kết quả: " : "gives: ");
    page.paragraph(xml_escaped(said) + "<item type=\"literal\">" + xml_escaped(result) + "</item>",
                   "paragraph", "example_result");
}

std::string function_page_text(const FunctionSpec& f, Lang lang) {
    const bool vi = lang == Lang::vi;
    const Lang other = vi ? Lang::en : Lang::vi;
    const std::string title = std::string(f.name.in(lang)) + " (" +
                              (vi ? "tên tiếng Anh " : "Vietnamese name ") +
                              std::string(f.name.in(other)) + ")";
    Page page(lang, function_page(f), title);
    page.help_id(function_help_id(f));
    page.index_words({f.name.vi, f.name.en});
    page.heading(title, 1);
    page.paragraph(xml_escaped(f.help.in(lang)), "paragraph", "description");
    page.heading(vi ? "Cú pháp" : "Syntax", 2);
    page.paragraph(xml_escaped(signature(f, lang)), "code", "syntax");
    page.heading(vi ? "Đối số" : "Arguments", 2);
    int index = 0;
    for (const ArgumentSpec& a : f.arguments) {
        if (a.kind == ArgumentKind::hidden) continue;
        page.paragraph("<emph>" + xml_escaped(a.name.in(lang)) +
                           "</emph>: " + xml_escaped(help_of(a, lang)),
                       "paragraph", "argument_" + std::to_string(++index));
    }
    example_section(page, f, lang);
    page.paragraph(page.link(index_page, vi ? "Mọi hàm và hộp thoại của vnplan"
                                            : "All vnplan functions and dialogs"));
    return page.finished();
}

std::string index_page_text(Lang lang) {
    const bool vi = lang == Lang::vi;
    const std::string title = vi ? "vnplan: hàm và hộp thoại" : "vnplan: functions and dialogs";
    Page page(lang, index_page, title);
    page.help_id(index_help_id);
    page.index_words({"vnplan"});
    page.heading(title, 1);
    page.paragraph(xml_escaped(
        vi ? "Các hàm có trong Trình hướng dẫn hàm của Calc (nhóm Phần bổ sung, Thống kê hoặc "
             "Văn bản); các hộp thoại mở từ trình đơn vnplan."
           : "The functions are in Calc's Function Wizard (categories Add-In, Statistical or "
             "Text); the dialogs open from the vnplan menu."));
    page.heading(vi ? "Hộp thoại" : "Dialogs", 2);
    for (const DialogHelp& d : dialog_help_table())
        page.paragraph(page.link(dialog_page(d.name), d.title.in(lang)));
    for (const ServiceSpec& service : service_table()) {
        page.heading(domain_title(service.domain, lang), 2);
        for (const FunctionSpec& f : function_table())
            if (f.domain == service.domain)
                page.paragraph(page.link(function_page(f), f.name.in(lang)) + " - " +
                               xml_escaped(f.help.in(lang)));
    }
    return page.finished();
}

std::string topic(std::string_view page, std::string_view title) {
    return "      <topic id=\"scalc/" + xml_escaped(page) + "\">" + xml_escaped(title) +
           "</topic>\n";
}

// The Contents tab of the help viewer: the index, the dialogs, the functions by domain.
std::string help_tree(Lang lang) {
    const bool vi = lang == Lang::vi;
    std::string tree = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                       "<tree_view version=\"24-Aug-2004\">\n"
                       "  <help_section application=\"scalc\" id=\"vnplan\" title=\"vnplan\">\n"
                       "    <node id=\"vnplan-dialogs\" title=\"" +
                       std::string(vi ? "Hộp thoại" : "Dialogs") + "\">\n" +
                       topic(index_page, vi ? "Hàm và hộp thoại" : "Functions and dialogs");
    for (const DialogHelp& d : dialog_help_table())
        tree += topic(dialog_page(d.name), d.title.in(lang));
    tree += "    </node>\n";
    for (const ServiceSpec& service : service_table()) {
        tree += "    <node id=\"vnplan-" + std::string(service.service) + "\" title=\"" +
                xml_escaped(domain_title(service.domain, lang)) + "\">\n";
        for (const FunctionSpec& f : function_table())
            if (f.domain == service.domain) tree += topic(function_page(f), f.name.in(lang));
        tree += "    </node>\n";
    }
    return tree + "  </help_section>\n</tree_view>\n";
}

} // namespace

const std::vector<DialogHelp>& dialog_help_table() {
    static const std::vector<DialogHelp> table{
        {"AwardCheck", {.vi = "Kiểm tra bảng khen thưởng", .en = "Check award table"}},
        {"Allocate", {.vi = "Phân bổ chỉ tiêu", .en = "Allocate quotas"}},
        {"IndexRanking", {.vi = "Xếp hạng chỉ số", .en = "Rank index scores"}},
        {"PlanGenerate", {.vi = "Tạo kế hoạch", .en = "Create plan document"}},
        {"ConvertUnicode", {.vi = "Chuyển mã sang Unicode", .en = "Convert to Unicode"}},
        {"AppendixExport", {.vi = "Xuất phụ lục", .en = "Export appendix"}},
        {"Options", {.vi = "Tùy chọn vnplan", .en = "vnplan options"}},
    };
    return table;
}

std::string help_language_folder(Lang lang) {
    return lang == Lang::vi ? "vi" : "en-US";
}

std::string function_help_id(const FunctionSpec& f) {
    return "org.vnplan.help.function." + std::string(f.name.en);
}

std::string dialog_help_id(std::string_view dialog) {
    return "org.vnplan.help.dialog." + std::string(dialog);
}

std::string function_page(const FunctionSpec& f) {
    return "org.vnplan/functions/" + std::string(f.name.en) + ".xhp";
}

std::string dialog_page(std::string_view dialog) {
    return "org.vnplan/dialogs/" + std::string(dialog) + ".xhp";
}

std::vector<HelpFile> generated_help_files() {
    std::vector<HelpFile> files;
    for (const Lang lang : help_languages) {
        const std::string folder = help_language_folder(lang) + "/";
        for (const FunctionSpec& f : function_table())
            files.push_back({folder + function_page(f), function_page_text(f, lang)});
        files.push_back({folder + std::string(index_page), index_page_text(lang)});
        files.push_back({folder + "help.tree", help_tree(lang)});
    }
    return files;
}

} // namespace vnplan::addin
