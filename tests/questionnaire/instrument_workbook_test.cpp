// The instrument as a workbook: round trip byte for byte, the locked core refused cell by cell,
// new languages, national questions, and damaged workbooks refused cleanly.
#include <algorithm>
#include <functional>

#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

#include "c5/questionnaire/instrument_core.h"
#include "c5/questionnaire/instrument_loader.h"
#include "c5/questionnaire/instrument_workbook.h"
#include "c5/questionnaire/instrument_writer.h"
#include "c5/questionnaire/text_util.h"
#include "c5/questionnaire/xlsx_reader.h"
#include "fixtures.h"

namespace q = c5::questionnaire;
namespace bdata = boost::unit_test::data;

namespace {

// The report library supplies the kit's real tables; two keys in two languages do here.
q::ReportTextTables Tables() {
    q::ReportTextTables tables;
    tables.keys = {"report_title", "direction"};
    tables.languages["en"] = {{"report_title", "C5 readiness baseline report"}, {"direction", "ltr"}};
    tables.languages["fr"] = {{"report_title", "Rapport de référence"}, {"direction", "ltr"}};
    return tables;
}

const q::Instrument& Bundled() {
    static const q::Instrument instrument = q::ParseInstrument(q::BundledInstrumentJson());
    return instrument;
}

q::XlsxSheet& Sheet(q::XlsxWorkbook& book, std::string_view name) {
    for (auto& sheet : book.sheets)
        if (sheet.Name() == name) return sheet;
    throw std::runtime_error("no sheet " + std::string(name));
}

std::size_t Column(const q::XlsxSheet& sheet, std::string_view name) {
    for (std::size_t c = 0; c < sheet.ColumnCount(); ++c)
        if (const auto* cell = sheet.Cell(0, c); cell && cell->text == name) return c;
    throw std::runtime_error("no column " + std::string(name));
}

// The first row whose first cell is `id` (and, when given, whose second is `second`).
std::size_t Row(const q::XlsxSheet& sheet, std::string_view id, std::string_view second = {}) {
    for (std::size_t r = 1; r < sheet.RowCount(); ++r) {
        const auto* first = sheet.Cell(r, 0);
        const auto* next = sheet.Cell(r, 1);
        if (first && first->text == id && (second.empty() || (next && next->text == second))) return r;
    }
    throw std::runtime_error("no row " + std::string(id));
}

void Put(q::XlsxWorkbook& book, std::string_view sheet_name, std::size_t row, std::string_view column,
         const std::string& text, q::XlsxCell::Type type = q::XlsxCell::Type::Text) {
    q::XlsxSheet& sheet = Sheet(book, sheet_name);
    sheet.Set(row, Column(sheet, column), {type, text});
}

bool HasProblem(const q::WorkbookImport& imported, const std::string& expected) {
    for (const auto& problem : imported.problems)
        if (problem == expected) return true;
    return false;
}

// Appends a row to a sheet: each (column, text) pair in its column.
void Append(q::XlsxWorkbook& book, std::string_view sheet_name,
            const std::vector<std::pair<std::string, std::string>>& values) {
    q::XlsxSheet& sheet = Sheet(book, sheet_name);
    const std::size_t row = sheet.RowCount();
    for (const auto& [column, text] : values) sheet.Set(row, Column(sheet, column), {q::XlsxCell::Type::Text, text});
}

// A national yes/partial/no question's next steps, which format 2 asks of every scored question.
void AddYesPartialNoSteps(q::XlsxWorkbook& book, const std::string& question) {
    Append(book, "next_steps", {{"question", question}, {"from", "no"}, {"text::en", "Start with a pilot."}});
    Append(book, "next_steps", {{"question", question}, {"from", "partial"}, {"text::en", "Make it every year."}});
}

std::string Problems(const q::WorkbookImport& imported) {
    std::string all;
    for (const auto& problem : imported.problems) all += problem + "\n";
    return all;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(InstrumentWorkbook)

BOOST_AUTO_TEST_CASE(cells_round_trip_to_the_same_bytes) {
    const auto imported = q::ImportInstrumentWorkbook(q::InstrumentWorkbookCells(Bundled(), Tables()), Tables());
    BOOST_REQUIRE_MESSAGE(imported.problems.empty(), Problems(imported));
    BOOST_TEST((imported.json == q::BundledInstrumentJson()));
}

BOOST_AUTO_TEST_CASE(an_xlsx_file_round_trips_to_the_same_bytes) {
    c5::test::TempDir dir;
    const auto path = dir / "c5.xlsx";
    q::ExportInstrumentWorkbook(Bundled(), Tables(), path);
    const std::string bytes = c5::test::ReadFile(path);
    BOOST_TEST(bytes.substr(0, 2) == "PK");
    const auto imported = q::ImportInstrumentWorkbook(bytes, "c5.xlsx", Tables());
    BOOST_REQUIRE_MESSAGE(imported.problems.empty(), Problems(imported));
    BOOST_TEST((imported.json == q::BundledInstrumentJson()));
    // The same for an instrument of one's own, which has no locked core.
    const q::Instrument own = q::ParseInstrument(c5::test::MinimalInstrumentJson());
    q::ExportInstrumentWorkbook(own, Tables(), dir / "mini.xlsx");
    const auto mini = q::ImportInstrumentWorkbook(c5::test::ReadFile(dir / "mini.xlsx"), "mini.xlsx", Tables());
    BOOST_REQUIRE_MESSAGE(mini.problems.empty(), Problems(mini));
    BOOST_TEST(mini.json == q::CanonicalInstrumentJson(own));
}

BOOST_AUTO_TEST_CASE(the_sheets_name_the_locked_core_and_one_column_per_language) {
    const auto book = q::InstrumentWorkbookCells(Bundled(), Tables());
    std::vector<std::string> names;
    for (const auto& sheet : book.sheets) names.push_back(sheet.Name());
    const std::vector<std::string> expected{"settings", "changes", "drafts",     "targets", "pillars",  "questions",
                                            "national", "levels",  "choices", "next_steps", "show_if", "report_texts"};
    BOOST_TEST(names == expected, boost::test_tools::per_element());
    const auto& questions = *book.Find("questions");
    BOOST_TEST(questions.Cell(0, 5)->text == "weight");  // column F, as the example names it
    BOOST_TEST(questions.Cell(21, 0)->text == "P4.Q2");  // row 22
    for (const char* column : {"text::en", "text::ar", "text::es", "text::fr", "text::ru", "text::zh", "guidance::ar"})
        BOOST_TEST_CONTEXT(column) { BOOST_CHECK_NO_THROW(Column(questions, column)); }
    // The report's texts in every language the kit has them in, and the instrument's.
    const auto& report = *book.Find("report_texts");
    BOOST_TEST(report.Cell(Row(report, "report_title"), Column(report, "text::fr"))->text == "Rapport de référence");
}

struct LockedCase {
    const char* name;
    const char* sheet;
    const char* row_id;
    const char* row_second;  // second column of the row, when the first is not unique (levels, choices)
    const char* column;
    const char* value;
    const char* expected;  // the problem, exactly
};
std::ostream& operator<<(std::ostream& out, const LockedCase& c) { return out << c.name; }

const LockedCase kLocked[] = {
    {"weight", "questions", "P4.Q2", "", "weight", "2",
     "questions!F22: the weight of P4.Q2 is part of the C5 core (1); it cannot change"},
    {"type", "questions", "P4.Q2", "", "type", "yes_partial_no",
     "questions!C22: the type of P4.Q2 is part of the C5 core (multiple_choice); it cannot change"},
    {"exposure", "questions", "P4.Q2", "", "exposure", "0.9",
     "questions!G22: the exposure of P4.Q2 is part of the C5 core (0); it cannot change"},
    {"na_allowed", "questions", "P4.Q2", "", "na_allowed", "yes",
     "questions!E22: the na_allowed of P4.Q2 is part of the C5 core (no); it cannot change"},
    {"tags", "questions", "P4.Q2", "", "tags", "cop_mandatory",
     "questions!D22: the tags of P4.Q2 is part of the C5 core (transborder); it cannot change"},
    {"pillar", "questions", "P4.Q2", "", "pillar", "P5",
     "questions!B22: the pillar of P4.Q2 is part of the C5 core (P4); it cannot change"},
    {"show_if", "show_if", "P4.Q2", "", "values", "1, 2, 3, 4",
     "show_if!C2: the show_if of P4.Q2 is part of the C5 core (P4.Q1 in 2, 3, 4); it cannot change"},
    {"show_if depends_on", "show_if", "P4.Q2", "", "depends_on", "P1.Q1",
     "show_if!B2: the show_if of P4.Q2 is part of the C5 core (P4.Q1 in 2, 3, 4); it cannot change"},
    {"optional pillar", "pillars", "P9", "", "optional", "no",
     "pillars!B10: the optional of P9 is part of the C5 core (yes); it cannot change"},
    {"major version", "settings", "c5", "", "version", "2.0.0",
     "settings!B2: the major version is part of the C5 core (1): this kit checks the core of 1.x; an adaptation "
     "keeps it (write e.g. 1.0.0-moz)"},
    {"target tag", "targets", "b", "", "tag", "crossborder",
     "targets!C3: the tag of target b is part of the C5 core (transborder); it cannot change"},
};

BOOST_DATA_TEST_CASE(each_locked_value_is_refused_with_its_cell, bdata::make(kLocked), locked) {
    auto book = q::InstrumentWorkbookCells(Bundled(), Tables());
    const std::size_t row = Row(Sheet(book, locked.sheet), locked.row_id, locked.row_second);
    Put(book, locked.sheet, row, locked.column, locked.value);
    const auto imported = q::ImportInstrumentWorkbook(book, Tables());
    BOOST_TEST(!imported.instrument);
    BOOST_TEST(HasProblem(imported, locked.expected), Problems(imported));
}

BOOST_AUTO_TEST_CASE(level_meanings_choices_and_goalposts_are_locked) {
    // A choice's score, a choice removed, a goalpost, a level row removed: each named where it is.
    const q::Question* choice_question = nullptr;
    const q::Question* numeric = nullptr;
    for (const q::Question* question : Bundled().Questions()) {
        if (!choice_question && question->type == q::QuestionType::SingleChoice) choice_question = question;
        if (!numeric && question->goalposts) numeric = question;
    }
    BOOST_REQUIRE(choice_question);
    BOOST_REQUIRE(numeric);
    auto book = q::InstrumentWorkbookCells(Bundled(), Tables());
    auto& choices = Sheet(book, "choices");
    const auto& first = choice_question->choices.front();
    const std::size_t choice_row = Row(choices, choice_question->id, first.id);
    choices.Set(choice_row, Column(choices, "score"), {q::XlsxCell::Type::Number, "7"});
    auto& questions = Sheet(book, "questions");
    const std::size_t numeric_row = Row(questions, numeric->id);
    questions.Set(numeric_row, Column(questions, "low"), {q::XlsxCell::Type::Number, "-5"});
    const auto imported = q::ImportInstrumentWorkbook(book, Tables());
    BOOST_TEST(HasProblem(imported, "choices!C" + std::to_string(choice_row + 1) + ": the score of " + choice_question->id +
                                        " choice " + first.id + " is part of the C5 core (" +
                                        q::FormatNumber(first.score) + "); it cannot change"),
               Problems(imported));
    BOOST_TEST(HasProblem(imported, "questions!H" + std::to_string(numeric_row + 1) + ": the low goalpost of " +
                                        numeric->id + " is part of the C5 core (" +
                                        q::FormatNumber(numeric->goalposts->low) + "); it cannot change"),
               Problems(imported));

    // A level row deleted: the question lacks it.
    auto without_level = q::InstrumentWorkbookCells(Bundled(), Tables());
    auto& levels = Sheet(without_level, "levels");
    const std::size_t level_row = Row(levels, "P1.Q1", "3");
    for (std::size_t c = 0; c < levels.ColumnCount(); ++c) levels.Set(level_row, c, {q::XlsxCell::Type::Text, ""});
    const auto no_level = q::ImportInstrumentWorkbook(without_level, Tables());
    BOOST_TEST(HasProblem(no_level, "levels: P1.Q1 has no row for level 3 (strategic); a maturity question has the five "
                                    "levels 0-4"),
               Problems(no_level));
}

struct MovedMeaningCase {
    const char* name;
    std::function<void(q::XlsxWorkbook&)> change;
    const char* expected;  // the first problem, exactly
};
std::ostream& operator<<(std::ostream& out, const MovedMeaningCase& c) { return out << c.name; }

const MovedMeaningCase kMovedMeanings[] = {
    {"two level rows swap their level (levels!B4/B5, P1.Q1 2<->3)",
     [](q::XlsxWorkbook& book) {
         Put(book, "levels", 3, "level", "3", q::XlsxCell::Type::Number);
         Put(book, "levels", 4, "level", "2", q::XlsxCell::Type::Number);
     },
     "levels!B5: the text of level 2 (established) of P1.Q1 (en) is, in the C5 core, that of level 3 (strategic): "
     "level meanings are part of the C5 core and cannot move (put the text back; rewording it in place is fine)"},
    {"two choices swap ids and scores (choices!B3/B4, P2.Q3 process<->party)",
     [](q::XlsxWorkbook& book) {
         Put(book, "choices", 2, "choice", "party");
         Put(book, "choices", 2, "score", "3", q::XlsxCell::Type::Number);
         Put(book, "choices", 3, "choice", "process");
         Put(book, "choices", 3, "score", "1", q::XlsxCell::Type::Number);
     },
     "choices!B3: the text of choice party of P2.Q3 (en) is, in the C5 core, that of choice process: choice meanings "
     "are part of the C5 core and cannot move (put the text back; rewording it in place is fine)"},
    {"two next steps swap their level (next_steps!B2/B3, P1.Q1 0<->1)",
     [](q::XlsxWorkbook& book) {
         Put(book, "next_steps", 1, "from", "1", q::XlsxCell::Type::Number);
         Put(book, "next_steps", 2, "from", "0", q::XlsxCell::Type::Number);
     },
     "next_steps!B3: the text of the next step from level 0 of P1.Q1 (en) is, in the C5 core, that of the next step "
     "from level 1: which level, answer, choice or band a next step belongs to is part of the C5 core and cannot "
     "change (put the text back; rewording it in place is fine)"},
    {"two French level texts swapped, English in place",
     [](q::XlsxWorkbook& book) {
         auto& levels = Sheet(book, "levels");
         const std::size_t fr = Column(levels, "text::fr");
         const q::XlsxCell second = *levels.Cell(3, fr);
         levels.Set(3, fr, *levels.Cell(4, fr));
         levels.Set(4, fr, second);
     },
     "levels!{fr}4: the text of level 2 (established) of P1.Q1 (fr) is, in the C5 core, that of level 3 (strategic): "
     "level meanings are part of the C5 core and cannot move (put the text back; rewording it in place is fine)"},
};

BOOST_DATA_TEST_CASE(a_text_moved_to_another_level_choice_or_step_is_refused, bdata::make(kMovedMeanings), moved) {
    auto book = q::InstrumentWorkbookCells(Bundled(), Tables());
    moved.change(book);
    const auto imported = q::ImportInstrumentWorkbook(book, Tables());
    BOOST_TEST(!imported.instrument);
    BOOST_REQUIRE_MESSAGE(!imported.problems.empty(), "no problem");
    std::string expected = moved.expected;
    if (const auto at = expected.find("{fr}"); at != std::string::npos) {
        std::string column = q::CellName(0, Column(Sheet(book, "levels"), "text::fr"));
        expected.replace(at, 4, column.substr(0, column.find_first_of("0123456789")));
    }
    BOOST_TEST(imported.problems.front() == expected, Problems(imported));
}

BOOST_AUTO_TEST_CASE(a_level_text_moved_in_json_is_refused_by_its_path) {
    q::Instrument moved = Bundled();
    q::Question* question = nullptr;
    for (auto& pillar : moved.pillars)
        for (auto& candidate : pillar.questions)
            if (candidate.id == "P1.Q1") question = &candidate;
    BOOST_REQUIRE(question);
    std::swap(question->levels[2], question->levels[3]);
    const auto problems = q::CoreProblems(moved);
    BOOST_REQUIRE_EQUAL(problems.size(), 2u);
    BOOST_TEST(problems[0] == "pillars[0].questions[0].levels[2]: the text of level 2 (established) of P1.Q1 (en) is, "
                              "in the C5 core, that of level 3 (strategic): level meanings are part of the C5 core and "
                              "cannot move (put the text back; rewording it in place is fine)");
    // Reworded in place, it is a wording change.
    question->levels[2] = question->levels[3] + " (reworded)";
    question->levels[3] = "Strategic, in Mozambique's words.";
    BOOST_TEST(q::CoreProblems(moved).empty());
}

BOOST_AUTO_TEST_CASE(an_id_changed_only_in_questions_is_named_first_at_its_cell) {
    auto book = q::InstrumentWorkbookCells(Bundled(), Tables());
    Put(book, "questions", 21, "id", "P4.Q2x");
    const auto imported = q::ImportInstrumentWorkbook(book, Tables());
    BOOST_TEST(!imported.instrument);
    // One problem: the rows of choices, next_steps and show_if still naming P4.Q2 follow from it.
    BOOST_TEST(imported.problems == std::vector<std::string>{
                   "questions!A22: P4.Q2x is not a C5 question id (P4.Q2 of P4 has no row): the ids of C5 questions "
                   "are part of the C5 core and cannot change; national questions go into the sheet national"},
               boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(an_id_change_is_a_question_removed_and_one_added) {
    auto book = q::InstrumentWorkbookCells(Bundled(), Tables());
    Put(book, "questions", 21, "id", "P4.Q2b");
    // Its choices and show_if rows move with it, so that only the id is at fault.
    Put(book, "show_if", Row(Sheet(book, "show_if"), "P4.Q2"), "question", "P4.Q2b");
    for (const char* name : {"choices", "next_steps"}) {
        auto& sheet = Sheet(book, name);
        for (std::size_t r = 1; r < sheet.RowCount(); ++r)
            if (sheet.Cell(r, 0) && sheet.Cell(r, 0)->text == "P4.Q2") sheet.Set(r, 0, {q::XlsxCell::Type::Text, "P4.Q2b"});
    }
    const auto imported = q::ImportInstrumentWorkbook(book, Tables());
    BOOST_TEST(imported.problems == std::vector<std::string>{
                   "questions!A22: P4.Q2b is not a C5 question id (P4.Q2 of P4 has no row): the ids of C5 questions "
                   "are part of the C5 core and cannot change; national questions go into the sheet national"},
               boost::test_tools::per_element());
    // A question added to a C5 pillar, no id changed.
    auto added = q::InstrumentWorkbookCells(Bundled(), Tables());
    Append(added, "questions", {{"id", "P4.Q99"}, {"pillar", "P4"}, {"type", "text"}, {"text::en", "Anything else?"}});
    const auto with_added = q::ImportInstrumentWorkbook(added, Tables());
    BOOST_TEST(with_added.problems.front() ==
                   "questions!A" + std::to_string(Sheet(added, "questions").RowCount()) +
                       ": P4.Q99 is not in the C5 core; national questions go into the sheet national, with ids of "
                       "their own (e.g. N.Q1)",
               Problems(with_added));
}

BOOST_AUTO_TEST_CASE(a_renamed_target_or_draft_is_named_where_it_was_renamed) {
    auto target = q::InstrumentWorkbookCells(Bundled(), Tables());
    Put(target, "targets", 3, "id", "c2");
    const auto renamed_target = q::ImportInstrumentWorkbook(target, Tables());
    BOOST_TEST(HasProblem(renamed_target, "targets!A4: target c2 is not in the C5 core; the targets and drafts are part "
                                          "of the core and cannot be added or renamed"),
               Problems(renamed_target));
    // A draft renamed in drafts and in the pillars' letter:: column alike: named in drafts, not in pillars.
    auto draft = q::InstrumentWorkbookCells(Bundled(), Tables());
    Put(draft, "drafts", 2, "id", "V3");
    auto& pillars = Sheet(draft, "pillars");
    pillars.Set(0, Column(pillars, "letter::V2"), {q::XlsxCell::Type::Text, "letter::V3"});
    const auto renamed_draft = q::ImportInstrumentWorkbook(draft, Tables());
    BOOST_TEST(HasProblem(renamed_draft, "drafts!A3: draft V3 is not in the C5 core; the targets and drafts are part "
                                         "of the core and cannot be added or renamed"),
               Problems(renamed_draft));
    BOOST_TEST(std::none_of(renamed_draft.problems.begin(), renamed_draft.problems.end(),
                            [](const std::string& problem) { return problem.starts_with("pillars"); }),
               Problems(renamed_draft));
}

BOOST_AUTO_TEST_CASE(wording_and_translations_may_change) {
    auto book = q::InstrumentWorkbookCells(Bundled(), Tables());
    Put(book, "questions", 21, "text::en", "Does the national CIRT have a legal mandate in force?");
    Put(book, "questions", 21, "guidance::fr", "Consultez le décret.");
    const auto imported = q::ImportInstrumentWorkbook(book, Tables());
    BOOST_REQUIRE_MESSAGE(imported.problems.empty(), Problems(imported));
    const q::Question& question = *imported.instrument->FindQuestion("P4.Q2");
    BOOST_TEST(question.text == "Does the national CIRT have a legal mandate in force?");
    BOOST_TEST(question.translations.at("fr").fields.at("guidance") == "Consultez le décret.");
    BOOST_TEST(q::CoreDifferences(Bundled(), *imported.instrument).empty());
}

BOOST_AUTO_TEST_CASE(sorted_rows_keep_the_core_order) {
    auto book = q::InstrumentWorkbookCells(Bundled(), Tables());
    auto& questions = Sheet(book, "questions");
    // Swap the rows of P1.Q1 and P1.Q2, as sorting by a text column would.
    for (std::size_t c = 0; c < questions.ColumnCount(); ++c) {
        const q::XlsxCell* a = questions.Cell(1, c);
        const q::XlsxCell* b = questions.Cell(2, c);
        const q::XlsxCell first = a ? *a : q::XlsxCell{};
        const q::XlsxCell second = b ? *b : q::XlsxCell{};
        questions.Set(1, c, second);
        questions.Set(2, c, first);
    }
    const auto imported = q::ImportInstrumentWorkbook(book, Tables());
    BOOST_REQUIRE_MESSAGE(imported.problems.empty(), Problems(imported));
    BOOST_TEST((imported.json == q::BundledInstrumentJson()));
}

BOOST_AUTO_TEST_CASE(a_portuguese_column_adds_the_language) {
    auto book = q::InstrumentWorkbookCells(Bundled(), Tables());
    auto& questions = Sheet(book, "questions");
    const std::size_t column = questions.ColumnCount();
    questions.Set(0, column, {q::XlsxCell::Type::Text, "text::pt"});
    questions.Set(1, column, {q::XlsxCell::Type::Text, "Existe uma estratégia nacional de cibersegurança?"});
    auto& report = Sheet(book, "report_texts");
    const std::size_t report_column = report.ColumnCount();
    report.Set(0, report_column, {q::XlsxCell::Type::Text, "text::pt"});
    report.Set(Row(report, "report_title"), report_column, {q::XlsxCell::Type::Text, "Relatório de referência C5"});
    const auto imported = q::ImportInstrumentWorkbook(book, Tables());
    BOOST_REQUIRE_MESSAGE(imported.problems.empty(), Problems(imported));
    const q::Instrument& adapted = *imported.instrument;
    BOOST_TEST(adapted.FindQuestion("P1.Q1")->translations.at("pt").fields.at("text") ==
               "Existe uma estratégia nacional de cibersegurança?");
    BOOST_TEST(adapted.report_texts.at("pt").at("report_title") == "Relatório de referência C5");
    BOOST_TEST(!adapted.report_texts.contains("fr"));  // the kit's own French texts are not copied in

    // What Portuguese still lacks, by cell: the question text of P1.Q2 in the same column, the
    // other columns it has none of, the report's other text.
    const auto missing = q::MissingTexts(adapted, imported, Tables(), "pt");
    const auto has = [&](const std::string& cell, const std::string& where, const std::string& field) {
        for (const auto& gap : missing)
            if (gap.cell == cell && gap.where == where && gap.field == field) return true;
        return false;
    };
    BOOST_TEST(has("questions!" + q::CellName(2, column), "P1.Q2", "text"));
    BOOST_TEST(has("questions: no column guidance::pt", "P1.Q1", "guidance"));
    BOOST_TEST(has("levels: no column text::pt", "P1.Q1", "levels[0]"));
    BOOST_TEST(has("report_texts!" + q::CellName(Row(report, "direction"), report_column), "report", "direction"));
    for (const auto& gap : missing) BOOST_TEST(!(gap.where == "P1.Q1" && gap.field == "text"));
}

BOOST_AUTO_TEST_CASE(a_national_module_is_its_own_part) {
    auto book = q::InstrumentWorkbookCells(Bundled(), Tables());
    auto& national = Sheet(book, "national");
    const auto set = [&](std::size_t row, const char* column, const char* text,
                         q::XlsxCell::Type type = q::XlsxCell::Type::Text) {
        national.Set(row, Column(national, column), {type, text});
    };
    set(1, "id", "N.Q1");
    set(1, "type", "yes_partial_no");
    set(1, "weight", "2", q::XlsxCell::Type::Number);
    set(1, "text::en", "Is there a national cyber drill every year?");
    set(1, "guidance::en", "Count the drills.");
    set(1, "evidence_prompt::en", "Drill reports.");
    set(1, "lead_group", "national CIRT");
    set(2, "id", "N.Q2");
    set(2, "type", "text");
    set(2, "text::en", "Which ministries took part?");
    set(2, "guidance::en", "List them.");
    set(2, "evidence_prompt::en", "Attendance.");
    auto& settings = Sheet(book, "settings");
    settings.Set(1, Column(settings, "national_title::en"), {q::XlsxCell::Type::Text, "Mozambique: national questions"});
    AddYesPartialNoSteps(book, "N.Q1");
    const auto imported = q::ImportInstrumentWorkbook(book, Tables());
    BOOST_REQUIRE_MESSAGE(imported.problems.empty(), Problems(imported));
    const q::Instrument& adapted = *imported.instrument;
    BOOST_REQUIRE(adapted.national_module);
    BOOST_TEST(adapted.national_module->id == "N");
    BOOST_TEST(adapted.national_module->title == "Mozambique: national questions");
    BOOST_TEST(adapted.national_module->questions.size() == 2u);
    const q::Question& drill = adapted.national_module->questions.front();
    BOOST_TEST(drill.lead_group == "national CIRT");
    BOOST_TEST(drill.next_steps.at("partial") == "Make it every year.");
    BOOST_TEST(adapted.pillars.size() == Bundled().pillars.size());  // the C5 pillars are untouched
    BOOST_TEST(imported.json.find("\"national_module\": {") != std::string::npos);
    // And back: the adapted instrument's own workbook gives it again, byte for byte.
    const auto again = q::ImportInstrumentWorkbook(q::InstrumentWorkbookCells(adapted, Tables()), Tables());
    BOOST_REQUIRE_MESSAGE(again.problems.empty(), Problems(again));
    BOOST_TEST(again.json == imported.json);
}

BOOST_AUTO_TEST_CASE(national_questions_never_carry_a_target_tag) {
    auto book = q::InstrumentWorkbookCells(Bundled(), Tables());
    auto& national = Sheet(book, "national");
    const auto set = [&](const char* column, const char* text) {
        national.Set(1, Column(national, column), {q::XlsxCell::Type::Text, text});
    };
    set("id", "N.Q1");
    set("type", "yes_partial_no");
    set("tags", "transborder");
    set("text::en", "Cross-border question?");
    set("guidance::en", "G.");
    set("evidence_prompt::en", "E.");
    set("lead_group", "government");
    AddYesPartialNoSteps(book, "N.Q1");
    const auto imported = q::ImportInstrumentWorkbook(book, Tables());
    BOOST_TEST(HasProblem(imported, "national!C2 (N.Q1 tags): national questions never count towards the C5 targets; "
                                    "remove the tag \"transborder\" (target b)"),
               Problems(imported));
}

// The next step from each level reached: one row per question and level, answer, choice or band,
// one column per language; which one a row is for is locked for a C5 question, its texts are not.
BOOST_AUTO_TEST_CASE(the_next_step_from_each_level_is_a_row) {
    const auto book = q::InstrumentWorkbookCells(Bundled(), Tables());
    const auto& steps = *book.Find("next_steps");
    std::size_t expected_rows = 0;
    for (const q::Question* question : Bundled().Questions()) expected_rows += question->next_steps.size();
    BOOST_TEST(expected_rows > 79u);
    BOOST_TEST(steps.RowCount() == expected_rows + 1);  // and the header
    const q::Question& strategy = *Bundled().FindQuestion("P1.Q1");
    const std::size_t row = Row(steps, "P1.Q1", "2");
    BOOST_TEST(row == 3u);  // levels 0 and 1 before it
    BOOST_TEST(steps.Cell(row, Column(steps, "meaning"))->text == "from level 2 (established) to 3 (strategic)");
    BOOST_TEST(steps.Cell(row, Column(steps, "text::en"))->text == strategy.next_steps.at("2"));
    BOOST_TEST(steps.Cell(row, Column(steps, "text::fr"))->text == strategy.translations.at("fr").next_steps.at("2"));
    // Answers, choices and bands by their keys, in the order the question has them.
    const q::Question& single = *Bundled().FindQuestion("P2.Q3");
    BOOST_TEST(steps.Cell(Row(steps, "P2.Q3", single.choices.front().id), Column(steps, "meaning"))->text ==
               "from the choice " + single.choices.front().id);
    BOOST_TEST(steps.Cell(Row(steps, "P1.Q6", "partial"), Column(steps, "meaning"))->text == "from partial");
    BOOST_TEST(steps.Cell(Row(steps, "P1.Q4", "low"), Column(steps, "meaning"))->text ==
               "from the band low (item score below 1/3)");
    // The group to lead the step is a column of the questions sheet.
    const auto& questions = *book.Find("questions");
    BOOST_TEST(questions.Cell(Row(questions, "P1.Q1"), Column(questions, "lead_group"))->text == strategy.lead_group);
}

BOOST_AUTO_TEST_CASE(next_step_wording_translations_and_lead_groups_may_change) {
    auto book = q::InstrumentWorkbookCells(Bundled(), Tables());
    auto& steps = Sheet(book, "next_steps");
    Put(book, "next_steps", Row(steps, "P4.Q2", "low"), "text::fr", "Désigner d’abord une équipe nationale.");
    Put(book, "next_steps", Row(steps, "P1.Q1", "0"), "text::en", "Convene every stakeholder group first.");
    Put(book, "next_steps", Row(steps, "P1.Q1", "0"), "meaning", "anything: this column is for reading");
    Put(book, "questions", Row(Sheet(book, "questions"), "P1.Q1"), "lead_group", "regulator");
    const std::size_t pt = steps.ColumnCount();
    steps.Set(0, pt, {q::XlsxCell::Type::Text, "text::pt"});
    steps.Set(Row(steps, "P1.Q1", "1"), pt, {q::XlsxCell::Type::Text, "Dar ao mecanismo um mandato formal."});
    const auto imported = q::ImportInstrumentWorkbook(book, Tables());
    BOOST_REQUIRE_MESSAGE(imported.problems.empty(), Problems(imported));
    const q::Instrument& adapted = *imported.instrument;
    BOOST_TEST(adapted.FindQuestion("P4.Q2")->translations.at("fr").next_steps.at("low") ==
               "Désigner d’abord une équipe nationale.");
    const q::Question& strategy = *adapted.FindQuestion("P1.Q1");
    BOOST_TEST(strategy.next_steps.at("0") == "Convene every stakeholder group first.");
    BOOST_TEST(strategy.next_steps.at("1") == Bundled().FindQuestion("P1.Q1")->next_steps.at("1"));
    BOOST_TEST(strategy.translations.at("pt").next_steps.at("1") == "Dar ao mecanismo um mandato formal.");
    BOOST_TEST(strategy.lead_group == "regulator");
    BOOST_TEST(q::CoreDifferences(Bundled(), adapted).empty());
    // Exported again, the adapted instrument comes back byte for byte.
    const auto again = q::ImportInstrumentWorkbook(q::InstrumentWorkbookCells(adapted, Tables()), Tables());
    BOOST_REQUIRE_MESSAGE(again.problems.empty(), Problems(again));
    BOOST_TEST(again.json == imported.json);
    // What Portuguese still lacks among the next steps, by cell.
    const auto missing = q::MissingTexts(adapted, imported, Tables(), "pt");
    const auto gap = std::find_if(missing.begin(), missing.end(), [](const q::MissingText& text) {
        return text.where == "P1.Q1" && text.field == "next_steps.2";
    });
    BOOST_REQUIRE(gap != missing.end());
    BOOST_TEST(gap->cell == "next_steps!" + q::CellName(Row(steps, "P1.Q1", "2"), pt));
    BOOST_TEST(std::none_of(missing.begin(), missing.end(), [](const q::MissingText& text) {
        return text.where == "P1.Q1" && text.field == "next_steps.1";
    }));
}

struct LockedStepCase {
    const char* name;
    std::function<void(q::XlsxWorkbook&)> change;
    std::vector<std::string> expected;  // problems, exactly
};
std::ostream& operator<<(std::ostream& out, const LockedStepCase& c) { return out << c.name; }

const std::string kStepCore = "; which level, answer, choice or band a next step belongs to is part of the C5 core and "
                              "cannot change";

const LockedStepCase kLockedSteps[] = {
    {"a step moved to another level",
     [](q::XlsxWorkbook& book) {
         Put(book, "next_steps", 3, "from", "3", q::XlsxCell::Type::Number);  // P1.Q1's step from 2, now from 3
     },
     {"next_steps!B5: P1.Q1 has a second row for the next step from level 3 (strategic) to 4 (dynamic) (the first is "
      "next_steps!B4)" + kStepCore,
      "next_steps: P1.Q1 has no row for the next step from level 2 (established) to 3 (strategic) (format 2 needs "
      "every one: a maturity question has one from each level 0, 1, 2, 3)"}},
    {"a step from the top level",
     [](q::XlsxWorkbook& book) { Put(book, "next_steps", 4, "from", "4", q::XlsxCell::Type::Number); },
     {"next_steps!B5: \"4\" is not a next step of P1.Q1: a maturity question has one from each level 0, 1, 2, 3" +
      kStepCore}},
    {"a step from an answer the question does not have",
     [](q::XlsxWorkbook& book) {
         Put(book, "next_steps", Row(Sheet(book, "next_steps"), "P1.Q6", "partial"), "from", "yes");
     },
     {"next_steps!B22: \"yes\" is not a next step of P1.Q6: a yes_partial_no question has one from each of no, "
      "partial" + kStepCore,
      "next_steps: P1.Q6 has no row for the next step from partial (format 2 needs every one: a yes_partial_no "
      "question has one from each of no, partial)"}},
    {"a step removed",
     [](q::XlsxWorkbook& book) {
         auto& steps = Sheet(book, "next_steps");
         const std::size_t row = Row(steps, "P1.Q1", "1");
         for (std::size_t c = 0; c < steps.ColumnCount(); ++c) steps.Set(row, c, {q::XlsxCell::Type::Text, ""});
     },
     {"next_steps: P1.Q1 has no row for the next step from level 1 (formative) to 2 (established) (format 2 needs "
      "every one: a maturity question has one from each level 0, 1, 2, 3)"}},
};

BOOST_DATA_TEST_CASE(which_level_a_next_step_belongs_to_is_locked, bdata::make(kLockedSteps), locked) {
    auto book = q::InstrumentWorkbookCells(Bundled(), Tables());
    locked.change(book);
    const auto imported = q::ImportInstrumentWorkbook(book, Tables());
    BOOST_TEST(!imported.instrument);
    for (const auto& expected : locked.expected) BOOST_TEST(HasProblem(imported, expected), Problems(imported));
}

BOOST_AUTO_TEST_CASE(next_steps_of_a_free_text_question_or_an_unknown_group_are_refused) {
    auto book = q::InstrumentWorkbookCells(Bundled(), Tables());
    Append(book, "next_steps", {{"question", "P1.Q7"}, {"from", "low"}, {"text::en", "Write more."}});
    const std::size_t row = Sheet(book, "next_steps").RowCount() - 1;
    const auto text_step = q::ImportInstrumentWorkbook(book, Tables());
    BOOST_TEST(HasProblem(text_step, "next_steps!A" + std::to_string(row + 1) +
                                         ": P1.Q7 is a free-text question; only scored questions have next steps"),
               Problems(text_step));

    auto group = q::InstrumentWorkbookCells(Bundled(), Tables());
    Put(group, "questions", Row(Sheet(group, "questions"), "P1.Q1"), "lead_group", "ministry");
    const auto imported = q::ImportInstrumentWorkbook(group, Tables());
    BOOST_TEST(!imported.instrument);
    BOOST_TEST(imported.problems.size() == 1u, Problems(imported));
    BOOST_TEST(imported.problems.front().rfind("questions!O2 (P1.Q1 lead_group): \"ministry\" is not a stakeholder "
                                               "group id",
                                               0) == 0,
               Problems(imported));
}

struct BadCase {
    const char* name;
    std::function<void(q::XlsxWorkbook&)> damage;
    const char* expected;
};
std::ostream& operator<<(std::ostream& out, const BadCase& c) { return out << c.name; }

const BadCase kBad[] = {
    {"a weight that is not a number",
     [](q::XlsxWorkbook& book) { Put(book, "questions", 2, "weight", "one and a half"); },
     "questions!F3: weight must be a number (is \"one and a half\"; write the decimal point as \".\" or as the "
     "spreadsheet's number format)"},
    {"an unknown column", [](q::XlsxWorkbook& book) { Sheet(book, "questions").Set(0, 200, {q::XlsxCell::Type::Text, "colour"}); },
     "questions!GS1: \"colour\" is not a column of this sheet: id, pillar, type,"},
    {"a bad language code",
     [](q::XlsxWorkbook& book) { Sheet(book, "questions").Set(0, 200, {q::XlsxCell::Type::Text, "text::Portuguese"}); },
     "questions!GS1: \"Portuguese\" is not a language code"},
    {"a formula error", [](q::XlsxWorkbook& book) { Put(book, "questions", 3, "exposure", "#N/A", q::XlsxCell::Type::Error); },
     "questions!G4: the cell holds a formula error (#N/A); type the value itself"},
    {"a question in no pillar", [](q::XlsxWorkbook& book) { Put(book, "questions", 4, "pillar", "P99"); },
     "questions!B5: no pillar \"P99\" is in the sheet pillars"},
    {"a missing sheet",
     [](q::XlsxWorkbook& book) {
         std::erase_if(book.sheets, [](const q::XlsxSheet& sheet) { return sheet.Name() == "pillars"; });
     },
     "pillars: the workbook has no such sheet"},
    {"no next steps for a format-2 instrument",
     [](q::XlsxWorkbook& book) {
         std::erase_if(book.sheets, [](const q::XlsxSheet& sheet) { return sheet.Name() == "next_steps"; });
     },
     "next_steps: the workbook has no such sheet"},
    {"an empty English text", [](q::XlsxWorkbook& book) { Put(book, "questions", 5, "guidance::en", ""); },
     "questions!"},
    {"a question renamed in questions only", [](q::XlsxWorkbook& book) { Put(book, "questions", 1, "id", "P1.Q1x"); },
     "questions!A2: P1.Q1x is not a C5 question id (P1.Q1 of P1 has no row): the ids of C5 questions are part of the "
     "C5 core and cannot change; national questions go into the sheet national"},
    {"a level row of a deleted question",
     [](q::XlsxWorkbook& book) {
         auto& questions = Sheet(book, "questions");
         for (std::size_t c = 0; c < questions.ColumnCount(); ++c) questions.Set(1, c, {q::XlsxCell::Type::Text, ""});
     },
     "levels!A2: no question \"P1.Q1\" is in the sheets questions or national (P1.Q1 is a C5 question: its id is "
     "part of the C5 core and cannot change)"},
};

BOOST_DATA_TEST_CASE(damaged_workbooks_get_cell_level_errors, bdata::make(kBad), bad) {
    auto book = q::InstrumentWorkbookCells(Bundled(), Tables());
    bad.damage(book);
    const auto imported = q::ImportInstrumentWorkbook(book, Tables());
    BOOST_TEST(!imported.instrument);
    bool found = false;
    for (const auto& problem : imported.problems) found = found || problem.rfind(bad.expected, 0) == 0;
    BOOST_TEST(found, Problems(imported));
}

BOOST_AUTO_TEST_CASE(an_empty_english_text_is_named_by_its_cell) {
    auto book = q::InstrumentWorkbookCells(Bundled(), Tables());
    auto& questions = Sheet(book, "questions");
    const std::size_t column = Column(questions, "guidance::en");
    Put(book, "questions", 5, "guidance::en", "");
    const auto imported = q::ImportInstrumentWorkbook(book, Tables());
    BOOST_TEST(HasProblem(imported, "questions!" + q::CellName(5, column) + " (P1.Q5 guidance): must not be empty"),
               Problems(imported));
}

BOOST_AUTO_TEST_CASE(files_that_are_not_workbooks_are_one_clear_problem) {
    const auto garbage = q::ImportInstrumentWorkbook(std::string_view("not a zip at all"), "x.xlsx", Tables());
    BOOST_REQUIRE(garbage.problems.size() == 1u);
    BOOST_TEST(garbage.unreadable);
    BOOST_TEST(garbage.problems[0].find("not an .xlsx workbook") == 0, garbage.problems[0]);
    const auto empty = q::ImportInstrumentWorkbook(std::string_view(), "empty.xlsx", Tables());
    BOOST_TEST(empty.problems.size() == 1u);
}

BOOST_AUTO_TEST_CASE(cell_names) {
    BOOST_TEST(q::CellName(0, 0) == "A1");
    BOOST_TEST(q::CellName(13, 5) == "F14");
    BOOST_TEST(q::ColumnName(25) == "Z");
    BOOST_TEST(q::ColumnName(26) == "AA");
    BOOST_TEST(q::ColumnName(200) == "GS");
    BOOST_TEST(q::ColumnName(16383) == "XFD");
}

BOOST_AUTO_TEST_SUITE_END()
