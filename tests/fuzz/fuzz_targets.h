#pragma once
// The readers of outside data, each as a fuzz target: given any bytes, a target either reads them
// or gets the reader's own error (QuestionnaireError, ScoringError). Anything else — another
// exception, a crash, a sanitizer report, a hang — is a bug. The libFuzzer programs and the
// corpus replay test call the same functions.
#include <string_view>

namespace c5::fuzz {

void FuzzInstrumentJson(std::string_view bytes);
void FuzzAssessmentFile(std::string_view bytes);
void FuzzAnswersCsv(std::string_view bytes);
void FuzzPairwiseCsv(std::string_view bytes);
void FuzzSealedFile(std::string_view bytes);
void FuzzInstrumentWorkbook(std::string_view bytes);
/// True when the bytes import to a valid instrument: the replay checks that the ok-* seeds of
/// instrument_workbook reach the success path, not only the refusals.
bool ImportsInstrumentWorkbook(std::string_view bytes);

struct FuzzTarget {
    std::string_view name;  // also the corpus folder: tests/fuzz/corpus/<name>/
    void (*run)(std::string_view);
};

inline constexpr FuzzTarget kFuzzTargets[] = {
    {"instrument_json", FuzzInstrumentJson}, {"assessment_file", FuzzAssessmentFile},
    {"answers_csv", FuzzAnswersCsv},         {"pairwise_csv", FuzzPairwiseCsv},
    {"sealed_file", FuzzSealedFile},         {"instrument_workbook", FuzzInstrumentWorkbook},
};

}  // namespace c5::fuzz
