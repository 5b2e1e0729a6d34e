// The pillar bars on a canvas that records what is drawn: stage names stay inside their band.
#include <algorithm>

#include <boost/test/unit_test.hpp>

#include "c5/reports/charts.h"
#include "c5/scoring/model.h"

namespace r = c5::reports;

namespace {

// Every character (code point) is 0.6 of the text size wide; Text calls are kept.
class RecordingCanvas : public r::ChartCanvas {
public:
    struct Drawn {
        r::Point at;
        std::string text;
        double size;
    };
    std::vector<Drawn> texts;
    std::vector<std::vector<r::Point>> filled_polygons;
    struct Rect {
        double x, y, width, height;
    };
    std::vector<Rect> rects;

    void Line(r::Point, r::Point, r::Color, double, bool) override {}
    void Polygon(const std::vector<r::Point>& points, std::optional<r::Color> fill, double, std::optional<r::Color>,
                 double, bool) override {
        if (fill) filled_polygons.push_back(points);
    }
    void FillRect(double x, double y, double width, double height, r::Color) override {
        rects.push_back({x, y, width, height});
    }
    void FillCircle(r::Point, double, r::Color) override {}
    void Text(r::Point at, std::string_view text, double size, bool, r::Color) override {
        texts.push_back({at, std::string(text), size});
    }
    double TextWidth(std::string_view text, double size, bool) override {
        double characters = 0;
        for (const unsigned char byte : text) characters += (byte & 0xC0) != 0x80 ? 1 : 0;
        return characters * 0.6 * size;
    }
};

r::ChartData TwoPillars() {
    r::ChartData data;
    data.stage_names = {"start-up", "formative", "established", "strategic", "dynamic"};
    data.no_score_label = "n/a";
    data.pillars = {{"P1", "Cooperation", true, 55.4, 50, 60, 70, "55.4"}, {"P2", "Legal", true, 38.9, 30, 45, 60, "38.9"}};
    return data;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(charts)

// At each chart width (points) a stage name is drawn whole when it fits its band (a fifth of the
// bar width: width − min(205, 0.42·width) − 34, less 2 points of air) at 5.5 points or more. When
// one does not, the names are staggered on two rows and each may take two bands; a name that does
// not fit even then is shortened with "…". Names on the same row never overlap. With this canvas's
// widths (0.6 of the size per letter): at 420 points (band 39.9) English fits on one row; Russian
// "формирующийся" (13 letters, 42.9 at 5.5 points) needs the two rows and is then drawn whole; at
// 200 points (band 14.4, two bands 28.8) only "start-up" (26.4) and "dynamic" (23.1) are whole.
BOOST_AUTO_TEST_CASE(stage_names_stay_in_their_band) {
    struct Case {
        double width;
        std::vector<std::string> names;
        bool staggered;
        std::size_t whole;
    };
    const std::vector<std::string> english = {"start-up", "formative", "established", "strategic", "dynamic"};
    const std::vector<std::string> russian = {"начальный", "формирующийся", "сложившийся", "стратегический", "динамичный"};
    for (const Case& c : {Case{420.0, english, false, 5}, Case{420.0, russian, true, 5}, Case{200.0, english, true, 2}}) {
        RecordingCanvas canvas;
        auto data = TwoPillars();
        data.stage_names = c.names;
        r::DrawBars(canvas, c.width, data);
        const double band = (c.width - std::min(205.0, c.width * 0.42) - 34.0) / 5.0 - 2;
        const double room = c.staggered ? 2 * band : band;
        std::vector<const RecordingCanvas::Drawn*> drawn_names;
        std::size_t whole = 0;
        for (const std::string& name : data.stage_names) {
            const auto drawn = std::find_if(canvas.texts.begin(), canvas.texts.end(), [&](const auto& text) {
                const std::string stem = text.text.substr(0, text.text.size() - std::string("…").size());
                return text.text == name || (text.text.ends_with("…") && name.starts_with(stem));
            });
            BOOST_REQUIRE_MESSAGE(drawn != canvas.texts.end(), name << " not drawn at width " << c.width);
            BOOST_TEST(canvas.TextWidth(drawn->text, drawn->size, false) <= room + 1e-9, drawn->text << " at " << c.width);
            BOOST_TEST(drawn->size >= 5.5);
            const bool fits = canvas.TextWidth(name, drawn->size, false) <= room;
            BOOST_TEST((drawn->text == name) == fits, drawn->text << " at " << c.width);
            whole += drawn->text == name ? 1 : 0;
            drawn_names.push_back(&*drawn);
        }
        BOOST_TEST(whole == c.whole, "whole names at " << c.width);
        // Two rows when staggered, one when not; neighbours on one row keep apart.
        BOOST_TEST((drawn_names[0]->at.y != drawn_names[1]->at.y) == c.staggered);
        for (std::size_t i = 0; i < drawn_names.size(); ++i)
            for (std::size_t j = i + 1; j < drawn_names.size(); ++j) {
                if (drawn_names[i]->at.y != drawn_names[j]->at.y) continue;
                const double right = drawn_names[i]->at.x + canvas.TextWidth(drawn_names[i]->text, drawn_names[i]->size, false);
                BOOST_TEST(right <= drawn_names[j]->at.x, drawn_names[i]->text << " runs into " << drawn_names[j]->text);
            }
        BOOST_TEST(r::BarsHeight(data) >= drawn_names.back()->at.y);
    }
}

// Twelve pillars, the odd ones without a score: every pillar's id and its score (or "no score")
// lie inside the chart, and no stage-ring label (20 … 100) touches the top pillar's id or score —
// they used to collide ("55.4" over "P1" and "100"), and "P10 (n/a)" ran off the left edge.
BOOST_AUTO_TEST_CASE(radar_labels_stay_inside_and_clear_of_the_rings) {
    r::ChartData data;
    data.no_score_label = "no score yet";
    for (int p = 1; p <= 12; ++p)
        data.pillars.push_back({"P" + std::to_string(p), "Pillar", true, p % 2 ? c5::scoring::kNoScore : 50.0, 40, 60,
                                70, p % 2 ? "" : "50.0"});
    for (const double side : {300.0, 200.0}) {
        RecordingCanvas canvas;
        r::DrawRadar(canvas, side, side, data);
        struct Box {
            double left, right, top, bottom;
        };
        // Text is recorded at its left end (DrawRadar centres the pillars' labels itself).
        const auto box = [&](const RecordingCanvas::Drawn& text) {
            const double width = canvas.TextWidth(text.text, text.size, false);
            return Box{text.at.x, text.at.x + width, text.at.y - text.size, text.at.y};
        };
        std::vector<Box> rings;
        std::vector<Box> top_pillar;  // P1's id and, drawn next, its value: at the top, over the rings' axis
        for (std::size_t i = 0; i < canvas.texts.size(); ++i) {
            const auto& text = canvas.texts[i];
            const bool ring = text.text == "20" || text.text == "40" || text.text == "60" || text.text == "80" ||
                              text.text == "100";
            const Box b = box(text);
            if (ring) {
                rings.push_back(b);
                continue;
            }
            BOOST_TEST(b.left >= -1e-9, text.text << " at side " << side);
            BOOST_TEST(b.right <= side + 1e-9, text.text << " at side " << side);
            if (text.text == "P1" || (i > 0 && canvas.texts[i - 1].text == "P1")) top_pillar.push_back(b);
        }
        BOOST_REQUIRE_EQUAL(rings.size(), 5u);
        BOOST_REQUIRE_EQUAL(top_pillar.size(), 2u);
        for (const Box& ring : rings)
            for (const Box& label : top_pillar) {
                const bool apart = ring.right <= label.left || label.right <= ring.left || ring.bottom <= label.top ||
                                   label.bottom <= ring.top;
                BOOST_TEST(apart, "a ring label overlaps the top pillar's label at side " << side);
            }
    }
}

// Each pillar's target marker (▲) sits on its own bar, centred on it, not half a row above.
BOOST_AUTO_TEST_CASE(target_markers_sit_on_their_bar) {
    RecordingCanvas canvas;
    r::DrawBars(canvas, 520, TwoPillars());
    BOOST_REQUIRE_EQUAL(canvas.filled_polygons.size(), 2u);
    std::vector<RecordingCanvas::Rect> bars;  // 9 points high; the stage bands are the chart's height
    for (const auto& rect : canvas.rects)
        if (rect.height < 10) bars.push_back(rect);
    BOOST_REQUIRE_EQUAL(bars.size(), 2u);
    for (std::size_t i = 0; i < 2; ++i) {
        double top = 1e9, bottom = -1e9;
        for (const auto& point : canvas.filled_polygons[i]) {
            top = std::min(top, point.y);
            bottom = std::max(bottom, point.y);
        }
        const double bar_middle = bars[i].y + bars[i].height / 2;
        BOOST_TEST((top + bottom) / 2 == bar_middle, boost::test_tools::tolerance(0.01));
        BOOST_TEST(top >= bars[i].y - 1e-9);  // within the bar's height
        BOOST_TEST(bottom <= bars[i].y + bars[i].height + 1e-9);
    }
}

// A pillar's name takes up to two lines of its row (197 points at width 520: 43 characters at 7.5
// points on this canvas); a longer one takes up to three lines at 6.5 points (50 characters each);
// only a name longer still is shortened with "…". Words keep their spaces (Cyrillic and accented
// words lost theirs when lines were joined again).
BOOST_AUTO_TEST_CASE(pillar_names_take_more_lines_before_they_are_shortened) {
    const auto labels = [](const std::string& title) {
        r::ChartData data = TwoPillars();
        data.pillars[1].title = title;
        RecordingCanvas canvas;
        r::DrawBars(canvas, 520, data);
        std::vector<RecordingCanvas::Drawn> drawn;  // P2's name: the texts at the left edge of its row
        for (const auto& text : canvas.texts)
            if (text.at.x == 0 && text.at.y > 17 && text.at.y < 34.5) drawn.push_back(text);
        return drawn;
    };
    const auto joined = [](const std::vector<RecordingCanvas::Drawn>& drawn) {
        std::string all;
        for (const auto& text : drawn) all += (all.empty() ? "" : " ") + text.text;
        return all;
    };
    // One line.
    auto drawn = labels("Legal frameworks");
    BOOST_TEST(drawn.size() == 1u);
    BOOST_TEST(joined(drawn) == "P2 Legal frameworks");
    // Two lines at 7.5 points.
    drawn = labels("Cooperation among all stakeholders in the national coordination");
    BOOST_TEST(drawn.size() == 2u);
    BOOST_TEST(drawn.front().size == 7.5);
    BOOST_TEST(joined(drawn) == "P2 Cooperation among all stakeholders in the national coordination");
    // Three lines at 6.5 points, Russian, whole and spaced.
    const std::string russian = "Культура кибербезопасности: стратегия, повышение осведомленности, навыки и партнерство "
                                "государства, бизнеса и гражданского общества";
    drawn = labels(russian);
    BOOST_TEST(drawn.size() == 3u);
    BOOST_TEST(drawn.front().size == 6.5);
    BOOST_TEST(joined(drawn) == "P2 " + russian);
    // Longer than three lines: the third is shortened.
    drawn = labels(russian + " " + russian);
    BOOST_TEST(drawn.size() == 3u);
    BOOST_TEST(drawn.back().text.ends_with("…"));
    for (const auto& text : drawn) BOOST_TEST(RecordingCanvas().TextWidth(text.text, text.size, false) <= 197 + 1e-9);
}

// Read from the right (an Arabic report): the names end at the chart's right edge and each bar grows
// leftwards from the label column (205 points at width 520).
BOOST_AUTO_TEST_CASE(mirrored_bars_read_from_the_right) {
    RecordingCanvas recorded;
    r::MirroredCanvas canvas(recorded, 520);
    r::DrawBars(canvas, 520, TwoPillars());
    const auto label = std::find_if(recorded.texts.begin(), recorded.texts.end(),
                                    [](const auto& text) { return text.text == "P1 Cooperation"; });
    BOOST_REQUIRE(label != recorded.texts.end());
    BOOST_TEST(label->at.x + recorded.TextWidth(label->text, label->size, false) == 520.0,
               boost::test_tools::tolerance(1e-9));
    std::vector<RecordingCanvas::Rect> bars;
    for (const auto& rect : recorded.rects)
        if (rect.height < 10) bars.push_back(rect);
    BOOST_REQUIRE_EQUAL(bars.size(), 2u);
    for (const auto& bar : bars) BOOST_TEST(bar.x + bar.width == 520.0 - 205.0, boost::test_tools::tolerance(1e-9));
}

BOOST_AUTO_TEST_SUITE_END()
