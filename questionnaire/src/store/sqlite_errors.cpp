#include "store/sqlite_errors.h"

#include <fmt/format.h>
#include <sqlite3.h>

#include "c5/questionnaire/error.h"

namespace c5::questionnaire::detail {

void ThrowStoreError(const SQLite::Exception& error, const std::filesystem::path& path, std::string_view doing) {
    const std::string file = path.string();
    switch (error.getErrorCode()) {
        case SQLITE_FULL:
            throw QuestionnaireError(fmt::format("{}: could not {}: the disk is full; nothing was changed — free "
                                                 "some space and try again",
                                                 file, doing));
        case SQLITE_READONLY:
            throw QuestionnaireError(fmt::format("{}: could not {}: the file is read-only (write-protected disk or "
                                                 "file permissions); copy it to a writable folder",
                                                 file, doing));
        case SQLITE_BUSY:
        case SQLITE_LOCKED:
            throw QuestionnaireError(fmt::format("{}: could not {}: another program is writing to this file; "
                                                 "nothing was changed — try again in a moment",
                                                 file, doing));
        case SQLITE_NOTADB:
            throw QuestionnaireError(fmt::format("{}: not a C5 assessment file (it is not an SQLite database)", file));
        case SQLITE_CORRUPT:
            throw QuestionnaireError(fmt::format("{}: the file is damaged ({}); it was not changed — see "
                                                 "docs/reliability.md, \"Recovering a damaged file\"",
                                                 file, error.what()));
        case SQLITE_CANTOPEN:
            throw QuestionnaireError(fmt::format("{}: cannot be opened (missing, a folder, or no permission)", file));
        case SQLITE_IOERR:
            if (const int code = error.getExtendedErrorCode();
                code == SQLITE_IOERR_WRITE || code == SQLITE_IOERR_FSYNC || code == SQLITE_IOERR_TRUNCATE)
                throw QuestionnaireError(fmt::format("{}: could not {}: writing to the disk failed — it may be full, "
                                                     "or the USB stick was removed; nothing was changed — free some "
                                                     "space or check the disk, then try again",
                                                     file, doing));
            throw QuestionnaireError(fmt::format("{}: could not {}: the disk reported an input/output error ({}); "
                                                 "the last saved state is kept — check the disk or USB stick",
                                                 file, doing, error.what()));
        case SQLITE_TOOBIG:
            throw QuestionnaireError(fmt::format("{}: could not {}: a value is too large", file, doing));
        case SQLITE_CONSTRAINT:
            throw QuestionnaireError(fmt::format("{}: could not {}: the file's rules refuse it ({}); nothing was "
                                                 "changed",
                                                 file, doing, error.what()));
        default:
            throw QuestionnaireError(fmt::format("{}: could not {}: {}; nothing was changed", file, doing, error.what()));
    }
}

}  // namespace c5::questionnaire::detail
