// vnplan_soak_bench (issue 12): 1,000 plan documents (.odt and .pdf) from a batch of 1,000 rows
// in one office session, as `vnplan generate --each` makes them (the same generate_plans). The
// office must not crash, and its memory (VmRSS of soffice.bin) after 1,000 documents must stay
// within 1.5 times its memory after 100: a leak of a document per run would show here.
//   cmake --build out --target vnplan_soak_bench && nice out/bin/vnplan_soak_bench [ROWS]
#include "office/common/documents.hpp"
#include "office/common/office_process.hpp"
#include "office/plan/generate.hpp"
#include "tools/doc_builder.hpp"

#include <com/sun/star/sheet/XSpreadsheets.hpp>

#include <chrono>
#include <cstdio>
#include <fstream>
#include <string>

namespace {

const std::filesystem::path source_dir = VNPLAN_SOURCE_DIR;

// Resident memory of a process in KiB (Linux /proc; 0 when it cannot be read).
long rss_kib(unsigned long pid) {
    std::ifstream status("/proc/" + std::to_string(pid) + "/status");
    std::string key;
    while (status >> key) {
        if (key == "VmRSS:") {
            long kib = 0;
            status >> kib;
            return kib;
        }
        std::getline(status, key);
    }
    return 0;
}

// The example plan with a sheet "Danh sách" of `rows` communes: one document each.
std::filesystem::path batch_workbook(vnplan::office::OfficeProcess& office,
                                     const std::filesystem::path& dir, int rows) {
    const auto book = dir / "ke-hoach-soak.ods";
    // A copy: an office editing a file keeps a lock file next to it.
    const auto copy = dir / "ke-hoach-143.ods";
    std::filesystem::copy_file(source_dir / "examples" / "ke-hoach-143.ods", copy);
    auto doc = vnplan::office::load_document(office.desktop(), copy, false);
    Reference<css::sheet::XSpreadsheetDocument> spreadsheet(doc, UNO_QUERY_THROW);
    spreadsheet->getSheets()->insertNewByName(to_ou("Danh sách"), 4);
    Sequence<Sequence<Any>> list(rows + 1);
    const auto row = [](const std::string& name, const Any& score) {
        Sequence<Any> r(2);
        r[0] <<= to_ou(name);
        r[1] = score;
        return r;
    };
    list[0] = row("Tên xã", Any(to_ou("Điểm")));
    for (int i = 1; i <= rows; ++i)
        list[i] = row("Xã số " + std::to_string(i), Any(60.0 + i * 0.01));
    vnplan::tools::put_data(vnplan::tools::sheet_at(spreadsheet, 4), 0, 0, list);
    vnplan::office::store_document(doc, book, "calc8", true);
    vnplan::office::close_document(doc);
    return book;
}

} // namespace

int main(int argc, char** argv) {
    const int rows = argc > 1 ? std::stoi(argv[1]) : 1000;
    const int early = rows / 10; // the reference point: after 100 of 1,000
    return vnplan::tools::run_tool("soak_bench", [&]() -> int {
        const auto dir = std::filesystem::temp_directory_path() / "vnplan-soak-bench";
        std::filesystem::remove_all(dir);
        std::filesystem::create_directories(dir);
        auto office = vnplan::office::OfficeProcess::start();
        const auto book = batch_workbook(*office, dir, rows);
        auto doc = vnplan::office::load_document(office->desktop(), book, true);

        vnplan::office::GenerateOptions options;
        options.template_file = source_dir / "extension" / "templates" / "ke-hoach.ott";
        options.out_dir = dir / "out";
        options.formats = {"odt", "pdf"};
        options.each = "Danh sách";
        long at_start = 0, at_early = 0;
        const auto start = std::chrono::steady_clock::now();
        options.progress = [&](std::size_t index, std::size_t, const std::string&) {
            // Called before document `index`: `index` documents are done.
            if (index == 0) at_start = rss_kib(office->pid());
            if (index == static_cast<std::size_t>(early)) at_early = rss_kib(office->pid());
            if (index % 100 == 0)
                std::fprintf(stderr, "%zu documents, office RSS %ld KiB\n", index,
                             rss_kib(office->pid()));
        };
        const auto result = vnplan::office::generate_plans(
            office->context(), Reference<css::sheet::XSpreadsheetDocument>(doc, UNO_QUERY_THROW),
            options);
        const long at_end = rss_kib(office->pid());
        const double seconds =
            std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        vnplan::office::close_document(doc);
        const std::size_t expected = static_cast<std::size_t>(rows) * 2;
        const double ratio = at_early > 0 ? double(at_end) / double(at_early) : 0;
        std::printf("%d documents (.odt .pdf, %zu files) in %.0f s (%.2f s each)\n", rows,
                    result.files.size(), seconds, seconds / rows);
        std::printf("office RSS: %ld KiB at start, %ld KiB after %d, %ld KiB after %d: ratio "
                    "%.2f   %s (goal <= 1.5)\n",
                    at_start, at_early, early, at_end, rows, ratio,
                    ratio > 0 && ratio <= 1.5 && result.files.size() == expected ? "met"
                                                                                 : "NOT MET");
        std::filesystem::remove_all(dir);
        return ratio > 0 && ratio <= 1.5 && result.files.size() == expected ? 0 : 1;
    });
}
