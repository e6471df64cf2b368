// vnplan_function_docs: prints docs/functions.md from the function table.
#include "addin/function_docs.hpp"

#include <iostream>

int main() {
    std::cout << vnplan::addin::functions_markdown();
    return 0;
}
