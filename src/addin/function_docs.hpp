// The reference of all Calc functions as Markdown, written from the function table so that
// docs/functions.md never drifts from what the add-in serves.
#pragma once

#include <string>

namespace vnplan::addin {

std::string functions_markdown();

} // namespace vnplan::addin
