// A Calc document as the plan generator's WorkbookSource: sheets read in bulk, cells that Calc
// shows as dates or times turned into "03/04/2024" / "08:00" so that the core reads them as
// the clerk sees them, whatever the locale.
#pragma once

#include "core/plan/workbook.hpp"

#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/uno/Reference.hxx>

namespace vnplan::office {

namespace css = com::sun::star;

class SheetSource : public plan::WorkbookSource {
public:
    explicit SheetSource(css::uno::Reference<css::sheet::XSpreadsheetDocument> document);

    std::vector<std::string> sheet_names() const override;
    Grid sheet(const std::string& name) const override;
    Grid range(const std::string& sheet, const std::string& range) const override;
    std::vector<double> column_widths(const std::string& sheet, int first,
                                      int count) const override;

    // A sheet name, or "Sheet!A1:C9" / "$'Sheet'.A1:C9", or a range of the first sheet: the
    // grid of a batch (--each).
    Grid sheet_or_range(const std::string& reference) const;

private:
    css::uno::Reference<css::sheet::XSpreadsheetDocument> document_;
};

} // namespace vnplan::office
