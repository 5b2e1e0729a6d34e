// The files that put c5kit into a desktop's menus and file manager: the launcher entry, the
// AppStream metadata and the MIME type of .c5a files, checked with the freedesktop.org tools.
#include <sstream>

#include <boost/test/unit_test.hpp>

#include "c5/questionnaire/demo_assessment.h"
#include "c5/questionnaire/sealed_file.h"
#include "run_process.h"
#include "temp_dir.h"

namespace fs = std::filesystem;
using c5::test::Tool;
using c5::test::TempDir;

namespace {

const fs::path kDesktop = C5_DESKTOP_DIR;

std::vector<std::string> Lines(const std::string& text) {
    std::vector<std::string> lines;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);)
        if (!line.empty()) lines.push_back(line);
    return lines;
}

std::string ContentType(const fs::path& data_home, const fs::path& file) {
    const auto info = Tool({"XDG_DATA_HOME=" + data_home.string(), "gio", "info", "-a",
                                  "standard::content-type", file.string()});
    BOOST_TEST_REQUIRE(info.exit_code == 0, info.err);
    return info.out.substr(info.out.rfind(':') + 2, info.out.find('\n', info.out.rfind(':')) - info.out.rfind(':') - 2);
}

}  // namespace

BOOST_AUTO_TEST_SUITE(DesktopFiles)

BOOST_AUTO_TEST_CASE(the_launcher_entry_is_valid_without_hints) {
    const auto result = Tool({"desktop-file-validate", (kDesktop / "c5kit.desktop").string()});
    BOOST_TEST(result.exit_code == 0, result.out + result.err);
    BOOST_TEST(result.out + result.err == "", "desktop-file-validate: " + result.out + result.err);
}

BOOST_AUTO_TEST_CASE(the_appstream_metadata_is_valid) {
    // One warning is accepted: the id is not reverse-DNS, as the product owns no domain name.
    const auto result = Tool({"appstreamcli", "validate", "--no-net", "--pedantic", "--no-color",
                                    (kDesktop / "c5kit.metainfo.xml").string()});
    BOOST_TEST_REQUIRE(result.out.find("Validation ") != std::string::npos, "appstreamcli: " + result.out + result.err);
    for (const auto& line : Lines(result.out)) {
        if (line.rfind("W: ", 0) != 0 && line.rfind("E: ", 0) != 0 && line.rfind("I: ", 0) != 0 &&
            line.rfind("P: ", 0) != 0)
            continue;
        BOOST_TEST(line.find("cid-desktopapp-is-not-rdns") != std::string::npos, "appstreamcli: " + line);
    }
}

BOOST_AUTO_TEST_CASE(an_assessment_is_recognised_by_name_and_by_content) {
    TempDir dir;
    fs::create_directories(dir / "mime/packages");
    fs::copy_file(kDesktop / "c5kit-mime.xml", dir / "mime/packages/c5kit.xml");
    const auto update = Tool({"update-mime-database", (dir / "mime").string()});
    BOOST_TEST_REQUIRE(update.exit_code == 0, update.err);
    c5::questionnaire::CreateDemoAssessment(dir / "kelora.c5a", {"tester", "c5kit-tests"});
    fs::copy_file(dir / "kelora.c5a", dir / "renamed-without-extension");
    BOOST_TEST(ContentType(dir.Path(), dir / "kelora.c5a") == "application/x-c5kit-assessment");
    BOOST_TEST(ContentType(dir.Path(), dir / "renamed-without-extension") == "application/x-c5kit-assessment");
    // Any other SQLite database is not an assessment.
    std::string other = c5::test::ReadFile(dir / "kelora.c5a");
    other[68] = 0;  // the application id "C5KA" gone
    c5::test::WriteFile(dir / "other-database", other);
    BOOST_TEST(ContentType(dir.Path(), dir / "other-database") != "application/x-c5kit-assessment");
    // A sealed copy, by name and by its first bytes.
    const std::string sealed = c5::questionnaire::Seal(c5::test::ReadFile(dir / "kelora.c5a"), "kelora.c5a", "passphrase 1");
    c5::test::WriteFile(dir / "kelora.c5s", sealed);
    c5::test::WriteFile(dir / "sealed-without-extension", sealed);
    BOOST_TEST(ContentType(dir.Path(), dir / "kelora.c5s") == "application/x-c5kit-sealed");
    BOOST_TEST(ContentType(dir.Path(), dir / "sealed-without-extension") == "application/x-c5kit-sealed");
}

BOOST_AUTO_TEST_SUITE_END()

// Every interface catalog compiles and translates every string of the app (scripts/update-po.sh).
BOOST_AUTO_TEST_CASE(interface_catalogs_are_complete) {
    int catalogs = 0;
    for (const auto& entry : std::filesystem::directory_iterator(C5_PO_DIR)) {
        if (entry.path().extension() != ".po") continue;
        ++catalogs;
        const auto result = c5::test::Tool({"msgfmt", "--check", "--statistics", "-o", "/dev/null", entry.path().string()});
        BOOST_TEST(result.exit_code == 0, entry.path().filename().string() << ": " << result.err);
        BOOST_TEST(result.err.find("untranslated") == std::string::npos, entry.path().filename().string() << ": " << result.err);
        BOOST_TEST(result.err.find("fuzzy") == std::string::npos, entry.path().filename().string() << ": " << result.err);
    }
    BOOST_TEST(catalogs == 5);  // ar, es, fr, ru, zh; English is the source
}

