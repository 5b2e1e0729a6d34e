#include "c5/questionnaire/error.h"
#include "c5/questionnaire/assessment_store.h"
#include "c5/scoring/error.h"
#include "c5/scoring/score.h"
#include "fuzz_targets.h"

namespace q = c5::questionnaire;
namespace s = c5::scoring;

// A .c5a file is an SQLite database; any bytes are opened as one and then read the way `info`,
// `export` and `score` read it.
void c5::fuzz::FuzzAssessmentFile(std::string_view bytes) {
    try {
        const auto store = q::AssessmentStore::OpenBytes(bytes, "fuzz.c5a", q::Actor{"fuzz", "fuzz"});
        (void)store.Info();
        (void)store.Respondents();
        (void)store.Answers();
        (void)store.Consensus();
        (void)store.Penetration();
        (void)store.AuditLog();
        (void)store.KitRespondentUuid();
        const q::AssessmentData data = store.Snapshot();
        s::ScoreRequest request;
        request.parameters.samples = 64;
        request.parameters.threads = 1;
        (void)s::ScoreAssessment(data, request);
    } catch (const c5::questionnaire::QuestionnaireError&) {
    } catch (const c5::scoring::ScoringError&) {
    }
}
