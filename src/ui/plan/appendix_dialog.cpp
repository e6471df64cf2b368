#include "ui/plan/appendix_dialog.hpp"

#include "ui/common/dialog_memory.hpp"

#include "core/plan/appendix_export.hpp"
#include "core/plan/table_region.hpp"
#include "core/vntext/text.hpp"
#include "office/common/documents.hpp"
#include "office/plan/appendix_export.hpp"
#include "office/plan/appendix_insert.hpp"
#include "office/plan/generate.hpp"
#include "office/plan/reader.hpp"
#include "ui/common/support.hpp"
#include "ui/plan/dialog.hpp"

#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/frame/XStorable.hpp>
#include <com/sun/star/sheet/XCellRangeAddressable.hpp>
#include <com/sun/star/sheet/XSheetCellCursor.hpp>
#include <com/sun/star/sheet/XSheetCellRange.hpp>
#include <com/sun/star/table/CellRangeAddress.hpp>
#include <osl/file.hxx>

namespace vnplan::ui {

namespace {

constexpr const char* memory_name = "AppendixExport"; // vnplan.AppendixExport.<field>

std::string sheet_name(const Reference<css::sheet::XSpreadsheet>& sheet) {
    return to_utf8(Reference<css::container::XNamed>(sheet, UNO_QUERY_THROW)->getName());
}

// The selection when it is a range; the table around the cursor cell (or a merged cell
// selected alone) otherwise. InputError when the cursor is on a blank cell far from any table.
std::string table_range(const Selection& s) {
    const auto address =
        Reference<css::sheet::XCellRangeAddressable>(s.range, UNO_QUERY_THROW)->getRangeAddress();
    auto cursor = s.sheet->createCursorByRange(Reference<css::sheet::XSheetCellRange>(
        s.sheet->getCellRangeByPosition(address.StartColumn, address.StartRow, address.StartColumn,
                                        address.StartRow),
        UNO_QUERY_THROW));
    cursor->collapseToMergedArea();
    const auto merged =
        Reference<css::sheet::XCellRangeAddressable>(cursor, UNO_QUERY_THROW)->getRangeAddress();
    const std::string name = sheet_name(s.sheet);
    if (address.EndRow != merged.EndRow || address.EndColumn != merged.EndColumn)
        return name + "!" + range_name(s.range);
    const Grid grid = office::SheetSource(s.document).sheet(name);
    const auto region = plan::table_around(grid, static_cast<std::size_t>(address.StartRow),
                                           static_cast<std::size_t>(address.StartColumn));
    if (!region)
        throw InputError({"Không có bảng quanh ô đang chọn: hãy chọn vùng bảng cần xuất.",
                          "No table around the selected cell: select the table to export."});
    return plan::region_reference(name, grid, *region);
}

std::string report(const std::vector<plan::TotalsProblem>& problems, Lang lang) {
    std::string text = lang == Lang::vi
                           ? "Chưa xuất: số cộng trong bảng không khớp với các dòng."
                           : "Not exported: the table's totals disagree with its rows.";
    for (const auto& problem : problems)
        for (const auto& line : problem.lines)
            text += " " + line;
    text += lang == Lang::vi ? " Chọn \"Vẫn xuất với số cộng tính lại\" để xuất với số đúng."
                             : " Tick \"Go on with the computed totals\" to export the right "
                               "figures.";
    return text;
}

class AppendixHandler : public ActionHandler {
public:
    AppendixHandler(Reference<css::uno::XComponentContext> context, Selection selection,
                    std::vector<office::OpenWriter> writers, Lang lang)
        : ActionHandler(
              lang, {{"export",
                      "Result",
                      {.unknown = {"Không xuất được phụ lục.", "Could not export the appendix."}},
                      [this](const Reference<css::awt::XDialog>& d) { return run(d); }},
                     {"suggest",
                      nullptr,
                      {},
                      [this](const Reference<css::awt::XDialog>& d) {
                          suggest(d);
                          return std::string();
                      }}}),
          context_(std::move(context)), selection_(std::move(selection)),
          writers_(std::move(writers)) {}

private:
    // The open document chosen in the list, or null.
    Reference<css::text::XTextDocument> chosen(const Reference<css::awt::XDialog>& dialog) const {
        Sequence<sal_Int16> selected;
        get_property(dialog, "Documents", "SelectedItems") >>= selected;
        const auto i = selected.getLength() > 0 ? static_cast<std::size_t>(selected[0]) : 0;
        return i < writers_.size() ? writers_[i].document : nullptr;
    }

    // Inserting into an open document: the number after its own appendices, when left blank.
    void suggest(const Reference<css::awt::XDialog>& dialog) {
        if (!is_checked(dialog, "OpenDocument") || !get_text(dialog, "Number").empty()) return;
        if (auto doc = chosen(dialog); doc.is())
            set_property(dialog, "Number", "Text", Any(to_ou(office::next_appendix_of(doc).next)));
    }

    plan::AppendixRequest request(const Reference<css::awt::XDialog>& dialog) const {
        plan::AppendixRequest r;
        const std::string numeral = vntext::trim(get_text(dialog, "Number"));
        if (!numeral.empty()) r.numeral = plan::appendix_numerals(1, numeral).front();
        r.title = get_text(dialog, "AppendixTitle");
        r.subtitle = get_text(dialog, "Subtitle");
        r.attached = get_text(dialog, "Attached");
        r.orientation = is_checked(dialog, "Portrait")    ? plan::Orientation::portrait
                        : is_checked(dialog, "Landscape") ? plan::Orientation::landscape
                                                          : plan::Orientation::automatic;
        return r;
    }

    std::string run(const Reference<css::awt::XDialog>& dialog) {
        const bool vi = lang_ == Lang::vi;
        office::AppendixJob job{get_text(dialog, "Range"), request(dialog)};
        if (!job.request.attached.empty())
            remember(selection_.document, memory_name, "attach_line", job.request.attached);
        auto prepared = office::prepare_appendices(selection_.document, {job}, lang_,
                                                   is_checked(dialog, "Override"));
        if (!prepared.problems.empty()) return report(prepared.problems, lang_);
        const auto template_file = extension_template(context_);
        if (is_checked(dialog, "OpenDocument")) {
            auto target = chosen(dialog);
            if (!target.is())
                throw InputError(
                    {"Chưa có văn bản Writer nào đang mở.", "No Writer document is open."});
            office::insert_appendices_at_cursor(context_, target, prepared.document, template_file);
            // The field is cleared so that the next export takes the next number.
            set_property(dialog, "Number", "Text", Any(rtl::OUString()));
            suggest(dialog);
            return vi ? "Đã chèn phụ lục vào văn bản tại vị trí con trỏ."
                      : "The appendix was inserted at the document's cursor.";
        }
        if (is_checked(dialog, "Files")) return to_files(dialog, prepared.document, template_file);
        office::open_appendices(context_, prepared.document, template_file);
        return vi ? "Đã tạo phụ lục trong một văn bản Writer mới."
                  : "The appendix is in a new Writer document.";
    }

    std::string to_files(const Reference<css::awt::XDialog>& dialog, const plan::Document& doc,
                         const std::filesystem::path& template_file) {
        const bool vi = lang_ == Lang::vi;
        office::GenerateOptions options;
        options.lang = lang_;
        options.template_file = template_file;
        const std::string out = get_text(dialog, "Out");
        if (vntext::trim(out).empty())
            throw InputError({"Hãy nhập thư mục ghi tệp.", "Type the folder to write into."});
        options.out_dir = std::filesystem::path(std::u8string(out.begin(), out.end()));
        options.formats.clear();
        for (const auto& [box, format] :
             {std::pair{"Odt", "odt"}, std::pair{"Docx", "docx"}, std::pair{"Pdf", "pdf"}})
            if (is_checked(dialog, box)) options.formats.push_back(format);
        if (options.formats.empty())
            throw InputError({"Hãy chọn ít nhất một định dạng.", "Choose at least one format."});
        options.overwrite = is_checked(dialog, "Overwrite");
        options.stem = stem();
        // Never replaced silently: the clerk is asked to tick "Replace" first.
        std::string existing;
        for (const auto& format : options.formats) {
            const auto file = options.out_dir / (options.stem + "." + format);
            if (std::filesystem::exists(file))
                existing += (existing.empty() ? "" : ", ") + text_of(file.filename());
        }
        if (!existing.empty() && !options.overwrite)
            return vi ? "Đã có " + existing +
                            " trong thư mục. Chọn \"Ghi đè tệp đã có\" rồi "
                            "xuất lại nếu muốn thay."
                      : existing + " already exist(s) in the folder. Tick \"Replace existing "
                                   "files\" and export again to replace.";
        office::RenderOptions render;
        render.appendices_only = true;
        const auto files = office::write_documents(
            {options.stem},
            [&](std::size_t) { return office::render_plan(context_, doc, template_file, render); },
            options);
        remember(selection_.document, memory_name, "out_dir", get_text(dialog, "Out"));
        std::string names;
        for (const auto& file : files)
            names += (names.empty() ? "" : ", ") + text_of(file.filename());
        return (vi ? "Đã ghi " : "Wrote ") + names + (vi ? " vào " : " in ") +
               text_of(options.out_dir) + ".";
    }

    // "<workbook>-phu-luc", as vnplan appendix names it.
    std::string stem() const {
        Reference<css::frame::XStorable> storable(selection_.document, UNO_QUERY);
        rtl::OUString path;
        if (!storable.is() || !storable->hasLocation() ||
            osl::FileBase::getSystemPathFromFileURL(storable->getLocation(), path) !=
                osl::FileBase::E_None)
            return "phu-luc";
        const std::string utf8 = to_utf8(path);
        return text_of(std::filesystem::path(std::u8string(utf8.begin(), utf8.end())).stem()) +
               "-phu-luc";
    }

    Reference<css::uno::XComponentContext> context_;
    Selection selection_;
    std::vector<office::OpenWriter> writers_;
};

} // namespace

void run_appendix_export(const Reference<css::uno::XComponentContext>& context,
                         const Reference<css::frame::XFrame>& frame) {
    guarded(context, frame, [&](Lang lang) {
        Selection selection =
            current_selection(frame, {"Hãy chọn bảng cần xuất (hoặc một ô trong bảng).",
                                      "Select the table to export (or a cell inside it)."});
        const std::string range = table_range(selection);
        // The "Thông tin" sheet's line when the workbook is a plan; else the last one typed.
        std::string attached;
        try {
            attached = office::attached_line_of(selection.document);
        } catch (...) { // a plan workbook not filled in yet: nothing to prefill
        }
        if (attached.empty())
            attached = recall(selection.document, memory_name, "attach_line").value_or("");
        std::string out = recall(selection.document, memory_name, "out_dir").value_or("");
        if (out.empty()) out = text_of(default_out(context, selection.document));
        auto writers = office::open_writer_documents(context);
        std::vector<std::string> titles;
        for (const auto& w : writers)
            titles.push_back(w.title);

        Reference<css::awt::XDialogEventHandler> handler(
            new AppendixHandler(context, selection, writers, lang));
        auto dialog = load_dialog(context, "AppendixExport", handler);
        set_property(dialog, "Range", "Text", Any(to_ou(range)));
        set_property(dialog, "Attached", "Text", Any(to_ou(attached)));
        set_property(dialog, "Out", "Text", Any(to_ou(out)));
        set_property(dialog, "Documents", "StringItemList", Any(string_list(titles)));
        if (titles.empty()) {
            set_property(dialog, "OpenDocument", "Enabled", Any(false));
            set_property(dialog, "Documents", "Enabled", Any(false));
        } else {
            Sequence<sal_Int16> first(1);
            first[0] = 0;
            set_property(dialog, "Documents", "SelectedItems", Any(first));
        }
        execute_and_dispose(dialog);
    });
}

} // namespace vnplan::ui
