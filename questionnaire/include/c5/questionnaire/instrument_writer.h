#pragma once
// Writing an instrument back as JSON, in the one canonical form (docs/instrument-format.md,
// "Canonical form"): the same instrument always gives the same bytes, so a workbook exported and
// imported without edits gives the file it came from, byte for byte.
#include <string>

#include "c5/questionnaire/instrument.h"

namespace c5::questionnaire {

/// The instrument as canonical JSON: fields in the order of the format description, two-space
/// indentation, UTF-8 (no \u escapes beyond control characters), integral numbers without a
/// fraction, defaults left out, translations by language code, a final newline.
std::string CanonicalInstrumentJson(const Instrument& instrument);

}  // namespace c5::questionnaire
