#include "run_process.h"

#include <array>
#include <cerrno>
#include <csignal>
#include <stdexcept>

#include <fcntl.h>
#include <poll.h>
#include <sys/wait.h>
#include <unistd.h>

namespace c5::test {
namespace {

struct Child {
    pid_t pid = -1;
    int out = -1;
    int err = -1;
};

Child Spawn(const std::vector<std::string>& argv, const std::filesystem::path& cwd, const std::string& stdin_text) {
    signal(SIGPIPE, SIG_IGN);  // a child that exits early must not kill the test
    int out_pipe[2];
    int err_pipe[2];
    int in_pipe[2];
    if (pipe(out_pipe) != 0 || pipe(err_pipe) != 0 || pipe(in_pipe) != 0) throw std::runtime_error("pipe failed");
    const pid_t pid = fork();
    if (pid < 0) throw std::runtime_error("fork failed");
    if (pid == 0) {
        dup2(in_pipe[0], 0);
        dup2(out_pipe[1], 1);
        dup2(err_pipe[1], 2);
        for (int fd : {in_pipe[0], in_pipe[1], out_pipe[0], out_pipe[1], err_pipe[0], err_pipe[1]}) close(fd);
        if (!cwd.empty() && chdir(cwd.c_str()) != 0) _exit(126);
        std::vector<char*> args;
        for (const auto& arg : argv) args.push_back(const_cast<char*>(arg.c_str()));
        args.push_back(nullptr);
        execv(args[0], args.data());
        _exit(127);
    }
    close(out_pipe[1]);
    close(err_pipe[1]);
    close(in_pipe[0]);
    if (!stdin_text.empty()) {
        const ssize_t ignored = write(in_pipe[1], stdin_text.data(), stdin_text.size());
        (void)ignored;
    }
    close(in_pipe[1]);
    return {pid, out_pipe[0], err_pipe[0]};
}

// Reads both pipes until they close or the deadline (if any) passes; true when they closed.
bool Drain(Child& child, ProcessResult& result, std::chrono::steady_clock::time_point deadline, bool has_deadline) {
    std::array<char, 4096> buffer{};
    while (child.out >= 0 || child.err >= 0) {
        std::array<pollfd, 2> fds{pollfd{child.out, POLLIN, 0}, pollfd{child.err, POLLIN, 0}};
        int timeout_ms = -1;
        if (has_deadline) {
            const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline -
                                                                                    std::chrono::steady_clock::now());
            if (left.count() <= 0) return false;
            timeout_ms = static_cast<int>(left.count());
        }
        const int ready = poll(fds.data(), fds.size(), timeout_ms);
        if (ready < 0 && errno == EINTR) continue;
        if (ready == 0) return false;
        for (std::size_t i = 0; i < fds.size(); ++i) {
            if (fds[i].fd < 0 || !(fds[i].revents & (POLLIN | POLLHUP | POLLERR))) continue;
            const ssize_t got = read(fds[i].fd, buffer.data(), buffer.size());
            if (got > 0) {
                (i == 0 ? result.out : result.err).append(buffer.data(), static_cast<std::size_t>(got));
            } else {
                close(fds[i].fd);
                (i == 0 ? child.out : child.err) = -1;
            }
        }
    }
    return true;
}

void Reap(Child& child, ProcessResult& result) {
    int status = 0;
    while (waitpid(child.pid, &status, 0) < 0 && errno == EINTR) {
    }
    if (WIFEXITED(status)) result.exit_code = WEXITSTATUS(status);
    if (WIFSIGNALED(status)) result.signal = WTERMSIG(status);
}

}  // namespace

ProcessResult RunProcess(const std::vector<std::string>& argv, const std::filesystem::path& cwd,
                         const std::string& stdin_text) {
    Child child = Spawn(argv, cwd, stdin_text);
    ProcessResult result;
    Drain(child, result, {}, false);
    Reap(child, result);
    return result;
}

ProcessResult RunAndKillAfter(const std::vector<std::string>& argv, std::chrono::microseconds deadline) {
    Child child = Spawn(argv, {}, {});
    ProcessResult result;
    const bool finished = Drain(child, result, std::chrono::steady_clock::now() + deadline, true);
    if (!finished) {
        kill(child.pid, SIGKILL);
        result.killed = true;
    }
    // Whatever the child wrote before it died is still in the pipes.
    Drain(child, result, {}, false);
    Reap(child, result);
    return result;
}

std::chrono::microseconds EarliestKill() { return std::chrono::milliseconds(1); }

bool ToolsCanStartTheKit() { return true; }

ProcessResult Tool(std::vector<std::string> arguments, const std::filesystem::path& cwd) {
    arguments.insert(arguments.begin(), "/usr/bin/env");
    return RunProcess(arguments, cwd);
}

std::string ToolPath(const std::filesystem::path& path) { return path.string(); }

}  // namespace c5::test
