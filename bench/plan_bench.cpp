// vnplan_plan_bench: the speed goals of issue 6 in one running headless office, each figure
// next to the same work with appendix tables filled cell by cell (the naive way):
//   the seed-000 plan as .odt, .docx and .pdf (goal < 3 s),
//   a plan with a 2,000-row award appendix in the three formats (goal < 10 s),
//   100 batch documents from one workbook (goal < 60 s);
//   pool: the same batch by the vnplan command with --jobs 1, 2 and the default (issue 16).
// Times are wall-clock medians of three runs after a warm-up, workbook already open.
#include "core/plan/workbook.hpp"
#include "core/vntext/text.hpp"
#include "office/common/documents.hpp"
#include "office/common/office_process.hpp"
#include "office/common/ustring.hpp"
#include "office/plan/generate.hpp"
#include "office/plan/reader.hpp"
#include "office/plan/writer.hpp"
#include "tools/doc_builder.hpp"

#include <com/sun/star/awt/FontWeight.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/frame/XFrames.hpp>
#include <com/sun/star/sheet/CellFlags.hpp>
#include <com/sun/star/sheet/XCellRangeData.hpp>
#include <com/sun/star/sheet/XSheetOperation.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/sheet/XSpreadsheets.hpp>
#include <com/sun/star/table/XCellRange.hpp>
#include <com/sun/star/text/XText.hpp>
#include <com/sun/star/text/XTextTable.hpp>
#include <com/sun/star/uno/Exception.hpp>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <random>
#include <thread>

namespace {

const std::filesystem::path source_dir = VNPLAN_SOURCE_DIR;

double seconds_of(const std::function<void()>& work) {
    const auto start = std::chrono::steady_clock::now();
    work();
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

double median_seconds(int runs, const std::function<void()>& work) {
    work(); // warm-up
    std::vector<double> times;
    for (int i = 0; i < runs; ++i)
        times.push_back(seconds_of(work));
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

void put(const Reference<css::sheet::XSpreadsheet>& s, int column, int row,
         const std::vector<std::vector<Any>>& rows) {
    Sequence<Sequence<Any>> data(static_cast<sal_Int32>(rows.size()));
    for (std::size_t r = 0; r < rows.size(); ++r) {
        Sequence<Any> line(static_cast<sal_Int32>(rows[r].size()));
        for (std::size_t c = 0; c < rows[r].size(); ++c)
            line[static_cast<sal_Int32>(c)] = rows[r][c];
        data[static_cast<sal_Int32>(r)] = line;
    }
    vnplan::tools::put_data(s, column, row, data);
}

Any text(const std::string& s) {
    return Any(to_ou(s));
}

// The award sheet of the example replaced by `rows` rows: 40 sections (Roman labels stop at
// LIX) of units, with subtotals and a grand total that agree.
void big_award_table(const Reference<css::sheet::XSpreadsheetDocument>& doc, int rows) {
    auto award = vnplan::tools::sheet_at(doc, 3);
    Reference<css::sheet::XSheetOperation>(award->getCellRangeByPosition(0, 2, 4, 200),
                                           UNO_QUERY_THROW)
        ->clearContents(css::sheet::CellFlags::VALUE | css::sheet::CellFlags::STRING);
    std::vector<std::vector<Any>> table{
        {text("STT"), text("Tên tập thể, cá nhân"), text("Phân bổ"), text(""), text("Ghi chú")},
        {text(""), text(""), text("Tập thể"), text("Cá nhân"), text("")}};
    std::mt19937 random(6);
    const int sections = 40, per_section = rows / sections - 1;
    long long all_a = 0, all_b = 0;
    for (int s = 0; s < sections; ++s) {
        std::vector<std::vector<Any>> items;
        long long a = 0, b = 0;
        for (int i = 0; i < per_section; ++i) {
            const int x = static_cast<int>(random() % 3), y = static_cast<int>(random() % 5);
            a += x;
            b += y;
            items.push_back({Any(double(i + 1)),
                             text("Đơn vị số " + std::to_string(s * per_section + i + 1)),
                             Any(double(x)), Any(double(y)), text("")});
        }
        table.push_back({text(vnplan::vntext::roman_numeral(s + 1) + "."),
                         text("Lĩnh vực " + std::to_string(s + 1)), Any(double(a)), Any(double(b)),
                         text("")});
        table.insert(table.end(), items.begin(), items.end());
        all_a += a;
        all_b += b;
    }
    table.push_back(
        {text(""), text("Tổng cộng:"), Any(double(all_a)), Any(double(all_b)), text("")});
    put(award, 0, 2, table);
}

} // namespace

namespace {

// The naive way, to measure what the bulk transfer saves: one UNO call per cell.
class PerCellFiller : public vnplan::office::TableFiller {
public:
    void fill(const Reference<css::text::XTextTable>& t,
              const vnplan::plan::Table& table) const override {
        for (std::size_t r = 0; r < table.cells.size(); ++r)
            for (std::size_t c = 0; c < table.columns(); ++c)
                if (!table.cells[r][c].empty())
                    Reference<css::text::XText>(
                        t->getCellByName(to_ou(vnplan::office::detail::cell_name(c, r))),
                        UNO_QUERY_THROW)
                        ->setString(to_ou(table.cells[r][c]));
    }
    void bold(const Reference<css::text::XTextTable>& t, std::size_t first_row,
              std::size_t last_row, std::size_t columns) const override {
        for (std::size_t r = first_row; r <= last_row; ++r)
            for (std::size_t c = 0; c < columns; ++c)
                Reference<css::beans::XPropertySet>(
                    t->getCellByName(to_ou(vnplan::office::detail::cell_name(c, r))),
                    UNO_QUERY_THROW)
                    ->setPropertyValue("CharWeight", Any(css::awt::FontWeight::BOLD));
    }
};

struct Case {
    const char* name;
    double goal;
    double bulk = 0, naive = 0;
};

void print(const Case& c) {
    std::printf("%-46s %8.2f s %14.2f s %8.1fx", c.name, c.bulk, c.naive, c.naive / c.bulk);
    if (c.goal > 0)
        std::printf("   %s (goal < %.0f s)", c.bulk < c.goal ? "met" : "NOT MET", c.goal);
    std::printf("\n");
    std::fflush(stdout);
}

// Issue 16: the whole `vnplan generate --each` command (its offices' start included) on the
// 100-commune workbook in three formats, with --jobs 1, 2 and the default.
void pool(const std::filesystem::path& book, const std::filesystem::path& dir) {
    const auto command = [&](const std::string& jobs) {
        std::filesystem::remove_all(dir);
        const std::string line = std::string(VNPLAN_BENCH_CLI) + " generate '" + book.string() +
                                 "' --each 'Danh sách' --format odt,docx,pdf --out '" +
                                 dir.string() + "'" + (jobs.empty() ? "" : " --jobs " + jobs) +
                                 " > /dev/null";
        const double s = seconds_of([&] {
            if (std::system(line.c_str()) != 0) throw std::runtime_error("failed: " + line);
        });
        std::size_t files = 0;
        for ([[maybe_unused]] const auto& f : std::filesystem::directory_iterator(dir))
            ++files;
        if (files != 300) throw std::runtime_error("pool: wrong file count for " + line);
        return s;
    };
    const double one = command("1"), two = command("2"), fallback = command("");
    const unsigned cores = std::thread::hardware_concurrency();
    std::printf("vnplan generate --each, 100 documents .odt .docx .pdf, whole command: --jobs 1 "
                "%.1f s; --jobs 2 %.1f s (%s, goal < 30 s on 2 cores); default (%u cores, "
                "--jobs %u) %.1f s; --jobs 1 / --jobs 2 %.2fx\n",
                one, two, two < 30 ? "met" : "NOT MET", cores, std::clamp(cores, 1u, 4u), fallback,
                one / two);
    std::fflush(stdout);
    std::filesystem::remove_all(dir);
}

} // namespace

int main(int argc, char** argv) {
    // seed, big, batch or pool: one case only; store-big PATH [ROWS] and store-batch PATH write
    // the workbooks used, for trying things by hand.
    const std::string only = argc > 1 ? argv[1] : "";
    return vnplan::tools::run_tool("plan_bench", [&]() -> int {
        auto office = vnplan::office::OfficeProcess::start();
        auto desktop = office->desktop();
        const auto out = std::filesystem::temp_directory_path() / "vnplan-plan-bench";
        std::filesystem::remove_all(out); // with any lock file a killed run left
        std::filesystem::create_directories(out);

        vnplan::office::GenerateOptions options;
        options.template_file = source_dir / "extension" / "templates" / "ke-hoach.ott";
        options.out_dir = out;
        options.overwrite = true;
        options.stem = "ke-hoach-143";
        const auto run = [&](const Reference<css::sheet::XSpreadsheetDocument>& book,
                             const vnplan::office::TableFiller& fill,
                             const vnplan::office::GenerateOptions& base) {
            auto o = base;
            o.render.filler = &fill;
            const auto result = vnplan::office::generate_plans(office->context(), book, o);
            if (result.stopped)
                throw std::runtime_error("stopped: " + result.problems.front().lines.front());
            if (result.files.empty()) throw std::runtime_error("nothing generated");
            return result.files.size();
        };
        const vnplan::office::TableFiller bulk;
        const PerCellFiller per_cell;

        std::printf("%-46s %10s %16s %9s\n", "vnplan_plan_bench", "bulk", "cell by cell", "ratio");
        // A copy: an office editing a file keeps a lock file next to it.
        const auto example = out / "ke-hoach-143-copy.ods";
        std::filesystem::copy_file(source_dir / "examples" / "ke-hoach-143.ods", example,
                                   std::filesystem::copy_options::overwrite_existing);
        auto doc = vnplan::office::load_document(desktop, example, false);
        Reference<css::sheet::XSpreadsheetDocument> book(doc, UNO_QUERY_THROW);

        Case seed{"seed-000 plan, .odt .docx .pdf", 3};
        if (only.empty() || only == "seed") {
            seed.bulk = median_seconds(3, [&] { run(book, bulk, options); });
            seed.naive = median_seconds(3, [&] { run(book, per_cell, options); });
            print(seed);
        }

        big_award_table(book, only == "store-big" && argc > 3 ? std::stoi(argv[3]) : 2000);
        if (only == "store-big" && argc > 2) { // a workbook for trying things by hand: PATH [ROWS]
            vnplan::office::store_document(doc, argv[2], "calc8", true);
            vnplan::office::close_document(doc);
            return 0;
        }
        Case big{"2,000-row award appendix, .odt .docx .pdf", 10};
        if (only.empty() || only == "big") {
            big.bulk = median_seconds(3, [&] { run(book, bulk, options); });
            big.naive = median_seconds(1, [&] { run(book, per_cell, options); });
            print(big);
            // The part that differs: making the document (the exports are the same work).
            const vnplan::office::SheetSource source(book);
            const auto plan = vnplan::plan::make_document(vnplan::plan::read_workbook(source));
            const auto render = [&](const vnplan::office::TableFiller& fill) {
                vnplan::office::RenderOptions o;
                o.filler = &fill;
                vnplan::office::detail::close_rendered(
                    vnplan::office::render_plan(office->context(), plan, options.template_file, o));
            };
            Case making{"  the same, making the document only", 0};
            making.bulk = median_seconds(3, [&] { render(bulk); });
            making.naive = median_seconds(1, [&] { render(per_cell); });
            print(making);
        }
        vnplan::office::close_document(doc);

        // 100 documents: the example with a list of 100 communes, one plan each.
        doc = vnplan::office::load_document(desktop, example, false);
        book.set(doc, UNO_QUERY_THROW);
        book->getSheets()->insertNewByName(to_ou("Danh sách"), 4);
        std::vector<std::vector<Any>> list{{text("Tên xã"), text("Điểm")}};
        for (int i = 1; i <= 100; ++i)
            list.push_back({text("Xã số " + std::to_string(i)), Any(60.0 + i * 0.25)});
        put(vnplan::tools::sheet_at(book, 4), 0, 0, list);
        if (only == "store-batch" && argc > 2) { // the 100-row batch for profiling: PATH
            vnplan::office::store_document(doc, argv[2], "calc8", true);
            vnplan::office::close_document(doc);
            return 0;
        }
        if (only.empty() || only == "pool") {
            const auto file = out / "batch-100.ods";
            vnplan::office::store_document(doc, file, "calc8", true);
            pool(file, out / "pool");
        }
        auto batch = options;
        batch.each = "Danh sách";
        batch.formats = {"odt"};
        for (const char* formats : {"odt", "odt,docx,pdf"}) {
            if (!only.empty() && only != "batch") break;
            batch.formats = vnplan::office::parse_formats(formats);
            const std::string name = std::string("100 batch documents, ") +
                                     (batch.formats.size() == 1 ? ".odt" : ".odt .docx .pdf");
            Case c{nullptr, 60};
            c.name = name.c_str();
            std::size_t files = 0;
            c.bulk = seconds_of([&] { files = run(book, bulk, batch); });
            c.naive = seconds_of([&] { run(book, per_cell, batch); });
            if (files != 100 * batch.formats.size())
                throw std::runtime_error("batch: wrong file count");
            print(c);
        }
        vnplan::office::close_document(doc);
        // Nothing may stay open behind the generator (hidden windows would slow the office).
        std::fprintf(stderr, "frames left open: %d\n",
                     static_cast<int>(Reference<css::container::XIndexAccess>(desktop->getFrames(),
                                                                              UNO_QUERY_THROW)
                                          ->getCount()));
        std::filesystem::remove_all(out);
        return 0;
    });
}
