#include "ui/vntext/dialog.hpp"

#include "office/vntext/convert.hpp"
#include "ui/common/dialog_memory.hpp"
#include "ui/common/support.hpp"

#include <com/sun/star/sheet/XCellRangeAddressable.hpp>
#include <rtl/ref.hxx>

namespace vnplan::ui {

namespace {

class ConvertHandler : public ActionHandler {
public:
    ConvertHandler(Selection selection, Lang lang)
        : ActionHandler(lang,
                        {{"preview",
                          "Preview",
                          {.unknown = {"Không đọc được sổ tính.", "Could not read the workbook."}},
                          [this](const Reference<css::awt::XDialog>& d) { return preview(d); }},
                         {"convert",
                          "Result",
                          {.unknown = {"Không chuyển mã được.", "Could not convert."}},
                          [this](const Reference<css::awt::XDialog>& d) { return convert(d); }}}),
          selection_(std::move(selection)) {}

    std::string preview(const Reference<css::awt::XDialog>& dialog) {
        return lines(office::preview_conversion(selection_.document, targets(dialog)));
    }

private:
    std::vector<office::ConvertTarget> targets(const Reference<css::awt::XDialog>& dialog) {
        if (is_checked(dialog, "Workbook")) return office::whole_workbook(selection_.document);
        if (is_checked(dialog, "Sheet")) return {{selection_.sheet, nullptr}};
        return {{selection_.sheet, selection_.range}};
    }

    std::string lines(const office::ConvertCounts& counts) {
        std::string text;
        for (const std::string& line : office::describe_lines(counts, lang_))
            text += (text.empty() ? "" : "\n") + line;
        return text;
    }

    std::string convert(const Reference<css::awt::XDialog>& dialog) {
        const std::string font = get_text(dialog, "Font");
        if (font.empty())
            throw InputError({"Hãy nhập tên phông chữ mới.", "Enter the new font's name."});
        const auto chosen = targets(dialog);
        if (!office::preview_conversion(selection_.document, chosen).any())
            return lang_ == Lang::vi ? "Không có gì cần chuyển." : "Nothing to convert.";
        const auto done = office::convert_to_unicode(selection_.document, chosen, font, lang_);
        set_property(dialog, "Preview", "Label", Any(to_ou(preview(dialog))));
        const std::size_t cells = done.cells.tcvn3 + done.cells.vni;
        return lang_ == Lang::vi
                   ? "Đã chuyển " + std::to_string(cells) + " ô, " + std::to_string(done.comments) +
                         " ghi chú, " + std::to_string(done.sheet_names) +
                         " tên trang sang Unicode" +
                         (done.legacy_fonts ? ", phông cũ thành " + font : "") +
                         " (Hoàn tác: Ctrl+Z)."
                   : "Converted " + std::to_string(cells) + " cells, " +
                         std::to_string(done.comments) + " comments, " +
                         std::to_string(done.sheet_names) + " sheet names to Unicode" +
                         (done.legacy_fonts ? ", legacy fonts to " + font : "") +
                         " (Undo: Ctrl+Z).";
    }

    Selection selection_;
};

bool single_cell(const Reference<css::table::XCellRange>& range) {
    const auto a =
        Reference<css::sheet::XCellRangeAddressable>(range, UNO_QUERY_THROW)->getRangeAddress();
    return a.StartColumn == a.EndColumn && a.StartRow == a.EndRow;
}

} // namespace

void run_convert_unicode(const Reference<css::uno::XComponentContext>& context,
                         const Reference<css::frame::XFrame>& frame) {
    guarded(context, frame, [&](Lang lang) {
        Selection selection = current_selection(
            frame, {"Hãy mở một sổ tính và chọn ô.", "Open a workbook and select cells first."});
        const std::string where = range_name(selection.range);
        // One cell selected: the clerk most likely means the sheet.
        const bool sheet = single_cell(selection.range);
        const DialogMemory memory(selection.document, "ConvertUnicode",
                                  {{"Font", DialogMemory::Kind::text}});
        rtl::Reference<ConvertHandler> handler(new ConvertHandler(std::move(selection), lang));
        auto dialog = load_dialog(context, "ConvertUnicode",
                                  Reference<css::awt::XDialogEventHandler>(handler.get()));
        set_property(dialog, "Selection", "Label",
                     Any(to_ou(shown_text(dialog, "Selection") + " (" + where + ")")));
        set_property(dialog, sheet ? "Sheet" : "Selection", "State", Any(sal_Int16(1)));
        set_property(
            dialog, "Preview", "Label",
            Any(to_ou(office::run_guarded(lang, {}, [&] { return handler->preview(dialog); }))));
        memory.restore(dialog);
        run_dialog(context, frame, dialog, handler.get(),
                   [memory](const Reference<css::awt::XDialog>& d) { memory.store(d); });
    });
}

} // namespace vnplan::ui
