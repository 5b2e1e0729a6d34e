// The report in each of the six UN languages: its text, extracted from the PDF as a reader's
// tools do, contains known strings in that script, in logical order and plain letters (so that
// it can be searched), and Arabic is drawn shaped.
#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

#include <fribidi.h>

#include <algorithm>
#include <set>

#include "c5/questionnaire/countries.h"
#include "c5/questionnaire/instrument_loader.h"
#include "c5/questionnaire/instrument_text.h"
#include "c5/reports/blank_form.h"
#include "c5/reports/demo.h"
#include "c5/reports/report_pdf.h"
#include "c5/reports/report_text.h"
#include "c5/scoring/score.h"
#include "pdf_tools.h"
#include "temp_dir.h"

namespace bdata = boost::unit_test::data;
namespace q = c5::questionnaire;
namespace r = c5::reports;

namespace {

std::string WithoutSpaces(std::string text) {
    std::erase(text, ' ');
    return text;
}

// Arabic as a PDF holds it: each letter in its contextual presentation form (U+FBxx–U+FExx),
// still in logical order — which is what pdftotext gives back from a correctly ordered line.
std::string ShapedLogical(const std::string& utf8) {
    std::vector<FriBidiChar> text(utf8.size() + 1);
    const FriBidiStrIndex length = fribidi_charset_to_unicode(FRIBIDI_CHAR_SET_UTF8, utf8.data(),
                                                              static_cast<FriBidiStrIndex>(utf8.size()), text.data());
    std::vector<FriBidiCharType> types(static_cast<std::size_t>(length));
    std::vector<FriBidiBracketType> brackets(static_cast<std::size_t>(length));
    std::vector<FriBidiLevel> levels(static_cast<std::size_t>(length));
    std::vector<FriBidiArabicProp> joining(static_cast<std::size_t>(length));
    fribidi_get_bidi_types(text.data(), length, types.data());
    fribidi_get_bracket_types(text.data(), length, types.data(), brackets.data());
    FriBidiParType direction = FRIBIDI_PAR_RTL;
    BOOST_REQUIRE(fribidi_get_par_embedding_levels_ex(types.data(), brackets.data(), length, &direction, levels.data()));
    fribidi_get_joining_types(text.data(), length, joining.data());
    fribidi_join_arabic(types.data(), length, levels.data(), joining.data());
    fribidi_shape(FRIBIDI_FLAGS_DEFAULT | FRIBIDI_FLAGS_ARABIC, levels.data(), length, joining.data(), text.data());
    std::string out(static_cast<std::size_t>(length) * 4 + 1, '\0');
    out.resize(static_cast<std::size_t>(
        fribidi_unicode_to_charset(FRIBIDI_CHAR_SET_UTF8, text.data(), length, out.data())));
    return out;
}

const char* kOtherLanguages[] = {"ar", "zh", "fr", "ru", "es"};

}  // namespace

BOOST_AUTO_TEST_SUITE(ReportLanguages)

BOOST_DATA_TEST_CASE(the_demo_report_speaks_the_language, bdata::make(kOtherLanguages), language) {
    c5::test::TempDir dir;
    r::ReportOptions options;
    options.language = language;
    const auto files = r::WriteDemo(dir.Path(), options, {"tester", "c5kit-tests"});
    const std::string text = WithoutSpaces(c5::test::PdfText(files.report.pdf));
    const r::ReportText strings(language);
    const q::Instrument instrument = q::ParseInstrument(q::BundledInstrumentJson());
    const std::string expected[] = {
        strings.Get("section_summary"),
        strings.Get("section_pillars"),
        q::PillarText(instrument.pillars.front(), "title", language).text,
        strings.Get("section_recommendations"),
    };
    for (const auto& phrase : expected) {
        const std::string wanted = WithoutSpaces(phrase);
        BOOST_TEST(text.find(wanted) != std::string::npos, language << ": \"" << phrase << "\" is not in the report");
    }
    // Nothing fell back to English in the bundled instrument.
    BOOST_TEST(text.find("[EN]") == std::string::npos);
    BOOST_TEST(c5::test::Tool({"qpdf", "--check", files.report.pdf.string()}).exit_code == 0);
}

BOOST_AUTO_TEST_CASE(arabic_is_shaped_and_chinese_embeds_its_font) {
    c5::test::TempDir dir;
    r::ReportOptions options;
    options.language = "ar";
    const auto arabic = r::WriteDemo(dir.Path() / "ar", options, {"tester", "c5kit-tests"});
    const std::string text = c5::test::PdfText(arabic.report.pdf);
    // Searchable: "الجاهزية" as typed, in logical order, though drawn in presentation forms (the
    // fonts' maps read them back as plain letters); unshaped letters would not join on the page.
    BOOST_TEST(text.find("الجاهزية") != std::string::npos);
    BOOST_TEST(text.find(ShapedLogical("الجاهزية")) == std::string::npos);
    const auto qdf = c5::test::Tool({"qpdf", "--qdf", "--object-streams=disable", arabic.report.pdf.string(),
                                     (dir / "ar.qdf").string()});
    const std::string uncompressed = c5::test::ReadFile(dir / "ar.qdf");
    BOOST_TEST(uncompressed.find("<FEDF> <0644>") != std::string::npos);  // initial lam drawn, read as lam
    BOOST_TEST(uncompressed.find("<FE8D> <0627>") != std::string::npos);  // isolated alef
    options.language = "zh";
    const auto chinese = r::WriteDemo(dir.Path() / "zh", options, {"tester", "c5kit-tests"});
    const auto fonts = c5::test::Tool({"pdffonts", chinese.report.pdf.string()});
    BOOST_TEST(fonts.out.find("BousungEG-Light-GB") != std::string::npos, fonts.out);  // AR PL SungtiL GB
    BOOST_TEST(fonts.out.find("CID TrueType") != std::string::npos, fonts.out);
}

BOOST_AUTO_TEST_CASE(a_missing_translation_shows_in_english_marked) {
    c5::test::TempDir dir;
    const q::Instrument instrument =
        q::ParseInstrument(c5::test::ReadFile(std::string(C5_TEST_DATA_DIR) + "/instruments/minimal.json"));
    const auto missing = q::MissingTranslations(instrument, "fr");
    BOOST_REQUIRE(!missing.empty());
    BOOST_TEST(missing.front().where == "instrument");
    r::ReportOptions options;
    options.language = "fr";
    r::WriteBlankForm(instrument, options, dir / "form.pdf");
    const std::string text = c5::test::PdfText(dir / "form.pdf");
    BOOST_TEST(text.find("[EN] " + instrument.pillars.front().questions.front().text.substr(0, 20)) != std::string::npos,
               text.substr(0, 600));
}

BOOST_AUTO_TEST_CASE(the_bundled_instrument_is_complete_in_every_language) {
    const q::Instrument instrument = q::ParseInstrument(q::BundledInstrumentJson());
    for (const auto language : q::kUnLanguages) {
        const auto missing = q::MissingTranslations(instrument, language);
        BOOST_TEST(missing.empty(), language << ": " << missing.size() << " missing, first "
                                             << (missing.empty() ? "" : missing.front().where + " " + missing.front().field));
    }
}

// The country groups' sources, translated in the string tables, name the same counts and dates as
// the data file they describe (questionnaire/data/country_groups.json).
BOOST_AUTO_TEST_CASE(translated_country_group_sources_match_the_data) {
    const auto numbers = [](const std::string& text) {
        std::multiset<std::string> found;
        std::string digits;
        for (char c : text + " ") {
            if (std::isdigit(static_cast<unsigned char>(c))) digits += c;
            else if (!digits.empty()) {
                found.insert(digits);
                digits.clear();
            }
        }
        return found;
    };
    const auto expected = numbers(q::CountryGroupSources());
    BOOST_REQUIRE(expected.size() > 10u);
    for (const char* language : kOtherLanguages) {
        const r::ReportText text(language);
        BOOST_REQUIRE(text.Has("methodology_groups_sources"));
        const auto found = numbers(text.Get("methodology_groups_sources"));  // Chinese also numbers its months
        BOOST_TEST(std::includes(found.begin(), found.end(), expected.begin(), expected.end()), language);
    }
}

struct LocaleFormat {
    const char* language;
    const char* date;
    const char* early_date;  // 2027-03-05: zero-padded where the language pads, not in Chinese
    const char* number;
    const char* negative;  // a typeset minus sign, never a hyphen
};
std::ostream& operator<<(std::ostream& out, const LocaleFormat& f) { return out << f.language; }
const LocaleFormat kLocaleFormats[] = {
    {"en", "2026-11-22", "2027-03-05", "46.1", "−1.5"},      {"fr", "22/11/2026", "05/03/2027", "46,1", "−1,5"},
    {"es", "22/11/2026", "05/03/2027", "46,1", "−1,5"},      {"ru", "22.11.2026", "05.03.2027", "46,1", "−1,5"},
    {"zh", "2026年11月22日", "2027年3月5日", "46.1", "−1.5"}, {"ar", "22/11/2026", "05/03/2027", "46.1", "−1.5"},
};

BOOST_DATA_TEST_CASE(dates_and_numbers_in_the_language_format, bdata::make(kLocaleFormats), format) {
    const r::ReportText text(format.language);
    BOOST_TEST(text.Date("2026-11-22") == format.date);
    BOOST_TEST(text.Date("2026-11-22T10:13:00Z") == format.date);
    BOOST_TEST(text.Date("not a date") == "not a date");
    BOOST_TEST(text.Number(46.14) == format.number);
    BOOST_TEST(text.Date("2027-03-05") == format.early_date);
    BOOST_TEST(text.Number(-1.46) == format.negative);
    BOOST_TEST(text.Number(-0.04) == text.Number(0.0));  // no "−0.0"
}

BOOST_AUTO_TEST_SUITE_END()
