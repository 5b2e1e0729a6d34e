// Durability: every answer the kit acknowledged ("Saved") survives a power cut that comes right
// after. A shim between SQLite and the real files records what reached the disk — a file's
// content when it is flushed (xSync), a new or removed name when its folder is flushed — and a
// power cut keeps only that. The store runs with its own settings (journal mode, synchronous);
// the shim only watches.
#include <fstream>
#include <map>
#include <set>
#include <string>

#include <boost/test/unit_test.hpp>
#include <sqlite3.h>

#include "c5/questionnaire/error.h"
#include "fixtures.h"

namespace q = c5::questionnaire;
namespace fs = std::filesystem;
using c5::test::ReadFile;
using c5::test::TempDir;
using c5::test::TestActor;

namespace {

// What is on the disk, as a power cut would leave it.
struct Disk {
    std::map<std::string, std::string> durable;  // path → content as last flushed
    std::set<std::string> new_names;             // created since the folder was last flushed
    std::set<std::string> removed_names;         // removed since the folder was last flushed

    void FolderFlushed() {
        for (const auto& name : removed_names) durable.erase(name);
        for (const auto& name : new_names) durable.emplace(name, std::string());
        removed_names.clear();
        new_names.clear();
    }
};

Disk* g_disk = nullptr;
sqlite3_vfs* g_real = nullptr;

struct ShimFile {
    sqlite3_file base;
    std::string* path;  // owned; null for files without a name (temporary ones)
    sqlite3_file* real() { return reinterpret_cast<sqlite3_file*>(this + 1); }
};

ShimFile* Shim(sqlite3_file* file) { return reinterpret_cast<ShimFile*>(file); }

int ShimClose(sqlite3_file* file) {
    const int status = Shim(file)->real()->pMethods->xClose(Shim(file)->real());
    delete Shim(file)->path;
    Shim(file)->path = nullptr;
    return status;
}
int ShimRead(sqlite3_file* f, void* out, int amount, sqlite3_int64 offset) {
    return Shim(f)->real()->pMethods->xRead(Shim(f)->real(), out, amount, offset);
}
int ShimWrite(sqlite3_file* f, const void* data, int amount, sqlite3_int64 offset) {
    return Shim(f)->real()->pMethods->xWrite(Shim(f)->real(), data, amount, offset);
}
int ShimTruncate(sqlite3_file* f, sqlite3_int64 size) {
    return Shim(f)->real()->pMethods->xTruncate(Shim(f)->real(), size);
}
int ShimSync(sqlite3_file* f, int flags) {
    const int status = Shim(f)->real()->pMethods->xSync(Shim(f)->real(), flags);
    if (status == SQLITE_OK && Shim(f)->path && g_disk) {
        const std::string& path = *Shim(f)->path;
        g_disk->durable[path] = ReadFile(path);
        // The real VFS flushes the folder with a new journal's first flush: model the same.
        if (g_disk->new_names.contains(path)) g_disk->FolderFlushed();
    }
    return status;
}
int ShimFileSize(sqlite3_file* f, sqlite3_int64* size) {
    return Shim(f)->real()->pMethods->xFileSize(Shim(f)->real(), size);
}
int ShimLock(sqlite3_file* f, int level) { return Shim(f)->real()->pMethods->xLock(Shim(f)->real(), level); }
int ShimUnlock(sqlite3_file* f, int level) { return Shim(f)->real()->pMethods->xUnlock(Shim(f)->real(), level); }
int ShimCheckReserved(sqlite3_file* f, int* out) {
    return Shim(f)->real()->pMethods->xCheckReservedLock(Shim(f)->real(), out);
}
int ShimFileControl(sqlite3_file* f, int op, void* arg) {
    return Shim(f)->real()->pMethods->xFileControl(Shim(f)->real(), op, arg);
}
int ShimSectorSize(sqlite3_file* f) { return Shim(f)->real()->pMethods->xSectorSize(Shim(f)->real()); }
int ShimDevice(sqlite3_file* f) { return Shim(f)->real()->pMethods->xDeviceCharacteristics(Shim(f)->real()); }

// Version 1: no shared memory and no memory-mapped reads, which a rollback journal does not use.
const sqlite3_io_methods kShimMethods = {1,           ShimClose,        ShimRead,         ShimWrite,
                                         ShimTruncate, ShimSync,        ShimFileSize,     ShimLock,
                                         ShimUnlock,  ShimCheckReserved, ShimFileControl, ShimSectorSize,
                                         ShimDevice,  nullptr,          nullptr,          nullptr,
                                         nullptr,     nullptr,          nullptr};

int ShimOpen(sqlite3_vfs*, sqlite3_filename name, sqlite3_file* file, int flags, int* out_flags) {
    ShimFile* shim = Shim(file);
    shim->base.pMethods = nullptr;
    shim->path = nullptr;
    bool existed = false;
    if (name) {
        int exists = 0;
        g_real->xAccess(g_real, name, SQLITE_ACCESS_EXISTS, &exists);
        existed = exists != 0;
    }
    const int status = g_real->xOpen(g_real, name, shim->real(), flags, out_flags);
    if (status != SQLITE_OK) return status;
    shim->base.pMethods = &kShimMethods;
    if (name) {
        shim->path = new std::string(name);
        if (!existed && g_disk) g_disk->new_names.insert(name);
    }
    return SQLITE_OK;
}

int ShimDelete(sqlite3_vfs*, const char* name, int sync_folder) {
    const int status = g_real->xDelete(g_real, name, sync_folder);
    if (status == SQLITE_OK && g_disk) {
        g_disk->new_names.erase(name);
        g_disk->removed_names.insert(name);
        if (sync_folder) g_disk->FolderFlushed();
    }
    return status;
}

int ShimAccess(sqlite3_vfs*, const char* name, int flags, int* out) { return g_real->xAccess(g_real, name, flags, out); }
int ShimFullPathname(sqlite3_vfs*, const char* name, int size, char* out) {
    return g_real->xFullPathname(g_real, name, size, out);
}
int ShimRandomness(sqlite3_vfs*, int size, char* out) { return g_real->xRandomness(g_real, size, out); }
int ShimSleep(sqlite3_vfs*, int microseconds) { return g_real->xSleep(g_real, microseconds); }
int ShimCurrentTime(sqlite3_vfs*, double* out) { return g_real->xCurrentTime(g_real, out); }
int ShimLastError(sqlite3_vfs*, int size, char* out) { return g_real->xGetLastError(g_real, size, out); }
int ShimCurrentTimeInt64(sqlite3_vfs*, sqlite3_int64* out) { return g_real->xCurrentTimeInt64(g_real, out); }

// Installs the shim as SQLite's default for the test's lifetime.
class PowerCutShim {
public:
    PowerCutShim() {
        g_real = sqlite3_vfs_find(nullptr);
        m_vfs.iVersion = 2;
        m_vfs.szOsFile = static_cast<int>(sizeof(ShimFile)) + g_real->szOsFile;
        m_vfs.mxPathname = g_real->mxPathname;
        m_vfs.zName = "c5-power-cut";
        m_vfs.xOpen = ShimOpen;
        m_vfs.xDelete = ShimDelete;
        m_vfs.xAccess = ShimAccess;
        m_vfs.xFullPathname = ShimFullPathname;
        m_vfs.xRandomness = ShimRandomness;
        m_vfs.xSleep = ShimSleep;
        m_vfs.xCurrentTime = ShimCurrentTime;
        m_vfs.xGetLastError = ShimLastError;
        m_vfs.xCurrentTimeInt64 = ShimCurrentTimeInt64;
        sqlite3_vfs_register(&m_vfs, 1);
    }
    ~PowerCutShim() {
        g_disk = nullptr;
        sqlite3_vfs_unregister(&m_vfs);
        sqlite3_vfs_register(g_real, 1);
    }
    /// From now on the disk holds these files as they are (written and flushed before).
    void Watch(const std::vector<fs::path>& files) {
        m_disk = Disk{};
        for (const auto& file : files) m_disk.durable[fs::absolute(file).string()] = ReadFile(file);
        g_disk = &m_disk;
    }
    /// The power goes: the files of `folder` as the disk has them, copied into `into`.
    void CutPower(const fs::path& folder, const fs::path& into) const {
        for (const auto& [path, content] : m_disk.durable)
            if (fs::path(path).parent_path() == fs::absolute(folder))
                c5::test::WriteFile(into / fs::path(path).filename(), content);
    }

private:
    sqlite3_vfs m_vfs{};
    Disk m_disk;
};

q::AnswerInput Answer(long long respondent, const std::string& question, const std::string& value) {
    q::AnswerInput input;
    input.respondent_id = respondent;
    input.question_id = question;
    input.value = value;
    input.evidence = "saved as answer " + value;
    return input;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(Durability)

BOOST_AUTO_TEST_CASE(every_acknowledged_answer_survives_a_power_cut_right_after) {
    TempDir dir;
    const fs::path file = dir / "kit.c5a";
    PowerCutShim shim;
    long long respondent = 0;
    {
        auto created = q::AssessmentStore::Create(file, {"XKA", "Testland", std::nullopt, 2026, "Power cut"},
                                                  c5::test::MinimalInstrumentJson(), TestActor());
        respondent = created.AddRespondent({"Ministry", "", ""}).id;
    }
    auto store = q::AssessmentStore::Open(file, q::OpenMode::ReadWrite, TestActor());
    shim.Watch({file});
    // Each save is acknowledged, then the power goes: the disk must hold it, and every one before.
    const std::vector<std::pair<std::string, std::string>> saves = {
        {"P1.Q1", "1"}, {"P1.Q2", "yes"}, {"P1.Q1", "3"}, {"P2.Q1", "draft"}, {"P1.Q2", "no"}};
    std::map<std::string, std::string> acknowledged;
    for (std::size_t i = 0; i < saves.size(); ++i) {
        const auto& [question, value] = saves[i];
        BOOST_REQUIRE(store.SaveAnswer(Answer(respondent, question, value)).outcome == q::SaveOutcome::Saved);
        acknowledged[question] = value;
        BOOST_TEST_CONTEXT("power cut after save " << i + 1) {
            TempDir after;
            shim.CutPower(dir.Path(), after.Path());
            BOOST_REQUIRE(fs::exists(after / "kit.c5a"));
            // The next start: the kit opens what the disk holds (rolling back any journal it finds).
            const auto reopened = q::AssessmentStore::Open(after / "kit.c5a", q::OpenMode::ReadWrite, TestActor());
            for (const auto& [saved_question, saved_value] : acknowledged) {
                const auto answer = reopened.FindAnswer(respondent, saved_question);
                BOOST_TEST((answer && answer->value == saved_value), saved_question << " = " << saved_value << " lost");
            }
            BOOST_TEST(!fs::exists(after / "kit.c5a-journal"), "a journal came back after the power cut");
        }
    }
}

BOOST_AUTO_TEST_SUITE_END()
