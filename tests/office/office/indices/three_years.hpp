// Three years of a small index (maxima 10, 10, 20) typed into a workbook two ways: one table
// with a year column, or one sheet per year. The expected ranks, worked out by hand:
//   2022: Bắc Sơn 8+7+15=30, Cao Lộc 9+8+16=33, Chi Lăng 7+9+17=33, Đình Lập 6+6+12=24
//         -> Cao Lộc 1, Chi Lăng 1 (tie), Bắc Sơn 3, Đình Lập 4
//   2023: Bắc Sơn 9+8+17=34, Cao Lộc 8+8+15=31, Chi Lăng 9+9+18=36, Văn Quan 7+7+14=28
//         (no Đình Lập) -> Chi Lăng 1, Bắc Sơn 2, Cao Lộc 3, Văn Quan 4
//   2024: "BẮC  SƠN" 10+9+19,5=38,5, Cao Lộc 9+7,5+16=32,5, Chi Lăng 9,5+9+18=36,5,
//         Đình Lập 8+8+16,5=32,5, Văn Quan 7+8+15=30
//         -> Bắc Sơn 1, Chi Lăng 2, Cao Lộc 3, Đình Lập 3 (tie), Văn Quan 5
#pragma once

#include "common/tsv.hpp"
#include "office/common/ustring.hpp"
#include "support/calc.hpp"

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/chart/ChartAxisPosition.hpp>
#include <com/sun/star/chart/XChartDocument.hpp>
#include <com/sun/star/chart2/AxisOrientation.hpp>
#include <com/sun/star/chart2/ScaleData.hpp>
#include <com/sun/star/chart2/XChartDocument.hpp>
#include <com/sun/star/chart2/XChartTypeContainer.hpp>
#include <com/sun/star/chart2/XCoordinateSystemContainer.hpp>
#include <com/sun/star/chart2/XDataSeriesContainer.hpp>
#include <com/sun/star/chart2/data/XLabeledDataSequence.hpp>
#include <com/sun/star/document/XEmbeddedObjectSupplier.hpp>
#include <com/sun/star/table/XTableChartsSupplier.hpp>
#include <doctest/doctest.h>

#include <string>
#include <vector>

namespace vnplan::test::three_years {

inline const char* header = "STT\tĐơn vị\tChỉ đạo điều hành\tCải cách thủ tục hành chính\t"
                            "Sự hài lòng của người dân\n"
                            "\tĐiểm tối đa\t10\t10\t20\n";

inline std::string rows(int year) {
    switch (year) {
    case 2022:
        return "1\tBắc Sơn\t8\t7\t15\n2\tCao Lộc\t9\t8\t16\n3\tChi Lăng\t7\t9\t17\n"
               "4\tĐình Lập\t6\t6\t12\n";
    case 2023:
        return "1\tBắc Sơn\t9\t8\t17\n2\tCao Lộc\t8\t8\t15\n3\tChi Lăng\t9\t9\t18\n"
               "4\tVăn Quan\t7\t7\t14\n";
    default:
        return "1\tBẮC  SƠN\t10\t9\t19.5\n2\tCao Lộc\t9\t7.5\t16\n3\tChi Lăng\t9.5\t9\t18\n"
               "4\tĐình Lập\t8\t8\t16.5\n5\tVăn Quan\t7\t8\t15\n";
    }
}

// The rows of `year` with the year inserted as the second column ("Năm").
inline std::string with_year(int year) {
    std::string out;
    const std::string text = rows(year);
    for (std::size_t start = 0; start < text.size();) {
        const std::size_t end = text.find('\n', start);
        const std::string line = text.substr(start, end - start);
        const std::size_t tab = line.find('\t');
        out += line.substr(0, tab) + "\t" + std::to_string(year) + line.substr(tab) + "\n";
        start = end + 1;
    }
    return out;
}

// Sheet 0: a title in A1, the table from B3 with the year in column C, 2024 first, a blank
// row between the years.
inline void put_year_column(CalcDocument& doc) {
    doc.text("A1", "KẾT QUẢ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH CÁC NĂM 2022-2024");
    doc.put("B3", grid_from_tsv("STT\tNăm\tĐơn vị\tChỉ đạo điều hành\tCải cách thủ tục hành "
                                "chính\tSự hài lòng của người dân\n"
                                "\t\tĐiểm tối đa\t10\t10\t20\n" +
                                with_year(2024) + "\n" + with_year(2022) + with_year(2023)));
}

// Sheets "PAR INDEX 2022", "PAR INDEX 2023", "PAR INDEX 2024" after the others, each with a
// title, a blank row and its table from A3; and "Ghi chú 2023", named with a year but no table.
inline void put_sheet_per_year(CalcDocument& doc) {
    for (int year : {2022, 2023, 2024}) {
        const int index = doc.add_sheet("PAR INDEX " + std::to_string(year));
        doc.put("A1", grid_from_tsv("CHỈ SỐ CCHC NĂM " + std::to_string(year) + "\n"), index);
        doc.put("A3", grid_from_tsv(header + rows(year)), index);
    }
    const int notes = doc.add_sheet("Ghi chú 2023");
    doc.put("A1", grid_from_tsv("Số liệu minh họa\n"), notes);
}

// What a test reads back from the rank chart, through the chart2 model.
struct ChartFacts {
    std::vector<std::string> categories;
    std::size_t series = 0;
    std::string chart_type;
    bool reversed = false;    // rank 1 on top
    bool years_below = false; // the category axis crosses the rank axis at its end (bottom)
    double worst = 0;         // the rank axis' maximum
    std::string title;
};

inline ChartFacts chart_facts(const Reference<css::sheet::XSpreadsheet>& s,
                              const std::string& name) {
    auto charts = Reference<css::table::XTableChartsSupplier>(s, UNO_QUERY_THROW)->getCharts();
    REQUIRE(charts->hasByName(office::to_ou(name)));
    Reference<css::document::XEmbeddedObjectSupplier> embedded(
        charts->getByName(office::to_ou(name)), UNO_QUERY_THROW);
    Reference<css::chart2::XChartDocument> chart(embedded->getEmbeddedObject(), UNO_QUERY_THROW);
    Reference<css::chart2::XCoordinateSystemContainer> systems(chart->getFirstDiagram(),
                                                               UNO_QUERY_THROW);
    auto system = systems->getCoordinateSystems()[0];
    ChartFacts facts;
    const auto x = system->getAxisByDimension(0, 0)->getScaleData();
    REQUIRE(x.Categories.is());
    const auto labels = x.Categories->getValues()->getData();
    for (const auto& label : labels) {
        rtl::OUString t;
        double d = 0;
        if (label >>= t)
            facts.categories.push_back(office::to_utf8(t));
        else if (label >>= d)
            facts.categories.push_back(std::to_string(static_cast<int>(d)));
    }
    facts.reversed = system->getAxisByDimension(1, 0)->getScaleData().Orientation ==
                     css::chart2::AxisOrientation_REVERSE;
    css::chart::ChartAxisPosition crossing = css::chart::ChartAxisPosition_ZERO;
    office::props(system->getAxisByDimension(0, 0))->getPropertyValue("CrossoverPosition") >>=
        crossing;
    facts.years_below = crossing == css::chart::ChartAxisPosition_END;
    system->getAxisByDimension(1, 0)->getScaleData().Maximum >>= facts.worst;
    rtl::OUString title;
    office::props(Reference<css::chart::XChartDocument>(chart, UNO_QUERY_THROW)->getTitle())
        ->getPropertyValue("String") >>= title;
    facts.title = office::to_utf8(title);
    auto types =
        Reference<css::chart2::XChartTypeContainer>(system, UNO_QUERY_THROW)->getChartTypes();
    REQUIRE(types.getLength() == 1);
    facts.chart_type = office::to_utf8(types[0]->getChartType());
    facts.series = static_cast<std::size_t>(
        Reference<css::chart2::XDataSeriesContainer>(types[0], UNO_QUERY_THROW)
            ->getDataSeries()
            .getLength());
    return facts;
}

// The result sheet of three_years.hpp, as both layouts must give it (Cao Lộc chosen).
// Sheets "2022", "2023", "2024" of `units` units "Xã 1", "Xã 2", ... and two criteria (maxima
// 50 and 50): in 2024 "Xã u" scores 50 - u and 50 (rank u), in 2022 and 2023 25 + u and 25
// (rank units + 1 - u).
inline void put_many_units(CalcDocument& doc, int units) {
    for (int year : {2022, 2023, 2024}) {
        std::string tsv = "Đơn vị\tTiêu chí 1\tTiêu chí 2\nĐiểm tối đa\t50\t50\n";
        for (int u = 1; u <= units; ++u)
            tsv += "Xã " + std::to_string(u) + "\t" +
                   std::to_string(year == 2024 ? 50 - u : 25 + u) +
                   (year == 2024 ? "\t50\n" : "\t25\n");
        doc.put("A1", grid_from_tsv(tsv), doc.add_sheet(std::to_string(year)));
    }
}

} // namespace vnplan::test::three_years
