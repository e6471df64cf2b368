// The plan's text against its tables, on Kế hoạch 143/KH-UBND (appendix II: 33 tập thể, 44 cá
// nhân, section II "Chỉ số hiệu quả quản trị cấp huyện (DGI)": 6 / 7) and on the seed plans'
// own sentences. Expected figures are the published plan's.
#include "core/plan/text_figures.hpp"
#include "core/plan/workbook.hpp"
#include "fake_source.hpp"

#include <doctest/doctest.h>

using namespace vnplan;
using namespace vnplan::plan;
using vnplan::test::FakeSource;

namespace {

Document plan143(const FakeSource& source = FakeSource::example("ke-hoach-143.sheets")) {
    return make_document(read_workbook(source));
}

// The document with its body replaced by one paragraph, as if typed in "Nội dung"!D13.
Document saying(const std::string& text, Document d = plan143()) {
    Paragraph p;
    p.runs = {{text, false, false}};
    p.source_row = 12;
    p.source_column = 3;
    d.body = {p};
    return d;
}

std::vector<FigureFinding> findings(const std::string& text) {
    return text_figure_findings(saying(text));
}

// The 1-based sheet row of the award sheet's row whose column A or B is `label`, read from the
// example's own data (not from the checker).
std::string award_row(const std::string& label) {
    FakeSource source = FakeSource::example("ke-hoach-143.sheets");
    for (const auto& [name, grid] : source.sheets())
        if (name == "Phụ lục khen thưởng")
            for (std::size_t r = 0; r < grid.height(); ++r)
                if (grid.rows[r][0].text == label || grid.rows[r][1].text == label)
                    return std::to_string(r + 1);
    throw std::runtime_error("no row " + label);
}

} // namespace

TEST_CASE("text figures: the example plans as they are say nothing wrong") {
    CHECK(text_figure_findings(plan143()).empty());
    CHECK(text_figure_findings(
              make_document(read_workbook(FakeSource::example("ke-hoach-3563.sheets"))))
              .empty());
    CHECK(totals_problems(plan143(), Lang::vi).empty());
}

TEST_CASE("text figures: the seed plans' own sentences with unrelated numbers") {
    const char* const sentences[] = {
        // seed 000 (Uông Bí 143/KH-UBND)
        "Nhằm đánh giá kết quả 03 năm thực hiện Nghị quyết số 05/NQ-TU, ngày 09/4/2021 của BCH "
        "Đảng bộ tỉnh về đẩy mạnh cải cách hành chính, cải thiện môi trường đầu tư kinh doanh, "
        "nâng cao năng lực cạnh tranh cấp tỉnh giai đoạn 2021 - 2025, định hướng đến năm 2030.",
        "1. Thời gian: 1/2 ngày, trong tháng 4/2024.",
        "Lập danh sách tập thể và cá nhân được khen thưởng theo phân bổ tại phụ lục đính kèm, gửi "
        "về phòng Nội vụ trước ngày 12/4/2024 để trình Hội đồng Thi đua khen thưởng thành phố xem "
        "xét, phê duyệt.",
        "Kịp thời biểu dương khen thưởng các tập thể, cá nhân có thành tích xuất sắc trong công "
        "tác triển khai thực hiện các Chỉ số PAR Index, SIPAS, DGI, DDCI, DTI của thành phố năm "
        "2023.",
        "Chủ trì, phối hợp với phòng Nội vụ xây dựng clip (dài khoảng 15 phút) về nội dung công "
        "tác cải cách hành chính",
        "*(Kèm theo Kế hoạch số 143/Kh-UBND ngày 03/4/2024 của UBND thành phố)*",
        // seed 001 (Hưng Yên 129/KH-UBND)
        "hoàn thành các chỉ tiêu đã đề ra tại Kế hoạch số 196/KH-UBND ngày 24/12/2021 của UBND "
        "tỉnh; Quyết định số 2136/QĐ-UBND ngày 07/9/2021 của UBND tỉnh",
        "2. Thành phần, số lượng đại biểu: (Dự kiến 90 đại biểu).",
        "4. Địa điểm: Hội trường 408, Trụ sở HĐND - UBND tỉnh.",
        "(Mỗi tham luận không quá 15 phút, gửi Sở Nội vụ trước ngày 19/7/2022).",
        "(Kèm theo Kế hoạch số 129 /KH/UBND ngày 14 /7/2022 của UBND tỉnh)",
        // seed 004 (Bắc Sơn)
        "Ngày 14 tháng 4 năm 2023, tại trụ sở UBND huyện Bắc Sơn, đồng chí Nguyễn Ngọc Thiều",
        "huyện Bắc Sơn đứng vị trí thứ nhất khối địa phương với 80,79 điểm và tăng 03 bậc (tăng "
        "4,97 điểm) so với năm 2021, trong đó, có 5/8 chỉ số thành phần cao điểm: CSTP1 - Tính "
        "minh bạch và tiếp cận thông tin (8,63 điểm, vị trí thứ nhất)",
        "Đội quản lý thị trường số 5; Chi cục thuế Khu vực IV",
        // other numbers clerks write near counts
        "Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư;",
        "Phấn đấu 100% tập thể, cá nhân được khen thưởng có thành tích tiêu biểu.",
        "Mỗi đơn vị đề xuất tối đa 02 tập thể, 03 cá nhân; liên hệ 0203.3854.123.",
        "Khen thưởng không quá 40 tập thể và 50 cá nhân.",
        "Đề xuất khen thưởng 5 tập thể tiêu biểu theo Phụ lục I.",
        "Phấn đấu hoàn thành 18 chỉ tiêu kinh tế - xã hội năm 2024.",
    };
    for (const std::string s : sentences) {
        CAPTURE(s);
        CHECK(findings(s).empty());
    }
}

TEST_CASE("text figures: counts that agree with appendix II") {
    CHECK(findings("Phân bổ chỉ tiêu khen thưởng cho 33 tập thể, 44 cá nhân (chi tiết tại Phụ "
                   "lục II).")
              .empty());
    CHECK(findings("Tổng số 77 chỉ tiêu khen thưởng.").empty());
    CHECK(findings("Phân bổ 77 chỉ tiêu cho các đơn vị.").empty());
    CHECK(findings("Khen thưởng 77 tập thể, cá nhân có thành tích xuất sắc.").empty());
    CHECK(findings("Khen thưởng 33 tập thể và 44 cá nhân.").empty());
    CHECK(findings("Chỉ số hiệu quả quản trị cấp huyện (DGI): 6 tập thể, 7 cá nhân.").empty());
    CHECK(findings("Khen thưởng 5 (năm) tập thể.").size() == 1); // 5 is not 33
}

TEST_CASE("text figures: a planted count is caught, naming paragraph and cell") {
    const auto f = findings("Phân bổ chỉ tiêu khen thưởng cho 34 tập thể, 44 cá nhân.");
    REQUIRE(f.size() == 1);
    CHECK(f[0].stated == "34 tập thể");
    CHECK(f[0].paragraph_cell == "D13");
    CHECK(f[0].appendix == std::optional<std::size_t>(1));
    const std::string total = award_row("Tổng cộng:");
    CHECK(f[0].appendix_cell == "C" + total);
    CHECK(f[0].line("Nội dung", Lang::vi) ==
          "Nội dung!D13: văn bản ghi \"34 tập thể\" nhưng phụ lục II (trang \"Phụ lục khen "
          "thưởng\", ô C" +
              total + ") cộng các dòng được 33.");
    CHECK(f[0].message.en.find("adds up to 33") != std::string::npos);

    const auto sum = findings("Tổng số 78 chỉ tiêu khen thưởng (33 tập thể, 44 cá nhân).");
    REQUIRE(sum.size() == 1);
    CHECK(sum[0].stated == "78 chỉ tiêu");
    CHECK(sum[0].appendix_cell == "C" + total + ", D" + total);
    CHECK(sum[0].message.vi.find("được 77.") != std::string::npos);

    CHECK(findings("Khen thưởng 33 tập thể và 45 cá nhân.").size() == 1);
    CHECK(findings("Khen thưởng 76 tập thể, cá nhân.").size() == 1);
}

TEST_CASE("text figures: a count about one section is compared with that section") {
    const auto f = findings("Chỉ số hiệu quả quản trị cấp huyện (DGI): 7 tập thể, 7 cá nhân.");
    REQUIRE(f.size() == 1);
    CHECK(f[0].stated == "7 tập thể");
    CHECK(f[0].appendix_cell == "C" + award_row("II."));
    CHECK(f[0].message.vi.find("mục II của phụ lục II") != std::string::npos);
    CHECK(f[0].message.vi.find("được 6.") != std::string::npos);
}

TEST_CASE("text figures: amounts against their words") {
    CHECK(findings("Kinh phí: 33.500.000 đồng (Ba mươi ba triệu năm trăm nghìn đồng).").empty());
    CHECK(findings("Kinh phí 12,08 USD (Mười hai đô la Mỹ và tám xu).").empty());
    const auto f = findings("Kinh phí: 33.500.000 đồng (Ba mươi ba triệu đồng).");
    REQUIRE(f.size() == 1);
    CHECK(f[0].stated == "33.500.000 đồng (Ba mươi ba triệu đồng)");
    CHECK_FALSE(f[0].appendix);
    CHECK(f[0].message.vi.find("đọc là 33.000.000") != std::string::npos);
    CHECK(findings("Kinh phí 33.500.000 đồng (bằng chữ: ba mươi ba triệu rưỡi)").size() == 1);
    CHECK(findings("Kinh phí 33.500.000 đồng (từ nguồn ngân sách thành phố).").empty());
    CHECK(findings("Kinh phí 33.500.000đ (Ba mươi ba triệu năm trăm nghìn đồng).").empty());
    CHECK(findings("Kinh phí 33.500.000đ (Ba mươi ba triệu đồng).").size() == 1);
    CHECK(findings("Kinh phí 33.500.000 VNĐ (Ba mươi ba triệu đồng).").size() == 1);
}

TEST_CASE("text figures: the appendix's own total that disagrees with its rows") {
    FakeSource source = FakeSource::example("ke-hoach-143.sheets");
    for (auto& [name, grid] : source.sheets())
        if (name == "Phụ lục khen thưởng")
            for (auto& row : grid.rows)
                if (row[0].text == "Tổng cộng:" || row[1].text == "Tổng cộng:")
                    row[2] = Cell::of(34.0);
    // The text agrees with the rows (33): only the table is wrong.
    const auto table_only =
        totals_problems(saying("Khen thưởng 33 tập thể, 44 cá nhân.", plan143(source)), Lang::vi);
    REQUIRE(table_only.size() == 1);
    CHECK_FALSE(table_only[0].from_text);
    // The text copied the sheet's wrong total: both are reported, the text's as overridable.
    const auto both =
        totals_problems(saying("Khen thưởng 34 tập thể, 44 cá nhân.", plan143(source)), Lang::vi);
    REQUIRE(both.size() == 2);
    CHECK(both[1].from_text);
    CHECK(both[1].overridable);
    CHECK(both[1].sheet == "Nội dung");
    REQUIRE(both[1].lines.size() == 1);
    CHECK(both[1].lines[0].rfind("Nội dung!D13: văn bản ghi \"34 tập thể\"", 0) == 0);
}

TEST_CASE("text figures: a planted sentence in the workbook names its cell") {
    FakeSource source = FakeSource::example("ke-hoach-143.sheets");
    std::string cell;
    for (auto& [name, grid] : source.sheets())
        if (name == "Nội dung")
            for (std::size_t r = 0; r < grid.height(); ++r)
                if (grid.rows[r][3].text.rfind("Lập danh sách tập thể", 0) == 0) {
                    grid.rows[r][3].text = "Lập danh sách 34 tập thể, 44 cá nhân được khen "
                                           "thưởng theo phân bổ tại phụ lục đính kèm.";
                    cell = "D" + std::to_string(r + 1);
                }
    REQUIRE_FALSE(cell.empty());
    const auto f = text_figure_findings(plan143(source));
    REQUIRE(f.size() == 1);
    CHECK(f[0].paragraph_cell == cell);
}

TEST_CASE("text figures: how many figures were compared") {
    CHECK(check_text_figures(plan143()).checked == 0); // the example states none
    CHECK(check_text_figures(saying("Khen thưởng 33 tập thể, 44 cá nhân.")).checked == 2);
    CHECK(check_text_figures(saying("Kinh phí 500.000 đồng (năm trăm nghìn đồng).")).checked == 1);
    CHECK(check_text_figures(saying("Sơ kết 03 năm, ngày 09/4/2021.")).checked == 0);
}

TEST_CASE("text figures: a count column named \"Số tập thể\" is the text's \"tập thể\"") {
    FakeSource source = FakeSource::example("ke-hoach-143.sheets");
    for (auto& [name, grid] : source.sheets())
        if (name == "Phụ lục khen thưởng")
            for (auto& row : grid.rows)
                if (row[2].text == "Tập thể") row[2].text = "Số tập thể";
    const Document d = plan143(source);
    REQUIRE(d.appendices[1].award->layout.count_headers[0] == "Số tập thể");
    CHECK(text_figure_findings(saying("Khen thưởng 33 tập thể.", d)).empty());
    CHECK(text_figure_findings(saying("Khen thưởng 34 tập thể.", d)).size() == 1);
}

TEST_CASE("text figures: grouped columns (Bằng khen / Giấy khen, case 18 of the award corpus)") {
    // Bằng khen 4 tập thể, 6 cá nhân; Giấy khen 8 tập thể, 13 cá nhân.
    Document d = plan143();
    Appendix a;
    a.sheet = "Phụ lục";
    const Grid grid = test::grid_from_file(std::string(VNPLAN_SOURCE_DIR) +
                                           "/tests/data/awards/18-grouped-columns.tsv");
    a.award = awards::verify(grid);
    d.appendices = {a};
    const auto said = [&](const std::string& text) {
        return text_figure_findings(saying(text, d)).size();
    };
    CHECK(said("Khen thưởng 12 tập thể, 19 cá nhân.") == 0);
    CHECK(said("Tổng số 31 chỉ tiêu khen thưởng.") == 0);
    CHECK(said("Tặng Bằng khen cho 4 tập thể, 6 cá nhân; Giấy khen cho 8 tập thể, 13 cá nhân.") ==
          0);
    CHECK(said("Bằng khen: 4 tập thể, 6 cá nhân, Giấy khen: 8 tập thể, 13 cá nhân.") == 0);
    CHECK(said("Tặng Bằng khen cho 5 tập thể, 6 cá nhân; Giấy khen cho 8 tập thể, 13 cá nhân.") ==
          1);
    CHECK(said("Khen thưởng 12 tập thể, 18 cá nhân.") == 1);
}
