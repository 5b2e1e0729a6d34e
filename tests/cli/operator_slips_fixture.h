#pragma once
// The assessment the operator-slip tests start from (operator_slips_cli_test.cpp, and the POSIX-only
// cases in operator_slips_posix_test.cpp): ken.c5a with one answer, and the CLI run under a bound.
#include <filesystem>
#include <string>
#include <vector>

#include "cli_fixture.h"

namespace c5::test {

inline bool Contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

struct SlipAssessment : CliFixture {
    SlipAssessment() {
        BOOST_REQUIRE(Cli({"new", "ken.c5a", "--country", "KEN", "--year", "2026"}).exit_code == 0);
        Answer({"--respondent", "Ministry", "--question", "P1.Q1", "--value", "2"});
    }
    void Answer(std::vector<std::string> args) const {
        args.insert(args.begin(), {"answer", "ken.c5a"});
        const auto result = Cli(args);
        BOOST_REQUIRE_MESSAGE(result.exit_code == 0, result.err);
    }
    // Runs the CLI under `timeout`: a command that hangs fails the test instead of stopping it.
    ProcessResult Bounded(std::vector<std::string> args) const {
        args.insert(args.begin(), {"timeout", "30", C5_CLI_PATH});
        return Tool(args, dir.Path());
    }
};

}  // namespace c5::test
