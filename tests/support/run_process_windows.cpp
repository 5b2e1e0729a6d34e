// RunProcess for the Windows build's tests, which run under Wine: CreateProcessW with pipes, and
// TerminateProcess as the kill (what a crash or a pulled plug does to a writer on Windows).
#include "run_process.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <stdexcept>
#include <thread>

#include <windows.h>

namespace c5::test {
namespace {

std::wstring Wide(const std::string& utf8) {
    if (utf8.empty()) return {};
    const int size =
        MultiByteToWideChar(CP_UTF8, MB_ERR_INVALID_CHARS, utf8.data(), static_cast<int>(utf8.size()), nullptr, 0);
    if (size == 0) {
        // Text that is not UTF-8 (a test of how the kit refuses it): a Windows command line is UTF-16,
        // so each byte past ASCII goes as an unpaired surrogate, which is no character either.
        std::wstring wide;
        for (const char c : utf8) {
            const auto byte = static_cast<unsigned char>(c);
            wide.push_back(static_cast<wchar_t>(byte < 0x80 ? byte : 0xDC00 + byte));
        }
        return wide;
    }
    std::wstring wide(static_cast<std::size_t>(size), L'\0');
    MultiByteToWideChar(CP_UTF8, 0, utf8.data(), static_cast<int>(utf8.size()), wide.data(), size);
    return wide;
}

// One argument as the C runtime's command-line parser reads it back.
std::wstring Quoted(const std::wstring& argument) {
    if (!argument.empty() && argument.find_first_of(L" \t\n\v\"") == std::wstring::npos) return argument;
    std::wstring quoted = L"\"";
    std::size_t backslashes = 0;
    for (const wchar_t c : argument) {
        if (c == L'\\') {
            ++backslashes;
            continue;
        }
        quoted.append(c == L'"' ? backslashes * 2 + 1 : backslashes, L'\\');
        backslashes = 0;
        quoted.push_back(c);
    }
    quoted.append(backslashes * 2, L'\\');
    return quoted + L"\"";
}

struct Child {
    HANDLE process = nullptr;
    HANDLE out = nullptr;
    HANDLE err = nullptr;
};

Child Spawn(const std::vector<std::string>& argv, const std::filesystem::path& cwd, const std::string& stdin_text) {
    SECURITY_ATTRIBUTES inherit{sizeof(SECURITY_ATTRIBUTES), nullptr, TRUE};
    HANDLE out_read, out_write, err_read, err_write, in_read, in_write;
    if (!CreatePipe(&out_read, &out_write, &inherit, 0) || !CreatePipe(&err_read, &err_write, &inherit, 0) ||
        !CreatePipe(&in_read, &in_write, &inherit, 0))
        throw std::runtime_error("CreatePipe failed");
    for (HANDLE ours : {out_read, err_read, in_write}) SetHandleInformation(ours, HANDLE_FLAG_INHERIT, 0);
    std::wstring command;
    for (const auto& argument : argv) command += (command.empty() ? L"" : L" ") + Quoted(Wide(argument));
    STARTUPINFOW startup{};
    startup.cb = sizeof startup;
    startup.dwFlags = STARTF_USESTDHANDLES;
    startup.hStdInput = in_read;
    startup.hStdOutput = out_write;
    startup.hStdError = err_write;
    PROCESS_INFORMATION info{};
    const std::wstring folder = cwd.native();
    // Wine hands a Linux program the starting process's own standard handles, not STARTUPINFO's:
    // they are the pipes for the moment of the start.
    const HANDLE saved[3] = {GetStdHandle(STD_INPUT_HANDLE), GetStdHandle(STD_OUTPUT_HANDLE),
                             GetStdHandle(STD_ERROR_HANDLE)};
    SetStdHandle(STD_INPUT_HANDLE, in_read);
    SetStdHandle(STD_OUTPUT_HANDLE, out_write);
    SetStdHandle(STD_ERROR_HANDLE, err_write);
    const BOOL started = CreateProcessW(nullptr, command.data(), nullptr, nullptr, TRUE, CREATE_NO_WINDOW, nullptr,
                                        folder.empty() ? nullptr : folder.c_str(), &startup, &info);
    const DWORD error = GetLastError();
    SetStdHandle(STD_INPUT_HANDLE, saved[0]);
    SetStdHandle(STD_OUTPUT_HANDLE, saved[1]);
    SetStdHandle(STD_ERROR_HANDLE, saved[2]);
    if (!started) throw std::runtime_error("cannot start " + argv.at(0) + " (error " + std::to_string(error) + ")");
    CloseHandle(info.hThread);
    for (HANDLE theirs : {out_write, err_write, in_read}) CloseHandle(theirs);
    DWORD written = 0;
    if (!stdin_text.empty()) WriteFile(in_write, stdin_text.data(), static_cast<DWORD>(stdin_text.size()), &written, nullptr);
    CloseHandle(in_write);
    return {info.hProcess, out_read, err_read};
}

void ReadAll(HANDLE pipe, std::string& into) {
    char buffer[4096];
    DWORD got = 0;
    while (ReadFile(pipe, buffer, sizeof buffer, &got, nullptr) && got > 0) into.append(buffer, got);
    CloseHandle(pipe);
}

ProcessResult Finish(Child& child, std::chrono::milliseconds deadline, bool has_deadline) {
    ProcessResult result;
    // Both pipes are read while the child runs: a full pipe would stop it.
    std::thread out([&] { ReadAll(child.out, result.out); });
    std::thread err([&] { ReadAll(child.err, result.err); });
    const DWORD wait = has_deadline ? static_cast<DWORD>(std::max<long long>(deadline.count(), 0)) : INFINITE;
    if (WaitForSingleObject(child.process, wait) == WAIT_TIMEOUT) {
        TerminateProcess(child.process, 1);
        WaitForSingleObject(child.process, INFINITE);
        result.killed = true;
    }
    out.join();
    err.join();
    // A Windows program writes its text with CRLF line ends (text mode); the tests compare it with
    // the text they expect, written with "\n".
    for (std::string* text : {&result.out, &result.err}) {
        std::size_t kept = 0;
        for (std::size_t i = 0; i < text->size(); ++i)
            if (!((*text)[i] == '\r' && i + 1 < text->size() && (*text)[i + 1] == '\n')) (*text)[kept++] = (*text)[i];
        text->resize(kept);
    }
    DWORD code = 0;
    GetExitCodeProcess(child.process, &code);
    CloseHandle(child.process);
    result.exit_code = result.killed ? -1 : static_cast<int>(code);
    return result;
}

// Wine runs Linux programs from Windows ones; paths such as C:\users\…\Temp\x.pdf are handed to
// them as the Linux paths they stand for.
std::string UnixPath(const std::string& argument) {
    // A Linux path the kit's build folder was named by, joined to a name on Windows ("/build/x\\y.png").
    if (argument.starts_with('/')) {
        std::string unix_path = argument;
        std::replace(unix_path.begin(), unix_path.end(), '\\', '/');
        return unix_path;
    }
    const bool windows_path = argument.size() > 2 && argument[1] == ':' && (argument[2] == '\\' || argument[2] == '/');
    if (!windows_path) return argument;
    using ToUnix = char* (*)(const wchar_t*);
    // Through void*: GetProcAddress's generic function type differs from the real one.
    static const auto to_unix = reinterpret_cast<ToUnix>(reinterpret_cast<void*>(
        GetProcAddress(GetModuleHandleW(L"kernel32.dll"), "wine_get_unix_file_name")));
    if (!to_unix) return argument;
    char* unix_name = to_unix(Wide(argument).c_str());
    if (!unix_name) return argument;
    std::string converted(unix_name);
    HeapFree(GetProcessHeap(), 0, unix_name);
    return converted;
}

}  // namespace

ProcessResult RunProcess(const std::vector<std::string>& argv, const std::filesystem::path& cwd,
                         const std::string& stdin_text) {
    Child child = Spawn(argv, cwd, stdin_text);
    return Finish(child, {}, false);
}

ProcessResult RunAndKillAfter(const std::vector<std::string>& argv, std::chrono::microseconds deadline) {
    Child child = Spawn(argv, {}, {});
    return Finish(child, std::chrono::duration_cast<std::chrono::milliseconds>(deadline), true);
}

std::chrono::microseconds EarliestKill() { return std::chrono::milliseconds(250); }

bool ToolsCanStartTheKit() { return false; }

ProcessResult Tool(std::vector<std::string> arguments, const std::filesystem::path& cwd) {
    // Wine connects a Linux program neither to the pipes of STARTUPINFO nor to its process handle:
    // a shell sends the output and the exit status to files, read back here.
    static int count = 0;
    const auto base = std::filesystem::temp_directory_path() /
                      ("c5kit-tool-" + std::to_string(GetCurrentProcessId()) + "-" + std::to_string(++count));
    const auto out_file = std::filesystem::path(base).concat(".out");
    const auto err_file = std::filesystem::path(base).concat(".err");
    const auto status_file = std::filesystem::path(base).concat(".status");  // Wine drops the exit status
    for (auto& argument : arguments) argument = UnixPath(argument);
    std::vector<std::string> shell = {"/bin/sh", "-c", "o=$1; e=$2; x=$3; shift 3; \"$@\" > \"$o\" 2> \"$e\"; echo $? > \"$x\"",
                                      "sh", UnixPath(out_file.string()), UnixPath(err_file.string()),
                                      UnixPath(status_file.string())};
    shell.insert(shell.end(), arguments.begin(), arguments.end());
    ProcessResult result = RunProcess(shell, cwd);
    const auto read = [](const std::filesystem::path& file) {
        std::string text;
        if (std::FILE* stream = _wfopen(file.c_str(), L"rb")) {
            char buffer[4096];
            for (std::size_t got; (got = std::fread(buffer, 1, sizeof buffer, stream)) > 0;) text.append(buffer, got);
            std::fclose(stream);
        }
        return text;
    };
    // Wine reports a Linux program finished as soon as it started: the status file, written
    // last, says when it really has (ten minutes at most).
    for (int waited = 0; read(status_file).find('\n') == std::string::npos && waited < 600'000; waited += 20) Sleep(20);
    result.out = read(out_file);
    result.err = read(err_file);
    result.exit_code = std::atoi(read(status_file).c_str());
    std::error_code ignored;
    for (const auto& file : {out_file, err_file, status_file}) std::filesystem::remove(file, ignored);
    return result;
}

std::string ToolPath(const std::filesystem::path& path) { return UnixPath(path.string()); }

}  // namespace c5::test
