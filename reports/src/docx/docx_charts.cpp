#include "docx/docx_charts.h"

#include <fmt/format.h>

#include "c5/scoring/model.h"
#include "c5/questionnaire/xlsx_reader.h"
#include "ooxml/xlsx_file.h"
#include "ooxml/xml_writer.h"

namespace c5::reports::docx {
namespace s = c5::scoring;
using questionnaire::ColumnName;
using ooxml::XmlWriter;

namespace {

constexpr std::string_view kScoreColor = "2E70B0";
constexpr std::string_view kTargetColor = "D96B14";
constexpr std::string_view kNavyColor = "29456B";
constexpr std::string_view kMutedColor = "8C9199";
constexpr std::string_view kGridColor = "C7CCD6";
constexpr std::string_view kFollowUpColor = "1A8554";

std::string Number(double value) { return fmt::format("{:.6g}", value); }

// Where each series and error-bar column sits in the embedded workbook's Sheet1.
struct Columns {
    std::vector<int> series;
    std::vector<int> plus;
    std::vector<int> minus;
};

Columns Layout(const ChartSpec& spec) {
    Columns columns;
    int next = 1;
    for (std::size_t i = 0; i < spec.series.size(); ++i) columns.series.push_back(next++);
    for (const auto& series : spec.series) {
        columns.plus.push_back(series.plus.empty() ? -1 : next++);
        columns.minus.push_back(series.minus.empty() ? -1 : next++);
    }
    return columns;
}

std::string Range(int column, std::size_t rows) {
    const std::string name = ColumnName(static_cast<std::size_t>(column));
    return fmt::format("Sheet1!${}$2:${}${}", name, name, rows + 1);
}

void SolidLine(XmlWriter& xml, std::string_view color, int width, bool dashed) {
    xml.Start("a:ln", {{"w", std::to_string(width)}});
    xml.Start("a:solidFill").Empty("a:srgbClr", {{"val", color}}).End();
    if (dashed) xml.Empty("a:prstDash", {{"val", "dash"}});
    xml.End();
}

void NumberCache(XmlWriter& xml, int column, const std::vector<double>& values) {
    xml.Start("c:numRef").Element("c:f", Range(column, values.size())).Start("c:numCache");
    xml.Element("c:formatCode", "0.0").Empty("c:ptCount", {{"val", std::to_string(values.size())}});
    for (std::size_t i = 0; i < values.size(); ++i)
        if (s::HasScore(values[i]))
            xml.Start("c:pt", {{"idx", std::to_string(i)}}).Element("c:v", Number(values[i])).End();
    xml.End().End();
}

void Categories(XmlWriter& xml, const ChartSpec& spec) {
    xml.Start("c:cat").Start("c:strRef").Element("c:f", Range(0, spec.categories.size())).Start("c:strCache");
    xml.Empty("c:ptCount", {{"val", std::to_string(spec.categories.size())}});
    for (std::size_t i = 0; i < spec.categories.size(); ++i)
        xml.Start("c:pt", {{"idx", std::to_string(i)}}).Element("c:v", spec.categories[i]).End();
    xml.End().End().End();
}

void ErrorBars(XmlWriter& xml, const ChartSeries& series, int plus, int minus) {
    if (plus < 0 || minus < 0) return;
    xml.Start("c:errBars");
    xml.Empty("c:errBarType", {{"val", "both"}}).Empty("c:errValType", {{"val", "cust"}}).Empty("c:noEndCap", {{"val", "0"}});
    xml.Start("c:plus");
    NumberCache(xml, plus, series.plus);
    xml.End().Start("c:minus");
    NumberCache(xml, minus, series.minus);
    xml.End();
    xml.Start("c:spPr");
    SolidLine(xml, series.color == kFollowUpColor ? kFollowUpColor : kNavyColor, 12700, false);
    xml.End();
    xml.End();
}

void Series(XmlWriter& xml, const ChartSpec& spec, std::size_t index, const Columns& columns) {
    const ChartSeries& series = spec.series[index];
    const std::string position = std::to_string(index);
    xml.Start("c:ser").Empty("c:idx", {{"val", position}}).Empty("c:order", {{"val", position}});
    const std::string name_cell = fmt::format("Sheet1!${}$1", ColumnName(static_cast<std::size_t>(columns.series[index])));
    xml.Start("c:tx").Start("c:strRef").Element("c:f", name_cell).Start("c:strCache").Empty("c:ptCount", {{"val", "1"}});
    xml.Start("c:pt", {{"idx", "0"}}).Element("c:v", series.name).End().End().End().End();
    xml.Start("c:spPr");
    if (spec.kind == ChartSpec::Kind::Bars) {
        xml.Start("a:solidFill").Empty("a:srgbClr", {{"val", series.color}}).End();
    } else if (spec.kind == ChartSpec::Kind::Radar && series.filled) {
        // The score (and a follow-up's baseline) polygon filled lightly, as in the PDF's radar.
        xml.Start("a:solidFill").Start("a:srgbClr", {{"val", series.color}}).Empty("a:alpha", {{"val", "22000"}}).End().End();
    }
    if (spec.kind != ChartSpec::Kind::Bars) {
        if (series.line) SolidLine(xml, series.color, series.dashed ? 12700 : 22225, series.dashed);
        else xml.Start("a:ln").Empty("a:noFill").End();
    }
    xml.End();
    if (spec.kind == ChartSpec::Kind::Bars) {
        xml.Empty("c:invertIfNegative", {{"val", "0"}});
        for (std::size_t i = 0; i < series.muted.size(); ++i) {
            if (!series.muted[i]) continue;
            xml.Start("c:dPt").Empty("c:idx", {{"val", std::to_string(i)}}).Empty("c:invertIfNegative", {{"val", "0"}});
            xml.Empty("c:bubble3D", {{"val", "0"}}).Start("c:spPr").Start("a:solidFill");
            xml.Empty("a:srgbClr", {{"val", kMutedColor}}).End().End().End();
        }
    } else {
        xml.Start("c:marker").Empty("c:symbol", {{"val", series.marker}});
        if (series.marker != "none") {
            xml.Empty("c:size", {{"val", series.marker == "diamond" ? "9" : "6"}}).Start("c:spPr");
            xml.Start("a:solidFill").Empty("a:srgbClr", {{"val", series.color}}).End();
            xml.Start("a:ln").Start("a:solidFill").Empty("a:srgbClr", {{"val", series.color}}).End().End();
            xml.End();
        }
        xml.End();
    }
    if (series.labels) {
        xml.Start("c:dLbls").Empty("c:numFmt", {{"formatCode", "0.0"}, {"sourceLinked", "0"}});
        xml.Empty("c:dLblPos", {{"val", "inBase"}}).Empty("c:showLegendKey", {{"val", "0"}}).Empty("c:showVal", {{"val", "1"}});
        xml.Empty("c:showCatName", {{"val", "0"}}).Empty("c:showSerName", {{"val", "0"}});
        xml.Empty("c:showPercent", {{"val", "0"}}).Empty("c:showBubbleSize", {{"val", "0"}}).End();
    }
    if (spec.kind != ChartSpec::Kind::Radar) ErrorBars(xml, series, columns.plus[index], columns.minus[index]);
    Categories(xml, spec);
    xml.Start("c:val");
    NumberCache(xml, columns.series[index], series.values);
    xml.End();
    if (spec.kind == ChartSpec::Kind::Lines) xml.Empty("c:smooth", {{"val", "0"}});
    xml.End();
}

void TextProperties(XmlWriter& xml, int size, const std::string& language_tag) {
    xml.Start("c:txPr").Empty("a:bodyPr").Empty("a:lstStyle").Start("a:p").Start("a:pPr");
    xml.Start("a:defRPr", {{"sz", std::to_string(size)}});
    xml.Start("a:solidFill").Empty("a:srgbClr", {{"val", "40454D"}}).End();
    xml.Empty("a:latin", {{"typeface", "Arial"}}).Empty("a:ea", {{"typeface", "SimSun"}}).Empty("a:cs", {{"typeface", "Arial"}});
    xml.End().End().Empty("a:endParaRPr", {{"lang", language_tag}}).End().End();
}

void Gridlines(XmlWriter& xml) {
    xml.Start("c:majorGridlines").Start("c:spPr");
    SolidLine(xml, kGridColor, 6350, false);
    xml.End().End();
}

void Axes(XmlWriter& xml, const ChartSpec& spec) {
    const bool bars = spec.kind == ChartSpec::Kind::Bars;
    const bool radar = spec.kind == ChartSpec::Kind::Radar;
    // Right to left, as the PDF draws them: bars grow leftwards from the pillar names at the right
    // (the value axis reversed puts its zero, where the names stand, at the right); years run
    // leftwards (the time axis reversed), the value axis at the right.
    const bool years_leftwards = spec.right_to_left && spec.kind == ChartSpec::Kind::Lines;
    const bool values_leftwards = spec.right_to_left && bars;
    xml.Start("c:catAx").Empty("c:axId", {{"val", "500100"}});
    // Bars read from the top, in the pillars' order.
    xml.Start("c:scaling").Empty("c:orientation", {{"val", bars || years_leftwards ? "maxMin" : "minMax"}}).End();
    xml.Empty("c:delete", {{"val", "0"}}).Empty("c:axPos", {{"val", bars ? (values_leftwards ? "r" : "l") : "b"}});
    if (radar) Gridlines(xml);
    xml.Empty("c:numFmt", {{"formatCode", "General"}, {"sourceLinked", "0"}});
    xml.Empty("c:majorTickMark", {{"val", "none"}}).Empty("c:minorTickMark", {{"val", "none"}});
    xml.Empty("c:tickLblPos", {{"val", "nextTo"}});
    xml.Empty("c:crossAx", {{"val", "500200"}}).Empty("c:crosses", {{"val", "autoZero"}});
    xml.Empty("c:auto", {{"val", "1"}}).Empty("c:lblAlgn", {{"val", "ctr"}}).Empty("c:lblOffset", {{"val", "100"}});
    xml.Empty("c:noMultiLvlLbl", {{"val", "0"}}).End();
    xml.Start("c:valAx").Empty("c:axId", {{"val", "500200"}});
    xml.Start("c:scaling").Empty("c:orientation", {{"val", values_leftwards ? "maxMin" : "minMax"}});
    xml.Empty("c:max", {{"val", "100"}}).Empty("c:min", {{"val", "0"}}).End();
    xml.Empty("c:delete", {{"val", "0"}}).Empty("c:axPos", {{"val", bars ? "b" : (years_leftwards ? "r" : "l")}});
    Gridlines(xml);
    xml.Empty("c:numFmt", {{"formatCode", "0"}, {"sourceLinked", "0"}});
    xml.Empty("c:majorTickMark", {{"val", radar ? "cross" : "out"}}).Empty("c:minorTickMark", {{"val", "none"}});
    xml.Empty("c:tickLblPos", {{"val", "nextTo"}});
    xml.Empty("c:crossAx", {{"val", "500100"}});
    // With the categories top-down, the value axis sits at the last one: the bottom.
    xml.Empty("c:crosses", {{"val", bars ? "max" : "autoZero"}});
    xml.Empty("c:crossBetween", {{"val", "between"}}).Empty("c:majorUnit", {{"val", "20"}}).End();
}

ChartSeries MakeSeries(std::string name, std::string_view color, bool dashed = false, bool line = true,
                       std::string marker = "none") {
    ChartSeries series;
    series.name = std::move(name);
    series.color = std::string(color);
    series.dashed = dashed;
    series.line = line;
    series.marker = std::move(marker);
    return series;
}

}  // namespace

ChartSpec RadarChartSpec(const ChartData& data, const std::string& score_name, const std::string& target_name,
                         const std::string& baseline_name, const std::string& language_tag) {
    ChartSpec spec;
    spec.kind = ChartSpec::Kind::Radar;
    spec.language_tag = language_tag;
    ChartSeries score = MakeSeries(score_name, kScoreColor);
    score.filled = true;
    ChartSeries target = MakeSeries(target_name, kTargetColor, true);
    ChartSeries baseline = MakeSeries(baseline_name, kMutedColor);
    baseline.filled = true;
    bool any_baseline = false;
    for (const auto& pillar : data.pillars) {
        spec.categories.push_back(pillar.id);
        // No score: at the centre, as the PDF draws it.
        score.values.push_back(s::HasScore(pillar.score) ? pillar.score : 0);
        target.values.push_back(s::HasScore(pillar.target) ? pillar.target : 0);
        baseline.values.push_back(s::HasScore(pillar.baseline) ? pillar.baseline : 0);
        any_baseline = any_baseline || s::HasScore(pillar.baseline);
    }
    spec.series = {score, target};
    // A follow-up's radar shows its baseline in grey, as the PDF's does.
    if (any_baseline) spec.series.push_back(baseline);
    return spec;
}

ChartSpec BarsChartSpec(const ChartData& data, const std::string& score_name, const std::string& target_name,
                        const std::string& above_name, const std::string& below_name, const std::string& language_tag) {
    ChartSpec spec;
    spec.kind = ChartSpec::Kind::Bars;
    spec.language_tag = language_tag;
    ChartSeries score = MakeSeries(score_name, kScoreColor);
    score.plus_name = above_name;
    score.minus_name = below_name;
    score.labels = true;
    ChartSeries target = MakeSeries(target_name, kTargetColor);
    for (const auto& pillar : data.pillars) {
        spec.categories.push_back(pillar.id + " " + pillar.title);
        score.values.push_back(pillar.score);
        target.values.push_back(pillar.target);
        const bool range = s::HasScore(pillar.score) && s::HasScore(pillar.low) && s::HasScore(pillar.high);
        score.plus.push_back(range ? pillar.high - pillar.score : s::kNoScore);
        score.minus.push_back(range ? pillar.score - pillar.low : s::kNoScore);
        score.muted.push_back(!pillar.included);
        target.muted.push_back(false);
    }
    spec.series = {score, target};
    return spec;
}

ChartSpec TrajectoryChartSpec(const TrajectoryChart& chart, const std::string& language_tag) {
    ChartSpec spec;
    spec.kind = ChartSpec::Kind::Lines;
    spec.language_tag = language_tag;
    if (chart.trajectory.size() < 2) return spec;
    const int first = chart.trajectory.front().year;
    const int target_year = chart.trajectory.back().year;
    const int last = chart.followup ? std::max(target_year, chart.followup->year) : target_year;
    const auto legend = [&](std::size_t i) { return i < chart.legend.size() ? chart.legend[i] : std::string(); };
    ChartSeries baseline = MakeSeries(legend(0), kScoreColor, false, false, "circle");
    ChartSeries trajectory = MakeSeries(legend(1), kTargetColor, false, true, "circle");
    ChartSeries literal = MakeSeries(legend(2), kMutedColor, true, true, "none");
    ChartSeries followup = MakeSeries(legend(3), kFollowUpColor, false, false, "diamond");
    for (int year = first; year <= last; ++year) {
        spec.categories.push_back(std::to_string(year));
        double on_trajectory = chart.target;  // after the target year the target holds as a level
        for (const auto& point : chart.trajectory)
            if (point.year == year) on_trajectory = point.value;
        trajectory.values.push_back(on_trajectory);
        literal.values.push_back(year <= target_year ? chart.baseline + (chart.literal - chart.baseline) *
                                                                            (year - first) / double(target_year - first)
                                                     : s::kNoScore);
        baseline.values.push_back(year == first ? chart.baseline : s::kNoScore);
        if (chart.followup) {
            const bool here = year == chart.followup->year && s::HasScore(chart.followup->value);
            followup.values.push_back(here ? chart.followup->value : s::kNoScore);
            const bool range = here && s::HasScore(chart.followup->low) && s::HasScore(chart.followup->high);
            followup.plus.push_back(range ? chart.followup->high - chart.followup->value : s::kNoScore);
            followup.minus.push_back(range ? chart.followup->value - chart.followup->low : s::kNoScore);
        }
    }
    spec.series = {baseline, trajectory, literal};
    if (chart.followup) {
        followup.plus_name = followup.name + " +";
        followup.minus_name = followup.name + " −";
        spec.series.push_back(followup);
    }
    return spec;
}

std::string ChartXml(const ChartSpec& spec) {
    const Columns columns = Layout(spec);
    XmlWriter xml;
    xml.Start("c:chartSpace", {{"xmlns:c", "http://schemas.openxmlformats.org/drawingml/2006/chart"},
                               {"xmlns:a", "http://schemas.openxmlformats.org/drawingml/2006/main"},
                               {"xmlns:r", "http://schemas.openxmlformats.org/officeDocument/2006/relationships"}});
    xml.Empty("c:date1904", {{"val", "0"}}).Empty("c:lang", {{"val", spec.language_tag}});
    xml.Empty("c:roundedCorners", {{"val", "0"}});
    xml.Start("c:chart").Empty("c:autoTitleDeleted", {{"val", "1"}}).Start("c:plotArea").Empty("c:layout");
    switch (spec.kind) {
        case ChartSpec::Kind::Radar:
            xml.Start("c:radarChart").Empty("c:radarStyle", {{"val", "marker"}}).Empty("c:varyColors", {{"val", "0"}});
            break;
        case ChartSpec::Kind::Bars:
            xml.Start("c:barChart").Empty("c:barDir", {{"val", "bar"}}).Empty("c:grouping", {{"val", "clustered"}});
            xml.Empty("c:varyColors", {{"val", "0"}});
            break;
        case ChartSpec::Kind::Lines:
            xml.Start("c:lineChart").Empty("c:grouping", {{"val", "standard"}}).Empty("c:varyColors", {{"val", "0"}});
            break;
    }
    for (std::size_t i = 0; i < spec.series.size(); ++i) Series(xml, spec, i, columns);
    if (spec.kind == ChartSpec::Kind::Bars) xml.Empty("c:gapWidth", {{"val", "60"}}).Empty("c:overlap", {{"val", "0"}});
    if (spec.kind == ChartSpec::Kind::Lines) xml.Empty("c:marker", {{"val", "1"}});
    xml.Empty("c:axId", {{"val", "500100"}}).Empty("c:axId", {{"val", "500200"}}).End();
    Axes(xml, spec);
    xml.End();  // plotArea
    xml.Start("c:legend").Empty("c:legendPos", {{"val", "b"}}).Empty("c:overlay", {{"val", "0"}}).End();
    xml.Empty("c:plotVisOnly", {{"val", "1"}}).Empty("c:dispBlanksAs", {{"val", "gap"}});
    xml.End();  // chart
    xml.Start("c:spPr").Start("a:noFill").End().Start("a:ln").Empty("a:noFill").End().End();
    TextProperties(xml, 800, spec.language_tag);
    xml.Start("c:externalData", {{"r:id", "rId1"}}).Empty("c:autoUpdate", {{"val", "0"}}).End();
    xml.End();
    return xml.Finish();
}

std::string ChartWorkbook(const ChartSpec& spec) {
    const Columns columns = Layout(spec);
    return ooxml::XlsxBytes([&](lxw_workbook* workbook) {
        lxw_worksheet* sheet = workbook_add_worksheet(workbook, "Sheet1");
        const auto text = [&](int row, int column, const std::string& value) {
            ooxml::CheckXlsx(worksheet_write_string(sheet, static_cast<lxw_row_t>(row), static_cast<lxw_col_t>(column),
                                                    ooxml::XmlSafeText(value).c_str(), nullptr),
                             "a chart's data");
        };
        const auto numbers = [&](int column, const std::vector<double>& values) {
            for (std::size_t i = 0; i < values.size(); ++i)
                if (s::HasScore(values[i]))
                    ooxml::CheckXlsx(worksheet_write_number(sheet, static_cast<lxw_row_t>(i + 1),
                                                            static_cast<lxw_col_t>(column), values[i], nullptr),
                                     "a chart's data");
        };
        for (std::size_t i = 0; i < spec.categories.size(); ++i) text(static_cast<int>(i + 1), 0, spec.categories[i]);
        for (std::size_t k = 0; k < spec.series.size(); ++k) {
            const ChartSeries& series = spec.series[k];
            text(0, columns.series[k], series.name);
            numbers(columns.series[k], series.values);
            if (columns.plus[k] >= 0) {
                text(0, columns.plus[k], series.plus_name);
                numbers(columns.plus[k], series.plus);
            }
            if (columns.minus[k] >= 0) {
                text(0, columns.minus[k], series.minus_name);
                numbers(columns.minus[k], series.minus);
            }
        }
        worksheet_set_column(sheet, 0, 0, 40, nullptr);
    });
}

std::string ChartRelationshipsXml(int chart) {
    return fmt::format(
        R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/package" Target="../embeddings/Microsoft_Excel_Worksheet{}.xlsx"/></Relationships>)",
        chart);
}

}  // namespace c5::reports::docx
