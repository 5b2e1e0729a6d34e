#include "c5/questionnaire/exchange_file.h"

#include <memory>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "c5/questionnaire/atomic_file.h"
#include "c5/questionnaire/error.h"
#include "c5/questionnaire/instrument_loader.h"
#include "c5/questionnaire/regular_file.h"
#include "c5/questionnaire/sealed_file.h"
#include "c5/questionnaire/text_util.h"
#include "c5/questionnaire/unicode_text.h"

namespace c5::questionnaire {
namespace fs = std::filesystem;

namespace {

constexpr std::size_t kMaxExchangeBytes = std::size_t{1} << 30;
constexpr unsigned kPrivateFileMode = 0600;

bool LooksSealed(const fs::path& path) {
    try {
        return IsSealed(ReadFileStart(path, 16));
    } catch (const QuestionnaireError&) {
        return false;  // not a regular file, unreadable: opening it as an assessment names the problem
    }
}

}  // namespace

std::string UnsealedFileName(std::string_view sealed_name, const fs::path& sealed) {
    // Whoever sealed the file chose the name: only a visible, ordinary .c5a name in the folder of
    // the sealed file is taken from it — no folders, no hidden dot-file, no control characters.
    std::string name;
    if (IsValidUtf8(sealed_name)) {
        const std::string last = PathToUtf8(PathFromUtf8(sealed_name).filename());
        for (const char c : last) {
            const auto u = static_cast<unsigned char>(c);
            const bool unsafe = u < 0x20 || u == 0x7F || std::string_view("/\\:*?\"<>|").find(c) != std::string_view::npos;
            name.push_back(unsafe ? '_' : c);
        }
        name = WithoutInvisibleCharacters(name);
    }
    while (!name.empty() && (name.front() == '.' || name.front() == ' ' || name.front() == '-')) name.erase(0, 1);
    while (!name.empty() && (name.back() == '.' || name.back() == ' ')) name.pop_back();
    if (ToLowerAscii(PathFromUtf8(name).extension().string()) != ".c5a") name += ".c5a";
    if (name.size() > 200 || PathFromUtf8(name).stem().empty()) name = PathToUtf8(sealed.stem()) + ".c5a";
    if (!name.empty() && name.front() == '.') name = "unsealed.c5a";
    // Windows reserves these names whatever their extension ("CON.c5a" is the console).
    const std::string device = ToLowerAscii(name.substr(0, name.find('.')));
    const bool numbered = device.size() == 4 && (device.starts_with("com") || device.starts_with("lpt")) &&
                          device[3] >= '0' && device[3] <= '9';
    if (numbered || device == "con" || device == "prn" || device == "aux" || device == "nul")
        name.insert(device.size(), "_");
    return name;
}

AssessmentStore OpenExchangeFile(const fs::path& path, const PassphraseSource& passphrase, Actor actor) {
    std::error_code error;
    if (!fs::is_regular_file(path, error) || !LooksSealed(path))
        return AssessmentStore::Open(path, OpenMode::ReadOnly, std::move(actor));
    const std::string sealed = ReadTextFile(path, kMaxExchangeBytes);
    std::optional<QuestionnaireError> wrong;
    for (int attempt = 0;; ++attempt) {
        const auto given = passphrase ? passphrase(path, attempt > 0) : std::nullopt;
        if (!given && wrong) throw *wrong;
        if (!given)
            throw QuestionnaireError(fmt::format("{}: sealed, and no passphrase was given; it was not opened",
                                                 path.string()));
        try {
            const Unsealed content = Unseal(sealed, *given, path.string());
            return AssessmentStore::OpenBytes(content.bytes, path, std::move(actor));
        } catch (const QuestionnaireError& problem) {
            const bool is_wrong = std::string_view(problem.what()).find("wrong passphrase") != std::string_view::npos;
            if (!is_wrong || attempt + 1 >= kPassphraseAttempts) throw;
            wrong = problem;
        }
    }
}

std::size_t SealAssessmentFile(const fs::path& source, const fs::path& target, std::string_view passphrase,
                               Actor actor, std::string name) {
    const auto store = AssessmentStore::Open(source, OpenMode::ReadOnly, std::move(actor));
    if (name.empty()) name = source.filename().string();
    const std::string sealed = Seal(store.Bytes(), name, passphrase);
    WriteFileAtomically(target, sealed, Replace::Refused, kPrivateFileMode);
    return sealed.size();
}

fs::path UnsealAssessmentFile(const fs::path& sealed, std::optional<fs::path> target, std::string_view passphrase,
                              Actor actor) {
    const std::string bytes = ReadTextFile(sealed, kMaxExchangeBytes);
    const Unsealed content = Unseal(bytes, passphrase, sealed.string());
    AssessmentStore::OpenBytes(content.bytes, sealed, std::move(actor));  // an assessment, or an error
    if (!target) target = sealed.parent_path() / PathFromUtf8(UnsealedFileName(content.name, sealed));
    WriteFileAtomically(*target, content.bytes, Replace::Refused, kPrivateFileMode);
    return *target;
}

AssessmentStore::MergeReport MergeExchangeFiles(AssessmentStore& target, const std::vector<fs::path>& files,
                                               const PassphraseSource& passphrase, const Actor& actor,
                                               const MergeOptions& options) {
    // Plain files are opened by the merge itself, one at a time; sealed ones are opened (in
    // memory) here, and a sealed file that cannot be opened is reported like a refused one.
    std::vector<AssessmentStore::MergeFileReport> unreadable;
    std::vector<std::unique_ptr<AssessmentStore>> unsealed;
    std::vector<AssessmentStore::MergeSource> sources;
    for (const auto& file : files) {
        std::error_code error;
        if (!fs::is_regular_file(file, error) || !LooksSealed(file)) {
            sources.push_back({file.string(), nullptr, file});
            continue;
        }
        try {
            unsealed.push_back(std::make_unique<AssessmentStore>(OpenExchangeFile(file, passphrase, actor)));
            sources.push_back({file.string(), unsealed.back().get(), file});
        } catch (const QuestionnaireError& problem) {
            AssessmentStore::MergeFileReport refused;
            refused.label = file.string();
            refused.refused = problem.what();
            if (refused.refused.rfind(refused.label + ": ", 0) == 0) refused.refused.erase(0, refused.label.size() + 2);
            unreadable.push_back(refused);
        }
    }
    auto report = target.Merge(sources, options);
    report.files.insert(report.files.end(), unreadable.begin(), unreadable.end());
    return report;
}

void StartMergeTarget(const fs::path& target, const std::vector<fs::path>& files, const PassphraseSource& passphrase,
                      const Actor& actor, const MergeOptions& options) {
    std::optional<AssessmentStore> first;
    std::vector<std::string> unreadable;  // why each file that could not start it could not
    for (const auto& file : files) {
        std::optional<AssessmentStore> source;
        try {
            source.emplace(OpenExchangeFile(file, passphrase, actor));
        } catch (const QuestionnaireError& problem) {
            unreadable.push_back(problem.what());
            continue;
        }
        if (!source->KitRespondentUuid() && source->HasAssessmentKey()) {
            source->WriteEmptyCopy(target);
            return;
        }
        if (!first) first = std::move(source);
    }
    if (first && options.accept_unverified) {
        first->WriteEmptyCopy(target);
        return;
    }
    if (first)
        throw QuestionnaireError(fmt::format("{} does not exist, and kits are merged only into the assessment that issued "
                                             "them (it holds their records and keys): give that assessment's file "
                                             "instead — or, to rebuild an assessment whose file is lost from its kits "
                                             "alone, accept files that cannot be checked (--accept-unverified-kits)",
                                             target.string()));
    throw QuestionnaireError(fmt::format("{} does not exist and none of the files could be read to start it: {}",
                                         target.string(), fmt::join(unreadable, "; ")));
}

}  // namespace c5::questionnaire
