#pragma once
#include <ostream>
#include <string>

#include "c5/questionnaire/assessment_store.h"
#include "print_enums.h"
#include "temp_dir.h"
#include "test_actor.h"

namespace c5::test {

inline std::string DataPath(const std::string& relative) { return std::string(C5_TEST_DATA_DIR) + "/" + relative; }
inline std::string MinimalInstrumentJson() { return ReadFile(DataPath("instruments/minimal.json")); }

/// A temporary folder with a fresh assessment on the minimal instrument.
struct StoreFixture {
    TempDir dir;
    std::filesystem::path path = dir / "test.c5a";
    questionnaire::AssessmentStore store = questionnaire::AssessmentStore::Create(
        path, {"XKA", "Testland", std::nullopt, 2026, "Test assessment"}, MinimalInstrumentJson(), TestActor());
};

}  // namespace c5::test

