#pragma once
// The .c5a schema, its version and its forward migrations (docs/file-format.md).
#include <string>
#include <vector>

#include <SQLiteCpp/Database.h>

#include "c5/questionnaire/file_format.h"

namespace c5::questionnaire::detail {

/// Version written by this kit (PRAGMA user_version).
inline constexpr int kSchemaVersion = kFileFormatVersion;
/// PRAGMA application_id of every .c5a file: "C5KA".
inline constexpr int kApplicationId = 0x43354B41;

/// Creates the current schema in an empty database (inside the caller's transaction).
void CreateSchema(SQLite::Database& db);

/// Brings a file of an older version to kSchemaVersion, inside the caller's transaction.
void Migrate(SQLite::Database& db, int from_version);

/// Names of every table the current schema has.
std::vector<std::string> SchemaTables();

/// What is wrong with the schema of a file of format `version` (a missing table, an object the kit
/// did not create), or an empty string when it is the kit's own.
std::string DescribeSchemaProblem(SQLite::Database& db, int version);

}  // namespace c5::questionnaire::detail
