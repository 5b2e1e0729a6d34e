#pragma once
// Drives the real desktop app under its own Xvfb: keys and clicks with xdotool, screenshots with
// ImageMagick's import, and the app's journal (C5KIT_GUI_JOURNAL) to know what it has done.
#include <chrono>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include <sys/types.h>

#include "temp_dir.h"

namespace c5::test {

class GuiSession {
public:
    /// Starts Xvfb at width × height on a free display. On destruction, fails the test for every
    /// GTK or GLib warning the apps printed.
    GuiSession(int width = 1280, int height = 800);
    ~GuiSession();

    /// Starts c5kit with `arguments` (HOME in this session's temporary folder); `environment`
    /// ("NAME=value") comes before, and so wins over, the session's own settings.
    void Launch(const std::vector<std::string>& arguments = {}, const std::vector<std::string>& environment = {});
    /// SIGKILLs every app this session started, at once (no chance to save anything more).
    void KillApp();
    /// The size of the app's window titled `title` (xdotool), or (0, 0).
    std::pair<int, int> WindowSize(const std::string& title);
    /// Waits until the app exits by itself; false on timeout.
    bool WaitForExit(std::chrono::seconds timeout);

    /// Waits for a journal line starting with `prefix`; returns it. Fails the test on timeout.
    std::string WaitFor(const std::string& prefix, std::chrono::seconds timeout = std::chrono::seconds(20));
    /// As WaitFor, but nothing on timeout (for what must not happen).
    std::optional<std::string> Await(const std::string& prefix, std::chrono::milliseconds timeout);
    bool Journaled(const std::string& prefix) const;

    void Keys(const std::vector<std::string>& keys, int pause_ms = 250);
    void Type(const std::string& text);
    void Click(int x, int y);
    /// Saves the whole screen as artifacts/<name>.png.
    void Screenshot(const std::string& name);

    const std::filesystem::path& Home() const { return m_home.Path(); }
    /// The X display of this session (":93").
    const std::string& Display() const { return m_display; }

private:
    std::vector<std::string> JournalLines() const;
    void Xdotool(std::vector<std::string> arguments);

    TempDir m_home;
    std::filesystem::path m_journal;
    std::filesystem::path m_error_log;  // the apps' standard error, checked for GTK warnings
    std::string m_display;
    pid_t m_xvfb = -1;
    std::vector<pid_t> m_apps;
    std::size_t m_seen = 0;  // journal lines already consumed by WaitFor
};

}  // namespace c5::test
