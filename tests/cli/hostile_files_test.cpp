// Hostile and broken files through the real c5kit-cli (docs/reliability.md): each case gets one
// specific error line, a non-zero exit status, and leaves the file byte for byte as it was.
#include <functional>

#include <SQLiteCpp/Database.h>
#include <nlohmann/json.hpp>
#include <boost/test/data/test_case.hpp>

#include "c5/questionnaire/assessment_store.h"
#include "c5/questionnaire/file_format.h"
#include "cli_fixture.h"

namespace bdata = boost::unit_test::data;
namespace fs = std::filesystem;
namespace q = c5::questionnaire;
using c5::test::CliFixture;
using c5::test::ReadFile;
using c5::test::WriteFile;

namespace {

void Sql(const fs::path& file, const std::string& statements) {
    SQLite::Database db(file.string(), SQLite::OPEN_READWRITE);
    db.exec(statements);
}

void FlipBytes(const fs::path& file) {
    std::string bytes = ReadFile(file);
    // Past the header and the first pages, every 997th byte: pages of data, not just padding.
    for (std::size_t at = 3 * 4096 + 100; at < bytes.size(); at += 997) bytes[at] = static_cast<char>(bytes[at] ^ 0x5A);
    WriteFile(file, bytes);
}

struct HostileCase {
    std::string name;
    std::function<void(const CliFixture&, const fs::path&)> damage;  // applied to a valid file
    std::vector<std::string> command;  // "FILE" stands for the damaged file
    int status;
    std::string message;  // a fragment of the one line on stderr
};
std::ostream& operator<<(std::ostream& out, const HostileCase& c) { return out << c.name; }

const std::vector<std::string> kAnswer = {"answer", "FILE", "--respondent", "Ministry", "--question", "P1.Q2",
                                          "--value", "yes"};

const HostileCase kHostileCases[] = {
    {"truncated to half, read",
     [](const CliFixture&, const fs::path& f) { fs::resize_file(f, fs::file_size(f) / 2); },
     {"info", "FILE"}, 1, "t.c5a: the file is damaged"},
    {"truncated to half, written",
     [](const CliFixture&, const fs::path& f) { fs::resize_file(f, fs::file_size(f) / 2); },
     kAnswer, 1, "t.c5a: the file is damaged"},
    {"truncated inside the header", [](const CliFixture&, const fs::path& f) { fs::resize_file(f, 60); },
     {"info", "FILE"}, 1, "t.c5a: not a C5 assessment file"},
    {"bit-flipped pages, read", [](const CliFixture&, const fs::path& f) { FlipBytes(f); }, {"score", "FILE"}, 1,
     "t.c5a: the file is damaged"},
    {"bit-flipped pages, written", [](const CliFixture&, const fs::path& f) { FlipBytes(f); }, kAnswer, 1,
     "t.c5a: the file is damaged"},
    {"text file renamed .c5a",
     [](const CliFixture&, const fs::path& f) { WriteFile(f, "respondent,question,value\nMinistry,P1.Q1,2\n"); },
     kAnswer, 1, "t.c5a: not a C5 assessment file (a .c5a file is an SQLite database"},
    {"another program's database",
     [](const CliFixture&, const fs::path& f) { Sql(f, "PRAGMA application_id = 1234"); }, {"info", "FILE"}, 1,
     "t.c5a: not a C5 assessment file (it is an SQLite database of another program)"},
    {"newer schema version", [](const CliFixture&, const fs::path& f) { Sql(f, "PRAGMA user_version = 99"); },
     kAnswer, 1, "t.c5a: written by a newer version of the C5 Readiness Kit (file format 99; this kit reads formats up to " +
         std::to_string(q::kFileFormatVersion) + ")"},
    {"missing table", [](const CliFixture&, const fs::path& f) { Sql(f, "DROP TABLE audit_log"); },
     {"export", "FILE", "--json", "out.json"}, 1, "t.c5a: not a valid C5 assessment file: the table 'audit_log' is missing"},
    {"extra trigger",
     [](const CliFixture&, const fs::path& f) {
         Sql(f, "CREATE TRIGGER wipe AFTER INSERT ON answer BEGIN DELETE FROM answer; END;");
     },
     kAnswer, 1, "t.c5a: not a valid C5 assessment file: it contains a trigger named 'wipe' that the kit did not create"},
    {"invalid UTF-8 stored in the file",
     [](const CliFixture&, const fs::path& f) { Sql(f, "UPDATE respondent SET name = CAST(X'4D696EFF' AS TEXT)"); },
     {"export", "FILE", "--json", "out.json"}, 1,
     "t.c5a: the file is damaged: the name in row 1 of the table 'respondent' is not valid UTF-8 text"},
    {"invalid UTF-8 evidence typed", [](const CliFixture&, const fs::path&) {},
     {"answer", "FILE", "--respondent", "Ministry", "--question", "P1.Q2", "--value", "yes", "--evidence",
      "Decree \xff\xfe 2024"},
     1, "the evidence text is not valid UTF-8 text"},
    {"invalid UTF-8 in an answers CSV",
     [](const CliFixture& cli, const fs::path&) {
         WriteFile(cli.File("answers.csv"), "respondent,question,value\nMin\xffistry,P1.Q2,yes\n");
     },
     {"import-answers", "FILE", "--csv", "answers.csv"}, 1, "answers.csv: not valid UTF-8 text"},
    {"10 MB evidence text",
     [](const CliFixture& cli, const fs::path&) {
         WriteFile(cli.File("answers.csv"),
                   "respondent,question,value,confidence,evidence\nMinistry,P1.Q2,yes,high," +
                       std::string(10'000'000, 'e') + "\n");
     },
     {"import-answers", "FILE", "--csv", "answers.csv"}, 1,
     "answers.csv line 2 (value): the evidence text is 10000000 bytes long; the limit is 100000"},
    {"read-only file", [](const CliFixture&, const fs::path& f) { fs::permissions(f, fs::perms::owner_read); },
     kAnswer, 1, "t.c5a: the file is read-only (write-protected disk or file permissions)"},
    {"full disk before the journal is written", [](const CliFixture&, const fs::path&) {},
     {"prlimit", "--fsize=4096", C5_CLI_PATH, "answer", "FILE", "--respondent", "Ministry", "--question", "P1.Q2",
      "--value", "yes"},
     1, "t.c5a: could not save the answer: writing to the disk failed — it may be full"},
    {"full disk while the file grows",
     [](const CliFixture& cli, const fs::path&) {
         std::string csv = "respondent,question,value,confidence,evidence\n";
         for (int i = 0; i < 300; ++i) csv += "Respondent " + std::to_string(i) + ",P1.Q2,yes,high," + std::string(3000, 'e') + "\n";
         WriteFile(cli.File("answers.csv"), csv);
     },
     {"prlimit", "--fsize=SIZE", C5_CLI_PATH, "import-answers", "FILE", "--csv", "answers.csv"}, 1,
     "t.c5a: could not import the answers: writing to the disk failed — it may be full"},
};

}  // namespace

BOOST_AUTO_TEST_SUITE(HostileFiles)

BOOST_DATA_TEST_CASE_F(CliFixture, each_gives_a_specific_error_and_leaves_the_file_unchanged, bdata::make(kHostileCases),
                       hostile) {
    const fs::path file = File("t.c5a");
    BOOST_REQUIRE(Cli({"new", "t.c5a", "--country", "KEN", "--year", "2026", "--instrument",
                       c5::test::DataPath("instruments/minimal.json")}).exit_code == 0);
    BOOST_REQUIRE(Cli({"answer", "t.c5a", "--respondent", "Ministry", "--question", "P1.Q1", "--value", "2"})
                      .exit_code == 0);
    hostile.damage(*this, file);
    const std::string before = ReadFile(file);

    std::vector<std::string> command;
    for (const auto& argument : hostile.command)
        command.push_back(argument == "FILE"          ? "t.c5a"
                          : argument == "--fsize=SIZE" ? "--fsize=" + std::to_string(before.size())
                                                       : argument);
    const bool direct = command.front() != "prlimit";
    if (!direct && !c5::test::ToolsCanStartTheKit()) {
        BOOST_TEST_MESSAGE(hostile.name << ": needs prlimit, which cannot start the Windows build");
        return;
    }
    const auto result = direct ? Cli(command) : c5::test::Tool(command, dir.Path());
    c5::test::ExpectFailure(result, hostile.status, hostile.message);
    BOOST_TEST((ReadFile(file) == before), "the file changed");
    BOOST_TEST(!fs::exists(File("out.json")), "a half-written export was left");
    if (!direct) {
        // A write that failed half-way may leave the journal beside the file; the next open rolls
        // it back, and the file is still the last saved state, whole.
        const auto info = Cli({"info", "t.c5a"});
        BOOST_TEST(info.exit_code == 0, info.err);
        BOOST_TEST(!fs::exists(File("t.c5a-journal")));
        BOOST_TEST((ReadFile(file) == before), "recovery changed the file");
    }
}

BOOST_FIXTURE_TEST_CASE(an_instrument_of_10000_questions_is_refused, CliFixture) {
    auto json = nlohmann::json::parse(ReadFile(c5::test::DataPath("instruments/minimal.json")));
    auto& questions = json["pillars"][0]["questions"];
    const auto first = questions[0];
    const auto second = questions[1];
    questions = nlohmann::json::array();
    for (int i = 1; i <= 10'000; ++i) {
        auto question = i % 2 ? first : second;
        question["id"] = "P1.Q" + std::to_string(i);
        question.erase("show_if");
        questions.push_back(question);
    }
    WriteFile(File("huge.json"), json.dump());
    c5::test::ExpectFailure(Cli({"new", "huge.c5a", "--country", "KEN", "--year", "2026", "--instrument", "huge.json"}),
                            1, "pillars: 10004 questions in all; the kit accepts at most 2000");
    BOOST_TEST(!fs::exists(File("huge.c5a")));
    BOOST_TEST(Cli({"validate", "huge.json"}).exit_code == 1);
}

BOOST_FIXTURE_TEST_CASE(a_second_writer_is_refused_while_the_first_holds_the_file, CliFixture) {
    BOOST_REQUIRE(Cli({"new", "t.c5a", "--country", "KEN", "--year", "2026", "--instrument",
                       c5::test::DataPath("instruments/minimal.json")}).exit_code == 0);
    // This test process is the first writer (as the desktop app would be); the CLI is the second.
    auto first = q::AssessmentStore::Open(File("t.c5a"), q::OpenMode::ReadWrite, {"first", "test"});
    const std::string before = ReadFile(File("t.c5a"));
    c5::test::ExpectFailure(
        Cli({"answer", "t.c5a", "--respondent", "Ministry", "--question", "P1.Q2", "--value", "yes"}), 1,
        "t.c5a: the file is open in another C5 Readiness Kit window or command, and only one may change it at a time");
    BOOST_TEST((ReadFile(File("t.c5a")) == before));
    // Reading while it is held works.
    BOOST_TEST(Cli({"info", "t.c5a"}).exit_code == 0);
}

BOOST_AUTO_TEST_SUITE_END()
