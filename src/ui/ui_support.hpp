// What the menu commands and dialogs share: the user's language, message boxes, loading
// a dialog of the extension, reading and setting control properties.
#pragma once

#include "core/common/message.hpp"

#include <com/sun/star/awt/XDialog.hpp>
#include <com/sun/star/awt/XDialogEventHandler.hpp>
#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

#include <string>

namespace vnplan::ui {

namespace css = com::sun::star;

// Vietnamese when LibreOffice's interface language is Vietnamese, English otherwise.
Lang ui_lang(const css::uno::Reference<css::uno::XComponentContext>& context);

void show_message(const css::uno::Reference<css::uno::XComponentContext>& context,
                  const css::uno::Reference<css::frame::XFrame>& frame, const Message& message,
                  Lang lang, bool error = true);

// Loads extension/dialogs/<name>.xdl (strings from <name>_<locale>.properties beside it).
css::uno::Reference<css::awt::XDialog>
load_dialog(const css::uno::Reference<css::uno::XComponentContext>& context, const std::string& name,
            const css::uno::Reference<css::awt::XDialogEventHandler>& handler);

// Control model properties by control name ("Label", "Text", "StringItemList", ...).
void set_property(const css::uno::Reference<css::awt::XDialog>& dialog, const char* control,
                  const char* property, const css::uno::Any& value);
css::uno::Any get_property(const css::uno::Reference<css::awt::XDialog>& dialog,
                           const char* control, const char* property);
std::string get_text(const css::uno::Reference<css::awt::XDialog>& dialog, const char* control);

} // namespace vnplan::ui
