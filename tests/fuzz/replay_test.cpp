// Replays every input in tests/fuzz/corpus/<target>/ — the seeds, and each crash the fuzzers ever
// found (kept as crash-* files) — through its fuzz target, so that CI runs them under the
// sanitizers on every change.
#define BOOST_TEST_MODULE fuzz_replay
#include <boost/test/unit_test.hpp>

#include <algorithm>
#include <exception>
#include <filesystem>
#include <vector>

#include "fuzz_targets.h"
#include "temp_dir.h"

namespace fs = std::filesystem;

namespace {

std::vector<fs::path> CorpusFiles(std::string_view target) {
    std::vector<fs::path> files;
    for (const auto& entry : fs::directory_iterator(fs::path(C5_FUZZ_CORPUS_DIR) / target))
        if (entry.is_regular_file()) files.push_back(entry.path());
    std::sort(files.begin(), files.end());
    return files;
}

}  // namespace

BOOST_AUTO_TEST_CASE(every_corpus_input_is_read_or_refused_cleanly) {
    for (const auto& target : c5::fuzz::kFuzzTargets) {
        const auto files = CorpusFiles(target.name);
        BOOST_TEST_CONTEXT("target " << target.name) {
            // Each target keeps a seed corpus; an empty folder would make this test pass vacuously.
            BOOST_TEST(files.size() >= 3u);
            for (const auto& file : files) {
                BOOST_TEST_CONTEXT("input " << file.filename().string()) {
                    const std::string bytes = c5::test::ReadFile(file);
                    try {
                        target.run(bytes);
                    } catch (const std::exception& error) {
                        BOOST_ERROR("escaped the reader's own errors: " << error.what());
                    }
                }
            }
        }
    }
}

// The seeds named ok-* (tests/fuzz/make_workbook_seeds.py: the kit's export, LibreOffice's re-save,
// inline strings with empty rows) import: the replay runs the success path and the validator.
BOOST_AUTO_TEST_CASE(the_workbook_seeds_reach_a_successful_import) {
    int successes = 0;
    for (const auto& file : CorpusFiles("instrument_workbook")) {
        if (!file.filename().string().starts_with("ok-")) continue;
        BOOST_TEST_CONTEXT("input " << file.filename().string()) {
            BOOST_TEST(c5::fuzz::ImportsInstrumentWorkbook(c5::test::ReadFile(file)));
            ++successes;
        }
    }
    BOOST_TEST(successes >= 3);
}
