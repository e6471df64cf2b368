// A corpus case (tests/common/corpus.hpp) written as a real Calc document: the cells at the
// case's origin (formulas set as formulas), the sheet's name, fonts, hidden rows and merges.
#pragma once

#include "common/corpus.hpp"
#include "support/calc.hpp"

#include <filesystem>
#include <string>
#include <vector>

namespace vnplan::test {

// Fills the first sheet of `doc` (a new document) with the case.
void write_case(CalcDocument& doc, const CorpusCase& c);

// Export filters by file extension: "ods" -> calc8, "xlsx" -> Calc Office Open XML, "xls".
std::string calc_filter(const std::string& extension);

// The case stored as `dir`/NAME.EXT for each extension ("ods", "xlsx", "xls"), in that order.
std::vector<std::filesystem::path> store_case(const CorpusCase& c, const std::filesystem::path& dir,
                                              const std::vector<std::string>& extensions);

} // namespace vnplan::test
