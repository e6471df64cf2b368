#include "ui/plan/dialog.hpp"

#include "core/plan/workbook.hpp"
#include "office/common/documents.hpp"
#include "office/common/options.hpp"
#include "office/common/uno_util.hpp"
#include "office/common/ustring.hpp"
#include "office/plan/generate.hpp"
#include "office/plan/reader.hpp"
#include "ui/common/choices.hpp"
#include "ui/common/dialog_memory.hpp"
#include "ui/common/support.hpp"

#include <com/sun/star/awt/Toolkit.hpp>
#include <com/sun/star/awt/XToolkitExperimental.hpp>
#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/deployment/PackageInformationProvider.hpp>
#include <com/sun/star/frame/Desktop.hpp>
#include <com/sun/star/frame/XController.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/frame/XStorable.hpp>
#include <com/sun/star/util/PathSettings.hpp>
#include <rtl/ref.hxx>

namespace vnplan::ui {

namespace {

class PlanHandler : public ActionHandler {
public:
    PlanHandler(Reference<css::uno::XComponentContext> context, Selection selection, Lang lang)
        : ActionHandler(
              lang,
              {{"generate",
                "Result",
                {.unknown = {"Không tạo được kế hoạch.", "Could not generate the plan."}},
                [this](const Reference<css::awt::XDialog>& dialog) { return generate(dialog); }},
               {"browse_template",
                nullptr,
                {.unknown = {"Không mở được hộp chọn tệp.", "Could not open the file picker."}},
                [this](const Reference<css::awt::XDialog>& dialog) {
                    browse_template(dialog);
                    return std::string();
                }},
               {"browse_folder",
                nullptr,
                {.unknown = {"Không mở được hộp chọn thư mục.",
                             "Could not open the folder picker."}},
                [this](const Reference<css::awt::XDialog>& dialog) {
                    browse_folder(dialog);
                    return std::string();
                }}}),
          context_(std::move(context)), selection_(std::move(selection)) {}

private:
    // The field keeps the default template's name; a chosen file replaces it.
    void browse_template(const Reference<css::awt::XDialog>& dialog) {
        // The default template lives in the office's cache: start in the output folder.
        std::string start = template_from_field(get_text(dialog, "Template"));
        if (start.empty()) start = get_text(dialog, "Out");
        const std::string chosen = pick_file(
            context_, start, lang_ == Lang::vi ? "Mẫu văn bản" : "Document templates", "*.ott");
        if (!chosen.empty()) set_property(dialog, "Template", "Text", Any(to_ou(chosen)));
    }

    void browse_folder(const Reference<css::awt::XDialog>& dialog) {
        const std::string chosen = pick_folder(context_, get_text(dialog, "Out"));
        if (!chosen.empty()) set_property(dialog, "Out", "Text", Any(to_ou(chosen)));
    }

    std::string generate(const Reference<css::awt::XDialog>& dialog) {
        office::GenerateOptions options;
        options.lang = lang_;
        const std::string chosen_template = template_from_field(get_text(dialog, "Template"));
        options.template_file = chosen_template.empty()
                                    ? extension_template(context_)
                                    : std::filesystem::path(std::u8string(chosen_template.begin(),
                                                                          chosen_template.end()));
        const std::string out = get_text(dialog, "Out");
        options.out_dir = std::filesystem::path(std::u8string(out.begin(), out.end()));
        options.formats.clear();
        if (is_checked(dialog, "Odt")) options.formats.push_back("odt");
        if (is_checked(dialog, "Docx")) options.formats.push_back("docx");
        if (is_checked(dialog, "Pdf")) options.formats.push_back("pdf");
        if (options.formats.empty())
            throw InputError({"Hãy chọn ít nhất một định dạng.", "Choose at least one format."});
        options.overwrite = is_checked(dialog, "Overwrite");
        options.override_totals = is_checked(dialog, "Override");
        // Progress: the bar moves and the window repaints between documents.
        Reference<css::awt::XToolkitExperimental> toolkit(css::awt::Toolkit::create(context_),
                                                          UNO_QUERY);
        options.progress = [&](std::size_t index, std::size_t count, const std::string&) {
            set_property(dialog, "Progress", "ProgressValue",
                         Any(static_cast<sal_Int32>(count ? 100 * index / count : 0)));
            if (toolkit.is()) toolkit->processEventsToIdle();
        };
        const auto result = office::generate_plans(context_, selection_.document, options);
        set_property(dialog, "Progress", "ProgressValue", Any(sal_Int32(100)));
        if (result.stopped) {
            const bool vi = lang_ == Lang::vi;
            std::string text = vi ? "Chưa tạo:" : "Not created:";
            for (const auto& problem : result.problems) {
                // The body's figures are reported as the tables' totals are, with the same
                // override (the "Override" check box).
                text += problem.from_text
                            ? (vi ? " số liệu nêu trong trang \"" + problem.sheet + "\" không khớp."
                                  : " figures stated on sheet \"" + problem.sheet + "\" disagree.")
                            : (vi ? " số cộng trong bảng không khớp với các dòng."
                                  : " a table's totals disagree with its rows.");
                for (const auto& line : problem.lines)
                    text += " " + line;
            }
            return text;
        }
        std::string files;
        std::filesystem::path shown;
        for (const auto& file : result.files) {
            files += (files.empty() ? "" : ", ") + text_of(file.filename());
            if (file.extension() == ".odt" || (shown.empty() && file.extension() == ".docx"))
                shown = file;
        }
        if (!shown.empty()) open_in_writer(shown);
        return (lang_ == Lang::vi ? "Đã tạo " : "Created ") + files +
               (lang_ == Lang::vi ? " trong " : " in ") + text_of(options.out_dir) + ".";
    }

    // The clerk sees the result at once; it opens like any document (macros as configured).
    void open_in_writer(const std::filesystem::path& file) {
        Sequence<css::beans::PropertyValue> args(0);
        css::frame::Desktop::create(context_)->loadComponentFromURL(to_ou(office::file_url(file)),
                                                                    "_blank", 0, args);
    }

    Reference<css::uno::XComponentContext> context_;
    Selection selection_;
};

} // namespace

// The options' output folder, else where the workbook is stored, else the office's documents folder
// (Tools > Options > Paths: "My Documents"): the platform's own answer on Windows, macOS and Linux,
// where guessing from HOME or USERPROFILE is not.
std::filesystem::path default_out(const Reference<css::uno::XComponentContext>& context,
                                  const Reference<css::sheet::XSpreadsheetDocument>& workbook) {
    if (const std::string chosen = office::current_options().output_folder; !chosen.empty())
        return std::filesystem::path(std::u8string(chosen.begin(), chosen.end()));
    Reference<css::frame::XStorable> storable(workbook, UNO_QUERY);
    if (storable.is() && storable->hasLocation()) {
        const auto path = path_of_url(storable->getLocation());
        if (!path.empty()) return path.parent_path();
    }
    const auto documents = path_of_url(css::util::PathSettings::create(context)->getWork());
    return documents.empty() ? std::filesystem::current_path() : documents;
}

std::filesystem::path extension_template(const Reference<css::uno::XComponentContext>& context) {
    const rtl::OUString location =
        css::deployment::PackageInformationProvider::get(context)->getPackageLocation(
            "org.vnplan.extension");
    if (location.isEmpty()) return {};
    return path_of_url(location) / "templates" / "ke-hoach.ott";
}

void run_plan_generate(const Reference<css::uno::XComponentContext>& context,
                       const Reference<css::frame::XFrame>& frame) {
    guarded(context, frame, [&](Lang lang) {
        Selection selection = current_selection(
            frame, {"Hãy mở sổ tính của kế hoạch.", "Open the plan's workbook first."});
        // Prefilled from the workbook; an unusable workbook is reported before the dialog.
        const plan::Document document =
            plan::make_document(plan::read_workbook(office::SheetSource(selection.document)));
        const auto& header = document.header;
        const std::string summary = header.document_type + " " + header.number_and_symbol() + "\n" +
                                    header.place_and_date() + "\n" + header.abstract;
        const auto out = default_out(context, selection.document);

        // Defaults: built in, then the options, then what this workbook's dialog last had.
        const DialogMemory memory(selection.document, "PlanGenerate",
                                  {{"Template", DialogMemory::Kind::text},
                                   {"Out", DialogMemory::Kind::text},
                                   {"Odt", DialogMemory::Kind::check},
                                   {"Docx", DialogMemory::Kind::check},
                                   {"Pdf", DialogMemory::Kind::check}});
        rtl::Reference<PlanHandler> handler(new PlanHandler(context, std::move(selection), lang));
        auto dialog = load_dialog(context, "PlanGenerate",
                                  Reference<css::awt::XDialogEventHandler>(handler.get()));
        set_property(dialog, "Document", "Label", Any(to_ou(summary)));
        set_property(
            dialog, "Template", "Text",
            Any(to_ou(template_field_text(office::current_options().template_path, lang))));
        set_property(dialog, "Out", "Text", Any(to_ou(text_of(out))));
        memory.restore(dialog);
        run_dialog(context, frame, dialog, handler.get(),
                   [memory](const Reference<css::awt::XDialog>& d) { memory.store(d); });
    });
}

} // namespace vnplan::ui
