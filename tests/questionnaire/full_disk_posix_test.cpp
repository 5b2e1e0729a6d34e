// The full-disk case of AtomicFile, simulated with a file-size limit (RLIMIT_FSIZE), which only
// POSIX systems have; the Windows build's suites leave it out (tests/questionnaire/CMakeLists.txt).
#include <csignal>

#include <sys/resource.h>

#include <boost/test/unit_test.hpp>

#include "c5/questionnaire/atomic_file.h"
#include "c5/questionnaire/error.h"
#include "fixtures.h"

namespace q = c5::questionnaire;
namespace fs = std::filesystem;
using c5::test::ReadFile;
using c5::test::TempDir;

namespace {

// Lowers the file-size limit for this process, so a write fails like on a full disk.
class FileSizeLimit {
public:
    explicit FileSizeLimit(rlim_t bytes) {
        getrlimit(RLIMIT_FSIZE, &m_saved);
        m_old_handler = std::signal(SIGXFSZ, SIG_IGN);
        rlimit limit = m_saved;
        limit.rlim_cur = bytes;
        setrlimit(RLIMIT_FSIZE, &limit);
    }
    ~FileSizeLimit() {
        setrlimit(RLIMIT_FSIZE, &m_saved);
        std::signal(SIGXFSZ, m_old_handler);
    }

private:
    rlimit m_saved{};
    void (*m_old_handler)(int) = nullptr;
};

}  // namespace

BOOST_AUTO_TEST_SUITE(AtomicFileWrites)

BOOST_AUTO_TEST_CASE(a_full_disk_keeps_the_original_and_cleans_up) {
    TempDir dir;
    c5::test::WriteFile(dir / "a.txt", "original");
    try {
        FileSizeLimit limit(1000);
        q::WriteFileAtomically(dir / "a.txt", std::string(5000, 'x'));
        BOOST_FAIL("the write did not fail");
    } catch (const q::QuestionnaireError& error) {
        BOOST_TEST(std::string(error.what()).find("could not write") != std::string::npos, error.what());
    }
    BOOST_TEST(ReadFile(dir / "a.txt") == "original");
    BOOST_TEST(std::distance(fs::directory_iterator(dir.Path()), fs::directory_iterator()) == 1);
}

BOOST_AUTO_TEST_SUITE_END()
