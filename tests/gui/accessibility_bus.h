#pragma once
// A D-Bus session of its own for one GUI test; the AT-SPI bus (at-spi2-core's at-spi-bus-launcher
// and registry) starts on it when the app's ATK bridge asks for it. tests/gui/a11y_probe.py reads
// what the app puts there, as a screen reader does.
#include <csignal>
#include <string>
#include <vector>

#include <boost/test/unit_test.hpp>

#include "gui_session.h"
#include "run_process.h"

namespace c5::test {

class AccessibilityBus {
public:
    // The bus launcher keeps its socket in the runtime folder: the session's own, not the tester's.
    explicit AccessibilityBus(const GuiSession& gui) {
        const auto started = RunProcess({"/usr/bin/env", "HOME=" + gui.Home().string(),
                                         "XDG_RUNTIME_DIR=" + gui.Home().string(), "dbus-daemon", "--session",
                                         "--fork", "--print-address=1", "--print-pid=1"});
        BOOST_REQUIRE_MESSAGE(started.exit_code == 0, "dbus-daemon: " << started.err);
        const auto line_end = started.out.find('\n');
        m_address = started.out.substr(0, line_end);
        m_pid = std::stoi(started.out.substr(line_end + 1));
    }
    ~AccessibilityBus() {
        if (m_pid > 0) kill(m_pid, SIGTERM);  // the bus launcher and registry leave with it
    }
    AccessibilityBus(const AccessibilityBus&) = delete;
    AccessibilityBus& operator=(const AccessibilityBus&) = delete;

    /// What the app needs to join it (GuiSession turns the bridge off for every other test).
    std::vector<std::string> AppEnvironment() const {
        return {"DBUS_SESSION_BUS_ADDRESS=" + m_address, "NO_AT_BRIDGE=0", "GTK_A11Y=atspi"};
    }
    /// Runs the probe with `arguments`.
    ProcessResult Probe(const GuiSession& gui, std::vector<std::string> arguments) const {
        arguments.insert(arguments.begin(), {"/usr/bin/env", "DISPLAY=" + gui.Display(),
                                             "DBUS_SESSION_BUS_ADDRESS=" + m_address, "/usr/bin/python3", C5_A11Y_PROBE});
        return RunProcess(arguments);
    }

private:
    std::string m_address;
    int m_pid = -1;
};

}  // namespace c5::test
