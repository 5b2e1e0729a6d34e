#pragma once
// The MAC that lets a merge recognise a kit edited outside the kit (docs/file-format.md, `kit`):
// keyed BLAKE2b (libsodium) over the kit's identity, its respondent and every one of that
// respondent's answers, each column as SQLite stores it (type and bytes).
#include <string>
#include <string_view>

#include <SQLiteCpp/Database.h>

namespace c5::questionnaire::detail {

inline constexpr std::size_t kKitKeyBytes = 32;

/// A fresh random key (a kit's, or an assessment's own).
std::string NewKey();

/// The MAC of the respondent `respondent_uuid` and their answers in `db`, for the kit `kit_id`,
/// under `key`.
std::string KitMac(SQLite::Database& db, std::string_view kit_id, std::string_view respondent_uuid,
                   std::string_view key);

/// Compares two MACs or keys in constant time.
bool SameSecret(std::string_view a, std::string_view b);

}  // namespace c5::questionnaire::detail
