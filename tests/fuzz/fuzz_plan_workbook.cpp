// The plan workbook reader: read_workbook() over the sheets of the input (fuzz_input.hpp,
// "#! sheet: Name" starts each), then the document, and the batch rows of every sheet.
#include "core/common/message.hpp"
#include "core/plan/workbook.hpp"
#include "fuzz_input.hpp"

using namespace vnplan;

namespace {

class Source : public plan::WorkbookSource {
public:
    explicit Source(std::vector<fuzz::Sheet> sheets) : sheets_(std::move(sheets)) {}
    std::vector<std::string> sheet_names() const override {
        std::vector<std::string> names;
        for (const auto& s : sheets_)
            names.push_back(s.first);
        return names;
    }
    Grid sheet(const std::string& name) const override { return find(name); }
    // The office returns the whole range; here it is clipped to the data (a few cells beyond
    // it), so that "A1:XFD1048576" costs no more than the sheet.
    Grid range(const std::string& name, const std::string& text) const override {
        const Grid& g = find(name);
        int c0, r0, c1, r1;
        if (!fuzz::detail::range(text, c0, r0, c1, r1))
            throw InputError({"Vùng không hợp lệ " + text, "Bad range " + text});
        Grid out;
        out.first_column = c0, out.first_row = r0;
        const int bottom = std::min(r1, r0 + static_cast<int>(g.height()) + 2);
        const int right = std::min(c1, c0 + static_cast<int>(g.width()) + 2);
        for (int r = r0; r <= bottom; ++r) {
            std::vector<Cell> row;
            for (int c = c0; c <= right; ++c) {
                const bool inside =
                    r < static_cast<int>(g.height()) && c < static_cast<int>(g.width());
                row.push_back(inside
                                  ? g.at(static_cast<std::size_t>(r), static_cast<std::size_t>(c))
                                  : Cell{});
            }
            out.rows.push_back(std::move(row));
        }
        return out;
    }

private:
    const Grid& find(const std::string& name) const {
        for (const auto& s : sheets_)
            if (s.first == name) return s.second;
        throw InputError({"Không có trang " + name, "No sheet " + name});
    }
    std::vector<fuzz::Sheet> sheets_;
};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const Source source(fuzz::read_sheets(fuzz::text_of(data, size)));
    std::optional<plan::Workbook> workbook;
    try {
        workbook = plan::read_workbook(source);
        const plan::Document document = plan::make_document(*workbook);
        for (Lang lang : {Lang::vi, Lang::en})
            (void)plan::totals_problems(document, lang);
    } catch (const InputError&) {
    }
    // --each over the last sheet: its rows, file names, and one document for its first row.
    try {
        const plan::Batch batch = plan::read_batch(source.sheet(source.sheet_names().back()));
        for (std::size_t i = 0; i < batch.rows.size() && i < 4; ++i) {
            (void)plan::file_stem(batch, i, "");
            (void)plan::file_stem(batch, i, batch.headers.back());
        }
        if (workbook && !batch.rows.empty()) (void)plan::make_document(*workbook, batch.rows[0]);
    } catch (const InputError&) {
    }
    return 0;
}
