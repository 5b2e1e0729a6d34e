#include "gui_session.h"

#include <csignal>
#include <fstream>
#include <thread>

#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <boost/test/unit_test.hpp>

#include "run_process.h"

extern char** environ;

namespace c5::test {
namespace {

pid_t Spawn(const std::vector<std::string>& argv, const std::vector<std::string>& extra_environment,
            const std::filesystem::path& error_log = "/dev/null") {
    // The extra variables replace inherited ones of the same name (getenv finds the first).
    std::vector<std::string> environment = extra_environment;
    for (char** entry = environ; *entry; ++entry) {
        const std::string_view inherited(*entry);
        const auto name = inherited.substr(0, inherited.find('=') + 1);
        bool replaced = false;
        for (const auto& extra : extra_environment) replaced = replaced || extra.rfind(name, 0) == 0;
        if (!replaced) environment.emplace_back(inherited);
    }
    std::vector<char*> args;
    for (const auto& arg : argv) args.push_back(const_cast<char*>(arg.c_str()));
    args.push_back(nullptr);
    std::vector<char*> env;
    for (const auto& entry : environment) env.push_back(const_cast<char*>(entry.c_str()));
    env.push_back(nullptr);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_addopen(&actions, 2, error_log.c_str(), O_WRONLY | O_CREAT | O_APPEND, 0600);
    pid_t pid = -1;
    const int failed = posix_spawnp(&pid, args[0], &actions, nullptr, args.data(), env.data());
    posix_spawn_file_actions_destroy(&actions);
    if (failed) throw std::runtime_error("cannot start " + argv[0]);
    return pid;
}

void Stop(pid_t& pid, int signal) {
    if (pid <= 0) return;
    kill(pid, signal);
    waitpid(pid, nullptr, 0);
    pid = -1;
}

std::filesystem::path Artifacts() {
    const std::filesystem::path folder = std::filesystem::path(C5_GUI_ARTIFACTS);
    std::filesystem::create_directories(folder);
    return folder;
}

}  // namespace

GuiSession::GuiSession(int width, int height) {
    m_journal = m_home / "journal.log";
    m_error_log = m_home / "stderr.log";
    for (int display = 90 + getpid() % 40; display < 200; ++display) {
        if (std::filesystem::exists("/tmp/.X" + std::to_string(display) + "-lock")) continue;
        m_display = ":" + std::to_string(display);
        m_xvfb = Spawn({"Xvfb", m_display, "-screen", "0", std::to_string(width) + "x" + std::to_string(height) + "x24",
                        "-nolisten", "tcp"},
                       {});
        const auto socket = "/tmp/.X11-unix/X" + std::to_string(display);
        for (int wait = 0; wait < 100 && !std::filesystem::exists(socket); ++wait)
            std::this_thread::sleep_for(std::chrono::milliseconds(50));
        if (std::filesystem::exists(socket)) return;
        Stop(m_xvfb, SIGTERM);
    }
    throw std::runtime_error("no free X display for Xvfb");
}

GuiSession::~GuiSession() {
    KillApp();
    Stop(m_xvfb, SIGTERM);
    // GTK and GLib report misuse on standard error and carry on; here each report is a failure.
    std::ifstream errors(m_error_log);
    for (std::string line; std::getline(errors, line);)
        if (line.find("-CRITICAL **") != std::string::npos || line.find("-WARNING **") != std::string::npos)
            BOOST_ERROR("the app's standard error: " << line);
}

void GuiSession::Launch(const std::vector<std::string>& arguments, const std::vector<std::string>& environment) {
    std::vector<std::string> argv{C5_GUI_PATH};
    argv.insert(argv.end(), arguments.begin(), arguments.end());
    std::vector<std::string> variables = environment;  // getenv finds the first of a name
    for (std::string variable : {"DISPLAY=" + m_display, "HOME=" + Home().string(), std::string("XDG_CONFIG_HOME="),
                                 std::string("XDG_DATA_HOME="), "C5KIT_GUI_JOURNAL=" + m_journal.string(),
                                 std::string("LANG=C.UTF-8"), std::string("LC_ALL=C.UTF-8"), std::string("LANGUAGE="),
                                 std::string("C5KIT_LANGUAGE="), std::string("GTK_A11Y=none"),
                                 // GTK's file chooser keeps its settings in GSettings: in memory here,
                                 // not in the tester's dconf (which needs a D-Bus session).
                                 std::string("NO_AT_BRIDGE=1"), std::string("GSETTINGS_BACKEND=memory")})
        variables.push_back(std::move(variable));
    m_apps.push_back(Spawn(argv, variables, m_error_log));
}

void GuiSession::KillApp() {
    for (pid_t& pid : m_apps) Stop(pid, SIGKILL);
    m_apps.clear();
}

bool GuiSession::WaitForExit(std::chrono::seconds timeout) {
    const auto end = std::chrono::steady_clock::now() + timeout;
    while (std::chrono::steady_clock::now() < end) {
        std::erase_if(m_apps, [](pid_t pid) { return waitpid(pid, nullptr, WNOHANG) == pid; });
        if (m_apps.empty()) return true;
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    return false;
}

std::pair<int, int> GuiSession::WindowSize(const std::string& title) {
    const auto found = RunProcess({"/usr/bin/env", "DISPLAY=" + m_display, "xdotool", "search", "--name", title});
    const std::string window = found.out.substr(0, found.out.find('\n'));
    if (window.empty()) return {0, 0};
    const auto geometry =
        RunProcess({"/usr/bin/env", "DISPLAY=" + m_display, "xdotool", "getwindowgeometry", window});
    const auto at = geometry.out.find("Geometry: ");
    if (at == std::string::npos) return {0, 0};
    const std::string size = geometry.out.substr(at + 10);
    return {std::stoi(size), std::stoi(size.substr(size.find('x') + 1))};
}

std::vector<std::string> GuiSession::JournalLines() const {
    std::vector<std::string> lines;
    std::ifstream journal(m_journal);
    for (std::string line; std::getline(journal, line);) lines.push_back(line);
    return lines;
}

std::optional<std::string> GuiSession::Await(const std::string& prefix, std::chrono::milliseconds timeout) {
    const auto end = std::chrono::steady_clock::now() + timeout;
    do {
        const auto lines = JournalLines();
        for (std::size_t i = m_seen; i < lines.size(); ++i)
            if (lines[i].rfind(prefix, 0) == 0) {
                m_seen = i + 1;
                return lines[i];
            }
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    } while (std::chrono::steady_clock::now() < end);
    return std::nullopt;
}

std::string GuiSession::WaitFor(const std::string& prefix, std::chrono::seconds timeout) {
    if (auto line = Await(prefix, timeout)) return *line;
    std::string tail;
    for (const auto& line : JournalLines()) tail += "\n  " + line;
    BOOST_FAIL("the app never journaled \"" << prefix << "\"; its journal:" << tail);
    return {};
}

bool GuiSession::Journaled(const std::string& prefix) const {
    for (const auto& line : JournalLines())
        if (line.rfind(prefix, 0) == 0) return true;
    return false;
}

void GuiSession::Xdotool(std::vector<std::string> arguments) {
    arguments.insert(arguments.begin(), {"/usr/bin/env", "DISPLAY=" + m_display, "xdotool"});
    const auto result = RunProcess(arguments);
    BOOST_REQUIRE_MESSAGE(result.exit_code == 0, "xdotool failed: " << result.err);
}

void GuiSession::Keys(const std::vector<std::string>& keys, int pause_ms) {
    for (const auto& key : keys) {
        Xdotool({"key", key});
        std::this_thread::sleep_for(std::chrono::milliseconds(pause_ms));
    }
}

void GuiSession::Type(const std::string& text) { Xdotool({"type", "--delay", "25", text}); }

void GuiSession::Click(int x, int y) {
    Xdotool({"mousemove", std::to_string(x), std::to_string(y), "click", "1"});
    std::this_thread::sleep_for(std::chrono::milliseconds(300));
}

void GuiSession::Screenshot(const std::string& name) {
    std::this_thread::sleep_for(std::chrono::milliseconds(400));  // let the last repaint land
    RunProcess({"/usr/bin/env", "DISPLAY=" + m_display, "import", "-window", "root",
                (Artifacts() / (name + ".png")).string()});
}

}  // namespace c5::test
