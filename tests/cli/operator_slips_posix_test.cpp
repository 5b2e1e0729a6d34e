// Operator slips that only POSIX systems can stage: FIFOs and devices as input, and the file
// modes of what the kit writes (on Windows a user's files are private by their folder's ACL).
#include <sys/stat.h>

#include "operator_slips_fixture.h"

namespace fs = std::filesystem;
using c5::test::Contains;
using c5::test::WriteFile;
using Assessment = c5::test::SlipAssessment;

namespace {

unsigned Mode(const fs::path& file) { return static_cast<unsigned>(fs::status(file).permissions() & fs::perms::all); }

}  // namespace

BOOST_AUTO_TEST_SUITE(OperatorSlips)

// Item 7: regular files only, every read bounded.
BOOST_FIXTURE_TEST_CASE(fifos_and_devices_are_refused_without_hanging, Assessment) {
    BOOST_REQUIRE(::mkfifo(File("pipe.c5a").c_str(), 0600) == 0);
    BOOST_REQUIRE(::mkfifo(File("pipe.txt").c_str(), 0600) == 0);
    fs::create_directory(File("region"));
    fs::copy_file(File("ken.c5a"), File("region/ken.c5a"));
    BOOST_REQUIRE(::mkfifo(File("region/x.c5a").c_str(), 0600) == 0);
    WriteFile(File("pass.txt"), "kelora workshop 2026\n");
    BOOST_REQUIRE(Cli({"seal", "ken.c5a", "-o", "ken.c5s", "--passphrase-file", "pass.txt"}).exit_code == 0);
    struct Case {
        std::vector<std::string> args;
        std::string message;
    };
    const Case cases[] = {
        {{"info", "pipe.c5a"}, "pipe.c5a: is a FIFO (named pipe), not a regular file"},
        {{"merge", "ken.c5a", "pipe.c5a"}, "REFUSED  pipe.c5a: is a FIFO"},
        {{"unseal", "pipe.c5a", "--passphrase-file", "pass.txt"}, "pipe.c5a: is a FIFO"},
        {{"unseal", "ken.c5s", "--passphrase-file", "pipe.txt", "-o", "out.c5a"}, "pipe.txt: is a FIFO"},
        {{"import-answers", "ken.c5a", "--csv", "/dev/zero"}, "/dev/zero: is a character device, not a regular file"},
        {{"validate", "/dev/zero"}, "/dev/zero: is a character device"},
        {{"ahp", "/dev/zero"}, "/dev/zero: is a character device"},
        {{"seal", "ken.c5a", "-o", "again.c5s", "--passphrase-file", "/dev/zero"}, "/dev/zero: is a character device"},
    };
    for (const auto& c : cases) {
        BOOST_TEST_CONTEXT(c.args[0] << " " << c.args[1]) {
            const auto result = Bounded(c.args);
            BOOST_TEST((result.exit_code == 1 || result.exit_code == 2), "exit " << result.exit_code << ": " << result.err);
            BOOST_TEST(Contains(result.out + result.err, c.message), result.out + result.err);
            BOOST_TEST(!Contains(result.err, "basic_string"), result.err);
        }
    }
    const auto regional = Bounded({"regional", "region"});
    BOOST_TEST(regional.exit_code == 0, regional.err);
    BOOST_TEST(Contains(regional.out, "skipped x.c5a: is a FIFO"), regional.out);
}

// Item 11: every output is readable by its owner only.
BOOST_FIXTURE_TEST_CASE(every_output_is_owner_only, Assessment) {
    BOOST_REQUIRE(Cli({"report", "ken.c5a", "-o", "report.pdf", "--samples", "0"}).exit_code == 0);
    BOOST_REQUIRE(Cli({"export", "ken.c5a", "--csv", "answers.csv"}).exit_code == 0);
    BOOST_REQUIRE(Cli({"export", "ken.c5a", "--json", "answers.json"}).exit_code == 0);
    BOOST_REQUIRE(Cli({"blank-form", "-o", "form.pdf"}).exit_code == 0);
    for (const char* name : {"report.pdf", "report-scores.csv", "report-scores.json", "answers.csv", "answers.json",
                             "form.pdf", "ken.c5a"})
        BOOST_TEST(Mode(File(name)) == 0600u, name << " has mode " << std::oct << Mode(File(name)));
    // Folders the kit makes name respondents: owner-only too.
    WriteFile(File("strategy.pdf"), "%PDF-1.4 national strategy");
    BOOST_REQUIRE(Cli({"attach", "ken.c5a", "--respondent", "Ministry", "--question", "P1.Q1", "--document",
                       "strategy.pdf"}).exit_code == 0);
    BOOST_REQUIRE(Cli({"export", "ken.c5a", "--attachments", "documents/2026"}).exit_code == 0);
    BOOST_REQUIRE(Cli({"kits", "ken.c5a", "kits/workshop", "--respondent", "Ministry"}).exit_code == 0);
    for (const auto& folder : {"documents", "documents/2026", "documents/2026/Ministry", "kits", "kits/workshop"})
        BOOST_TEST(Mode(File(folder)) == 0700u, folder << " has mode " << std::oct << Mode(File(folder)));
}

BOOST_AUTO_TEST_SUITE_END()
