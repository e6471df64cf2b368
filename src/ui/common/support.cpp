#include "ui/common/support.hpp"

#include "core/common/grid.hpp"
#include "office/common/documents.hpp"
#include "office/common/options.hpp"
#include "office/common/uno_util.hpp"
#include "office/common/ustring.hpp"

#include <com/sun/star/awt/AsyncCallback.hpp>
#include <com/sun/star/awt/DialogProvider2.hpp>
#include <com/sun/star/awt/MessageBoxButtons.hpp>
#include <com/sun/star/awt/Toolkit.hpp>
#include <com/sun/star/awt/XCallback.hpp>
#include <com/sun/star/awt/XControl.hpp>
#include <com/sun/star/awt/XControlContainer.hpp>
#include <com/sun/star/awt/XMessageBoxFactory.hpp>
#include <com/sun/star/beans/NamedValue.hpp>
#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/configuration/theDefaultProvider.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/frame/XController.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <com/sun/star/resource/XStringResourceResolver.hpp>
#include <com/sun/star/sheet/RangeSelectionEvent.hpp>
#include <com/sun/star/sheet/XCellRangeAddressable.hpp>
#include <com/sun/star/sheet/XRangeSelection.hpp>
#include <com/sun/star/sheet/XRangeSelectionListener.hpp>
#include <com/sun/star/sheet/XSheetCellRange.hpp>
#include <com/sun/star/sheet/XSpreadsheetView.hpp>
#include <com/sun/star/ui/dialogs/ExecutableDialogResults.hpp>
#include <com/sun/star/ui/dialogs/FilePicker.hpp>
#include <com/sun/star/ui/dialogs/FolderPicker.hpp>
#include <com/sun/star/ui/dialogs/TemplateDescription.hpp>
#include <com/sun/star/view/XSelectionSupplier.hpp>
#include <osl/file.hxx>

#include <optional>

namespace vnplan::ui {

Lang ui_lang(const Reference<css::uno::XComponentContext>& context) {
    office::set_options_context(context);
    const std::string chosen = office::current_options().report_language; // vnplan's options
    if (chosen == "vi") return Lang::vi;
    if (chosen == "en") return Lang::en;
    return interface_lang(context);
}

Lang interface_lang(const Reference<css::uno::XComponentContext>& context) {
    try {
        auto provider = css::configuration::theDefaultProvider::get(context);
        css::uno::Sequence<Any> args(1);
        args[0] <<=
            css::beans::NamedValue("nodepath", Any(rtl::OUString("/org.openoffice.Setup/L10N")));
        Reference<css::container::XNameAccess> l10n(
            provider->createInstanceWithArguments("com.sun.star.configuration.ConfigurationAccess",
                                                  args),
            UNO_QUERY_THROW);
        rtl::OUString locale;
        l10n->getByName("ooLocale") >>= locale;
        return locale.startsWith("vi") ? Lang::vi : Lang::en;
    } catch (...) {
        return Lang::en;
    }
}

void show_message(const Reference<css::uno::XComponentContext>& context,
                  const Reference<css::frame::XFrame>& frame, const Message& message, Lang lang,
                  bool error) {
    try {
        Reference<css::awt::XMessageBoxFactory> factory(css::awt::Toolkit::create(context),
                                                        UNO_QUERY_THROW);
        Reference<css::awt::XWindowPeer> parent(frame.is() ? frame->getContainerWindow() : nullptr,
                                                UNO_QUERY);
        auto box = factory->createMessageBox(
            parent, error ? css::awt::MessageBoxType_ERRORBOX : css::awt::MessageBoxType_INFOBOX,
            css::awt::MessageBoxButtons::BUTTONS_OK, "vnplan", to_ou(message.in(lang)));
        box->execute();
    } catch (...) {
        // Nothing more can be shown; never let this escape into the office.
    }
}

Reference<css::awt::XDialog> load_dialog(const Reference<css::uno::XComponentContext>& context,
                                         const std::string& name,
                                         const Reference<css::awt::XDialogEventHandler>& handler) {
    auto provider = css::awt::DialogProvider2::create(context);
    const rtl::OUString url =
        to_ou("vnd.sun.star.extension://org.vnplan.extension/dialogs/" + name + ".xdl");
    return handler.is() ? provider->createDialogWithHandler(url, handler)
                        : provider->createDialog(url);
}

namespace {
Reference<css::beans::XPropertySet> control_model(const Reference<css::awt::XDialog>& dialog,
                                                  const char* control) {
    Reference<css::awt::XControlContainer> container(dialog, UNO_QUERY_THROW);
    auto c = container->getControl(rtl::OUString::createFromAscii(control));
    if (!c.is()) throw css::uno::RuntimeException(to_ou(std::string("no control ") + control));
    return office::props(c->getModel());
}
} // namespace

void set_property(const Reference<css::awt::XDialog>& dialog, const char* control,
                  const char* property, const Any& value) {
    control_model(dialog, control)
        ->setPropertyValue(rtl::OUString::createFromAscii(property), value);
}

Any get_property(const Reference<css::awt::XDialog>& dialog, const char* control,
                 const char* property) {
    return control_model(dialog, control)
        ->getPropertyValue(rtl::OUString::createFromAscii(property));
}

std::string get_text(const Reference<css::awt::XDialog>& dialog, const char* control) {
    rtl::OUString text;
    get_property(dialog, control, "Text") >>= text;
    return to_utf8(text.trim());
}

bool is_checked(const Reference<css::awt::XDialog>& dialog, const char* control) {
    sal_Int16 state = 0;
    get_property(dialog, control, "State") >>= state;
    return state == 1;
}

Sequence<rtl::OUString> string_list(const std::vector<std::string>& items) {
    Sequence<rtl::OUString> out(static_cast<sal_Int32>(items.size()));
    for (std::size_t i = 0; i < items.size(); ++i)
        out[static_cast<sal_Int32>(i)] = to_ou(items[i]);
    return out;
}

void execute_and_dispose(const Reference<css::awt::XDialog>& dialog) {
    dialog->execute();
    Reference<css::lang::XComponent>(dialog, UNO_QUERY_THROW)->dispose();
}

sal_Bool ActionHandler::callHandlerMethod(const Reference<css::awt::XDialog>& dialog, const Any&,
                                          const rtl::OUString& method) {
    for (const auto& field : range_fields_) {
        if (method != to_ou("pick_" + field)) continue;
        try {
            range_request_ = field;
            dialog->endExecute(); // run_dialog takes it from here
        } catch (...) {
        }
        return true;
    }
    for (const auto& action : actions_) {
        if (method != rtl::OUString::createFromAscii(action.method)) continue;
        const std::string text =
            office::run_guarded(lang_, action.failure, [&] { return action.run(dialog); });
        if (action.result) set_property(dialog, action.result, "Label", Any(to_ou(text)));
        return true;
    }
    return false;
}

Sequence<rtl::OUString> ActionHandler::getSupportedMethodNames() {
    Sequence<rtl::OUString> names(static_cast<sal_Int32>(actions_.size() + range_fields_.size()));
    sal_Int32 i = 0;
    for (const auto& action : actions_)
        names[i++] = rtl::OUString::createFromAscii(action.method);
    for (const auto& field : range_fields_)
        names[i++] = to_ou("pick_" + field);
    return names;
}

Selection current_selection(const Reference<css::frame::XFrame>& frame, const Message& missing) {
    Selection s;
    auto controller = frame->getController();
    s.document.set(controller->getModel(), UNO_QUERY);
    Reference<css::view::XSelectionSupplier> supplier(controller, UNO_QUERY);
    if (supplier.is()) s.range.set(supplier->getSelection(), UNO_QUERY);
    Reference<css::sheet::XSheetCellRange> on_sheet(s.range, UNO_QUERY);
    if (!s.document.is() || !on_sheet.is()) throw InputError(missing);
    s.sheet = on_sheet->getSpreadsheet();
    return s;
}

std::string range_name(const Reference<css::table::XCellRange>& range) {
    const auto a =
        Reference<css::sheet::XCellRangeAddressable>(range, UNO_QUERY_THROW)->getRangeAddress();
    const std::string first = a1_address(a.StartColumn, a.StartRow);
    const std::string last = a1_address(a.EndColumn, a.EndRow);
    return first == last ? first : first + ":" + last;
}

void show_failure(const Reference<css::uno::XComponentContext>& context,
                  const Reference<css::frame::XFrame>& frame, Lang lang,
                  std::exception_ptr failure) {
    show_message(context, frame, office::failure_message(failure), lang);
}

} // namespace vnplan::ui

// ---- Range selection --------------------------------------------------------------------

namespace vnplan::ui {

namespace {

// One dialog's life across range selections. Calc's range selection needs the document's
// window to take the mouse, which a modal dialog forbids: the dialog's execute() ends, the
// selection runs in the document, and the dialog is executed again from an event posted when
// Calc reports the range (never inside Calc's notification, whose compact window is still
// closing then).
class DialogRun
    : public office::WeakImplHelper<css::sheet::XRangeSelectionListener, css::awt::XCallback> {
public:
    DialogRun(Reference<css::uno::XComponentContext> context,
              Reference<css::frame::XController> controller, Reference<css::awt::XDialog> dialog,
              rtl::Reference<ActionHandler> handler,
              std::function<void(const Reference<css::awt::XDialog>&)> on_closed)
        : context_(std::move(context)), controller_(std::move(controller)),
          dialog_(std::move(dialog)), handler_(std::move(handler)),
          on_closed_(std::move(on_closed)) {
        Reference<css::sheet::XSpreadsheetView> view(controller_, UNO_QUERY);
        if (view.is()) sheet_ = view->getActiveSheet();
    }

    // Executes the dialog; returns when it is closed or while a range is being selected.
    void show() {
        for (;;) {
            dialog_->execute();
            const std::string field = handler_->take_range_request();
            if (field.empty()) break;
            if (start_selection(field)) return; // done()/aborted() show it again
        }
        close();
    }

    // XRangeSelectionListener
    void SAL_CALL done(const css::sheet::RangeSelectionEvent& event) override {
        result_ = event.RangeDescriptor;
        post();
    }
    void SAL_CALL aborted(const css::sheet::RangeSelectionEvent&) override {
        result_.reset();
        post();
    }
    void SAL_CALL disposing(const css::lang::EventObject&) override {
        // The document's view is closing: its dialog goes with it.
        try {
            if (!field_.empty())
                Reference<css::lang::XComponent>(dialog_, UNO_QUERY_THROW)->dispose();
        } catch (...) {
        }
        field_.clear();
    }

    // XCallback: back in the office's main loop after the selection.
    void SAL_CALL notify(const Any&) override {
        try {
            Reference<css::sheet::XRangeSelection> selection(controller_, UNO_QUERY);
            if (selection.is()) selection->removeRangeSelectionListener(this);
            if (field_.empty()) return; // disposed meanwhile
            if (result_) {
                set_property(dialog_, field_.c_str(), "Text", Any(to_ou(short_name(*result_))));
                try {
                    handler_->range_chosen(dialog_, field_);
                } catch (...) {
                }
            }
            field_.clear();
            show();
        } catch (...) {
        }
    }

private:
    bool start_selection(const std::string& field) {
        Reference<css::sheet::XRangeSelection> selection(controller_, UNO_QUERY);
        if (!selection.is()) return false;
        Sequence<css::beans::PropertyValue> properties(3);
        properties[0].Name = "InitialValue";
        properties[0].Value <<= to_ou(get_text(dialog_, field.c_str()));
        properties[1].Name = "Title";
        std::string label;
        try {
            label = shown_text(dialog_, (field + "Label").c_str());
        } catch (...) {
        }
        properties[1].Value <<=
            to_ou(shown_text(dialog_, nullptr, "Title") + (label.empty() ? "" : " - " + label));
        properties[2].Name = "CloseOnMouseRelease";
        properties[2].Value <<= true;
        field_ = field;
        selection->addRangeSelectionListener(this);
        try {
            selection->startRangeSelection(properties);
        } catch (...) {
            selection->removeRangeSelectionListener(this);
            field_.clear();
            return false;
        }
        return true;
    }

    // "$Sheet1.$B$2:$B$4" as the dialog's fields take it ("B2:B4") when it lies on the sheet
    // the dialog works on; as Calc wrote it otherwise.
    std::string short_name(const rtl::OUString& descriptor) const {
        try {
            if (sheet_.is()) return range_name(sheet_->getCellRangeByName(descriptor));
        } catch (...) {
        }
        return to_utf8(descriptor);
    }

    void post() {
        try {
            css::awt::AsyncCallback::create(context_)->addCallback(this, Any());
        } catch (...) {
        }
    }

    void close() {
        try {
            if (on_closed_) on_closed_(dialog_);
        } catch (...) {
        }
        Reference<css::lang::XComponent>(dialog_, UNO_QUERY_THROW)->dispose();
    }

    Reference<css::uno::XComponentContext> context_;
    Reference<css::frame::XController> controller_;
    Reference<css::awt::XDialog> dialog_;
    rtl::Reference<ActionHandler> handler_;
    std::function<void(const Reference<css::awt::XDialog>&)> on_closed_;
    Reference<css::sheet::XSpreadsheet> sheet_;
    std::string field_;                   // the field whose range is being selected
    std::optional<rtl::OUString> result_; // what Calc reported; nullopt: cancelled
};

} // namespace

void run_dialog(const Reference<css::uno::XComponentContext>& context,
                const Reference<css::frame::XFrame>& frame,
                const Reference<css::awt::XDialog>& dialog, ActionHandler* handler,
                std::function<void(const Reference<css::awt::XDialog>&)> on_closed) {
    rtl::Reference<DialogRun> run(
        new DialogRun(context, frame->getController(), dialog, handler, std::move(on_closed)));
    run->show();
}

std::string shown_text(const Reference<css::awt::XDialog>& dialog, const char* control,
                       const char* property) {
    rtl::OUString text;
    if (control)
        get_property(dialog, control, property) >>= text;
    else
        office::props(Reference<css::awt::XControl>(dialog, UNO_QUERY_THROW)->getModel())
            ->getPropertyValue(rtl::OUString::createFromAscii(property)) >>= text;
    Reference<css::resource::XStringResourceResolver> resolver;
    office::props(Reference<css::awt::XControl>(dialog, UNO_QUERY_THROW)->getModel())
        ->getPropertyValue("ResourceResolver") >>= resolver;
    if (!resolver.is() || !text.startsWith("&")) return to_utf8(text);
    return to_utf8(resolver->resolveString(text.copy(1)));
}

// ---- Pickers --------------------------------------------------------------------------------

std::filesystem::path path_of_url(const rtl::OUString& url) {
    rtl::OUString path;
    if (osl::FileBase::getSystemPathFromFileURL(url, path) != osl::FileBase::E_None) return {};
    const std::string utf8 = to_utf8(path);
    return std::filesystem::path(std::u8string(utf8.begin(), utf8.end()));
}

std::string text_of(const std::filesystem::path& path) {
    const std::u8string u8 = path.u8string();
    return std::string(u8.begin(), u8.end());
}

namespace {
std::filesystem::path as_path(const std::string& text) {
    return std::filesystem::path(std::u8string(text.begin(), text.end()));
}

// The folder to show first: `start` if it is one, else its parent when that exists.
std::string start_folder_url(const std::string& start) {
    if (start.empty()) return {};
    std::error_code ec;
    auto folder = as_path(start);
    if (!std::filesystem::is_directory(folder, ec)) folder = folder.parent_path();
    if (folder.empty() || !std::filesystem::is_directory(folder, ec)) return {};
    return office::file_url(folder);
}
} // namespace

std::string pick_file(const Reference<css::uno::XComponentContext>& context,
                      const std::string& start, const std::string& filter_title,
                      const std::string& pattern) {
    auto picker = css::ui::dialogs::FilePicker::createWithMode(
        context, css::ui::dialogs::TemplateDescription::FILEOPEN_SIMPLE);
    picker->appendFilter(to_ou(filter_title + " (" + pattern + ")"), to_ou(pattern));
    picker->setCurrentFilter(to_ou(filter_title + " (" + pattern + ")"));
    if (const auto folder = start_folder_url(start); !folder.empty()) {
        try {
            picker->setDisplayDirectory(to_ou(folder));
        } catch (...) {
        }
    }
    if (picker->execute() != css::ui::dialogs::ExecutableDialogResults::OK) return {};
    const auto files = picker->getSelectedFiles();
    return files.getLength() > 0 ? text_of(path_of_url(files[0])) : std::string();
}

std::string pick_folder(const Reference<css::uno::XComponentContext>& context,
                        const std::string& start) {
    auto picker = css::ui::dialogs::FolderPicker::create(context);
    if (const auto folder = start_folder_url(start); !folder.empty()) {
        try {
            picker->setDisplayDirectory(to_ou(folder));
        } catch (...) {
        }
    }
    if (picker->execute() != css::ui::dialogs::ExecutableDialogResults::OK) return {};
    return text_of(path_of_url(picker->getDirectory()));
}

} // namespace vnplan::ui
