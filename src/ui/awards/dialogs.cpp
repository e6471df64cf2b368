#include "ui/awards/dialogs.hpp"

#include "core/awards/allocation_inputs.hpp"
#include "core/vntext/text.hpp"
#include "office/awards/actions.hpp"
#include "office/common/options.hpp"
#include "office/common/sheet_reader.hpp"
#include "office/common/uno_util.hpp"
#include "office/common/ustring.hpp"
#include "ui/common/choices.hpp"
#include "ui/common/dialog_memory.hpp"
#include "ui/common/support.hpp"

#include <com/sun/star/frame/XController.hpp>
#include <com/sun/star/sheet/XCellRangeAddressable.hpp>
#include <com/sun/star/sheet/XSheetCellRange.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/table/XCellRange.hpp>
#include <com/sun/star/view/XSelectionSupplier.hpp>
#include <rtl/ref.hxx>

namespace vnplan::ui {

namespace {

// ---- Kiểm tra bảng khen thưởng ----------------------------------------------------------

class AwardCheckHandler : public ActionHandler {
public:
    AwardCheckHandler(Selection selection, office::CheckedTable table, Lang lang)
        : ActionHandler(lang, {{"mark",
                                "Summary",
                                {failed, failed},
                                [this](const Reference<css::awt::XDialog>& dialog) {
                                    return mark(dialog);
                                }}}),
          selection_(std::move(selection)), table_(std::move(table)) {}

private:
    inline static const Message failed{"Không đánh dấu được.", "Could not mark."};

    std::string mark(const Reference<css::awt::XDialog>& dialog) {
        const std::size_t marked = office::mark_findings(selection_.document, table_, lang_);
        set_property(dialog, "Mark", "Enabled", Any(false));
        return lang_ == Lang::vi
                   ? "Đã đánh dấu " + std::to_string(marked) + " ô (Hoàn tác một lần để bỏ)."
                   : "Marked " + std::to_string(marked) + " cells (one Undo removes the marks).";
    }

    Selection selection_;
    office::CheckedTable table_;
};

// ---- Phân bổ chỉ tiêu ---------------------------------------------------------------------

// A bound field: empty, a number ("1", "2,5"), or a range name.
awards::Bounds parse_bounds(const std::string& text,
                            const Reference<css::sheet::XSpreadsheet>& sheet) {
    if (text.empty()) return {};
    if (const auto value = vntext::parse_decimal(text)) return {*value};
    return awards::bounds_from(office::read_grid(sheet->getCellRangeByName(to_ou(text))),
                               {"Giới hạn \"" + text + "\"", "The bound \"" + text + "\""});
}

class AllocateHandler : public ActionHandler {
public:
    AllocateHandler(Selection selection, Lang lang)
        : ActionHandler(
              lang,
              {{"allocate",
                "Result",
                {{"Không phân bổ được.", "Could not allocate."},
                 Message{"Vùng ô không hợp lệ.", "Not a valid range."}},
                [this](const Reference<css::awt::XDialog>& dialog) { return allocate(dialog); }},
               {"compare",
                "Result",
                {{"Không so sánh được.", "Could not compare."},
                 Message{"Vùng ô không hợp lệ.", "Not a valid range."}},
                [this](const Reference<css::awt::XDialog>& dialog) { return compare(dialog); }},
               {"working",
                "Result",
                {{"Không ghi được cách tính.", "Could not write the working."},
                 Message{"Vùng ô không hợp lệ.", "Not a valid range."}},
                [this](const Reference<css::awt::XDialog>& dialog) { return working(dialog); }}},
              {"Weights", "Minimum", "Maximum", "Output"}),
          selection_(std::move(selection)) {}

private:
    Reference<css::sheet::XSpreadsheet> sheet() const {
        return Reference<css::sheet::XSheetCellRange>(selection_.range, UNO_QUERY_THROW)
            ->getSpreadsheet();
    }

    // What the fields say (the output cell only when `with_output`).
    office::AllocationRequest request_of(const Reference<css::awt::XDialog>& dialog,
                                         bool with_output) const {
        const auto sheet = this->sheet();
        office::AllocationRequest request;
        request.weights = sheet->getCellRangeByName(to_ou(get_text(dialog, "Weights")));
        get_property(dialog, "Total", "Value") >>= request.total;
        sal_Int16 method = 0;
        Sequence<sal_Int16> selected;
        get_property(dialog, "Method", "SelectedItems") >>= selected;
        if (selected.getLength() > 0) method = selected[0];
        request.method = std::string(awards::canonical_name(
            awards::all_allocation_methods[static_cast<std::size_t>(method)]));
        request.minimum = parse_bounds(get_text(dialog, "Minimum"), sheet);
        request.maximum = parse_bounds(get_text(dialog, "Maximum"), sheet);
        if (with_output)
            request.output = sheet->getCellRangeByName(to_ou(get_text(dialog, "Output")));
        return request;
    }

    std::string allocate(const Reference<css::awt::XDialog>& dialog) {
        const office::AllocationRequest request = request_of(dialog, true);
        const auto allocation =
            office::allocate_into(selection_.document, request, is_checked(dialog, "Overwrite"));

        // Name the units by the cells of their weights in tie messages.
        const auto w =
            Reference<css::sheet::XCellRangeAddressable>(request.weights, UNO_QUERY_THROW)
                ->getRangeAddress();
        std::vector<std::string> labels;
        for (std::size_t i = 0; i < allocation.seats.size(); ++i)
            labels.push_back(w.StartColumn == w.EndColumn
                                 ? a1_address(w.StartColumn, w.StartRow + static_cast<int>(i))
                                 : a1_address(w.StartColumn + static_cast<int>(i), w.StartRow));
        std::string text = lang_ == Lang::vi
                               ? "Đã ghi " + std::to_string(allocation.seats.size()) + " kết quả."
                               : "Wrote " + std::to_string(allocation.seats.size()) + " results.";
        for (const auto& tie : allocation.ties)
            text += " " + awards::describe_tie(tie, labels).in(lang_);
        return text;
    }

    // Shows every method's seats before anything is written.
    std::string compare(const Reference<css::awt::XDialog>& dialog) {
        const office::AllocationRequest request = request_of(dialog, false);
        const auto comparison = office::compare_request(request);
        set_property(dialog, "Comparison", "StringItemList",
                     Any(string_list(awards::comparison_lines(
                         comparison, office::unit_labels(request.weights), lang_))));
        return lang_ == Lang::vi
                   ? "Loosemore-Hanby, Gallagher: độ lệch so với tỷ lệ trọng số (điểm %, càng "
                     "nhỏ càng sát). Chưa ghi gì vào bảng tính."
                   : "Loosemore-Hanby, Gallagher: distance from the weights' proportions (% "
                     "points, smaller is closer). Nothing has been written yet.";
    }

    std::string working(const Reference<css::awt::XDialog>& dialog) {
        const std::string name =
            office::write_working(selection_.document, request_of(dialog, false), lang_);
        return lang_ == Lang::vi
                   ? "Đã ghi cách tính vào trang mới \"" + name + "\" (Hoàn tác một lần để bỏ)."
                   : "Wrote the working to the new sheet \"" + name + "\" (one Undo removes it).";
    }

    Selection selection_;
};

} // namespace

void run_award_check(const Reference<css::uno::XComponentContext>& context,
                     const Reference<css::frame::XFrame>& frame) {
    guarded(context, frame, [&](Lang lang) {
        Selection selection = current_selection(frame, {"Hãy chọn một vùng ô trong trang tính.",
                                                        "Select a range of cells in a sheet."});
        office::CheckedTable table = office::check_table_around(selection.range);
        const auto& v = table.verification;
        const std::string where =
            a1_address(table.grid.first_column, table.grid.first_row) + ":" +
            a1_address(table.grid.first_column + static_cast<int>(table.grid.width()) - 1,
                       table.grid.first_row + static_cast<int>(table.grid.height()) - 1);
        const std::string totals = awards::counts_text(v.total.computed, v.layout.count_headers);
        const std::string summary =
            lang == Lang::vi ? "Bảng " + where + ": tổng cộng " + totals +
                                   ". Lỗi: " + std::to_string(v.errors.size()) +
                                   ", cảnh báo: " + std::to_string(v.warnings.size()) + "."
                             : "Table " + where + ": grand total " + totals +
                                   ". Errors: " + std::to_string(v.errors.size()) +
                                   ", warnings: " + std::to_string(v.warnings.size()) + ".";
        const auto lines = office::check_lines(table, lang);

        const bool has_findings = !v.errors.empty() || !v.warnings.empty();
        rtl::Reference<AwardCheckHandler> handler(
            new AwardCheckHandler(std::move(selection), std::move(table), lang)); // v is gone
        auto dialog = load_dialog(context, "AwardCheck",
                                  Reference<css::awt::XDialogEventHandler>(handler.get()));
        set_property(dialog, "Summary", "Label", Any(to_ou(summary)));
        set_property(dialog, "Findings", "StringItemList", Any(string_list(lines)));
        set_property(dialog, "Mark", "Enabled", Any(has_findings));
        run_dialog(context, frame, dialog, handler.get()); // nothing typed: nothing to remember
    });
}

void run_allocate(const Reference<css::uno::XComponentContext>& context,
                  const Reference<css::frame::XFrame>& frame) {
    guarded(context, frame, [&](Lang lang) {
        Selection selection = current_selection(frame, {"Hãy chọn một vùng ô trong trang tính.",
                                                        "Select a range of cells in a sheet."});
        const auto a =
            Reference<css::sheet::XCellRangeAddressable>(selection.range, UNO_QUERY_THROW)
                ->getRangeAddress();
        const std::string weights = range_name(selection.range);
        const std::string output = a1_address(a.EndColumn + 1, a.StartRow);

        // Defaults: built in, then the options' method, then what this workbook's dialog
        // last had; the weights and output follow a selection of several cells.
        const auto methods = method_choices();
        Sequence<sal_Int16> method(1);
        method[0] =
            static_cast<sal_Int16>(index_of(methods, office::current_options().allocation_method));
        const DialogMemory memory(selection.document, "Allocate",
                                  {{"Total", DialogMemory::Kind::number},
                                   {"Method", DialogMemory::Kind::list},
                                   {"Minimum", DialogMemory::Kind::text},
                                   {"Maximum", DialogMemory::Kind::text}});
        const DialogMemory cells(
            selection.document, "Allocate",
            {{"Weights", DialogMemory::Kind::text}, {"Output", DialogMemory::Kind::text}});
        const bool one_cell = a.StartColumn == a.EndColumn && a.StartRow == a.EndRow;

        rtl::Reference<AllocateHandler> handler(new AllocateHandler(selection, lang));
        auto dialog = load_dialog(context, "Allocate",
                                  Reference<css::awt::XDialogEventHandler>(handler.get()));
        set_property(dialog, "Weights", "Text", Any(to_ou(weights)));
        set_property(dialog, "Output", "Text", Any(to_ou(output)));
        set_property(dialog, "Method", "StringItemList",
                     Any(string_list(labels_of(methods, lang))));
        set_property(dialog, "Method", "SelectedItems", Any(method));
        memory.restore(dialog);
        if (one_cell) cells.restore(dialog);
        run_dialog(context, frame, dialog, handler.get(),
                   [memory, cells](const Reference<css::awt::XDialog>& d) {
                       memory.store(d);
                       cells.store(d);
                   });
    });
}

} // namespace vnplan::ui
