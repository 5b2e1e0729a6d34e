#include <boost/test/unit_test.hpp>

#include "c5/questionnaire/atomic_file.h"
#include "c5/questionnaire/error.h"
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
    fs::permissions(dir / "report.csv", fs::perms::owner_read | fs::perms::owner_write);
    q::WriteFileAtomically(dir / "report.csv", "new content");
    BOOST_TEST(ReadFile(dir / "report.csv") == "new content");
    BOOST_TEST(EntriesIn(dir.Path()) == 1u);
    const auto kept = fs::status(dir / "report.csv").permissions() & fs::perms::all;
    BOOST_TEST(static_cast<unsigned>(kept) == 0600u);
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
