// The Debian package (issue 13): `cpack -G DEB` builds it; unpacked into a temporary root (not
// installed with dpkg: that would give every office on this machine, the other tests' too, a
// bundled vnplan, and a failed run could leave it there), it must give a NEW user profile
// the extension as a BUNDLED one whose functions answer in Calc, and its `vnplan` must find
// the template installed beside it. The office sees the temporary root through
// -env:BUNDLED_EXTENSIONS, the one bootstrap variable that /usr/lib/libreoffice/share/extensions
// stands for; everything else is the real office of the machine.
#include "office/common/documents.hpp"
#include "office/common/office_process.hpp"
#include "office/common/ustring.hpp"
#include "package/package_support.hpp"
#include "support/run.hpp"

#include <com/sun/star/deployment/XExtensionManager.hpp>
#include <com/sun/star/deployment/XPackage.hpp>
#include <doctest/doctest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>

using namespace vnplan;
namespace css = com::sun::star;
namespace fs = std::filesystem;
using css::uno::Reference;
using css::uno::UNO_QUERY_THROW;
using namespace vnplan::test::package;

namespace {

// cpack into `dir`; returns the one .deb written.
fs::path build_deb(const fs::path& dir) {
    const test::RunResult cpack =
        test::run(VNPLAN_CPACK, {"-G", "DEB", "--config", VNPLAN_CPACK_CONFIG, "-B", dir.string()});
    INFO(cpack.out << cpack.err);
    REQUIRE(cpack.exit_code == 0);
    for (const auto& entry : fs::directory_iterator(dir))
        if (entry.path().extension() == ".deb") return entry.path();
    FAIL("cpack wrote no .deb");
    return {};
}

// soffice.bin of this machine, told that the bundled extensions are those under `root`.
fs::path office_seeing(const fs::path& root, const fs::path& dir) {
    const fs::path wrapper = dir / "soffice";
    std::ofstream(wrapper) << "#!/bin/sh\nexec \"" VNPLAN_OFFICE_PROGRAM_DIR "/soffice.bin\" "
                           << "\"-env:BUNDLED_EXTENSIONS="
                           << office::file_url(root / "usr/lib/libreoffice/share/extensions")
                           << "\" \"$@\"\n";
    fs::permissions(wrapper, fs::perms::owner_all);
    return wrapper;
}

Reference<css::deployment::XPackage> deployed(const Reference<css::uno::XComponentContext>& context,
                                              const char* repository) {
    Reference<css::deployment::XExtensionManager> manager(
        context->getValueByName("/singletons/com.sun.star.deployment.ExtensionManager"),
        UNO_QUERY_THROW);
    try {
        return manager->getDeployedExtension(office::to_ou(repository), "org.vnplan.extension", "",
                                             {});
    } catch (const css::lang::IllegalArgumentException&) {
        return {}; // not deployed in that repository
    }
}

// Built and unpacked once for the test cases below; removed when the program ends.
struct Package {
    TempDir temp;
    fs::path deb, root;
    Package() {
        deb = build_deb(temp.path / "cpack");
        root = temp.path / "root";
        REQUIRE(test::run(VNPLAN_DPKG_DEB, {"-x", deb.string(), root.string()}).exit_code == 0);
    }
};

const Package& package() {
    static const Package built;
    return built;
}

} // namespace

TEST_SUITE("package") {
    TEST_CASE("the .deb depends on the office and the libraries it links") {
        const std::string depends =
            test::run(VNPLAN_DPKG_DEB, {"-f", package().deb.string(), "Depends"}).out;
        INFO("Depends: " << depends);
        for (const char* wanted : {"libreoffice-calc (>= 4:7.4)", "libicu72", "libboost-json1.81.0",
                                   "libboost-program-options1.81.0", "libuno-sal3"})
            CHECK(contains(depends, wanted));
    }

    TEST_CASE("a new user profile has vnplan as a bundled extension, and its functions answer") {
        const TempDir temp;
        const fs::path profile = temp.path / "profile"; // empty: a user's first start
        fs::create_directories(profile);
        office::OfficeOptions options;
        options.soffice = office_seeing(package().root, temp.path);
        options.profile = profile;
        auto soffice = office::OfficeProcess::start(options);
        CHECK(deployed(soffice->context(), "bundled").is());
        CHECK_FALSE(deployed(soffice->context(), "user").is());
        const auto calc = office::new_document(soffice->desktop(), "scalc");
        // Two of the three add-in services: 1 000 005 read as the rules of docs/vntext.md
        // say, and 87.06 of 99.5 points as a percentage rounded half up (87.4975 -> 87.5).
        CHECK(text_of(computed(calc, "=VNWORDS(1000005)")) == "một triệu không trăm linh năm");
        CHECK(computed(calc, "=INDEXPERCENT(87.06;99.5)")->getValue() == 87.5);
        office::close_document(calc);
        soffice->stop();
    }

    TEST_CASE("the installed vnplan uses the template installed beside it") {
        ::unsetenv("VNPLAN_TEMPLATE");
        const TempDir temp;
        const fs::path tool = package().root / "usr/bin/vnplan";
        const fs::path installed = package().root / "usr/share/vnplan/templates/ke-hoach.ott";
        const std::string workbook = VNPLAN_SOURCE_DIR "/examples/ke-hoach-143.ods";
        const fs::path out = temp.path / "plan";
        // Without its template it must say which file it looked for: the one under the root.
        fs::rename(installed, temp.path / "away.ott");
        const test::RunResult missing =
            test::run(tool.string(), {"generate", workbook, "--out", out.string(), "--lang", "en"});
        fs::rename(temp.path / "away.ott", installed);
        CHECK(missing.exit_code == 2);
        CHECK(contains(missing.err, "Template not found: " + installed.string()));

        const test::RunResult made = test::run(
            tool.string(), {"generate", workbook, "--out", out.string(), "--format", "odt"});
        INFO(made.out << made.err);
        REQUIRE(made.exit_code == 0);
        CHECK(fs::file_size(out / "ke-hoach-143.odt") > 0);
    }
}
