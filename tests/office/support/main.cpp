#define DOCTEST_CONFIG_IMPLEMENT
#include "support/calc.hpp"
#include "support/office_fixture.hpp"

#include <doctest/doctest.h>

#include <exception>
#include <iostream>

int main(int argc, char** argv) {
    doctest::Context context(argc, argv);
    int result = 1;
    try {
        result = context.run();
    } catch (const std::exception& e) {
        std::cerr << "office tests: " << e.what() << '\n';
    }
    vnplan::test::stop_office();
    std::error_code ec;
    std::filesystem::remove_all(vnplan::test::temp_dir(), ec);
    return result;
}

#include "office/common/ustring.hpp"

#include <com/sun/star/uno/Exception.hpp>

REGISTER_EXCEPTION_TRANSLATOR(const com::sun::star::uno::Exception& e) {
    return doctest::String(("UNO exception: " + vnplan::office::to_utf8(e.Message)).c_str());
}
