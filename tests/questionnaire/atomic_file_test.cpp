#include <boost/test/unit_test.hpp>

#include "c5/questionnaire/atomic_file.h"
#include "c5/questionnaire/error.h"
#include "c5/questionnaire/text_util.h"
#include "fixtures.h"

namespace q = c5::questionnaire;
namespace fs = std::filesystem;
using c5::test::ReadFile;
using c5::test::TempDir;

namespace {

std::size_t EntriesIn(const fs::path& folder) {
    return static_cast<std::size_t>(std::distance(fs::directory_iterator(folder), fs::directory_iterator()));
}

}  // namespace

BOOST_AUTO_TEST_SUITE(AtomicFileWrites)

BOOST_AUTO_TEST_CASE(replaces_the_file_and_leaves_nothing_else) {
    TempDir dir;
    c5::test::WriteFile(dir / "report.csv", "old");
    q::WriteFileAtomically(dir / "report.csv", "new content");
    BOOST_TEST(ReadFile(dir / "report.csv") == "new content");
    BOOST_TEST(EntriesIn(dir.Path()) == 1u);
}

BOOST_AUTO_TEST_CASE(uncommitted_file_vanishes_and_the_original_stays) {
    TempDir dir;
    c5::test::WriteFile(dir / "a.txt", "original");
    {
        q::AtomicFile file(dir / "a.txt");
        file.Write("half of the new");
    }
    BOOST_TEST(ReadFile(dir / "a.txt") == "original");
    BOOST_TEST(EntriesIn(dir.Path()) == 1u);
}

BOOST_AUTO_TEST_CASE(refuse_mode_never_overwrites) {
    TempDir dir;
    c5::test::WriteFile(dir / "a.c5a", "mine");
    BOOST_CHECK_THROW(q::WriteFileAtomically(dir / "a.c5a", "other", q::Replace::Refused), q::QuestionnaireError);
    BOOST_TEST(ReadFile(dir / "a.c5a") == "mine");
    BOOST_TEST(EntriesIn(dir.Path()) == 1u);
}

BOOST_AUTO_TEST_CASE(missing_folder_is_a_clear_error) {
    TempDir dir;
    BOOST_CHECK_EXCEPTION(q::WriteFileAtomically(dir / "no" / "a.txt", "x"), q::QuestionnaireError,
                          [](const auto& error) { return std::string(error.what()).find("does not exist") != std::string::npos; });
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(AtomicFileSafety)

BOOST_AUTO_TEST_CASE(a_file_name_of_255_bytes_is_written) {
    TempDir dir;
    for (const std::size_t length : {std::size_t{241}, std::size_t{250}, std::size_t{255}}) {
        const std::string name = std::string(length - 4, 'n') + ".csv";
        q::WriteFileAtomically(dir / name, "x");
        BOOST_TEST(ReadFile(dir / name) == "x");
        q::WriteFileAtomically(dir / name, "replaced");
        BOOST_TEST(ReadFile(dir / name) == "replaced");
    }
    // Multibyte names are shortened for the temp file between characters.
    const std::string arabic = [] {
        std::string name;
        while (name.size() < 250) name += "\xD8\xA8";  // ب
        return name + ".csv";
    }();
    // (A path from UTF-8 text only through PathFromUtf8: Windows reads a narrow string in its code page.)
    q::WriteFileAtomically(dir / q::PathFromUtf8(arabic), "x");
    BOOST_TEST(fs::exists(dir / q::PathFromUtf8(arabic)));
}

BOOST_AUTO_TEST_CASE(an_output_never_replaces_an_assessment_or_its_input) {
    TempDir dir;
    c5::test::WriteFile(dir / "kenya.c5a", "whatever it holds");
    std::string sqlite_header(100, '\0');
    sqlite_header.replace(0, 16, std::string("SQLite format 3\0", 16));
    sqlite_header.replace(68, 4, "C5KA");
    c5::test::WriteFile(dir / "renamed.pdf", sqlite_header);
    c5::test::WriteFile(dir / "notes.txt", "input");
    for (const char* name : {"kenya.c5a", "renamed.pdf"}) {
        BOOST_CHECK_EXCEPTION(q::WriteFileAtomically(dir / name, "PDF"), q::QuestionnaireError, [](const auto& error) {
            return std::string(error.what()).find("is an assessment file; an output never replaces one") != std::string::npos;
        });
    }
    BOOST_CHECK_THROW(q::CheckOutputTarget(dir / "notes.txt", {dir / "notes.txt"}), q::QuestionnaireError);
    BOOST_TEST(ReadFile(dir / "kenya.c5a") == "whatever it holds");
    BOOST_TEST(ReadFile(dir / "renamed.pdf") == sqlite_header);
    q::WriteFileAtomically(dir / "kenya.c5a", "Save as", q::Replace::Allowed);  // asked for: allowed
    BOOST_TEST(ReadFile(dir / "kenya.c5a") == "Save as");
}

BOOST_AUTO_TEST_SUITE_END()
