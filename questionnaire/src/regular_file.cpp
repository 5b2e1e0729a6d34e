#include "c5/questionnaire/regular_file.h"

#include <fstream>

#include <fmt/format.h>

#include "c5/questionnaire/error.h"

namespace c5::questionnaire {
namespace fs = std::filesystem;

namespace {

std::string_view KindOf(fs::file_type type) {
    switch (type) {
        case fs::file_type::fifo: return "a FIFO (named pipe)";
        case fs::file_type::character: return "a character device";
        case fs::file_type::block: return "a block device";
        case fs::file_type::socket: return "a socket";
        default: return "not a file";
    }
}

// Reads at most `limit` bytes; `complete` tells whether the end of the file was reached.
std::string ReadUpTo(const fs::path& path, std::size_t limit, bool& complete) {
    std::ifstream stream(path, std::ios::binary);
    if (!stream) throw QuestionnaireError(fmt::format("{}: cannot be opened for reading", path.string()));
    std::string content;
    constexpr std::size_t kChunk = std::size_t{1} << 16;
    complete = false;
    while (content.size() < limit) {
        const std::size_t at = content.size();
        const std::size_t want = std::min(kChunk, limit - at);
        content.resize(at + want);
        stream.read(content.data() + at, static_cast<std::streamsize>(want));
        content.resize(at + static_cast<std::size_t>(stream.gcount()));
        if (stream.eof()) {
            complete = true;
            return content;
        }
        if (!stream) throw QuestionnaireError(fmt::format("{}: read error", path.string()));
    }
    complete = stream.peek() == std::char_traits<char>::eof();
    return content;
}

}  // namespace

void RequireRegularFile(const fs::path& path) {
    std::error_code error;
    const auto status = fs::status(path, error);
    if (status.type() == fs::file_type::not_found)
        throw QuestionnaireError(fmt::format("{}: no such file", path.string()));
    if (error) throw QuestionnaireError(fmt::format("{}: cannot be read: {}", path.string(), error.message()));
    if (status.type() == fs::file_type::directory)
        throw QuestionnaireError(fmt::format("{}: is a folder, not a file", path.string()));
    if (status.type() != fs::file_type::regular)
        throw QuestionnaireError(fmt::format("{}: is {}, not a regular file; the kit reads only ordinary files",
                                             path.string(), KindOf(status.type())));
}

std::string ReadRegularFile(const fs::path& path, std::size_t max_bytes) {
    RequireRegularFile(path);
    bool complete = false;
    std::string content = ReadUpTo(path, max_bytes, complete);
    if (!complete)
        throw QuestionnaireError(fmt::format("{}: more than the {} bytes this kit reads from such a file",
                                             path.string(), max_bytes));
    return content;
}

std::string ReadFileStart(const fs::path& path, std::size_t bytes) {
    RequireRegularFile(path);
    bool complete = false;
    return ReadUpTo(path, bytes, complete);
}

}  // namespace c5::questionnaire
