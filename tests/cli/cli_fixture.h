#pragma once
// Runs the real c5kit-cli binary in a temporary folder.
#include <algorithm>
#include <string>
#include <vector>

#include <boost/test/unit_test.hpp>

#include "print_enums.h"
#include "run_process.h"
#include "temp_dir.h"

namespace c5::test {

struct CliFixture {
    TempDir dir;

    ProcessResult Cli(std::vector<std::string> args) const {
        args.insert(args.begin(), C5_CLI_PATH);
        return RunProcess(args, dir.Path());
    }
    std::filesystem::path File(const std::string& name) const { return dir / name; }
};

/// Exit status and the single stderr line every failure must give.
inline void ExpectFailure(const ProcessResult& result, int status, const std::string& fragment) {
    BOOST_TEST(result.exit_code == status);
    BOOST_TEST(std::count(result.err.begin(), result.err.end(), '\n') == 1, "stderr: " << result.err);
    BOOST_TEST(result.err.find(fragment) != std::string::npos, "stderr: " << result.err);
}

inline std::string DataPath(const std::string& relative) { return std::string(C5_TEST_DATA_DIR) + "/" + relative; }

}  // namespace c5::test
