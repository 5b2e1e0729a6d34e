#pragma once
// Office documents checked with the software users open them in: LibreOffice headless converts
// them (one profile folder per run, several files per run: it is slow to start), python3-docx and
// python3-openpyxl (Debian's, hence /usr/bin/python3) read their structure.
#include <filesystem>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "run_process.h"

namespace c5::test {

/// `soffice --convert-to to` of every file into `folder`, with a fresh profile in `folder`.
inline ProcessResult ConvertWithLibreOffice(const std::vector<std::filesystem::path>& files, const std::string& to,
                                            const std::filesystem::path& folder) {
    std::vector<std::string> arguments = {"soffice", "--headless", "--norestore", "--nolockcheck",
                                          "-env:UserInstallation=file://" + ToolPath(folder / "lo-profile"),
                                          "--convert-to", to, "--outdir", folder.string()};
    for (const auto& file : files) arguments.push_back(file.string());
    return Tool(arguments);
}

/// What tests/support/office_facts.py reads from a "docx" or "xlsx" file.
inline nlohmann::json OfficeFacts(const std::string& kind, const std::filesystem::path& file) {
    const auto result = Tool({"/usr/bin/python3", std::string(C5_TEST_SUPPORT_DIR) + "/office_facts.py", kind,
                                    file.string()});
    if (result.exit_code != 0) return {{"error", result.err}};
    return nlohmann::json::parse(result.out);
}

}  // namespace c5::test
