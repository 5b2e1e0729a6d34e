#pragma once
// The report's charts as native DrawingML chart parts (c:radarChart, c:barChart, c:lineChart):
// Word and LibreOffice draw them from the values cached in the part, and each carries its data as
// an embedded workbook so that "Edit data" works in Word.
#include <string>
#include <vector>

#include "c5/reports/charts.h"

namespace c5::reports::docx {

struct ChartSeries {
    std::string name;
    std::vector<double> values;  // kNoScore: no point (a gap)
    std::string color;           // hex RGB
    bool dashed = false;
    bool line = true;            // lines: draw the line (otherwise markers only)
    std::string marker = "none";  // c:symbol: none, circle, diamond, triangle
    std::vector<bool> muted;     // bars: points drawn grey (pillars outside the overall score)
    std::vector<double> plus;    // error bars: distance above and below each value (empty: none)
    std::vector<double> minus;
    std::string plus_name;       // their column headings in the embedded workbook
    std::string minus_name;
    bool labels = false;         // bars: the value printed at the end of each bar
    bool filled = false;         // radar: the polygon filled lightly in the series' colour
};

struct ChartSpec {
    enum class Kind { Radar, Bars, Lines };
    Kind kind = Kind::Radar;
    std::vector<std::string> categories;
    std::vector<ChartSeries> series;
    std::string language_tag;  // for the chart's text
    bool right_to_left = false;  // bars grow leftwards from names on the right; years run leftwards
};

/// The pillar radar: scores and targets by pillar id, and a follow-up's baseline scores when the
/// data has them.
ChartSpec RadarChartSpec(const ChartData& data, const std::string& score_name, const std::string& target_name,
                         const std::string& baseline_name, const std::string& language_tag);
/// One bar per pillar with its 90 % range as error bars, and the target beside it.
ChartSpec BarsChartSpec(const ChartData& data, const std::string& score_name, const std::string& target_name,
                        const std::string& above_name, const std::string& below_name, const std::string& language_tag);
/// A target's trajectory by year, the literal reading, the baseline and a follow-up with its range.
ChartSpec TrajectoryChartSpec(const TrajectoryChart& chart, const std::string& language_tag);

/// word/charts/chartN.xml; its relationship "rId1" is the embedded workbook.
std::string ChartXml(const ChartSpec& spec);
/// The chart's data as an .xlsx (Sheet1: categories in column A, one column per series and error
/// bar), the cells the chart part's formulas name.
std::string ChartWorkbook(const ChartSpec& spec);
std::string ChartRelationshipsXml(int chart);

}  // namespace c5::reports::docx
