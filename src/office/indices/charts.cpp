// "Xếp hạng chỉ số": the two charts of the result sheet, through the sheet's table charts
// (XTableChartsSupplier) and the chart document's classic API.
#include "office/common/uno_util.hpp"
#include "office/common/ustring.hpp"
#include "office/indices/internal.hpp"

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/chart/ChartAxisPosition.hpp>
#include <com/sun/star/chart/ChartDataCaption.hpp>
#include <com/sun/star/chart/ChartDataRowSource.hpp>
#include <com/sun/star/chart/ChartLegendPosition.hpp>
#include <com/sun/star/chart/XAxisXSupplier.hpp>
#include <com/sun/star/chart/XAxisYSupplier.hpp>
#include <com/sun/star/chart/XChartDocument.hpp>
#include <com/sun/star/chart/XDiagram.hpp>
#include <com/sun/star/document/XEmbeddedObjectSupplier.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <com/sun/star/table/XTableCharts.hpp>
#include <com/sun/star/table/XTableChartsSupplier.hpp>

#include <algorithm>

namespace vnplan::office::detail {

namespace {

// Percentages: the axis runs from 0 to 100 so that bars and the radar's rings compare fairly.
void percent_axis(const Reference<css::chart::XDiagram>& diagram) {
    Reference<css::chart::XAxisYSupplier> y(diagram, UNO_QUERY);
    if (!y.is()) return;
    auto axis = props(y->getYAxis());
    axis->setPropertyValue("AutoMin", Any(false));
    axis->setPropertyValue("Min", Any(0.0));
    axis->setPropertyValue("AutoMax", Any(false));
    axis->setPropertyValue("Max", Any(100.0));
    axis->setPropertyValue("AutoStepMain", Any(false));
    axis->setPropertyValue("StepMain", Any(20.0));
}

// The chart document of the table chart `name` just added to `sheet`.
Reference<css::chart::XChartDocument> chart_named(const Reference<css::table::XTableCharts>& charts,
                                                  const rtl::OUString& name) {
    Reference<css::document::XEmbeddedObjectSupplier> embedded(charts->getByName(name),
                                                               UNO_QUERY_THROW);
    return Reference<css::chart::XChartDocument>(embedded->getEmbeddedObject(), UNO_QUERY_THROW);
}

void set_title(const Reference<css::chart::XChartDocument>& chart, const std::string& text) {
    props(chart)->setPropertyValue("HasMainTitle", Any(true));
    auto title = props(chart->getTitle());
    title->setPropertyValue("String", Any(to_ou(text)));
    title->setPropertyValue("CharHeight", Any(11.0f));
}

} // namespace

void add_chart(const Reference<css::sheet::XSpreadsheet>& sheet, const ChartPlan& plan) {
    auto charts = Reference<css::table::XTableChartsSupplier>(sheet, UNO_QUERY_THROW)->getCharts();
    Sequence<css::table::CellRangeAddress> ranges(2);
    ranges[0] = plan.categories;
    ranges[1] = plan.values;
    const rtl::OUString name = to_ou(plan.name);
    // Column headers: the first row names the series; row headers: the first column holds
    // the categories (units or components).
    charts->addNewByName(name, plan.where, ranges, true, true);

    const auto chart = chart_named(charts, name);
    Reference<css::lang::XMultiServiceFactory> factory(chart, UNO_QUERY_THROW);
    const char* type =
        plan.radar ? "com.sun.star.chart.NetDiagram" : "com.sun.star.chart.BarDiagram";
    chart->setDiagram(Reference<css::chart::XDiagram>(
        factory->createInstance(rtl::OUString::createFromAscii(type)), UNO_QUERY_THROW));
    set_title(chart, plan.title);
    props(chart)->setPropertyValue("HasLegend", Any(false));

    auto diagram = chart->getDiagram();
    percent_axis(diagram);
    auto series = diagram->getDataRowProperties(0);
    if (series.is()) {
        series->setPropertyValue("DataCaption", Any(css::chart::ChartDataCaption::VALUE));
        if (plan.radar) series->setPropertyValue("LineWidth", Any(sal_Int32(60)));
    }
    if (!plan.radar) {
        // Horizontal bars, the first ranked on top: long unit names ("Ban Quản lý Khu kinh tế
        // cửa khẩu ...") read on one line beside their bar, however many units there are.
        props(diagram)->setPropertyValue("Vertical", Any(true));
        Reference<css::chart::XAxisXSupplier> x(diagram, UNO_QUERY);
        if (x.is()) props(x->getXAxis())->setPropertyValue("ReverseDirection", Any(true));
    }
    // The radar's rings need no numbers: each point carries its value.
    if (plan.radar) props(diagram)->setPropertyValue("HasYAxisDescription", Any(false));
}

void add_rank_chart(const Reference<css::sheet::XSpreadsheet>& sheet, const std::string& name,
                    const std::string& title, const css::table::CellRangeAddress& data,
                    double worst, const css::awt::Rectangle& where) {
    auto charts = Reference<css::table::XTableChartsSupplier>(sheet, UNO_QUERY_THROW)->getCharts();
    Sequence<css::table::CellRangeAddress> ranges(1);
    ranges[0] = data;
    const rtl::OUString chart_name = to_ou(name);
    charts->addNewByName(chart_name, where, ranges, true, true);
    const auto chart = chart_named(charts, chart_name);
    Reference<css::lang::XMultiServiceFactory> factory(chart, UNO_QUERY_THROW);
    chart->setDiagram(Reference<css::chart::XDiagram>(
        factory->createInstance("com.sun.star.chart.LineDiagram"), UNO_QUERY_THROW));
    set_title(chart, title);
    props(chart)->setPropertyValue("HasLegend", Any(true));
    props(chart->getLegend())
        ->setPropertyValue("Alignment", Any(css::chart::ChartLegendPosition_RIGHT));
    auto diagram = chart->getDiagram();
    // One line per unit: the units are the rows of the table, the years its columns.
    props(diagram)->setPropertyValue("DataRowSource", Any(css::chart::ChartDataRowSource_ROWS));
    props(diagram)->setPropertyValue("SymbolType", Any(sal_Int32(-2))); // automatic symbols
    Reference<css::chart::XAxisYSupplier> y(diagram, UNO_QUERY_THROW);
    auto axis = props(y->getYAxis());
    // Rank 1 at the top, as a ranking is read; whole ranks only.
    axis->setPropertyValue("ReverseDirection", Any(true));
    axis->setPropertyValue("AutoMin", Any(false));
    axis->setPropertyValue("Min", Any(1.0));
    axis->setPropertyValue("AutoMax", Any(false));
    axis->setPropertyValue("Max", Any(std::max(worst, 2.0)));
    axis->setPropertyValue("AutoStepMain", Any(false));
    axis->setPropertyValue("StepMain", Any(1.0));
    // The years below the lines, where a reader looks for them: the category axis crosses the
    // reversed rank axis at its end (the worst rank, at the bottom), not at rank 1 on top.
    Reference<css::chart::XAxisXSupplier> x(diagram, UNO_QUERY_THROW);
    props(x->getXAxis())
        ->setPropertyValue("CrossoverPosition", Any(css::chart::ChartAxisPosition_END));
}

} // namespace vnplan::office::detail
