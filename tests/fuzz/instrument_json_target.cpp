#include "c5/questionnaire/error.h"
#include "c5/questionnaire/instrument_loader.h"
#include "fuzz_targets.h"

namespace q = c5::questionnaire;

void c5::fuzz::FuzzInstrumentJson(std::string_view bytes) {
    // The validator must agree with the parser: no problems means it parses.
    const bool valid = q::ValidateInstrument(bytes).empty();
    try {
        q::ParseInstrument(bytes, "fuzz.json");
        if (!valid) __builtin_trap();
    } catch (const c5::questionnaire::QuestionnaireError&) {
        if (valid) __builtin_trap();
    }
}
