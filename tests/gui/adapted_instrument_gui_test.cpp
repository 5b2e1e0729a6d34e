// An assessment on an adapted instrument in the desktop app: the national module in the question
// tree and answered like any other question, and the questionnaire shown in a language the
// instrument adds while the menus stay in the interface's.
#include <fstream>

#include <boost/test/unit_test.hpp>

#include "c5/questionnaire/assessment_store.h"
#include "c5/questionnaire/instrument_loader.h"
#include "c5/questionnaire/instrument_workbook.h"
#include "c5/questionnaire/instrument_writer.h"
#include "c5/reports/report_text.h"
#include "gui_session.h"
#include "test_actor.h"

namespace q = c5::questionnaire;
using c5::test::GuiSession;
using c5::test::TestActor;

namespace {

// The bundled instrument with one national question and a Portuguese text for it.
q::Instrument MozambiqueInstrument() {
    q::Instrument instrument = q::ParseInstrument(q::BundledInstrumentJson());
    q::Pillar module;
    module.id = "N";
    module.title = "National questions";
    module.national = true;
    module.translations["pt"].fields["title"] = "Questões nacionais";
    q::Question question;
    question.id = "N.Q1";
    question.pillar_id = "N";
    question.type = q::QuestionType::YesPartialNo;
    question.text = "Is the national cyber drill held every year?";
    question.guidance = "Count the drills of the last three years.";
    question.evidence_prompt = "Drill reports.";
    question.next_steps = {{"no", "Plan a first national drill."}, {"partial", "Hold the drill every year."}};
    question.lead_group = "national CIRT";
    question.translations["pt"].fields["text"] = "O exercício nacional de cibersegurança realiza-se todos os anos?";
    module.questions.push_back(question);
    instrument.national_module = module;
    instrument.report_texts["pt"]["language_name"] = "Português";
    return instrument;
}

std::string AdaptedInstrumentJson() { return q::CanonicalInstrumentJson(MozambiqueInstrument()); }

// A valid answer for every C5 question, so that "next unanswered" leads to the national one.
std::string AnyValue(const q::Question& question) {
    switch (question.type) {
        case q::QuestionType::Maturity: return "2";
        case q::QuestionType::YesPartialNo: return "yes";
        case q::QuestionType::SingleChoice:
        case q::QuestionType::MultipleChoice: return question.choices.front().id;
        case q::QuestionType::Number:
        case q::QuestionType::Percent: return "10";
        case q::QuestionType::Text: return "noted";
    }
    return "";
}

}  // namespace

BOOST_AUTO_TEST_SUITE(AdaptedInstrument)

BOOST_AUTO_TEST_CASE(national_questions_and_an_added_language_in_the_app) {
    GuiSession gui;
    const auto file = gui.Home() / "moz.c5a";
    {
        auto store = q::AssessmentStore::Create(file, {"MOZ", "", std::nullopt, 2026, ""}, AdaptedInstrumentJson(), TestActor());
        std::vector<q::AssessmentStore::BatchEntry> answers;
        for (const auto& pillar : store.GetInstrument().pillars)
            for (const auto& question : pillar.questions) {
                q::AssessmentStore::BatchEntry entry;
                entry.respondent.name = "MITIC";
                entry.answer.question_id = question.id;
                entry.answer.value = AnyValue(question);
                answers.push_back(entry);
            }
        store.SaveAnswers(answers, "setup");
    }
    gui.Launch({file.string()});
    gui.WaitFor("screen main");
    gui.Keys({"ctrl+u"});
    gui.WaitFor("question N.Q1");
    gui.Screenshot("30-national-question");
    gui.Keys({"y"});
    gui.WaitFor("saved N.Q1 yes");
    // View > Questionnaire language > the second entry (Portuguese; the first follows the interface).
    gui.Keys({"alt+v", "q", "Down", "Return"}, 200);
    gui.WaitFor("questionnaire-language pt");
    gui.Screenshot("31-questionnaire-in-portuguese");
    gui.KillApp();
    const auto store = q::AssessmentStore::Open(file, q::OpenMode::ReadOnly, TestActor());
    const auto answer = store.FindAnswer(store.FindRespondent("MITIC")->id, "N.Q1");
    BOOST_REQUIRE(answer);
    BOOST_TEST(*answer->value == "yes");
}

namespace {

// Through the new-assessment wizard (Mozambique, one respondent, no penetration figures) to its
// last page, with `questionnaire` typed as the questionnaire's path.
void WizardWithQuestionnaire(GuiSession& gui, const std::filesystem::path& questionnaire) {
    gui.Launch();
    gui.WaitFor("screen start");
    gui.Keys({"Return"});
    gui.WaitFor("screen wizard-country");
    gui.Type("mozam");
    gui.Keys({"Return"});
    gui.WaitFor("screen wizard-respondents");
    gui.Type("MITIC");
    gui.Keys({"Return"});
    gui.WaitFor("respondent-added MITIC");
    gui.Keys({"alt+n"});
    gui.WaitFor("screen wizard-penetration");
    gui.Keys({"alt+n"});
    gui.WaitFor("screen wizard-file");
    gui.Keys({"Tab", "Tab"});  // from the assessment's path, past its Browse, to the questionnaire's path
    gui.Type(questionnaire.string());
    gui.Keys({"Tab"});  // leaving the field takes the path
}

}  // namespace

// A trainer picks the adapted workbook on the wizard's last page: the assessment starts on it,
// with the instrument `instrument import` would have written; a workbook whose core was changed
// is refused there, before any file exists.
BOOST_AUTO_TEST_CASE(the_wizard_starts_an_assessment_on_an_adapted_workbook) {
    GuiSession gui;
    const auto workbook = gui.Home() / "c5-moz.xlsx";
    q::ExportInstrumentWorkbook(MozambiqueInstrument(), c5::reports::KitReportTexts(), workbook);
    WizardWithQuestionnaire(gui, workbook);
    gui.Screenshot("32-wizard-adapted-questionnaire");
    gui.WaitFor("instrument c5 1.1.0 national 1", std::chrono::seconds(60));
    gui.Keys({"alt+r"});  // Create (Return stays in the path field)
    const std::string created = gui.WaitFor("created ", std::chrono::seconds(60));
    gui.WaitFor("screen main");
    gui.KillApp();
    const auto store = q::AssessmentStore::Open(created.substr(8), q::OpenMode::ReadOnly, TestActor());
    BOOST_TEST((store.InstrumentJson() == AdaptedInstrumentJson()));
    BOOST_REQUIRE(store.GetInstrument().national_module);
    BOOST_TEST(store.GetInstrument().national_module->questions.front().id == "N.Q1");
}

// A questionnaire whose core was changed (P4.Q2 weighs 2, not 1) is refused on the wizard's last
// page, with the change named, and Create makes no file.
BOOST_AUTO_TEST_CASE(the_wizard_refuses_a_questionnaire_whose_core_changed) {
    GuiSession gui;
    q::Instrument changed = MozambiqueInstrument();
    for (auto& pillar : changed.pillars)
        for (auto& question : pillar.questions)
            if (question.id == "P4.Q2") question.weight = 2;
    const auto path = gui.Home() / "c5-changed.json";
    {
        std::ofstream out(path, std::ios::binary);
        out << q::CanonicalInstrumentJson(changed);
    }
    WizardWithQuestionnaire(gui, path);
    // Typing journals each partial path ("/", "/tmp" …) as refused too: wait for the whole one.
    const std::string refused = gui.WaitFor("instrument-refused " + path.string() + ": ", std::chrono::seconds(60));
    BOOST_TEST(refused.find("the weight of P4.Q2 is part of the C5 core (1); it cannot change (is 2)") !=
                   std::string::npos,
               refused);
    gui.Screenshot("33-wizard-changed-core-refused");
    gui.Keys({"alt+r"});
    BOOST_TEST(!gui.Await("created ", std::chrono::milliseconds(3000)));
    gui.KillApp();
}

BOOST_AUTO_TEST_SUITE_END()
