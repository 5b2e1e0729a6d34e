#include "c5/questionnaire/error.h"
#include "c5/questionnaire/answer_import.h"
#include "c5/questionnaire/instrument_loader.h"
#include "fuzz_targets.h"

namespace q = c5::questionnaire;

// Answers are checked against the bundled instrument, as `import-answers` does.
void c5::fuzz::FuzzAnswersCsv(std::string_view bytes) {
    static const q::Instrument instrument = q::ParseInstrument(q::BundledInstrumentJson(), "c5.json");
    try {
        const auto entries = q::ReadAnswersCsv(bytes, instrument, "fuzz.csv");
        for (const auto& entry : entries) (void)q::ValidateAnswer(instrument, entry.answer);
    } catch (const c5::questionnaire::QuestionnaireError&) {
    }
}
