#include "c5/questionnaire/demo_assessment.h"

#include "c5/questionnaire/answer_import.h"
#include "c5/questionnaire/instrument_loader.h"

namespace c5::embedded {
extern const std::string_view kDemoAnswers;
}

namespace c5::questionnaire {

AssessmentStore CreateDemoAssessment(const std::filesystem::path& path, Actor actor) {
    // XKL is an ISO user-assigned code: Kelora is not a real country.
    AssessmentStore store = AssessmentStore::Create(
        path, {"XKL", "Kelora", CountryGroup::SIDS, 2026, "C5 readiness self-assessment — Kelora 2026 (fictional)"},
        BundledInstrumentJson(), std::move(actor));
    store.SaveAnswers(ReadAnswersCsv(embedded::kDemoAnswers, store.GetInstrument(), "demo answers"), "demo answers");
    const char* survey = "Kelora Bureau of Statistics, ICT household survey 2024 (fictional)";
    const char* regulator = "Kelora Telecommunications Regulatory Authority, annual report 2024 (fictional)";
    store.SetPenetration({Indicator::InternetUsers, 42.5, 2024, survey, {}});
    store.SetPenetration({Indicator::HouseholdsInternet, 31.0, 2024, survey, {}});
    store.SetPenetration({Indicator::MobileBroadband, 58.3, 2024, regulator, {}});
    store.SetPenetration({Indicator::FixedBroadband, 3.1, 2024, regulator, {}});
    ScoringSettings settings = store.GetScoringSettings();
    settings.target_year = 2030;  // the text's 2020 has passed; the team plans to 2030
    store.SetScoringSettings(settings);
    return store;
}

}  // namespace c5::questionnaire
