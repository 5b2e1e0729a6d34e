// The kit never touches the network (docs/reliability.md): the CLI's main commands run with no
// network at all (`unshare -n`, where the system allows a new network namespace), and under
// `strace -f -e trace=network` they open no socket but glibc's local user-name lookup (nscd).
#include <fstream>
#include <sstream>

#include "cli_fixture.h"

namespace fs = std::filesystem;
using c5::test::CliFixture;

namespace {

const std::string kPassphrase = "correct horse battery staple";

// The main commands, in an order in which each has the files it needs.
std::vector<std::vector<std::string>> MainCommands() {
    return {
        {"validate", std::string(C5_SOURCE_DIR) + "/questionnaire/instruments/c5.json"},
        {"new", "ken.c5a", "--country", "KEN", "--year", "2026"},
        {"answer", "ken.c5a", "--respondent", "Ministry", "--question", "P1.Q1", "--value", "2"},
        {"import-answers", "ken.c5a", "--csv", "answers.csv"},
        {"penetration", "ken.c5a", "--indicator", "internet_users", "--value", "40", "--year", "2025"},
        {"info", "ken.c5a"},
        {"score", "ken.c5a", "--samples", "500"},
        {"report", "ken.c5a", "-o", "ken.pdf", "--samples", "500"},
        {"blank-form", "-o", "form.pdf"},
        {"export", "ken.c5a", "--json", "ken.json"},
        {"kits", "ken.c5a", "kits"},
        {"seal", "ken.c5a", "-o", "ken.c5s", "--passphrase-file", "passphrase.txt"},
        {"unseal", "ken.c5s", "-o", "unsealed.c5a", "--passphrase-file", "passphrase.txt"},
        {"merge", "ken.c5a", "kits/ken-ministry.c5a", "kits/ken-regulator.c5a"},
        {"disagreements", "ken.c5a"},
        {"new", "ken-2027.c5a", "--country", "KEN", "--year", "2027"},
        {"answer", "ken-2027.c5a", "--respondent", "Ministry", "--question", "P1.Q1", "--value", "3"},
        {"compare", "ken.c5a", "ken-2027.c5a", "--samples", "500"},
        {"demo", "demo"},
    };
}

void PrepareInputs(const CliFixture& cli) {
    c5::test::WriteFile(cli.File("answers.csv"), "respondent,question,value\nRegulator,P1.Q1,3\nRegulator,P4.Q1,2\n");
    c5::test::WriteFile(cli.File("passphrase.txt"), kPassphrase + "\n");
}

bool UnshareWorks() {
    return c5::test::Tool({"unshare", "-n", "true"}).exit_code == 0;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(NoNetwork)

BOOST_FIXTURE_TEST_CASE(main_commands_open_no_network_socket, CliFixture) {
    PrepareInputs(*this);
    const fs::path log = File("strace.log");
    for (const auto& command : MainCommands()) {
        // LeakSanitizer cannot run under ptrace: in a sanitizer build the traced commands skip it
        // (the other tests check leaks).
        std::vector<std::string> traced = {"ASAN_OPTIONS=detect_leaks=0", "strace", "-f", "-qq", "-e", "trace=network",
                                           "-e", "signal=none", "-o", log.string(), C5_CLI_PATH};
        traced.insert(traced.end(), command.begin(), command.end());
        const auto result = c5::test::Tool(traced, dir.Path());
        BOOST_TEST_CONTEXT("c5kit-cli " << command.front()) {
            BOOST_TEST(result.exit_code == 0, result.err);
            std::istringstream calls(c5::test::ReadFile(log));
            for (std::string call; std::getline(calls, call);) {
                // glibc asks the name-service cache daemon (a local AF_UNIX socket) for the user's
                // name, which the audit log records; nothing else may appear.
                const bool name_lookup = call.find("AF_UNIX") != std::string::npos &&
                                         (call.find("socket(") != std::string::npos ||
                                          call.find("/var/run/nscd/socket") != std::string::npos);
                BOOST_TEST(name_lookup, "network call: " << call);
            }
        }
    }
}

BOOST_FIXTURE_TEST_CASE(main_commands_work_without_any_network, CliFixture) {
    if (!UnshareWorks()) {
        BOOST_TEST_MESSAGE("this system does not allow a new network namespace; the strace test covers it");
        return;
    }
    PrepareInputs(*this);
    for (const auto& command : MainCommands()) {
        std::vector<std::string> isolated = {"unshare", "-n", C5_CLI_PATH};
        isolated.insert(isolated.end(), command.begin(), command.end());
        const auto result = c5::test::Tool(isolated, dir.Path());
        BOOST_TEST(result.exit_code == 0, "c5kit-cli " << command.front() << ": " << result.err);
    }
    BOOST_TEST(fs::file_size(File("ken.pdf")) > 10'000u);
}

BOOST_AUTO_TEST_SUITE_END()
