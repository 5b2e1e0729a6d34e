#pragma once
// Files that travel between the facilitator and the respondents: plain .c5a files or sealed .c5s
// ones (sealed_file.h). Readers accept both, asking for a passphrase only when a file is sealed.
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "c5/questionnaire/assessment_store.h"

namespace c5::questionnaire {

/// Gives the passphrase for the sealed file `path`; `again` is true after a wrong one. nullopt
/// stops (the reader throws QuestionnaireError saying the file was not opened).
using PassphraseSource = std::function<std::optional<std::string>(const std::filesystem::path& path, bool again)>;

/// How many times a reader asks again after a wrong passphrase before giving up.
inline constexpr int kPassphraseAttempts = 3;

/// Opens `path` read-only: a .c5a file as it is, a sealed file in memory (its content never
/// touches the disk). Sealed files get their passphrase from `passphrase`.
AssessmentStore OpenExchangeFile(const std::filesystem::path& path, const PassphraseSource& passphrase, Actor actor);

/// Seals the assessment at `source` into `target` (never replacing a file), under `name` (default:
/// the source's file name), which unsealing restores. Returns the bytes written.
std::size_t SealAssessmentFile(const std::filesystem::path& source, const std::filesystem::path& target,
                               std::string_view passphrase, Actor actor, std::string name = {});

/// The file name an unsealed file gets from `sealed_name` (chosen by whoever sealed it): its last
/// component with control and reserved characters replaced, no leading dot (hidden) or dash, ending
/// in .c5a; the sealed file's own name with .c5a when nothing usable is left.
std::string UnsealedFileName(std::string_view sealed_name, const std::filesystem::path& sealed);

/// Unseals `sealed` into a .c5a file: `target`, or the name it was sealed under in the same folder.
/// Checks the content is an assessment before writing; never replaces a file. Returns the path.
std::filesystem::path UnsealAssessmentFile(const std::filesystem::path& sealed, std::optional<std::filesystem::path> target,
                                           std::string_view passphrase, Actor actor);

/// Opens each of `files` (sealed ones with `passphrase`) and merges them into `target` in one
/// transaction (AssessmentStore::Merge); a file that cannot be opened is reported as refused.
AssessmentStore::MergeReport MergeExchangeFiles(AssessmentStore& target, const std::vector<std::filesystem::path>& files,
                                               const PassphraseSource& passphrase, const Actor& actor,
                                               const MergeOptions& options = {});

/// Makes `target` an empty copy (AssessmentStore::WriteEmptyCopy) of the first of `files` that is
/// a copy of the assessment with its key, to merge them all into. Kits can only be checked by the
/// assessment that issued them: without such a copy `target` is refused, unless `options` accept
/// unverified files (rebuilding a lost assessment from its kits), when the first file that opens
/// starts it.
void StartMergeTarget(const std::filesystem::path& target, const std::vector<std::filesystem::path>& files,
                      const PassphraseSource& passphrase, const Actor& actor,
                      const MergeOptions& options = {});

}  // namespace c5::questionnaire
