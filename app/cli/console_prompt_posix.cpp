#include "console_prompt.h"

#include <fcntl.h>
#include <termios.h>
#include <unistd.h>

namespace c5::cli {

std::optional<std::string> AskHidden(const std::string& prompt) {
    const int tty = ::open("/dev/tty", O_RDWR | O_NOCTTY | O_CLOEXEC);
    if (tty < 0) return std::nullopt;
    termios saved{};
    const bool is_terminal = ::tcgetattr(tty, &saved) == 0;
    if (!is_terminal) {
        ::close(tty);
        return std::nullopt;
    }
    termios quiet = saved;
    quiet.c_lflag &= static_cast<tcflag_t>(~ECHO);
    ::tcsetattr(tty, TCSAFLUSH, &quiet);
    [[maybe_unused]] auto written = ::write(tty, prompt.data(), prompt.size());
    std::string line;
    char c = 0;
    while (::read(tty, &c, 1) == 1 && c != '\n') line.push_back(c);
    ::tcsetattr(tty, TCSAFLUSH, &saved);
    written = ::write(tty, "\n", 1);
    ::close(tty);
    return line;
}

}  // namespace c5::cli
