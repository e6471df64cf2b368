#include "ui/indices/dialog.hpp"

#include "office/common/options.hpp"
#include "office/common/uno_util.hpp"
#include "office/common/ustring.hpp"
#include "office/indices/actions.hpp"
#include "office/indices/years.hpp"
#include "ui/common/choices.hpp"
#include "ui/common/dialog_memory.hpp"
#include "ui/common/support.hpp"

#include <com/sun/star/awt/XDialogEventHandler.hpp>
#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/frame/XController.hpp>
#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/sheet/XCellRangeAddressable.hpp>
#include <com/sun/star/sheet/XSheetCellRange.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/sheet/XSpreadsheetView.hpp>
#include <com/sun/star/table/XCellRange.hpp>
#include <com/sun/star/view/XSelectionSupplier.hpp>
#include <rtl/ref.hxx>

#include <algorithm>
#include <charconv>
#include <exception>

namespace vnplan::ui {

namespace {

class IndexRankingHandler : public ActionHandler {
public:
    IndexRankingHandler(Selection selection, Reference<css::frame::XFrame> frame, Lang lang,
                        std::vector<indices::YearSheet> years)
        : ActionHandler(
              lang,
              {{"rank",
                "Result",
                {.unknown = {"Không xếp hạng được.", "Could not rank."}},
                [this](const Reference<css::awt::XDialog>& dialog) { return rank(dialog); }},
               // A half-typed address: the list is refilled when it is complete.
               {"units_changed",
                nullptr,
                {},
                [this](const Reference<css::awt::XDialog>& dialog) {
                    fill_units(dialog);
                    return std::string();
                }}},
              {"Units", "Scores", "Maxima", "Weights", "Groups", "Previous"}),
          selection_(std::move(selection)), frame_(std::move(frame)), years_(std::move(years)) {}

    void range_chosen(const Reference<css::awt::XDialog>& dialog,
                      const std::string& field) override {
        if (field == "Units") fill_units(dialog);
    }

    // The radar list from the units field; keeps the chosen unit when it is still there.
    void fill_units(const Reference<css::awt::XDialog>& dialog) {
        const std::string chosen = chosen_unit(dialog);
        const std::string field = get_text(dialog, "Units");
        units_ = field.empty()
                     ? std::vector<std::string>{}
                     : office::unit_names(selection_.sheet->getCellRangeByName(to_ou(field)));
        if (units_.empty() && !years_.empty()) units_ = latest_units(); // a year column's table
        set_property(dialog, "RadarUnit", "StringItemList", Any(string_list(units_)));
        Sequence<sal_Int16> selected(units_.empty() ? 0 : 1);
        if (!units_.empty()) {
            selected[0] = 0;
            for (std::size_t i = 0; i < units_.size(); ++i)
                if (units_[i] == chosen) selected[0] = static_cast<sal_Int16>(i);
        }
        set_property(dialog, "RadarUnit", "SelectedItems", Any(selected));
    }

private:
    std::vector<std::string> latest_units() const {
        const auto latest =
            std::max_element(years_.begin(), years_.end(),
                             [](const auto& a, const auto& b) { return a.year < b.year; });
        return latest->sheet.units;
    }

    // Over the years: the ranks of every year, changes, points lost, a line chart.
    std::string rank_years(const Reference<css::awt::XDialog>& dialog) {
        office::YearsRequest request;
        request.result_sheet = get_text(dialog, "ResultSheet");
        request.unit = chosen_unit(dialog);
        const auto result = office::write_years(selection_.document, years_, request);
        show_sheet(dialog, result.sheet);
        const auto& r = result.ranking;
        const std::string span =
            std::to_string(r.years.front()) + "-" + std::to_string(r.years.back());
        // The best unit loses nothing against itself: say so rather than list nothing.
        const bool best = result.lost.unit == result.lost.best;
        const std::string lost_vi = best ? result.lost.unit + " đứng đầu (chọn đơn vị khác để "
                                                              "xem điểm bị trừ)"
                                         : "điểm bị trừ nhiều nhất của " + result.lost.unit;
        const std::string lost_en = best ? result.lost.unit + " is first (choose another unit "
                                                              "to see its points lost)"
                                         : "the points " + result.lost.unit + " lost most";
        return lang_ == Lang::vi
                   ? "Đã tạo trang \"" + result.sheet + "\": thứ hạng " + span + " của " +
                         std::to_string(r.units.size()) + " đơn vị, " + lost_vi +
                         ", biểu đồ thứ hạng. Hoàn tác (Ctrl+Z) một lần để bỏ."
                   : "Created the sheet \"" + result.sheet + "\": ranks " + span + " of " +
                         std::to_string(r.units.size()) + " units, " + lost_en +
                         ", a chart of ranks. One Undo (Ctrl+Z) removes it.";
    }

    // Shows the new sheet; offers a fresh name for another run.
    void show_sheet(const Reference<css::awt::XDialog>& dialog, const std::string& name) {
        Reference<css::sheet::XSpreadsheetView> view(frame_->getController(), UNO_QUERY);
        Reference<css::sheet::XSpreadsheet> sheet(
            selection_.document->getSheets()->getByName(to_ou(name)), UNO_QUERY);
        if (view.is() && sheet.is()) view->setActiveSheet(sheet);
        set_property(dialog, "ResultSheet", "Text",
                     Any(to_ou(office::unused_sheet_name(selection_.document, name))));
    }

    std::string chosen_unit(const Reference<css::awt::XDialog>& dialog) const {
        Sequence<sal_Int16> selected;
        get_property(dialog, "RadarUnit", "SelectedItems") >>= selected;
        if (selected.getLength() == 0) return {};
        const auto i = static_cast<std::size_t>(selected[0]);
        return i < units_.size() ? units_[i] : std::string();
    }

    // A range typed in a field, on the selection's sheet; null for an empty optional field.
    Reference<css::table::XCellRange> range_of(const Reference<css::awt::XDialog>& dialog,
                                               const char* field, const Message& name,
                                               bool required) const {
        const std::string text = get_text(dialog, field);
        if (text.empty()) {
            if (!required) return nullptr;
            throw InputError(
                {"Chưa nhập vùng " + name.vi + ".", "The " + name.en + " range is empty."});
        }
        try {
            return selection_.sheet->getCellRangeByName(to_ou(text));
        } catch (const css::uno::RuntimeException&) {
            throw InputError(
                {"Vùng " + name.vi + " \"" + text + "\" không phải địa chỉ ô hợp lệ.",
                 "The " + name.en + " range \"" + text + "\" is not a valid address."});
        }
    }

    std::string rank(const Reference<css::awt::XDialog>& dialog) {
        if (is_checked(dialog, "Years") && years_.size() >= 2) return rank_years(dialog);
        office::RankingRequest request;
        auto& r = request.ranges;
        r.units = range_of(dialog, "Units", {"tên đơn vị", "unit names"}, true);
        r.scores = range_of(dialog, "Scores", {"điểm", "scores"}, true);
        // Without maxima the headers above the scores must state them ("(10 điểm)").
        r.maxima = range_of(dialog, "Maxima", {"điểm tối đa", "maxima"}, false);
        r.weights = range_of(dialog, "Weights", {"hệ số", "weights"}, false);
        r.groups = range_of(dialog, "Groups", {"khối/nhóm", "groups"}, false);
        r.previous_ranks =
            range_of(dialog, "Previous", {"xếp hạng năm trước", "previous ranks"}, false);
        request.previous_in_group =
            is_checked(dialog, "PreviousInGroup"); // without groups: a clear error
        Sequence<sal_Int16> ties;
        get_property(dialog, "Ties", "SelectedItems") >>= ties;
        const auto& rules = tie_choices();
        request.options.ties = indices::tie_rule_argument(
            rules[ties.getLength() > 0 && ties[0] >= 0 &&
                          static_cast<std::size_t>(ties[0]) < rules.size()
                      ? static_cast<std::size_t>(ties[0])
                      : 0]
                .value);
        const std::string year = get_text(dialog, "Year");
        if (!year.empty()) {
            int value = 0;
            const auto parsed = std::from_chars(year.data(), year.data() + year.size(), value);
            if (parsed.ec != std::errc() || parsed.ptr != year.data() + year.size())
                throw InputError({"Năm \"" + year + "\" không hợp lệ.",
                                  "The year \"" + year + "\" is not valid."});
            request.options.year = value;
        }
        request.tiers = office::parse_tiers(get_text(dialog, "Tiers"));
        request.result_sheet = get_text(dialog, "ResultSheet");
        request.radar_unit = chosen_unit(dialog);

        const auto result = office::write_ranking(selection_.document, request);
        show_sheet(dialog, result.sheet);

        const auto& first = result.units.front();
        const std::string total = indices::format_typed(first.total_value);
        const std::string percent = decimal::format(first.percent_value, 2, ',', '.');
        const std::string count = std::to_string(result.units.size());
        return lang_ == Lang::vi
                   ? "Đã tạo trang \"" + result.sheet + "\": " + count + " đơn vị, đứng đầu " +
                         first.unit + " (" + total + " điểm, " + percent +
                         "%), kèm biểu đồ cột và biểu đồ radar. Hoàn tác (Ctrl+Z) một lần để bỏ."
                   : "Created the sheet \"" + result.sheet + "\": " + count + " units, first " +
                         first.unit + " (" + total + " points, " + percent +
                         "%), with a bar chart and a radar chart. One Undo (Ctrl+Z) removes it.";
    }

    Selection selection_;
    Reference<css::frame::XFrame> frame_;
    std::vector<indices::YearSheet> years_; // two or more: the "Years" choice is offered
    std::vector<std::string> units_;
};

// Scores of several years around the selection (a year column, or one sheet per year); a
// table that cannot be read that way (or any failure) only means the choice is not offered,
// with the reason: the single-year dialog still opens.
office::YearsFound years_around(const Selection& selection) {
    try {
        return office::find_years(selection.document, selection.range);
    } catch (...) {
        office::YearsFound none;
        none.skipped.push_back(office::failure_message(std::current_exception()));
        return none;
    }
}

} // namespace

void run_index_ranking(const Reference<css::uno::XComponentContext>& context,
                       const Reference<css::frame::XFrame>& frame) {
    guarded(context, frame, [&](Lang lang) {
        Selection selection = current_selection(
            frame, {"Hãy chọn một ô trong bảng điểm.", "Select a cell of the score table."});
        // Prefill from the table around the selection and say what was read; a table that
        // cannot be read leaves the fields for the clerk, with the selection as the scores,
        // and says why.
        office::LayoutGuess guess;
        try {
            guess = office::guess_layout(selection.range);
        } catch (const InputError& e) {
            guess = {};
            guess.scores = range_name(selection.range);
            guess.reading = e.message();
        }
        const std::string base =
            "Xếp hạng " +
            to_utf8(Reference<css::container::XNamed>(selection.sheet, UNO_QUERY_THROW)->getName());

        office::YearsFound years = years_around(selection);
        if (years.years.size() < 2) years.years.clear();
        rtl::Reference<IndexRankingHandler> handler(
            new IndexRankingHandler(selection, frame, lang, years.years));
        auto dialog = load_dialog(context, "IndexRanking",
                                  Reference<css::awt::XDialogEventHandler>(handler.get()));
        const std::pair<const char*, const std::string*> fields[] = {
            {"Units", &guess.units},   {"Scores", &guess.scores},
            {"Maxima", &guess.maxima}, {"Weights", &guess.weights},
            {"Groups", &guess.groups}, {"Previous", &guess.previous_ranks}};
        for (const auto& [control, value] : fields)
            set_property(dialog, control, "Text", Any(to_ou(*value)));
        set_property(dialog, "PreviousInGroup", "State",
                     Any(static_cast<sal_Int16>(guess.previous_in_group ? 1 : 0)));
        if (guess.year)
            set_property(dialog, "Year", "Text", Any(to_ou(std::to_string(*guess.year))));
        set_property(dialog, "Tiers", "Text", Any(to_ou(office::default_tiers)));
        // The tie rule: the options' default, then what this workbook's dialog last had.
        set_property(dialog, "Ties", "StringItemList",
                     Any(string_list(labels_of(tie_choices(), lang))));
        Sequence<sal_Int16> rule(1);
        rule[0] =
            static_cast<sal_Int16>(index_of(tie_choices(), office::current_options().tie_rule));
        set_property(dialog, "Ties", "SelectedItems", Any(rule));
        const DialogMemory memory(
            selection.document, "IndexRanking",
            {{"Ties", DialogMemory::Kind::list}, {"Tiers", DialogMemory::Kind::text}});
        // The ranges follow the table around the selection; remembered ones only fill in
        // when no table was read there.
        const DialogMemory ranges(selection.document, "IndexRanking",
                                  {{"Units", DialogMemory::Kind::text},
                                   {"Scores", DialogMemory::Kind::text},
                                   {"Maxima", DialogMemory::Kind::text},
                                   {"Weights", DialogMemory::Kind::text},
                                   {"Groups", DialogMemory::Kind::text},
                                   {"Previous", DialogMemory::Kind::text}});
        memory.restore(dialog);
        if (guess.units.empty()) ranges.restore(dialog);
        std::string reading = guess.reading.in(lang);
        if (!years.years.empty()) reading = years.reading.in(lang) + "\n" + reading;
        for (const auto& skipped : years.skipped)
            reading += "\n" + skipped.in(lang);
        set_property(dialog, "Result", "Label", Any(to_ou(reading)));
        const bool offer_years = !years.years.empty();
        set_property(dialog, "Years", "Enabled", Any(offer_years));
        set_property(dialog, "Years", "State", Any(static_cast<sal_Int16>(offer_years ? 1 : 0)));
        set_property(dialog, "ResultSheet", "Text",
                     Any(to_ou(office::unused_sheet_name(
                         selection.document, offer_years ? "Xếp hạng qua các năm" : base))));
        try {
            handler->fill_units(dialog);
        } catch (...) {
        }
        run_dialog(context, frame, dialog, handler.get(),
                   [memory, ranges](const Reference<css::awt::XDialog>& d) {
                       memory.store(d);
                       ranges.store(d);
                   });
    });
}

} // namespace vnplan::ui
