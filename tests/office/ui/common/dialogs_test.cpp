// What every vnplan dialog shares, in a real windowed office (Xvfb): Help buttons and help
// ids, LibreOffice's file and folder pickers, the default template shown by its name, the
// range buttons that hide the dialog while the clerk selects with the mouse, the values each
// dialog remembers per workbook, and the defaults that follow vnplan's options.
#include "office/common/options.hpp"
#include "office/common/ustring.hpp"
#include "support/calc.hpp"
#include "support/dialogs.hpp"
#include "support/office_fixture.hpp"
#include "support/ui_driver.hpp"

#include <com/sun/star/awt/DialogProvider2.hpp>
#include <com/sun/star/awt/PushButtonType.hpp>
#include <com/sun/star/awt/XControl.hpp>
#include <com/sun/star/awt/XControlContainer.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/document/XDocumentProperties.hpp>
#include <com/sun/star/document/XDocumentPropertiesSupplier.hpp>
#include <com/sun/star/document/XUndoManagerSupplier.hpp>
#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/util/XModifiable.hpp>
#include <doctest/doctest.h>

#include <algorithm>

using namespace vnplan;
using namespace vnplan::test;
namespace css = com::sun::star;

namespace {

// The user-defined property `name` of `doc`, "" when it has none.
std::string user_property(CalcDocument& doc, const std::string& name) {
    Reference<css::beans::XPropertySet> properties(
        Reference<css::document::XDocumentPropertiesSupplier>(doc.component(), UNO_QUERY_THROW)
            ->getDocumentProperties()
            ->getUserDefinedProperties(),
        UNO_QUERY_THROW);
    if (!properties->getPropertySetInfo()->hasPropertyByName(office::to_ou(name))) return {};
    rtl::OUString value;
    properties->getPropertyValue(office::to_ou(name)) >>= value;
    return office::to_utf8(value);
}

bool undo_possible(CalcDocument& doc) {
    return Reference<css::document::XUndoManagerSupplier>(doc.component(), UNO_QUERY_THROW)
        ->getUndoManager()
        ->isUndoPossible();
}

// Sets vnplan's options for the test's span, and back to the built-in defaults after.
struct OptionsForTest {
    explicit OptionsForTest(const office::Options& options) {
        office::store_options(test::office().context(), options);
    }
    ~OptionsForTest() {
        try {
            office::store_options(test::office().context(), office::Options{});
        } catch (...) {
        }
    }
};

} // namespace

TEST_SUITE("ui.dialogs") {
    TEST_CASE("each dialog has a Help button and its help id") {
        use_windowed_office();
        auto provider = css::awt::DialogProvider2::create(test::office().context());
        for (const char* name : {"AwardCheck", "Allocate", "IndexRanking", "PlanGenerate",
                                 "ConvertUnicode", "Options"}) {
            CAPTURE(name);
            auto dialog = provider->createDialog(office::to_ou(dialogs_url + name + ".xdl"));
            REQUIRE(dialog.is());
            rtl::OUString help;
            Reference<css::beans::XPropertySet>(
                Reference<css::awt::XControl>(dialog, UNO_QUERY_THROW)->getModel(), UNO_QUERY_THROW)
                ->getPropertyValue("HelpURL") >>= help;
            CHECK(office::to_utf8(help) == std::string("org.vnplan.help.dialog.") + name);
            // The options page sits in LibreOffice's Options dialog, which has its own Help.
            if (std::string(name) != "Options") {
                auto button = Reference<css::awt::XControlContainer>(dialog, UNO_QUERY_THROW)
                                  ->getControl("Help");
                REQUIRE(button.is());
                sal_Int16 type = 0;
                Reference<css::beans::XPropertySet>(button->getModel(), UNO_QUERY_THROW)
                    ->getPropertyValue("PushButtonType") >>= type;
                CHECK(type == static_cast<sal_Int16>(css::awt::PushButtonType_HELP));
            }
            Reference<css::lang::XComponent>(dialog, UNO_QUERY_THROW)->dispose();
        }
    }

    TEST_CASE("the plan dialog names the default template and opens the file and folder pickers") {
        use_windowed_office();
        CalcDocument plan(example_copy("ke-hoach-143.ods", "pickers.ods"), CalcDocument::Shown{});
        DialogSession dialog(plan, "vnd.vnplan:PlanGenerate");
        CHECK(dialog.field_text("Template (.ott):") == "Default - Decree 30/2020");
        for (const auto& text : dialog.texts())
            CHECK(text.find("ke-hoach.ott") == std::string::npos); // no path into the cache

        dialog.press_beside("Template (.ott):", true);
        const std::string file_picker = dialog.wait_other();
        CHECK(file_picker != dialog.title());
        dialog.press_in_other("Cancel");
        dialog.wait_other_closed();
        CHECK(dialog.field_text("Template (.ott):") == "Default - Decree 30/2020");

        const std::string folder = dialog.field_text("Write to folder:");
        dialog.press_beside("Write to folder:", true);
        const std::string folder_picker = dialog.wait_other();
        CHECK(folder_picker != dialog.title());
        dialog.press_in_other("Cancel");
        dialog.wait_other_closed();
        CHECK(dialog.field_text("Write to folder:") == folder);
        dialog.press("Close");
        dialog.wait_closed();
    }

    TEST_CASE("a range button hides the dialog, the mouse selects, the field gets the range") {
        use_windowed_office();
        CalcDocument doc(weights_workbook("range-button.ods", {50, 30, 20}), CalcDocument::Shown{});
        select(doc, 0, "A1");
        {
            DialogSession dialog(doc, "vnd.vnplan:Allocate");
            CHECK(dialog.field_text("Weights (range):") == "A1");
            dialog.press_beside("Weights (range):");
            dialog.wait_hidden();
            // Calc's own compact range window, titled with the dialog and the field.
            // (its accessible name adds ": Area").
            CHECK(dialog.wait_other().rfind("Allocate quotas - Weights (range):", 0) == 0);
            drag_cells(doc, "B2", "B4");
            dialog.wait_shown();
            CHECK(dialog.field_text("Weights (range):") == "B2:B4");
            // The range taken is the one the dialog works on: Hamilton, 10 over 50:30:20.
            dialog.type("Write results from cell:", "C2");
            dialog.set_number("Total to share:", 10);
            dialog.press("Allocate");
            CHECK(dialog.shows("Wrote 3 results."));
            dialog.press("Close");
            dialog.wait_closed();
        }
        CHECK(doc.value("C2") == 5);
        CHECK(doc.value("C3") == 3);
        CHECK(doc.value("C4") == 2);
    }

    TEST_CASE("a dialog remembers its values in the workbook, not in another one") {
        use_windowed_office();
        const auto first_file = example_copy("ke-hoach-143.ods", "remembered.ods");
        const std::string folder = (temp_dir() / "remembered-folder").string();
        {
            CalcDocument first(first_file, CalcDocument::Shown{});
            REQUIRE(!undo_possible(first));
            {
                DialogSession dialog(first, "vnd.vnplan:PlanGenerate");
                CHECK(dialog.field_text("Write to folder:") != folder);
                dialog.type("Write to folder:", folder);
                dialog.set_checked(".docx", false);
                dialog.press("Close");
                dialog.wait_closed();
            }
            CHECK(user_property(first, "vnplan.PlanGenerate.Out") == folder);
            // Kept as a document property: the workbook counts as changed (it is saved with
            // it), but nothing was done to its sheets that Undo would undo.
            CHECK(!undo_possible(first));
            CHECK(Reference<css::util::XModifiable>(first.component(), UNO_QUERY_THROW)
                      ->isModified());
            {
                DialogSession again(first, "vnd.vnplan:PlanGenerate");
                CHECK(again.field_text("Write to folder:") == folder);
                CHECK(again.field_text("Template (.ott):") == "Default - Decree 30/2020");
            }
            first.store(first_file);
        }
        {
            CalcDocument reopened(first_file); // read back from the stored file
            CHECK(user_property(reopened, "vnplan.PlanGenerate.Out") == folder);
            CHECK(user_property(reopened, "vnplan.PlanGenerate.Docx") == "0");
        }
        CalcDocument other(example_copy("ke-hoach-143.ods", "not-remembered.ods"),
                           CalcDocument::Shown{});
        DialogSession dialog(other, "vnd.vnplan:PlanGenerate");
        CHECK(dialog.field_text("Write to folder:") != folder);
        CHECK(user_property(other, "vnplan.PlanGenerate.Out").empty());
    }

    TEST_CASE("the dialogs' defaults follow the options; a workbook's own values win") {
        use_windowed_office();
        office::Options options;
        options.allocation_method = "dhondt";
        options.tie_rule = "dense";
        options.template_path = (temp_dir() / "mau-rieng.ott").string();
        options.output_folder = (temp_dir() / "van-ban").string();
        OptionsForTest chosen(options);

        CalcDocument weights(weights_workbook("options.ods", {50, 30, 20}), CalcDocument::Shown{});
        select(weights, 0, "B2:B4");
        {
            DialogSession dialog(weights, "vnd.vnplan:Allocate");
            CHECK(dialog.selected("Method:").find("D'Hondt") != std::string::npos);
        }
        CalcDocument scores(example_copy("chi-so-bac-son-2022.ods", "options-scores.ods"),
                            CalcDocument::Shown{});
        select(scores, 0, "D9");
        {
            DialogSession dialog(scores, "vnd.vnplan:IndexRanking");
            CHECK(dialog.selected("Equal totals ranked:").rfind("Dense", 0) == 0);
        }
        CalcDocument plan(example_copy("ke-hoach-143.ods", "options-plan.ods"),
                          CalcDocument::Shown{});
        {
            DialogSession dialog(plan, "vnd.vnplan:PlanGenerate");
            CHECK(dialog.field_text("Template (.ott):") == options.template_path);
            CHECK(dialog.field_text("Write to folder:") == options.output_folder);
            dialog.type("Write to folder:", (temp_dir() / "cua-so-nay").string());
        }
        {
            DialogSession dialog(plan, "vnd.vnplan:PlanGenerate");
            CHECK(dialog.field_text("Write to folder:") == (temp_dir() / "cua-so-nay").string());
            CHECK(dialog.field_text("Template (.ott):") == options.template_path);
        }
    }
}
