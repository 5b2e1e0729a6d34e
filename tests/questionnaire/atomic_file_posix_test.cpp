// AtomicFile's guarantees that rest on POSIX: a killed writer (fork), file modes and the umask.
// The Windows build's suites leave this file out (tests/questionnaire/CMakeLists.txt).
#include <chrono>

#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <boost/test/unit_test.hpp>

#include "c5/questionnaire/atomic_file.h"
#include "fixtures.h"

namespace q = c5::questionnaire;
namespace fs = std::filesystem;
using c5::test::ReadFile;
using c5::test::TempDir;

BOOST_AUTO_TEST_SUITE(AtomicFileSafety)

namespace {

// Runs `write` in a child process that then dies without cleaning up (as a killed writer would).
template <typename Write>
void DieWhileWriting(Write&& write) {
    const pid_t child = fork();
    BOOST_REQUIRE(child >= 0);
    if (child == 0) {
        try {
            write();
        } catch (...) {
        }
        _exit(0);  // no destructors: the temp file is left exactly as a SIGKILL would leave it
    }
    int status = 0;
    waitpid(child, &status, 0);
}

// Every file in `folder` (hidden ones too) that holds `text`.
std::vector<fs::path> FilesHolding(const fs::path& folder, const std::string& text) {
    std::vector<fs::path> found;
    for (const auto& entry : fs::directory_iterator(folder))
        if (entry.is_regular_file() && ReadFile(entry.path()).find(text) != std::string::npos) found.push_back(entry.path());
    return found;
}

std::size_t EntriesIn(const fs::path& folder) {
    return static_cast<std::size_t>(std::distance(fs::directory_iterator(folder), fs::directory_iterator()));
}

}  // namespace

BOOST_AUTO_TEST_CASE(a_killed_writer_leaves_no_plaintext_behind) {
    TempDir dir;
    // The usual case: the temp file has no name until it is complete.
    DieWhileWriting([&] {
        auto* file = new q::AtomicFile(dir / "unsealed.c5a", q::Replace::Refused);
        file->Write("TOP SECRET PLAINTEXT");
    });
    BOOST_TEST(FilesHolding(dir.Path(), "TOP SECRET").empty());
    BOOST_TEST(EntriesIn(dir.Path()) == 0u);
    // A writer that needs a name (SQLite) leaves a named temp file; the next writer in the folder
    // removes it once its writer is gone.
    DieWhileWriting([&] {
        auto* file = new q::AtomicFile(dir / "copy.c5a", q::Replace::Refused);
        file->ReleaseHandle();
        c5::test::WriteFile(file->TempPath(), "TOP SECRET PLAINTEXT");
    });
    const auto left = FilesHolding(dir.Path(), "TOP SECRET");
    BOOST_REQUIRE_EQUAL(left.size(), 1u);
    BOOST_TEST(left[0].filename().string().rfind(".copy.c5a.", 0) == 0u, left[0]);
    fs::last_write_time(left[0], fs::file_time_type::clock::now() - std::chrono::minutes(1));
    q::WriteFileAtomically(dir / "next.csv", "next");
    BOOST_TEST(FilesHolding(dir.Path(), "TOP SECRET").empty());
    // A living writer's temp file is never taken.
    q::AtomicFile living(dir / "living.c5a", q::Replace::Refused);
    living.ReleaseHandle();
    c5::test::WriteFile(living.TempPath(), "still being written");
    fs::last_write_time(living.TempPath(), fs::file_time_type::clock::now() - std::chrono::minutes(1));
    q::WriteFileAtomically(dir / "other.csv", "other");
    BOOST_TEST(fs::exists(living.TempPath()));
}

BOOST_AUTO_TEST_CASE(new_outputs_are_owner_only_whatever_the_umask) {
    TempDir dir;
    const mode_t saved = ::umask(0022);
    q::WriteFileAtomically(dir / "report.csv", "private");
    ::umask(saved);
    BOOST_TEST(static_cast<unsigned>(fs::status(dir / "report.csv").permissions() & fs::perms::all) == 0600u);
}

BOOST_AUTO_TEST_CASE(a_replaced_file_keeps_its_owner_only_mode) {
    TempDir dir;
    c5::test::WriteFile(dir / "report.csv", "old");
    fs::permissions(dir / "report.csv", fs::perms::owner_read | fs::perms::owner_write);
    q::WriteFileAtomically(dir / "report.csv", "new content");
    const auto kept = fs::status(dir / "report.csv").permissions() & fs::perms::all;
    BOOST_TEST(static_cast<unsigned>(kept) == 0600u);
}

BOOST_AUTO_TEST_SUITE_END()
