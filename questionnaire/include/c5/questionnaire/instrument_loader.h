#pragma once
// Reading and validating instruments (docs/instrument-format.md).
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "c5/questionnaire/error.h"
#include "c5/questionnaire/instrument.h"

namespace c5::questionnaire {

/// Most questions an instrument may have (the bundled one has about 70).
inline constexpr std::size_t kMaxInstrumentQuestions = 2000;

/// Thrown when an instrument is refused; carries every problem found, each "json.path: what".
class InstrumentError : public QuestionnaireError {
public:
    InstrumentError(std::string source, std::vector<std::string> problems);
    const std::vector<std::string>& Problems() const { return m_problems; }

private:
    std::vector<std::string> m_problems;
};

/// Every problem in an instrument's JSON text; empty when it is valid.
std::vector<std::string> ValidateInstrument(std::string_view json_text);

/// Parses and validates; throws InstrumentError naming `source` when anything is wrong.
Instrument ParseInstrument(std::string_view json_text, std::string_view source = "instrument");

/// Reads a file as UTF-8 text; throws QuestionnaireError when it cannot be read.
std::string ReadTextFile(const std::filesystem::path& path, std::size_t max_bytes = 64u << 20);

/// The C5 instrument shipped with the kit (questionnaire/instruments/c5.json), byte for byte.
std::string_view BundledInstrumentJson();

}  // namespace c5::questionnaire
