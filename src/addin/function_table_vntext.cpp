// Function table rows of the vntext functions.
#include "addin/function_table.hpp"

namespace vnplan::addin {

std::vector<FunctionSpec> vntext_functions() { return {}; }

} // namespace vnplan::addin
