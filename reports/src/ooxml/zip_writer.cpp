#include "ooxml/zip_writer.h"

#include <algorithm>
#include <charconv>
#include <cstring>

#include <zip.h>  // minizip (its pkg-config names the folder)

#include "c5/reports/error.h"

namespace c5::reports::ooxml {
namespace {

// The archive grows in a string; minizip seeks back to patch each entry's local header.
struct MemoryFile {
    std::string bytes;
    std::size_t position = 0;
};

voidpf ZCALLBACK OpenMemory(voidpf opaque, const void*, int) { return opaque; }

uLong ZCALLBACK ReadMemory(voidpf, voidpf stream, void* buffer, uLong size) {
    auto* file = static_cast<MemoryFile*>(stream);
    const std::size_t available = file->position < file->bytes.size() ? file->bytes.size() - file->position : 0;
    const std::size_t count = std::min<std::size_t>(available, size);
    std::memcpy(buffer, file->bytes.data() + file->position, count);
    file->position += count;
    return static_cast<uLong>(count);
}

uLong ZCALLBACK WriteMemory(voidpf, voidpf stream, const void* buffer, uLong size) {
    auto* file = static_cast<MemoryFile*>(stream);
    if (file->position + size > file->bytes.size()) file->bytes.resize(file->position + size);
    std::memcpy(file->bytes.data() + file->position, buffer, size);
    file->position += size;
    return size;
}

ZPOS64_T ZCALLBACK TellMemory(voidpf, voidpf stream) { return static_cast<MemoryFile*>(stream)->position; }

long ZCALLBACK SeekMemory(voidpf, voidpf stream, ZPOS64_T offset, int origin) {
    auto* file = static_cast<MemoryFile*>(stream);
    ZPOS64_T base = 0;
    if (origin == ZLIB_FILEFUNC_SEEK_CUR) base = file->position;
    else if (origin == ZLIB_FILEFUNC_SEEK_END) base = file->bytes.size();
    else if (origin != ZLIB_FILEFUNC_SEEK_SET) return -1;
    file->position = static_cast<std::size_t>(base + offset);
    return 0;
}

int ZCALLBACK CloseMemory(voidpf, voidpf) { return 0; }
int ZCALLBACK ErrorMemory(voidpf, voidpf) { return 0; }

int Field(std::string_view date, std::size_t at, std::size_t length, int fallback) {
    int value = fallback;
    if (date.size() >= at + length) std::from_chars(date.data() + at, date.data() + at + length, value);
    return value;
}

}  // namespace

struct ZipWriter::State {
    MemoryFile file;
    zipFile zip = nullptr;
    zip_fileinfo info{};
};

ZipWriter::ZipWriter(std::string_view date) : m_state(std::make_unique<State>()) {
    zlib_filefunc64_def functions{};
    functions.zopen64_file = OpenMemory;
    functions.zread_file = ReadMemory;
    functions.zwrite_file = WriteMemory;
    functions.ztell64_file = TellMemory;
    functions.zseek64_file = SeekMemory;
    functions.zclose_file = CloseMemory;
    functions.zerror_file = ErrorMemory;
    functions.opaque = &m_state->file;
    m_state->zip = zipOpen2_64("memory", APPEND_STATUS_CREATE, nullptr, &functions);
    if (!m_state->zip) throw ReportError("the zip library could not start an office document");
    // Zip dates start in 1980; month and day as written, the time at noon.
    auto& when = m_state->info.tmz_date;
    when.tm_year = static_cast<uInt>(std::max(1980, Field(date, 0, 4, 2000)));
    when.tm_mon = static_cast<uInt>(std::clamp(Field(date, 5, 2, 1), 1, 12) - 1);
    when.tm_mday = static_cast<uInt>(std::clamp(Field(date, 8, 2, 1), 1, 31));
    when.tm_hour = 12;
}

ZipWriter::~ZipWriter() {
    if (m_state->zip) zipClose(m_state->zip, nullptr);
}

void ZipWriter::Add(std::string_view name, std::string_view bytes) {
    if (!m_state->zip) throw ReportError("internal error: a part added to a finished office document");
    const std::string entry(name);
    if (zipOpenNewFileInZip64(m_state->zip, entry.c_str(), &m_state->info, nullptr, 0, nullptr, 0, nullptr, Z_DEFLATED,
                              Z_DEFAULT_COMPRESSION, bytes.size() >= 0xFFFFFFFFu) != ZIP_OK)
        throw ReportError("the zip library could not add " + entry + " to an office document");
    // zipWriteInFileInZip takes an unsigned length: write large parts in pieces.
    constexpr std::size_t kPiece = 1u << 30;
    for (std::size_t at = 0; at < bytes.size(); at += kPiece) {
        const auto length = static_cast<unsigned>(std::min(kPiece, bytes.size() - at));
        if (zipWriteInFileInZip(m_state->zip, bytes.data() + at, length) != ZIP_OK)
            throw ReportError("the zip library could not write " + entry + " into an office document");
    }
    if (zipCloseFileInZip(m_state->zip) != ZIP_OK)
        throw ReportError("the zip library could not finish " + entry + " in an office document");
}

std::string ZipWriter::Finish() {
    if (!m_state->zip) throw ReportError("internal error: an office document finished twice");
    const int status = zipClose(m_state->zip, nullptr);
    m_state->zip = nullptr;
    if (status != ZIP_OK) throw ReportError("the zip library could not finish an office document");
    return std::move(m_state->file.bytes);
}

}  // namespace c5::reports::ooxml
