// Operator slips and hostile content through the real c5kit-cli (docs/reliability.md): outputs
// that never destroy inputs, kits all or none, evidence that cannot break a report or a terminal,
// exact CSV round trips, sealed-file names and passphrases, look-alike names, number ranges, the
// audit log's who and what. FIFOs and file modes: operator_slips_posix_test.cpp.
#include <cmath>
#include <fstream>

#include <SQLiteCpp/Database.h>
#include <nlohmann/json.hpp>
#include <boost/test/data/test_case.hpp>

#include "c5/questionnaire/sealed_file.h"
#include "operator_slips_fixture.h"

namespace bdata = boost::unit_test::data;
namespace fs = std::filesystem;
namespace q = c5::questionnaire;
using c5::test::Contains;
using c5::test::ExpectFailure;
using c5::test::ReadFile;
using c5::test::WriteFile;
using Assessment = c5::test::SlipAssessment;
using Json = nlohmann::json;

BOOST_AUTO_TEST_SUITE(OperatorSlips)

// Item 5: an output never replaces its input or any assessment.
struct Slip {
    std::string name;
    std::vector<std::string> command;
    std::string message;
};
std::ostream& operator<<(std::ostream& out, const Slip& slip) { return out << slip.name; }

const Slip kSlips[] = {
    {"report over its assessment", {"report", "ken.c5a", "-o", "ken.c5a"}, "ken.c5a: is the input file itself"},
    {"CSV export over its assessment", {"export", "ken.c5a", "--csv", "ken.c5a"}, "ken.c5a: is the input file itself"},
    {"JSON export over another assessment", {"export", "ken.c5a", "--json", "other.c5a"},
     "other.c5a: is an assessment file; an output never replaces one"},
    {"report over a renamed assessment", {"report", "ken.c5a", "-o", "renamed"}, "renamed: is an assessment file"},
    {"report over a sealed file", {"report", "ken.c5a", "-o", "sealed.pdf"}, "sealed.pdf: is an assessment file"},
    {"blank form over its instrument", {"blank-form", "--instrument", "instrument.json", "-o", "instrument.json"},
     "instrument.json: is the input file itself"},
    {"instrument workbook over its instrument", {"instrument", "export", "instrument.json", "--xlsx", "instrument.json"},
     "instrument.json: is the input file itself"},
    {"imported instrument over its workbook", {"instrument", "import", "--xlsx", "instrument.json", "-o", "instrument.json"},
     "instrument.json: is the input file itself"},
    {"instrument workbook over an assessment", {"instrument", "export", "instrument.json", "--xlsx", "other.c5a"},
     "other.c5a: is an assessment file"},
};

BOOST_DATA_TEST_CASE_F(Assessment, an_output_never_replaces_an_input_or_an_assessment, bdata::make(kSlips), slip) {
    BOOST_REQUIRE(Cli({"new", "other.c5a", "--country", "KEN", "--year", "2026"}).exit_code == 0);
    fs::copy_file(File("ken.c5a"), File("renamed"));
    WriteFile(File("sealed.pdf"), q::Seal(ReadFile(File("other.c5a")), "other.c5a", "a passphrase here", {1, 8192}));
    fs::copy_file(std::string(C5_SOURCE_DIR) + "/questionnaire/instruments/c5.json", File("instrument.json"));
    std::map<std::string, std::string> before;
    for (const auto& entry : fs::directory_iterator(dir.Path())) before[entry.path().filename().string()] = ReadFile(entry.path());
    ExpectFailure(Cli(slip.command), 1, slip.message);
    std::map<std::string, std::string> after;
    for (const auto& entry : fs::directory_iterator(dir.Path())) after[entry.path().filename().string()] = ReadFile(entry.path());
    BOOST_TEST((after == before), "a refused output changed or added a file");
}

// Item 6: kits all or none.
BOOST_FIXTURE_TEST_CASE(kits_are_all_or_none_when_a_name_is_refused, Assessment) {
    const std::string before = ReadFile(File("ken.c5a"));
    ExpectFailure(Cli({"kits", "ken.c5a", "kits", "--respondent", "Ministry", "--respondent", "CIRT", "--respondent",
                       "Bad\x01name"}),
                  1, "control character");
    BOOST_TEST((!fs::exists(File("kits")) || fs::is_empty(File("kits"))), "some kits were written");
    BOOST_TEST((ReadFile(File("ken.c5a")) == before), "the refused kits were recorded");
    // A name that looks like another one's is refused the same way.
    ExpectFailure(Cli({"kits", "ken.c5a", "kits", "--respondent", "CIRT", "--respondent", "Ministr\xD1\x83"}), 1,
                  "looks the same");
    BOOST_TEST((!fs::exists(File("kits")) || fs::is_empty(File("kits"))));
}

// Item 9: evidence never blocks the report: a 70,000-byte run of letters, 22,000 Chinese characters,
// and a 70,000-byte web address.
BOOST_FIXTURE_TEST_CASE(a_run_longer_than_the_pdf_library_takes_is_drawn_in_pieces, Assessment) {
    std::string blob;
    for (int i = 0; blob.size() < 70'000; ++i) blob += static_cast<char>('A' + i % 26);
    std::string chinese;
    for (int i = 0; i < 22'000; ++i) chinese += i % 20 == 19 ? "，" : "中";
    Answer({"--respondent", "Ministry", "--question", "P1.Q2", "--value", "2", "--evidence", blob});
    Answer({"--respondent", "Ministry", "--question", "P1.Q3", "--value", "2", "--evidence", chinese});
    // An address longer than a PDF string may be (65,535 bytes), as evidence and as a link: shown,
    // not linked.
    const std::string address = "https://example.org/" + blob;
    Answer({"--respondent", "Ministry", "--question", "P1.Q5", "--value", "2", "--evidence", "see " + address,
            "--links", address});
    const auto result = Cli({"report", "ken.c5a", "-o", "report.pdf", "--samples", "0"});
    BOOST_TEST(result.exit_code == 0, result.err);
    BOOST_TEST(fs::file_size(File("report.pdf")) > 1000u);
}

// Item 10: a terminal never receives control characters from the data.
BOOST_FIXTURE_TEST_CASE(control_characters_in_answers_are_shown_escaped, Assessment) {
    Answer({"--respondent", "CIRT", "--question", "P1.Q1", "--value", "4", "--evidence", "ok\x1b[2J\x07 then \x1b]0;pwned\x07",
            "--group", "tech\x1b[31m"});
    const auto listed = Cli({"disagreements", "ken.c5a"});
    BOOST_TEST(listed.exit_code == 0, listed.err);
    BOOST_TEST(!Contains(listed.out, "\x1b"), listed.out);
    BOOST_TEST(!Contains(listed.out, "\x07"));
    BOOST_TEST(Contains(listed.out, "ok\\x1b[2J\\x07 then"), listed.out);
    const auto info = Cli({"info", "ken.c5a"});
    BOOST_TEST(!Contains(info.out, "\x1b"), info.out);
    BOOST_TEST(Contains(info.out, "tech\\x1b[31m"), info.out);
    // --json gives the text exactly (JSON escapes it itself).
    const Json json = Json::parse(Cli({"disagreements", "ken.c5a", "--json"}).out);
    bool exact = false;
    for (const auto& answer : json["disagreements"][0]["answers"])
        exact = exact || answer["evidence"] == "ok\x1b[2J\x07 then \x1b]0;pwned\x07";
    BOOST_TEST(exact, json.dump());
}

// Item 12: CSV export and import give back exactly what was exported.
BOOST_FIXTURE_TEST_CASE(a_csv_export_imports_back_exactly, Assessment) {
    Answer({"--respondent", "Ministry", "--question", "P1.Q7", "--value", "NA", "--evidence", "'=SUM(A1:A9)"});
    Answer({"--respondent", "Ministry", "--question", "P1.Q2", "--na", "--evidence", "=1+1 and a\rlone return"});
    Answer({"--respondent", "Ministry", "--question", "P1.Q3", "--value", "3", "--evidence", "'quoted' start",
            "--links", "https://example.org/a\nhttps://example.org/b"});
    BOOST_REQUIRE(Cli({"export", "ken.c5a", "--csv", "answers.csv"}).exit_code == 0);
    BOOST_REQUIRE(Cli({"new", "copy.c5a", "--country", "KEN", "--year", "2026"}).exit_code == 0);
    const auto imported = Cli({"import-answers", "copy.c5a", "--csv", "answers.csv"});
    BOOST_REQUIRE_MESSAGE(imported.exit_code == 0, imported.err);
    const auto answers = [&](const char* file) {
        Json list = Json::parse(Cli({"export", file, "--json", std::string(file) + ".json"}).exit_code == 0
                                    ? ReadFile(File(std::string(file) + ".json"))
                                    : "{}")["answers"];
        for (auto& answer : list) {
            answer.erase("answered_at");
            answer.erase("updated_at");
        }
        return list;
    };
    const Json original = answers("ken.c5a");
    const Json back = answers("copy.c5a");
    BOOST_REQUIRE_EQUAL(original.size(), 4u);
    BOOST_TEST(back.dump(1) == original.dump(1));
    // And the formula guard still holds in the file a spreadsheet opens.
    BOOST_TEST(Contains(ReadFile(File("answers.csv")), "'=1+1 and a"));
}

// Item 13: a sealed file chooses no hidden or strange name.
BOOST_FIXTURE_TEST_CASE(an_unsealed_file_gets_a_plain_visible_name, Assessment) {
    WriteFile(File("pass.txt"), "kelora workshop 2026\n");
    const std::string content = ReadFile(File("ken.c5a"));
    const std::pair<std::string, std::string> cases[] = {
        {".bashrc", "bashrc.c5a"},
        {"two\nlines.c5a", "two_lines.c5a"},
        {"../../outside.c5a", "outside.c5a"},
        {"run.sh", "run.sh.c5a"},
        {"x\u202Efdp.c5a", "xfdp.c5a"},  // would read "xa5c.pdf"
        {"CON.c5a", "CON_.c5a"},
        {"lpt1.report.c5a", "lpt1_.report.c5a"},
    };
    int n = 0;
    for (const auto& [sealed_name, expected] : cases) {
        BOOST_TEST_CONTEXT(sealed_name) {
            fs::create_directory(File("in" + std::to_string(n)));
            const std::string sealed = "in" + std::to_string(n++) + "/crafted.c5s";
            const std::string description = Json{{"name", sealed_name}, {"bytes", content.size()}}.dump();
            WriteFile(File(sealed), q::detail::SealWithDescription(description, content, "kelora workshop 2026", {1, 8192}));
            const auto result = Cli({"unseal", sealed, "--passphrase-file", "pass.txt"});
            BOOST_TEST(result.exit_code == 0, result.err);
            BOOST_TEST(fs::exists(File((fs::path(sealed).parent_path() / expected).string())), result.out);
            std::size_t files = 0;
            for (const auto& entry : fs::directory_iterator(File(fs::path(sealed).parent_path().string()))) {
                ++files;
                BOOST_TEST(entry.path().filename().string().front() != '.', entry.path());
            }
            BOOST_TEST(files == 2u);
        }
    }
    BOOST_TEST(!fs::exists(File("../outside.c5a")));
}

// Item 13: a writer killed half-way (an export, a new file) leaves a named temp file holding what it
// was writing; the next command that opens an assessment in that folder removes it. One written an
// instant ago may belong to a living writer and stays.
BOOST_FIXTURE_TEST_CASE(temp_files_of_a_killed_writer_are_removed_when_the_folder_is_next_used, Assessment) {
    const fs::path abandoned = File(".answers.xlsx.1a2b3c4d.c5tmp");
    const fs::path fresh = File(".report.pdf.5e6f7a8b.c5tmp");
    WriteFile(abandoned, "evidence nobody saw saved");
    WriteFile(fresh, "being written");
    fs::last_write_time(abandoned, fs::file_time_type::clock::now() - std::chrono::minutes(2));
    std::ofstream writer(fresh, std::ios::app);  // its writer still has it open
    const auto info = Cli({"info", "ken.c5a"});
    BOOST_TEST(info.exit_code == 0, info.err);
    BOOST_TEST(!fs::exists(abandoned));
    BOOST_TEST(fs::exists(fresh));
}

// Item 14: passphrases as people type them on different systems; blank and short ones refused.
BOOST_FIXTURE_TEST_CASE(passphrases_are_normalised_and_blank_ones_refused, Assessment) {
    WriteFile(File("composed.txt"), "caf\xC3\xA9 au lait 2026\n");                 // é as one character
    WriteFile(File("notepad.txt"), "\xEF\xBB\xBF" "cafe\xCC\x81 au lait 2026\r\n");  // BOM, e + accent, CRLF
    BOOST_REQUIRE(Cli({"seal", "ken.c5a", "-o", "ken.c5s", "--passphrase-file", "composed.txt"}).exit_code == 0);
    const auto unsealed = Cli({"unseal", "ken.c5s", "--passphrase-file", "notepad.txt", "-o", "back.c5a"});
    BOOST_TEST(unsealed.exit_code == 0, unsealed.err);
    WriteFile(File("blank.txt"), "        \n");
    ExpectFailure(Cli({"seal", "ken.c5a", "-o", "blank.c5s", "--passphrase-file", "blank.txt"}), 1, "the passphrase is blank");
    WriteFile(File("short.txt"), "  abc d  \n");
    ExpectFailure(Cli({"seal", "ken.c5a", "-o", "short.c5s", "--passphrase-file", "short.txt"}), 1,
                  "the passphrase is too short: use at least 8 characters other than spaces");
    BOOST_TEST(!fs::exists(File("blank.c5s")));
}

// Item 15: names that look alike are one name, or refused.
BOOST_FIXTURE_TEST_CASE(look_alike_respondent_names_are_refused, Assessment) {
    Answer({"--respondent", "Tyrone", "--question", "P1.Q1", "--value", "1"});
    ExpectFailure(Cli({"answer", "ken.c5a", "--respondent", "T\xD1\x83rone", "--question", "P1.Q1", "--value", "3"}), 1,
                  "looks the same as \"Tyrone\"");
    // A trailing zero-width space is no part of a name: the same respondent answers.
    Answer({"--respondent", "Tyrone\xE2\x80\x8B", "--question", "P1.Q2", "--value", "2"});
    const Json info = Json::parse(Cli({"info", "ken.c5a", "--json"}).out);
    BOOST_TEST(info["respondents"].size() == 2u);
    ExpectFailure(Cli({"answer", "ken.c5a", "--respondent", "Ty\xE2\x80\x8Brone X", "--question", "P1.Q1", "--value", "3"}),
                  1, "invisible");
    // From a CSV the refusal names the line, whether the other spelling is in the assessment or
    // on an earlier line; nothing is imported.
    WriteFile(File("existing.csv"), "respondent,question,value\nMinistry,P1.Q3,2\nT\xD1\x83rone,P1.Q3,1\n");
    ExpectFailure(Cli({"import-answers", "ken.c5a", "--csv", "existing.csv"}), 1,
                  "existing.csv line 3: ken.c5a: the respondent name \"T\xD1\x83rone\" looks the same as \"Tyrone\"");
    WriteFile(File("within.csv"), "respondent,question,value\nAmina,P1.Q3,2\n\xD0\x90mina,P1.Q4,1\n");
    ExpectFailure(Cli({"import-answers", "ken.c5a", "--csv", "within.csv"}), 1,
                  "within.csv line 3 (respondent): the respondent name \"\xD0\x90mina\" looks the same as \"Amina\" on "
                  "line 2");
    BOOST_TEST(Json::parse(Cli({"info", "ken.c5a", "--json"}).out)["respondents"].size() == 2u);
}

// Item 16: each number question states its range; values outside are refused.
BOOST_FIXTURE_TEST_CASE(number_answers_outside_their_range_are_refused, Assessment) {
    for (const char* value : {"-5", "1e308", "-1e308", "1001"})
        ExpectFailure(Cli({"answer", "ken.c5a", "--respondent", "Ministry", "--question", "P1.Q4", "--value", value}), 1,
                      "P1.Q4 takes a number from 0 to 1000 (agreements in force)");
    Answer({"--respondent", "Ministry", "--question", "P1.Q4", "--value", "12"});
    Answer({"--respondent", "Ministry", "--question", "P4.Q1", "--value", "2"});
    ExpectFailure(Cli({"answer", "ken.c5a", "--respondent", "Ministry", "--question", "P4.Q3", "--value", "-3"}), 1,
                  "P4.Q3 takes a number from 0 to 8760");
    auto json = Json::parse(ReadFile(c5::test::DataPath("instruments/minimal.json")));
    json["pillars"][1]["questions"][2]["range"] = {{"min", 0}, {"max", 50}};  // goalposts 72 and 4: outside
    WriteFile(File("ranged.json"), json.dump());
    const auto validated = Cli({"validate", "ranged.json"});
    BOOST_TEST(validated.exit_code == 1);
    BOOST_TEST(Contains(validated.err, "pillars[1].questions[2].range: the goalposts (72 and 4) must lie within the range"),
               validated.err);
}

// Item 17: the audit log's who is sanitised, merged files are named by their name, kits carry no
// expert's named matrix, and an entry can be redacted.
BOOST_FIXTURE_TEST_CASE(the_audit_log_names_a_clean_user_and_file_names_not_paths, Assessment) {
    const std::vector<std::string> answer = {"answer", "ken.c5a", "--respondent", "Ministry", "--question", "P1.Q2",
                                             "--value", "3"};
    // A user name from the environment (POSIX); Windows asks the system, whose names hold no line break.
    if (c5::test::ToolsCanStartTheKit()) {
        std::vector<std::string> with_user = {"env", "USER=mallory\nroot", "LOGNAME=x", C5_CLI_PATH};
        with_user.insert(with_user.end(), answer.begin(), answer.end());
        const auto result = c5::test::Tool(with_user, dir.Path());
        BOOST_REQUIRE_MESSAGE(result.exit_code == 0, result.err);
        const Json log = Json::parse(Cli({"audit", "ken.c5a", "--json"}).out)["entries"];
        BOOST_TEST(log.back()["actor"] == "unknown");
    } else {
        BOOST_REQUIRE(Cli(answer).exit_code == 0);
    }
    BOOST_REQUIRE(Cli({"kits", "ken.c5a", "kits", "--respondent", "Ministry"}).exit_code == 0);
    BOOST_REQUIRE(Cli({"merge", "ken.c5a", File("kits/ken-ministry.c5a").string()}).exit_code == 0);
    // The parsed log is kept in a variable: a range-for over a member of a temporary reads freed memory.
    const Json merged_log = Json::parse(Cli({"audit", "ken.c5a", "--json"}).out);
    for (const auto& entry : merged_log["entries"]) {
        BOOST_TEST(!Contains(entry.dump(), dir.Path().string()), entry.dump());
    }
}

BOOST_FIXTURE_TEST_CASE(kits_carry_no_experts_named_matrices, Assessment) {
    WriteFile(File("alice.csv"), "1,3\n0.3333333333,1\n");
    WriteFile(File("bob.csv"), "1,0.5\n2,1\n");
    BOOST_REQUIRE(Cli({"options", "ken.c5a", "--ahp-pillars", "P1", "--ahp-pillars", "P2", "--ahp-matrix",
                       "Alice Expert=alice.csv", "--ahp-matrix", "Bob Expert=bob.csv"})
                      .exit_code == 0);
    BOOST_REQUIRE(Cli({"kits", "ken.c5a", "kits", "--respondent", "Ministry"}).exit_code == 0);
    const std::string kit = ReadFile(File("kits/ken-ministry.c5a"));
    BOOST_TEST(!Contains(kit, "Alice Expert"));
    BOOST_TEST(!Contains(kit, "Bob Expert"));
    const auto options = Cli({"options", "kits/ken-ministry.c5a"});
    BOOST_TEST(Contains(options.out, "AHP matrix of combined judgements (2×2)"), options.out);
    // What scoring uses, and nothing more: the element-wise geometric mean of the two matrices.
    SQLite::Database db(File("kits/ken-ministry.c5a").string(), SQLite::OPEN_READONLY);
    const Json ahp = Json::parse(db.execAndGet("SELECT value FROM setting WHERE key = 'ahp'").getString());
    BOOST_REQUIRE_EQUAL(ahp["matrices"].size(), 1u);
    const Json& combined = ahp["matrices"]["combined judgements"];
    BOOST_TEST(combined[0][1].get<double>() == std::sqrt(3.0 * 0.5), boost::test_tools::tolerance(1e-9));
    BOOST_TEST(combined[1][0].get<double>() == std::sqrt(0.3333333333 * 2.0), boost::test_tools::tolerance(1e-9));
}

BOOST_FIXTURE_TEST_CASE(an_audit_entry_can_be_redacted_and_the_redaction_is_logged, Assessment) {
    Answer({"--respondent", "Ministry", "--question", "P1.Q2", "--value", "2", "--evidence", "password=hunter2 oops"});
    Answer({"--respondent", "Ministry", "--question", "P1.Q2", "--value", "2", "--evidence", "see the decree"});
    const Json found = Json::parse(Cli({"audit", "ken.c5a", "--json", "--search", "hunter2"}).out)["entries"];
    BOOST_REQUIRE_EQUAL(found.size(), 2u);  // the first save and the change that replaced it
    const auto redacted = Cli({"redact", "ken.c5a", "--entry", std::to_string(found[0]["id"].get<long long>()),
                               "--entry", std::to_string(found[1]["id"].get<long long>()), "--reason",
                               "a password pasted by accident"});
    BOOST_TEST(redacted.exit_code == 0, redacted.err);
    BOOST_TEST(Json::parse(Cli({"audit", "ken.c5a", "--json", "--search", "hunter2"}).out)["entries"].empty());
    BOOST_TEST(!Contains(ReadFile(File("ken.c5a")), "hunter2"), "the secret is still in the file's bytes");
    const Json log = Json::parse(Cli({"audit", "ken.c5a", "--json"}).out)["entries"];
    BOOST_TEST(log.back()["action"] == "audit.redact");
    BOOST_TEST(Contains(log.back()["new_value"].get<std::string>(), "a password pasted by accident"));
    ExpectFailure(Cli({"redact", "ken.c5a", "--entry", std::to_string(log.back()["id"].get<long long>()), "--reason", "x"}),
                  1, "records a redaction, which stays");
}

// Item 18: file names up to the limits work, and longer ones get a clear refusal; a changed seal
// header is named as damage.
BOOST_FIXTURE_TEST_CASE(file_names_up_to_the_limit_work_and_a_flipped_seal_header_is_damage, Assessment) {
    const std::string long_name = std::string(251, 'a') + ".csv";  // 255 bytes
    const auto exported = Cli({"export", "ken.c5a", "--csv", long_name});
    BOOST_TEST(exported.exit_code == 0, exported.err);
    BOOST_TEST(fs::exists(File(long_name)));
    WriteFile(File("pass.txt"), "kelora workshop 2026\n");
    BOOST_REQUIRE(Cli({"seal", "ken.c5a", "-o", "ken.c5s", "--passphrase-file", "pass.txt"}).exit_code == 0);
    std::string sealed = ReadFile(File("ken.c5s"));
    sealed[8] = '\0';
    WriteFile(File("flipped.c5s"), sealed);
    ExpectFailure(Cli({"unseal", "flipped.c5s", "--passphrase-file", "pass.txt"}), 1,
                  "flipped.c5s: the sealed file's header is damaged (byte 8 is changed)");
    // One flipped bit of the format (1 → 3) cannot be told from a newer kit's file: both are said.
    sealed[8] = '\x03';
    WriteFile(File("bit.c5s"), sealed);
    ExpectFailure(Cli({"unseal", "bit.c5s", "--passphrase-file", "pass.txt"}), 1,
                  "or byte 8 of the file is damaged");
    // Assessment names leave room for the journal the database keeps beside them ("-journal").
    const std::string longest = std::string(243, 'b') + ".c5a";  // 247 bytes
    const std::string too_long = std::string(244, 'c') + ".c5a";
    const auto made = Cli({"new", longest, "--country", "KEN", "--year", "2026"});
    BOOST_TEST(made.exit_code == 0, made.err);
    BOOST_TEST(Cli({"answer", longest, "--respondent", "Ministry", "--question", "P1.Q1", "--value", "2"}).exit_code == 0);
    ExpectFailure(Cli({"new", too_long, "--country", "KEN", "--year", "2026"}), 1,
                  "the file name is 248 bytes long; an assessment file's name may have at most 247");
    BOOST_TEST(!fs::exists(File(too_long)));
    fs::copy_file(File("ken.c5a"), File(too_long));
    const std::string before = ReadFile(File(too_long));
    BOOST_TEST(Cli({"info", too_long}).exit_code == 0);  // reading needs no journal
    ExpectFailure(Cli({"answer", too_long, "--respondent", "Ministry", "--question", "P1.Q1", "--value", "3"}), 1,
                  "rename it to a shorter name (nothing was changed)");
    BOOST_TEST((ReadFile(File(too_long)) == before));
}

BOOST_AUTO_TEST_SUITE_END()
