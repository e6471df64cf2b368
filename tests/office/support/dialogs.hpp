// What the ui tests do in an office: read a dialog's strings and select cells (menu commands
// run through support/ui_driver.hpp).
#pragma once

#include "support/calc.hpp"

#include <initializer_list>
#include <map>
#include <string>

namespace vnplan::test {

// The extension's dialogs folder, "vnd.sun.star.extension://.../dialogs/".
extern const std::string dialogs_url;

// Loads dialogs/<name>.xdl (no handler) and disposes of it after reading the text each of
// `controls` shows (its model holds "&key", resolved through the dialog's resolver).
std::map<std::string, std::string> labels_of(const std::string& name,
                                             std::initializer_list<const char*> controls);

// The string `key` of dialogs/<base>_<language>_<country>.properties (English as fallback).
std::string resolve(const std::string& base, const char* language, const char* country,
                    const char* key);

// Selects `range` on the sheet `sheet` of `doc`.
void select(CalcDocument& doc, int sheet, const char* range);

} // namespace vnplan::test
