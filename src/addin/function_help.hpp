// vnplan's pages for LibreOffice's help viewer (.xhp, the extension help format; see
// docs/office-notes.md), written from the function table so that names, arguments and examples
// cannot drift: one page per function and language, an index page and the help.tree. The
// dialogs' pages are written by hand (extension/help/<lang>/org.vnplan/dialogs/).
#pragma once

#include "addin/function_table.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace vnplan::addin {

// One file of the .oxt's help/ folder: "vi/org.vnplan/functions/VNWORDS.xhp".
struct HelpFile {
    std::string path;
    std::string text;
};

// The dialogs that have a help page, named as their .xdl and help id.
struct DialogHelp {
    std::string_view name; // "AwardCheck"
    Text title;
};
const std::vector<DialogHelp>& dialog_help_table();

inline constexpr Lang help_languages[] = {Lang::vi, Lang::en};
std::string help_language_folder(Lang lang); // "vi", "en-US"

std::string function_help_id(const FunctionSpec& function); // "org.vnplan.help.function.VNWORDS"
std::string dialog_help_id(std::string_view dialog);        // "org.vnplan.help.dialog.AwardCheck"
std::string function_page(const FunctionSpec& function);    // "org.vnplan/functions/VNWORDS.xhp"
std::string dialog_page(std::string_view dialog);           // "org.vnplan/dialogs/AwardCheck.xhp"
inline constexpr std::string_view index_page = "org.vnplan/index.xhp";
inline constexpr std::string_view index_help_id = "org.vnplan.help.index";

// Every generated file of both languages: function pages, index pages, help.tree.
std::vector<HelpFile> generated_help_files();

} // namespace vnplan::addin
