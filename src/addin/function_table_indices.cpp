// Function table rows of the indices functions.
#include "addin/function_table.hpp"

namespace vnplan::addin {

std::vector<FunctionSpec> indices_functions() { return {}; }

} // namespace vnplan::addin
