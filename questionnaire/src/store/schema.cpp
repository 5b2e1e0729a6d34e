#include "store/schema.h"

#include <iterator>
#include <set>
#include <string>
#include <vector>

#include <SQLiteCpp/Statement.h>
#include <fmt/format.h>

namespace c5::questionnaire::detail {
namespace {

// Comments are kept by SQLite in sqlite_master, so `.schema` in the sqlite3 shell shows them.
// A new file is made with the version-1 tables and every migration after it, so new and migrated
// files always have the same schema.
constexpr const char* kSchemaV1 = R"sql(
CREATE TABLE assessment (              -- exactly one row: what is assessed
  singleton      INTEGER PRIMARY KEY CHECK (singleton = 1),
  uuid           TEXT NOT NULL,        -- identity shared by all copies and respondent files of this assessment
  country        TEXT NOT NULL,        -- ISO 3166-1 alpha-3 code (X.. codes: fictional training country)
  country_name   TEXT NOT NULL,        -- the country's name as the team writes it
  country_group  TEXT NOT NULL CHECK (country_group IN ('LDC','SIDS','LLDC','transition','developing','developed')),
  year           INTEGER NOT NULL,     -- the year the assessment describes
  title          TEXT NOT NULL,
  created_at     TEXT NOT NULL,        -- UTC, ISO 8601
  created_by     TEXT NOT NULL         -- kit version that created the file
);
CREATE TABLE instrument (              -- exactly one row: the questionnaire as it was when the file was made
  singleton      INTEGER PRIMARY KEY CHECK (singleton = 1),
  instrument_id  TEXT NOT NULL,
  version        TEXT NOT NULL,
  sha256         TEXT NOT NULL,        -- SHA-256 of json, byte for byte
  json           TEXT NOT NULL         -- the instrument file (docs/instrument-format.md)
);
CREATE TABLE respondent (              -- a person or a stakeholder group that answers
  id                 INTEGER PRIMARY KEY,
  uuid               TEXT NOT NULL UNIQUE,   -- identity across files, for merges
  name               TEXT NOT NULL UNIQUE,
  role               TEXT NOT NULL DEFAULT '',
  stakeholder_group  TEXT NOT NULL DEFAULT '',
  created_at         TEXT NOT NULL
);
CREATE TABLE answer (                  -- one respondent's current answer to one question
  respondent_id   INTEGER NOT NULL REFERENCES respondent(id),
  question_id     TEXT NOT NULL,       -- id in the instrument snapshot
  value           TEXT,                -- maturity 0-4 | yes/partial/no | choice id(s) joined by '|' | number | text
  not_applicable  INTEGER NOT NULL DEFAULT 0 CHECK (not_applicable IN (0, 1)),
  confidence      TEXT NOT NULL DEFAULT 'medium' CHECK (confidence IN ('low', 'medium', 'high')),
  evidence        TEXT NOT NULL DEFAULT '',  -- notes on what the answer rests on
  links           TEXT NOT NULL DEFAULT '',  -- links or document references, one per line
  needs_review    INTEGER NOT NULL DEFAULT 0 CHECK (needs_review IN (0, 1)),
  answered_at     TEXT NOT NULL,       -- first answered, UTC
  updated_at      TEXT NOT NULL,       -- last changed, UTC
  PRIMARY KEY (respondent_id, question_id),
  CHECK ((not_applicable = 1) = (value IS NULL))
) WITHOUT ROWID;
CREATE TABLE consensus (               -- the answer a workshop settled on; replaces the respondents' median
  question_id     TEXT PRIMARY KEY,
  value           TEXT,
  not_applicable  INTEGER NOT NULL DEFAULT 0 CHECK (not_applicable IN (0, 1)),
  note            TEXT NOT NULL DEFAULT '',
  decided_at      TEXT NOT NULL,
  CHECK ((not_applicable = 1) = (value IS NULL))
) WITHOUT ROWID;
CREATE TABLE penetration (             -- ITU ICT indicators the team entered
  indicator   TEXT PRIMARY KEY CHECK (indicator IN ('internet_users', 'households_internet', 'mobile_broadband', 'fixed_broadband')),
  value       REAL NOT NULL,           -- % for the first two, subscriptions per 100 inhabitants for the others
  year        INTEGER NOT NULL,
  source      TEXT NOT NULL DEFAULT '',
  updated_at  TEXT NOT NULL
) WITHOUT ROWID;
CREATE TABLE setting (                 -- scoring options, one per row; values are JSON
  key    TEXT PRIMARY KEY,
  value  TEXT NOT NULL
) WITHOUT ROWID;
CREATE TABLE audit_log (               -- every change, never rewritten
  id         INTEGER PRIMARY KEY,
  at         TEXT NOT NULL,            -- UTC
  actor      TEXT NOT NULL,            -- operating-system user who made the change
  tool       TEXT NOT NULL,            -- c5kit, c5kit-cli, ...
  action     TEXT NOT NULL,            -- e.g. answer.set, answer.clear, respondent.add, penetration.set
  subject    TEXT NOT NULL,            -- what changed, e.g. respondent name / question id
  old_value  TEXT,                     -- JSON of the state before (NULL: nothing before)
  new_value  TEXT                      -- JSON of the state after (NULL: removed)
);
CREATE INDEX answer_by_question ON answer(question_id);
)sql";

// Version 2: respondent kits. A kit is a copy of an assessment for one respondent or group to answer
// on their own computer; only that respondent's answers may change in it.
constexpr const char* kMigration1To2 = R"sql(
CREATE TABLE kit (                     -- one row in a respondent kit, none in a full assessment
  singleton        INTEGER PRIMARY KEY CHECK (singleton = 1),
  respondent_uuid  TEXT NOT NULL,      -- the one respondent whose answers this file may change
  made_at          TEXT NOT NULL,      -- UTC
  made_from        TEXT NOT NULL       -- title of the assessment the kit was made from
);
)sql";

// Version 3: kit trust (docs/reliability.md, "What a merge accepts") and evidence documents. The
// assessment records every kit it issues with the kit's own key; a kit carries that key and a MAC
// over its respondent and their answers, renewed at every save. Full assessments and their copies
// hold a key of their own that kits never get, so a merge tells a copy of the assessment from a kit.
// Documents attached to answers as their evidence are stored in the file so that they travel with
// it: in copies, sealed files and the respondent's own kit.
constexpr const char* kMigration2To3 = R"sql(
CREATE TABLE assessment_key (          -- one row in a full assessment and its copies, none in a kit
  singleton  INTEGER PRIMARY KEY CHECK (singleton = 1),
  key        BLOB NOT NULL CHECK (length(key) = 32)  -- random; a merge trusts a file as a copy of this assessment only with it
);
CREATE TABLE kit_issue (               -- every respondent kit this assessment issued
  kit_id           TEXT PRIMARY KEY,   -- the kit's identity (kit.kit_id)
  respondent_uuid  TEXT NOT NULL,      -- the one respondent whose answers the kit may bring back
  respondent_name  TEXT NOT NULL,      -- the name it was issued to, for the merge report
  issued_at        TEXT NOT NULL,      -- UTC; answers dated earlier are only those the kit was issued with
  carried          TEXT NOT NULL DEFAULT '{}',  -- JSON: question id -> updated_at of each answer the kit was issued with
  key              BLOB NOT NULL CHECK (length(key) = 32)  -- the kit's key: its MAC must verify with it
) WITHOUT ROWID;
ALTER TABLE kit ADD COLUMN kit_id TEXT;  -- NULL in a kit made by format 2
ALTER TABLE kit ADD COLUMN key BLOB;     -- the kit's key (kit_issue.key), renews the MAC at every save
ALTER TABLE kit ADD COLUMN mac BLOB;     -- keyed BLAKE2b over the respondent and their answers (docs/file-format.md)
CREATE TABLE attachment (              -- a document attached to an answer as its evidence
  id             INTEGER PRIMARY KEY,
  respondent_id  INTEGER NOT NULL REFERENCES respondent(id),
  question_id    TEXT NOT NULL,        -- with respondent_id: the answer it supports
  name           TEXT NOT NULL,        -- the file's name as attached, without folders
  media_type     TEXT NOT NULL,        -- from the name's extension, e.g. application/pdf
  size           INTEGER NOT NULL CHECK (size > 0),  -- bytes (10 MiB at most; 50 MiB per assessment)
  sha256         TEXT NOT NULL,        -- SHA-256 of content, lower-case hex; checked on every read
  content        BLOB NOT NULL,
  added_at       TEXT NOT NULL,        -- UTC
  UNIQUE (respondent_id, question_id, sha256)
);
CREATE INDEX attachment_by_answer ON attachment(respondent_id, question_id);
)sql";

struct TableSince {
    const char* name;
    int version;  // the format version that added it
};
constexpr TableSince kTables[] = {{"assessment", 1}, {"instrument", 1},  {"respondent", 1}, {"answer", 1},
                                  {"consensus", 1},  {"penetration", 1}, {"setting", 1},    {"audit_log", 1},
                                  {"kit", 2},        {"assessment_key", 3}, {"kit_issue", 3}, {"attachment", 3}};

// Every object the kit itself creates in a file of `version` (tables, their automatic indexes, our
// index).
bool IsOwnObject(const std::string& type, const std::string& name, int version) {
    if (type == "table") {
        for (const auto& table : kTables)
            if (name == table.name) return table.version <= version;
        return false;
    }
    if (type == "index")
        return name == "answer_by_question" || (name == "attachment_by_answer" && version >= 3) ||
               name.rfind("sqlite_autoindex_", 0) == 0;
    return false;
}

}  // namespace

void CreateSchema(SQLite::Database& db) {
    db.exec(kSchemaV1);
    db.exec(fmt::format("PRAGMA application_id = {}; PRAGMA user_version = 1;", kApplicationId));
    Migrate(db, 1);
}

void Migrate(SQLite::Database& db, int from_version) {
    // Each step takes version N to N+1.
    constexpr const char* kSteps[] = {nullptr, kMigration1To2, kMigration2To3};
    static_assert(std::size(kSteps) == kSchemaVersion);
    if (from_version < 1 || from_version > kSchemaVersion)
        throw SQLite::Exception(fmt::format("no migration from file format {}", from_version));
    for (int version = from_version; version < kSchemaVersion; ++version) db.exec(kSteps[version]);
    db.exec(fmt::format("PRAGMA user_version = {};", kSchemaVersion));
}

std::vector<std::string> SchemaTables() {
    std::vector<std::string> names;
    for (const auto& table : kTables) names.emplace_back(table.name);
    return names;
}

std::string DescribeSchemaProblem(SQLite::Database& db, int version) {
    std::set<std::string> present;
    SQLite::Statement objects(db, "SELECT type, name FROM sqlite_master");
    while (objects.executeStep()) {
        const std::string type = objects.getColumn(0).getString();
        const std::string name = objects.getColumn(1).getString();
        if (!IsOwnObject(type, name, version))
            return fmt::format("it contains a {} named '{}' that the kit did not create", type, name);
        if (type == "table") present.insert(name);
    }
    for (const auto& table : kTables)
        if (table.version <= version && !present.contains(table.name))
            return fmt::format("the table '{}' is missing", table.name);
    return {};
}

}  // namespace c5::questionnaire::detail
