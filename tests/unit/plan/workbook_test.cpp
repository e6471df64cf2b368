#include "core/common/message.hpp"
#include "core/plan/workbook.hpp"
#include "fake_source.hpp"

#include <doctest/doctest.h>

using namespace vnplan;
using namespace vnplan::plan;
using vnplan::test::FakeSource;

namespace {

Document seed000() {
    return make_document(read_workbook(FakeSource::example("ke-hoach-143.sheets")));
}

Grid& sheet(FakeSource& source, const std::string& name) {
    for (auto& s : source.sheets())
        if (s.first == name) return s.second;
    throw std::runtime_error("no sheet " + name);
}

// The cell of the award sheet whose text in column A or B is `label`, column `column`.
Cell& award_cell(FakeSource& source, const std::string& label, std::size_t column) {
    Grid& g = sheet(source, "Phụ lục khen thưởng");
    for (auto& row : g.rows)
        if (row[0].text == label || row[1].text == label) return row[column];
    throw std::runtime_error("no row " + label);
}

} // namespace

TEST_CASE("workbook: the header of Kế hoạch 143/KH-UBND") {
    const Document d = seed000();
    const Header& h = d.header;
    CHECK(h.issuing_body == "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ UÔNG BÍ");
    CHECK(h.parent_body.empty());
    CHECK(h.number_and_symbol() == "143/KH-UBND");
    CHECK(h.place_and_date() == "Uông Bí, ngày 03 tháng 4 năm 2024");
    CHECK(h.short_date() == "03/4/2024");
    CHECK(h.document_type == "KẾ HOẠCH");
    CHECK(h.abstract.rfind("Tổ chức Hội nghị sơ kết 03 năm", 0) == 0);
    CHECK(h.attached_line() ==
          "(Kèm theo Kế hoạch số 143/KH-UBND ngày 03/4/2024 của UBND thành phố)");
    CHECK(h.authority == std::vector<std::string>{"TM. ỦY BAN NHÂN DÂN"});
    CHECK(h.signer_title == "CHỦ TỊCH");
    CHECK(h.signer == "Phạm Tuấn Đạt");
    REQUIRE(h.recipients.size() == 6);
    CHECK(h.recipients.front() == "TT Thành ủy, TT HĐND thành phố (B/c);");
    CHECK(h.recipients.back() == "Lưu: VT.");
}

TEST_CASE("workbook: the template fields of Kế hoạch 143") {
    const Document d = seed000();
    const Bindings& b = d.bindings;
    CHECK(*b.scalar("so ky hieu") == "143/KH-UBND");
    CHECK(*b.scalar("dia danh va ngay") == "Uông Bí, ngày 03 tháng 4 năm 2024");
    CHECK(*b.scalar("co quan ban hanh") == "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ UÔNG BÍ");
    CHECK(*b.scalar("nguoi ky") == "Phạm Tuấn Đạt");
    CHECK(b.list("noi nhan")->size() == 6);
    CHECK(b.scalar("noi nhan") == nullptr);
    REQUIRE(b.loop("phu luc")->size() == 2);
    CHECK(b.loop("phu luc")->at(1).fields.at("so") == "II");
    CHECK(b.table("phu luc khen thuong")->columns.at(2) == "tap the");
}

TEST_CASE("workbook: body parts, items and bullets are numbered") {
    const Document d = seed000();
    std::vector<std::string> parts, items;
    for (const auto& p : d.body) {
        if (p.level == Level::part) parts.push_back(p.text());
        if (p.level == Level::item) items.push_back(p.text());
    }
    REQUIRE(parts.size() == 6);
    CHECK(parts[0] == "I. MỤC ĐÍCH, YÊU CẦU");
    CHECK(parts[4] == "V. KINH PHÍ THỰC HIỆN: Từ nguồn Ngân sách Thành phố.");
    CHECK(parts[5] == "VI. TỔ CHỨC THỰC HIỆN");
    CHECK(items[0] == "1. Mục đích");
    CHECK(items[2] == "1. Thời gian: 1/2 ngày, trong tháng 4/2024.");
    CHECK(items.back() == "7. Các phòng, ban, ngành, đơn vị và UBND các xã, phường");
    const auto& v = *std::find_if(d.body.begin(), d.body.end(),
                                  [](const Paragraph& p) { return p.text().rfind("V. ", 0) == 0; });
    REQUIRE(v.runs.size() == 2);
    CHECK(v.runs[0] == Run{"V. KINH PHÍ THỰC HIỆN:", true, false});
    CHECK(v.runs[1] == Run{" Từ nguồn Ngân sách Thành phố.", false, false});
    CHECK(d.body.front().level == Level::paragraph);
    CHECK(d.body.back().text() ==
          "UBND thành phố yêu cầu các cơ quan, đơn vị, UBND các xã, phường nghiêm túc triển khai "
          "thực hiện./.");
}

TEST_CASE("workbook: appendix tables of Kế hoạch 143, totals 33/44 computed") {
    const Document d = seed000();
    REQUIRE(d.appendices.size() == 2);
    const Appendix& talks = d.appendices[0];
    CHECK(talks.numeral == "I");
    CHECK(talks.title == "PHÂN CÔNG THAM LUẬN");
    CHECK(talks.subtitle.rfind("Tại Hội nghị sơ kết", 0) == 0);
    CHECK(talks.attached == "(Kèm theo Kế hoạch số 143/KH-UBND ngày 03/4/2024 của UBND thành phố)");
    CHECK_FALSE(talks.award);
    CHECK(talks.table.header_rows == 1);
    CHECK(talks.table.cells.size() == 6);
    CHECK(talks.table.cells[1] ==
          std::vector<std::string>{"1", "Phòng Tư pháp", talks.table.cells[1][2]});
    CHECK(talks.table.align[0] == Align::center);
    CHECK(talks.table.widths[2] > talks.table.widths[1]);
    CHECK(talks.table.widths[1] > talks.table.widths[0]);

    const Appendix& award = d.appendices[1];
    CHECK(award.numeral == "II");
    CHECK(award.title == "PHÂN BỔ CHỈ TIÊU KHEN THƯỞNG");
    REQUIRE(award.award);
    const Table& t = award.table;
    CHECK(t.header_rows == 2);
    CHECK(t.cells[0] ==
          std::vector<std::string>{"STT", "Tên tập thể, cá nhân", "Phân bổ", "", "Ghi chú"});
    CHECK(t.merges == std::vector<Merge>{{0, 0, 2, 1}, {0, 1, 2, 1}, {0, 2, 1, 2}, {0, 4, 2, 1}});
    CHECK(t.column_names ==
          std::vector<std::string>{"STT", "Tên tập thể, cá nhân", "Tập thể", "Cá nhân", "Ghi chú"});
    CHECK(t.roles[2] == RowRole::section);
    CHECK(t.cells[2][2] == "6");
    CHECK(t.cells[2][3] == "10");
    CHECK(t.roles.back() == RowRole::total);
    CHECK(t.cells.back()[2] == "33");
    CHECK(t.cells.back()[3] == "44");
    CHECK(std::count(t.roles.begin(), t.roles.end(), RowRole::section) == 6);
    CHECK(totals_problems(d, Lang::vi).empty());
}

TEST_CASE("workbook: totals that disagree are reported; the document carries computed figures") {
    FakeSource source = FakeSource::example("ke-hoach-143.sheets");
    award_cell(source, "Tổng cộng:", 2) = Cell::of(34.0);
    award_cell(source, "I.", 3) = Cell::of(11.0);
    const Document d = make_document(read_workbook(source));
    const auto problems = totals_problems(d, Lang::vi);
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].sheet == "Phụ lục khen thưởng");
    CHECK(problems[0].overridable);
    REQUIRE(problems[0].lines.size() >= 2);
    CHECK(problems[0].lines[0].find("Cá nhân ghi 11 nhưng cộng các dòng được 10") !=
          std::string::npos);
    const Table& t = d.appendices[1].table;
    CHECK(t.cells[2][3] == "10");
    CHECK(t.cells.back()[2] == "33");

    award_cell(source, "Phòng Nội vụ", 2) = Cell::of(std::string("một"));
    const auto bad = totals_problems(make_document(read_workbook(source)), Lang::en);
    REQUIRE(bad.size() == 1);
    CHECK_FALSE(bad[0].overridable);
}

TEST_CASE("workbook: a total row is added when the sheet has none") {
    FakeSource source = FakeSource::example("ke-hoach-143.sheets");
    Grid& g = sheet(source, "Phụ lục khen thưởng");
    g.rows.pop_back(); // the "Tổng cộng:" row
    const Document d = make_document(read_workbook(source));
    const Table& t = d.appendices[1].table;
    CHECK(t.roles.back() == RowRole::total);
    CHECK(t.cells.back()[1] == "Tổng cộng");
    CHECK(t.cells.back()[2] == "33");
}

TEST_CASE("workbook: Kế hoạch 3563 of Quảng Nam: two authority lines, one appendix") {
    const Document d = make_document(read_workbook(FakeSource::example("ke-hoach-3563.sheets")));
    CHECK(d.header.issuing_body == "ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NAM");
    CHECK(d.header.place_and_date() == "Quảng Nam, ngày 17 tháng 5 năm 2024");
    CHECK(d.header.authority == std::vector<std::string>{"TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"});
    CHECK(d.header.signer_title == "PHÓ CHỦ TỊCH");
    REQUIRE(d.appendices.size() == 1);
    CHECK(d.appendices[0].numeral.empty());
    CHECK(d.appendices[0].title == "CHƯƠNG TRÌNH");
    CHECK(d.appendices[0].attached ==
          "(Kèm theo Kế hoạch số 3563/KH-UBND ngày 17/5/2024 của Ủy ban nhân dân tỉnh Quảng Nam)");
    CHECK_FALSE(d.appendices[0].award);
    CHECK(d.appendices[0].table.cells.size() == 14);
    std::size_t parts = 0;
    for (const auto& p : d.body)
        parts += p.level == Level::part;
    CHECK(parts == 7);
}

TEST_CASE("workbook: appendices listed in Thông tin, as a sheet and range") {
    FakeSource source = FakeSource::example("ke-hoach-143.sheets");
    Grid& info = sheet(source, "Thông tin");
    info.rows.push_back({Cell::of(std::string("Phụ lục")),
                         Cell::of(std::string("Phụ lục khen thưởng!A3:E60")), Cell{}});
    const Document d = make_document(read_workbook(source));
    REQUIRE(d.appendices.size() == 1);
    CHECK(d.appendices[0].title == "PHÂN BỔ CHỈ TIÊU KHEN THƯỞNG");
    CHECK(d.appendices[0].table.cells.back()[3] == "44");
}

TEST_CASE("workbook: missing sheets and fields are reported in Vietnamese") {
    const auto message = [](FakeSource source) {
        try {
            (void)make_document(read_workbook(source));
        } catch (const InputError& e) {
            return e.message().vi;
        }
        return std::string("no error");
    };
    FakeSource no_info = FakeSource::example("ke-hoach-143.sheets");
    no_info.sheets().erase(no_info.sheets().begin());
    CHECK(message(no_info).rfind("Sổ tính không có trang \"Thông tin\"", 0) == 0);

    FakeSource no_body_header = FakeSource::example("ke-hoach-143.sheets");
    sheet(no_body_header, "Nội dung").rows.erase(sheet(no_body_header, "Nội dung").rows.begin());
    CHECK(message(no_body_header).find("không có dòng tiêu đề") != std::string::npos);

    FakeSource bad_date = FakeSource::example("ke-hoach-143.sheets");
    for (auto& row : sheet(bad_date, "Thông tin").rows)
        if (row[0].text == "Ngày ban hành") row[1] = Cell::of(std::string("31/02/2024"));
    CHECK(message(bad_date) == "Thông tin!B8: ngày \"31/02/2024\" không có thật.");

    FakeSource unknown = FakeSource::example("ke-hoach-143.sheets");
    sheet(unknown, "Nội dung").rows[3][3] = Cell::of(std::string("Xem {{Không có}}"));
    CHECK(message(unknown) == "Nội dung!D4: Không có trường \"Không có\" (trong {{Không có}}).");
}

TEST_CASE("workbook: batch rows give fields and file names") {
    Grid g;
    g.rows = {{Cell::of(std::string("Tên xã")), Cell::of(std::string("Điểm"))},
              {Cell{}, Cell{}},
              {Cell::of(std::string("Xã Mường So")), Cell::of(80.79)},
              {Cell::of(std::string("Xã A/B: \"x\"")), Cell::of(75.0)}};
    const Batch batch = read_batch(g);
    REQUIRE(batch.rows.size() == 2);
    CHECK(batch.rows[0][1] == std::pair<std::string, std::string>{"Điểm", "80,79"});
    CHECK(batch.sheet_rows[0] == 2);
    CHECK(file_stem(batch, 0, "") == "Xã Mường So");
    CHECK(file_stem(batch, 1, "ten xa") == "Xã A-B- -x-");
    CHECK(file_stem(batch, 1, "Điểm") == "75");
    CHECK_THROWS_AS((void)file_stem(batch, 0, "Không"), InputError);

    // The row's fields reach the document: {{Tên xã}} in the abstract.
    FakeSource source = FakeSource::example("ke-hoach-143.sheets");
    for (auto& row : sheet(source, "Thông tin").rows)
        if (row[0].text == "Trích yếu") row[1] = Cell::of(std::string("Kết quả của {{Tên xã}}"));
    const Document d = make_document(read_workbook(source), batch.rows[0]);
    CHECK(d.header.abstract == "Kết quả của Xã Mường So");
    CHECK(*d.bindings.scalar("diem") == "80,79");
}
