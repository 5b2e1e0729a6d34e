// The pillar bars on a canvas that records what is drawn: stage names stay inside their band.
#include <algorithm>

#include <boost/test/unit_test.hpp>

#include "c5/reports/charts.h"

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

    void Line(r::Point, r::Point, r::Color, double, bool) override {}
    void Polygon(const std::vector<r::Point>&, std::optional<r::Color>, double, std::optional<r::Color>, double,
                 bool) override {}
    void FillRect(double, double, double, double, r::Color) override {}
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
// bar width: width − min(170, 0.36·width) − 34, less 2 points of air), shortened with "…" when
// not; at 520 points all five fit, at 200 none does.
BOOST_AUTO_TEST_CASE(stage_names_stay_in_their_band) {
    for (const double width : {520.0, 300.0, 200.0}) {
        RecordingCanvas canvas;
        const auto data = TwoPillars();
        r::DrawBars(canvas, width, data);
        const double band = (width - std::min(170.0, width * 0.36) - 34.0) / 5.0 - 2;
        std::size_t whole = 0;
        for (const std::string& name : data.stage_names) {
            const auto drawn = std::find_if(canvas.texts.begin(), canvas.texts.end(), [&](const auto& text) {
                const std::string stem = text.text.substr(0, text.text.size() - std::string("…").size());
                return text.text == name || (text.text.ends_with("…") && name.starts_with(stem));
            });
            BOOST_REQUIRE_MESSAGE(drawn != canvas.texts.end(), name << " not drawn at width " << width);
            BOOST_TEST(canvas.TextWidth(drawn->text, drawn->size, false) <= band + 1e-9, drawn->text << " at " << width);
            const bool fits = canvas.TextWidth(name, drawn->size, false) <= band;
            BOOST_TEST((drawn->text == name) == fits, drawn->text << " at " << width);
            whole += drawn->text == name ? 1 : 0;
        }
        if (width == 520.0) BOOST_TEST(whole == 5u);
        if (width == 200.0) BOOST_TEST(whole == 0u);
    }
}

BOOST_AUTO_TEST_SUITE_END()
