// An instrument from workbook cells: each sheet read by its column names, every value checked
// where it stands (its cell named in the problem), then the instrument validated as JSON and its
// C5 core compared with the kit's (problems mapped back to their cells).
#include <algorithm>
#include <array>
#include <cmath>
#include <set>

#include <fmt/format.h>

#include "c5/questionnaire/error.h"
#include "c5/questionnaire/instrument_core.h"
#include "c5/questionnaire/instrument_loader.h"
#include "c5/questionnaire/instrument_text.h"
#include "c5/questionnaire/instrument_workbook.h"
#include "c5/questionnaire/instrument_writer.h"
#include "c5/questionnaire/next_steps.h"
#include "c5/questionnaire/text_util.h"
#include "instrument/instrument_workbook_layout.h"

namespace c5::questionnaire {
namespace {

using namespace workbook;

const std::set<std::string, std::less<>> kTextFields{"text", "guidance", "evidence_prompt", "recommendation", "unit",
                                                     "exposure_note", "title", "c5_text", "description", "vision"};

// One sheet's columns by name: the fixed ones and, per text field, one per language.
struct Columns {
    const XlsxSheet* sheet = nullptr;
    std::map<std::string, std::size_t, std::less<>> fixed;
    std::map<std::string, std::map<std::string, std::size_t>, std::less<>> texts;  // field → language → column
};

class Reader {
public:
    Reader(const XlsxWorkbook& book, const ReportTextTables& tables) : m_book(book), m_tables(tables) {}

    WorkbookImport Read() {
        ReadSettings();
        m_reference = CoreReference(m_instrument.id);
        ReadChanges();
        ReadDrafts();
        ReadTargets();
        ReadPillars();
        ReadQuestions(kQuestions, false);
        ReadQuestions(kNational, true);
        RefuseQuestionsOutsideTheCore();
        ReadLevels();
        ReadChoices();
        ReadNextSteps();
        ReadShowIf();
        ReadReportTexts();
        AssembleNationalModule();
        const Instrument* reference = m_reference;
        if (reference) OrderLike(*reference);
        if (!m_result.problems.empty()) return Finish();

        // The cells are all readable: now the rules every instrument follows, and the core.
        m_result.json = CanonicalInstrumentJson(m_instrument);
        for (const std::string& problem : ValidateInstrument(m_result.json)) m_result.problems.push_back(MapProblem(problem));
        std::optional<Instrument> parsed;
        if (m_result.problems.empty()) parsed = ParseInstrument(m_result.json, "the workbook");
        if (reference)
            for (const auto& difference : CoreDifferences(*reference, parsed ? *parsed : m_instrument))
                if (!FollowsFromADraftRename(difference)) m_result.problems.push_back(CoreProblem(difference));
        if (m_result.problems.empty()) m_result.instrument = std::move(parsed);
        else m_result.json.clear();
        return Finish();
    }

private:
    WorkbookImport Finish() {
        m_result.text_cells = std::move(m_cells);
        return std::move(m_result);
    }

    void Problem(const XlsxSheet& sheet, std::size_t row, std::size_t column, const std::string& message) {
        m_result.problems.push_back(sheet.Where(row, column) + ": " + message);
    }
    void SheetProblem(std::string_view sheet, const std::string& message) {
        m_result.problems.push_back(std::string(sheet) + ": " + message);
    }
    void Remember(std::string_view where, std::string_view field, std::string_view language, const XlsxSheet& sheet,
                  std::size_t row, std::size_t column) {
        m_cells[CellKey(where, field, language)] = sheet.Where(row, column);
    }

    const SheetSpec& Spec(std::string_view name) {
        if (m_specs.empty()) {
            std::vector<std::string> drafts;
            for (const auto& draft : m_instrument.drafts) drafts.push_back(draft.id);
            m_specs = Sheets(drafts);
        }
        for (const auto& spec : m_specs)
            if (spec.name == name) return spec;
        throw QuestionnaireError(fmt::format("internal: no sheet {}", name));
    }

    // The header row: every column known, none twice; nullopt when the sheet is absent.
    std::optional<Columns> Header(std::string_view name, bool required) {
        const XlsxSheet* sheet = m_book.Find(name);
        if (!sheet) {
            if (required) SheetProblem(name, "the workbook has no such sheet (export the instrument to see the layout)");
            return std::nullopt;
        }
        const SheetSpec& spec = Spec(name);
        Columns columns;
        columns.sheet = sheet;
        std::set<std::string> allowed;
        for (const auto& column : spec.columns) allowed.insert(column.name);
        for (const auto& column : spec.trailing) allowed.insert(column.name);
        for (std::size_t c = 0; c < sheet->ColumnCount(); ++c) {
            const XlsxCell* cell = sheet->Cell(0, c);
            const std::string label(cell ? Trim(cell->text) : std::string_view());
            if (label.empty()) {
                for (std::size_t r = 1; r < sheet->RowCount(); ++r)
                    if (HasText(*sheet, r, c)) {
                        Problem(*sheet, 0, c, "this column has values but no name in the first row; name it or "
                                              "delete the column");
                        break;
                    }
                continue;
            }
            if (label == "notes" || label.front() == '#') continue;  // the editor's own columns
            if (allowed.contains(label)) {
                if (!columns.fixed.emplace(label, c).second)
                    Problem(*sheet, 0, c, fmt::format("the column {} is here twice", Quote(label)));
                continue;
            }
            const auto [field, language] = SplitColumn(label);
            if (name == kPillars && field == "letter") {
                Problem(*sheet, 0, c, fmt::format("{}: no draft {} is in the sheet drafts", Quote(label), Quote(language)));
                continue;
            }
            if (!language.empty()) {
                const bool text_field =
                    std::find(spec.texts.begin(), spec.texts.end(), field) != spec.texts.end();
                if (!text_field) {
                    Problem(*sheet, 0, c, fmt::format("{} is not a column of this sheet: {}", Quote(label), Allowed(spec)));
                } else if (!IsLanguageCode(language)) {
                    Problem(*sheet, 0, c, fmt::format("{} is not a language code (two or three lower-case letters, "
                                                      "e.g. {}::pt, {}::sw, {}::pt-BR)",
                                                      Quote(language), field, field, field));
                } else if (!columns.texts[field].emplace(language, c).second) {
                    Problem(*sheet, 0, c, fmt::format("the column {} is here twice", Quote(label)));
                }
                continue;
            }
            Problem(*sheet, 0, c, fmt::format("{} is not a column of this sheet: {}", Quote(label), Allowed(spec)));
        }
        for (const auto& column : spec.columns)
            if (!columns.fixed.contains(column.name) && column.name != "stage" && column.name != "meaning" &&
                !column.name.starts_with("letter::"))
                SheetProblem(name, fmt::format("no column {} (export the instrument to see the layout)", Quote(column.name)));
        return columns;
    }

    static std::string Allowed(const SheetSpec& spec) {
        std::string list;
        for (const auto& column : spec.columns) list += (list.empty() ? "" : ", ") + column.name;
        for (const auto& field : spec.texts) list += (list.empty() ? "" : ", ") + std::string(field) + "::<language>";
        for (const auto& column : spec.trailing) list += (list.empty() ? "" : ", ") + column.name;
        return list + " (and your own: notes, #…)";
    }

    // A row with nothing in the columns the kit reads is skipped (blank lines between blocks).
    static bool HasText(const XlsxSheet& sheet, std::size_t row, std::size_t column) {
        const XlsxCell* cell = sheet.Cell(row, column);
        return cell && !cell->text.empty();
    }

    static bool RowIsEmpty(const Columns& columns, std::size_t row) {
        for (const auto& [name, c] : columns.fixed)
            if (HasText(*columns.sheet, row, c)) return false;
        for (const auto& [field, languages] : columns.texts)
            for (const auto& [language, c] : languages)
                if (HasText(*columns.sheet, row, c)) return false;
        return true;
    }

    // A cell's text as it stands (texts), checked for what a spreadsheet can put in a cell.
    std::string Raw(const Columns& columns, std::size_t row, std::size_t column) {
        const XlsxCell* cell = columns.sheet->Cell(row, column);
        if (!cell) return {};
        if (cell->type == XlsxCell::Type::Error) {
            Problem(*columns.sheet, row, column, fmt::format("the cell holds a formula error ({}); type the value "
                                                             "itself",
                                                             cell->text));
            return {};
        }
        if (!IsValidUtf8(cell->text)) {
            Problem(*columns.sheet, row, column, "the text has characters that are not valid Unicode (UTF-8)");
            return {};
        }
        return cell->text;
    }

    /// A fixed column's value, trimmed; empty when the column or the cell is absent.
    std::string Value(const Columns& columns, std::size_t row, std::string_view name) {
        const auto found = columns.fixed.find(name);
        if (found == columns.fixed.end()) return {};
        return std::string(Trim(Raw(columns, row, found->second)));
    }

    std::size_t ColumnOf(const Columns& columns, std::string_view name) const {
        const auto found = columns.fixed.find(name);
        return found == columns.fixed.end() ? 0 : found->second;
    }

    void RememberFixed(const Columns& columns, std::size_t row, std::string_view name, std::string_view where,
                       std::string_view field) {
        if (const auto found = columns.fixed.find(name); found != columns.fixed.end())
            Remember(where, field, {}, *columns.sheet, row, found->second);
    }

    std::optional<double> NumberValue(const Columns& columns, std::size_t row, std::string_view name) {
        const std::string text = Value(columns, row, name);
        if (text.empty()) return std::nullopt;
        const auto number = ParseNumber(text);
        if (!number)
            Problem(*columns.sheet, row, ColumnOf(columns, name),
                    fmt::format("{} must be a number (is {}; write the decimal point as \".\" or as the "
                                "spreadsheet's number format)",
                                name, Quote(text)));
        return number;
    }

    std::optional<bool> BoolValue(const Columns& columns, std::size_t row, std::string_view name) {
        const std::string text = ToLowerAscii(Value(columns, row, name));
        if (text.empty()) return std::nullopt;
        if (text == "yes" || text == "true" || text == "1") return true;
        if (text == "no" || text == "false" || text == "0") return false;
        Problem(*columns.sheet, row, ColumnOf(columns, name), fmt::format("{} must be yes or no (is {})", name, Quote(text)));
        return std::nullopt;
    }

    /// Every language's text of `field` in a row: English into `english`, the others into the
    /// translations; each cell remembered under (where, translated_as).
    void Texts(const Columns& columns, std::size_t row, std::string_view field, std::string_view where,
               std::string& english, Translations& translations, std::string_view translated_as = {}) {
        const auto found = columns.texts.find(field);
        if (found == columns.texts.end()) return;
        const std::string name(translated_as.empty() ? field : translated_as);
        for (const auto& [language, column] : found->second) {
            Remember(where, name, language, *columns.sheet, row, column);
            const std::string text = Raw(columns, row, column);
            if (language == "en") english = text;
            else if (!text.empty()) translations[language].fields[name] = text;
        }
    }

    /// A row's id, required: an empty one with other values in the row is a problem.
    std::optional<std::string> RowId(const Columns& columns, std::size_t row, std::string_view name,
                                     std::string_view what) {
        std::string id = Value(columns, row, name);
        if (id.empty()) {
            Problem(*columns.sheet, row, ColumnOf(columns, name),
                    fmt::format("this row has no {} (give it one, or clear the row)", what));
            return std::nullopt;
        }
        return id;
    }

    /// `visit(row, id)` for each filled row of `columns`' sheet that has its id in the column `name`
    /// (a filled row without one is a problem, said by RowId).
    template <typename Visit>
    void ForEachRowWithId(const Columns& columns, std::string_view name, std::string_view what, Visit visit) {
        for (std::size_t row = 1; row < columns.sheet->RowCount(); ++row) {
            if (RowIsEmpty(columns, row)) continue;
            if (const auto id = RowId(columns, row, name, what)) visit(row, *id);
        }
    }

    void Place(const std::string& where, std::string_view sheet) { m_result.sheets_of[where] = std::string(sheet); }

    void ReadSettings() {
        const auto columns = Header(kSettings, true);
        if (!columns) return;
        const XlsxSheet& sheet = *columns->sheet;
        for (std::size_t row = 2; row < sheet.RowCount(); ++row)
            if (!RowIsEmpty(*columns, row)) {
                Problem(sheet, row, 0, "the settings sheet has one row of values (row 2)");
                break;
            }
        const std::size_t row = 1;
        m_instrument.id = Value(*columns, row, "id");
        m_instrument.version = Value(*columns, row, "version");
        RememberFixed(*columns, row, "id", "instrument", "id");
        RememberFixed(*columns, row, "version", "instrument", "version");
        RememberFixed(*columns, row, "version", "instrument", "major version");
        RememberFixed(*columns, row, "format_version", "instrument", "format_version");
        if (const auto format = NumberValue(*columns, row, "format_version")) {
            if (*format == std::floor(*format) && *format >= 1 && *format <= kInstrumentFormatVersion)
                m_instrument.format_version = static_cast<int>(*format);
            else
                Problem(sheet, row, ColumnOf(*columns, "format_version"),
                        fmt::format("this kit writes and reads instrument format_version 1 to {} (is {})",
                                    kInstrumentFormatVersion, FormatNumber(*format)));
        }
        Place("instrument", kSettings);
        Texts(*columns, row, "title", "instrument", m_instrument.title, m_instrument.translations);
        Texts(*columns, row, "description", "instrument", m_instrument.description, m_instrument.translations);
        Texts(*columns, row, "vision", "instrument", m_instrument.vision, m_instrument.translations);
        m_national_id = Value(*columns, row, "national_id");
        m_national_id_cell = sheet.Where(row, ColumnOf(*columns, "national_id"));
        m_national_row = row;
        m_settings = columns;
    }

    // The maintainers' notes on each version of the instrument (not translated).
    void ReadChanges() {
        const auto columns = Header(kChanges, false);
        if (!columns) return;
        ForEachRowWithId(*columns, "version", "version", [&](std::size_t row, const std::string& version) {
            const std::string where = "changes " + version;
            RememberFixed(*columns, row, "change_notes", where, "notes");
            m_instrument.changes.push_back({version, Raw(*columns, row, ColumnOf(*columns, "change_notes"))});
        });
    }

    void ReadDrafts() {
        const auto columns = Header(kDrafts, false);
        if (!columns) return;
        ForEachRowWithId(*columns, "id", "draft id", [&](std::size_t row, const std::string& id) {
            Draft draft;
            draft.id = id;
            const std::string where = DraftPlace(draft.id);
            RememberFixed(*columns, row, "id", where, "");
            Place(where, kDrafts);
            Texts(*columns, row, "title", where, draft.title, draft.translations);
            m_instrument.drafts.push_back(std::move(draft));
        });
        m_specs.clear();  // the pillars sheet's letter columns follow the drafts
    }

    void ReadTargets() {
        const auto columns = Header(kTargets, false);
        if (!columns) return;
        ForEachRowWithId(*columns, "id", "target id", [&](std::size_t row, const std::string& id) {
            Target target;
            target.id = id;
            const std::string where = TargetPlace(target.id);
            RememberFixed(*columns, row, "id", where, "");
            RememberFixed(*columns, row, "kind", where, "kind");
            RememberFixed(*columns, row, "tag", where, "tag");
            Place(where, kTargets);
            const std::string kind = Value(*columns, row, "kind");
            if (kind == "overall") target.kind = TargetKind::Overall;
            else if (kind == "tagged_index") target.kind = TargetKind::TaggedIndex;
            else if (kind == "all_tagged_met") target.kind = TargetKind::AllTaggedMet;
            else
                Problem(*columns->sheet, row, ColumnOf(*columns, "kind"),
                        fmt::format("{} is not a target kind (overall, tagged_index, all_tagged_met)", Quote(kind)));
            target.tag = Value(*columns, row, "tag");
            Texts(*columns, row, "title", where, target.title, target.translations);
            Texts(*columns, row, "text", where, target.text, target.translations);
            m_instrument.targets.push_back(std::move(target));
        });
    }

    void ReadPillars() {
        const auto columns = Header(kPillars, true);
        if (!columns) return;
        ForEachRowWithId(*columns, "id", "pillar id", [&](std::size_t row, const std::string& id) {
            Pillar pillar;
            pillar.id = id;
            RememberFixed(*columns, row, "id", pillar.id, "");
            RememberFixed(*columns, row, "id", pillar.id, "position");
            for (const char* field : {"optional", "brackets", "targets"})
                RememberFixed(*columns, row, field, pillar.id, field);
            Place(pillar.id, kPillars);
            pillar.optional = BoolValue(*columns, row, "optional").value_or(false);
            const std::string brackets = Value(*columns, row, "brackets");
            if (brackets == "none" || brackets.empty()) pillar.brackets = Brackets::None;
            else if (brackets == "parts") pillar.brackets = Brackets::Parts;
            else if (brackets == "whole") pillar.brackets = Brackets::Whole;
            else
                Problem(*columns->sheet, row, ColumnOf(*columns, "brackets"),
                        fmt::format("{} is not one of none, parts, whole", Quote(brackets)));
            pillar.targets = SplitList(Value(*columns, row, "targets"));
            for (const auto& draft : m_instrument.drafts) {
                const std::string column = "letter::" + draft.id;
                RememberFixed(*columns, row, column, pillar.id, "letter in draft " + draft.id);
                const std::string letter = Value(*columns, row, column);
                pillar.draft_letters[draft.id] = letter.empty() ? std::nullopt : std::optional<std::string>(letter);
            }
            Texts(*columns, row, "title", pillar.id, pillar.title, pillar.translations);
            Texts(*columns, row, "c5_text", pillar.id, pillar.c5_text, pillar.translations);
            if (!m_pillar_rows.emplace(pillar.id, columns->sheet->Where(row, ColumnOf(*columns, "id"))).second)
                Problem(*columns->sheet, row, ColumnOf(*columns, "id"), fmt::format("the pillar {} is here twice", pillar.id));
            m_instrument.pillars.push_back(std::move(pillar));
        });
    }

    void ReadQuestions(std::string_view sheet_name, bool national) {
        const auto columns = Header(sheet_name, !national);
        if (!columns) return;
        const XlsxSheet& sheet = *columns->sheet;
        for (std::size_t row = 1; row < sheet.RowCount(); ++row) {
            if (RowIsEmpty(*columns, row)) continue;
            const auto id = RowId(*columns, row, "id", "question id");
            if (!id) continue;
            Question question;
            question.id = *id;
            const std::string& where = question.id;
            const std::size_t id_column = ColumnOf(*columns, "id");
            if (const auto [first, added] = m_question_rows.emplace(where, sheet.Where(row, id_column)); !added) {
                Problem(sheet, row, id_column, fmt::format("the question id {} is used twice (first at {})", where, first->second));
                continue;
            }
            RememberFixed(*columns, row, "id", where, "");
            RememberFixed(*columns, row, "id", where, "position");
            RememberFixed(*columns, row, "pillar", where, "pillar");
            for (const char* field : {"type", "tags", "na_allowed", "weight", "exposure"})
                RememberFixed(*columns, row, field, where, field);
            RememberFixed(*columns, row, "low", where, "low goalpost");
            RememberFixed(*columns, row, "high", where, "high goalpost");
            RememberFixed(*columns, row, "min", where, "range min");
            RememberFixed(*columns, row, "max", where, "range max");
            for (const char* framework : {"gci", "cmm", "ncaf"})
                RememberFixed(*columns, row, framework, where, std::string("crosswalk ") + framework);
            RememberFixed(*columns, row, "lead_group", where, "lead_group");
            Place(where, sheet_name);
            const std::string type = Value(*columns, row, "type");
            if (const auto parsed = QuestionTypeFromString(type)) {
                question.type = *parsed;
            } else {
                Problem(sheet, row, ColumnOf(*columns, "type"),
                        fmt::format("{} is not a question type (maturity, yes_partial_no, single_choice, "
                                    "multiple_choice, number, percent, text)",
                                    Quote(type)));
            }
            // A C5 question keeps its type; read on with the core's, so its levels and choices
            // rows are not blamed for the change.
            if (const Question* core = m_reference && !national ? m_reference->FindQuestion(where) : nullptr;
                core && core->type != question.type) {
                if (QuestionTypeFromString(type))
                    Problem(sheet, row, ColumnOf(*columns, "type"),
                            Describe({CoreDifference::Kind::Changed, where, "type", std::string(ToString(core->type)), type}));
                question.type = core->type;
            }
            question.tags = SplitList(Value(*columns, row, "tags"));
            question.na_allowed = BoolValue(*columns, row, "na_allowed").value_or(true);
            question.weight = NumberValue(*columns, row, "weight").value_or(1.0);
            question.exposure = NumberValue(*columns, row, "exposure").value_or(0.0);
            const auto low = NumberValue(*columns, row, "low");
            const auto high = NumberValue(*columns, row, "high");
            if (low && high) question.goalposts = Goalposts{*low, *high};
            else if (low || high)
                Problem(sheet, row, ColumnOf(*columns, low ? "high" : "low"),
                        "give both goalposts, low (the value scoring 0) and high (the value scoring 1)");
            const auto min = NumberValue(*columns, row, "min");
            const auto max = NumberValue(*columns, row, "max");
            if (min && max) question.range = ValueRange{*min, *max};
            else if (min || max)
                Problem(sheet, row, ColumnOf(*columns, min ? "max" : "min"),
                        "give both ends of the range, min and max (the values an answer may take), or neither");
            question.crosswalk.gci = SplitList(Value(*columns, row, "gci"));
            question.crosswalk.cmm = SplitList(Value(*columns, row, "cmm"));
            for (const auto& objective : SplitList(Value(*columns, row, "ncaf"))) {
                const auto number = ParseInteger(objective);
                if (number && *number >= 1 && *number <= 17) question.crosswalk.ncaf.push_back(static_cast<int>(*number));
                else
                    Problem(sheet, row, ColumnOf(*columns, "ncaf"),
                            fmt::format("{} is not an NCAF objective number 1…17", Quote(objective)));
            }
            Texts(*columns, row, "text", where, question.text, question.translations);
            Texts(*columns, row, "guidance", where, question.guidance, question.translations);
            Texts(*columns, row, "evidence_prompt", where, question.evidence_prompt, question.translations);
            Texts(*columns, row, "recommendation", where, question.recommendation, question.translations);
            Texts(*columns, row, "exposure_note", where, question.exposure_note, question.translations);
            Texts(*columns, row, "unit", where, question.unit, question.translations);
            question.lead_group = Value(*columns, row, "lead_group");
            if (national) {
                question.pillar_id = m_national_id;
                m_national.push_back(std::move(question));
                continue;
            }
            question.pillar_id = Value(*columns, row, "pillar");
            Pillar* pillar = FindPillar(question.pillar_id);
            if (!pillar) {
                Problem(sheet, row, ColumnOf(*columns, "pillar"),
                        question.pillar_id.empty()
                            ? std::string("the question has no pillar")
                            : fmt::format("no pillar {} is in the sheet pillars", Quote(question.pillar_id)));
                continue;
            }
            pillar->questions.push_back(std::move(question));
        }
    }

    // A C5 pillar holds only the core's questions: a row with another id there is refused at its id
    // cell (an id changed, or a question added that belongs in the national module), and set aside
    // so that the rows of other sheets naming either id are not blamed for it one by one.
    void RefuseQuestionsOutsideTheCore() {
        if (!m_reference) return;
        for (auto& pillar : m_instrument.pillars) {
            const Pillar* core = nullptr;
            for (const auto& candidate : m_reference->pillars)
                if (candidate.id == pillar.id) core = &candidate;
            if (!core) continue;
            std::vector<std::string> lacking;
            for (const auto& question : core->questions)
                if (!FindQuestion(question.id)) lacking.push_back(question.id);
            const auto refused = std::erase_if(pillar.questions, [&](const Question& question) {
                if (m_reference->FindQuestion(question.id)) return false;
                const std::string cell = m_question_rows.at(question.id);
                m_result.problems.push_back(
                    lacking.empty()
                        ? fmt::format("{}: {} is not in the C5 core; national questions go into the sheet national, "
                                      "with ids of their own (e.g. N.Q1)",
                                      cell, question.id)
                        : fmt::format("{}: {} is not a C5 question id ({} of {} {} no row): the ids of C5 questions "
                                      "are part of the C5 core and cannot change; national questions go into the "
                                      "sheet national",
                                      cell, question.id, JoinList(lacking), pillar.id,
                                      lacking.size() == 1 ? "has" : "have"));
                m_set_aside.insert(question.id);
                return true;
            });
            if (refused > 0) m_set_aside.insert(lacking.begin(), lacking.end());
        }
    }

    Pillar* FindPillar(std::string_view id) {
        for (auto& pillar : m_instrument.pillars)
            if (pillar.id == id) return &pillar;
        return nullptr;
    }

    Question* FindQuestion(std::string_view id) {
        for (auto& pillar : m_instrument.pillars)
            for (auto& question : pillar.questions)
                if (question.id == id) return &question;
        for (auto& question : m_national)
            if (question.id == id) return &question;
        return nullptr;
    }

    // The question a row of levels, choices or show_if belongs to; nullptr (and a problem) if none.
    Question* RowQuestion(const Columns& columns, std::size_t row) {
        const auto id = RowId(columns, row, "question", "question id");
        if (!id) return nullptr;
        Question* question = FindQuestion(*id);
        if (!question && m_set_aside.contains(*id)) return nullptr;  // its id was refused in questions
        if (!question)
            Problem(*columns.sheet, row, ColumnOf(columns, "question"),
                    fmt::format("no question {} is in the sheets questions or national{}", Quote(*id),
                                m_reference && m_reference->FindQuestion(*id)
                                    ? fmt::format(" ({} is a C5 question: its id is part of the C5 core and cannot "
                                                  "change)",
                                                  *id)
                                    : std::string()));
        return question;
    }

    void ReadLevels() {
        const auto columns = Header(kLevels, false);
        std::map<std::string, std::array<std::optional<std::size_t>, kStageCount>> rows;  // question → level → row
        if (columns) {
            const XlsxSheet& sheet = *columns->sheet;
            for (std::size_t row = 1; row < sheet.RowCount(); ++row) {
                if (RowIsEmpty(*columns, row)) continue;
                Question* question = RowQuestion(*columns, row);
                if (!question) continue;
                if (question->type != QuestionType::Maturity) {
                    Problem(sheet, row, ColumnOf(*columns, "question"),
                            fmt::format("{} is a {} question; only maturity questions have levels", question->id,
                                        ToString(question->type)));
                    continue;
                }
                const std::string text = Value(*columns, row, "level");
                const auto level = ParseNumber(text);
                if (!level || *level != std::floor(*level) || *level < 0 || *level >= kStageCount) {
                    Problem(sheet, row, ColumnOf(*columns, "level"),
                            fmt::format("the level must be 0, 1, 2, 3 or 4 (is {})", Quote(text)));
                    continue;
                }
                auto& slot = rows[question->id][static_cast<std::size_t>(*level)];
                if (slot) {
                    Problem(sheet, row, ColumnOf(*columns, "level"),
                            fmt::format("level {} of {} is here twice", *level, question->id));
                    continue;
                }
                slot = row;
                Remember(question->id, fmt::format("levels[{}]", static_cast<int>(*level)), {}, sheet, row,
                         ColumnOf(*columns, "level"));
            }
        }
        for (auto* question : AllQuestions()) {
            if (question->type != QuestionType::Maturity) continue;
            Place(question->id + " levels", kLevels);
            const auto found = rows.find(question->id);
            std::vector<std::size_t> level_rows;
            for (int level = 0; level < kStageCount; ++level) {
                if (found == rows.end() || !found->second[static_cast<std::size_t>(level)]) {
                    SheetProblem(kLevels, fmt::format("{} has no row for level {} ({}); a maturity question has "
                                                      "the five levels 0-4",
                                                      question->id, level, StageName(level)));
                    continue;
                }
                level_rows.push_back(*found->second[static_cast<std::size_t>(level)]);
            }
            if (level_rows.size() != kStageCount || !columns) continue;
            const auto texts = columns->texts.find("text");
            if (texts == columns->texts.end()) continue;
            for (const auto& [language, column] : texts->second) {
                std::vector<std::string> levels;
                std::vector<std::size_t> empty;
                for (std::size_t level = 0; level < level_rows.size(); ++level) {
                    const std::size_t row = level_rows[level];
                    Remember(question->id, fmt::format("levels[{}]", level), language, *columns->sheet, row, column);
                    levels.push_back(Raw(*columns, row, column));
                    if (levels.back().empty()) empty.push_back(row);
                }
                if (language == "en") {
                    question->levels = std::move(levels);
                } else if (empty.empty()) {
                    question->translations[language].levels = std::move(levels);
                } else if (empty.size() < levels.size()) {
                    for (std::size_t row : empty)
                        Problem(*columns->sheet, row, column,
                                fmt::format("{} has some levels of {} in this language but not this one: give all "
                                            "five levels in a language, or none",
                                            question->id, language));
                }
            }
        }
    }

    void ReadChoices() {
        const auto columns = Header(kChoices, false);
        if (!columns) return;
        const XlsxSheet& sheet = *columns->sheet;
        for (std::size_t row = 1; row < sheet.RowCount(); ++row) {
            if (RowIsEmpty(*columns, row)) continue;
            Question* question = RowQuestion(*columns, row);
            if (!question) continue;
            if (question->type != QuestionType::SingleChoice && question->type != QuestionType::MultipleChoice) {
                Problem(sheet, row, ColumnOf(*columns, "question"),
                        fmt::format("{} is a {} question; only single_choice and multiple_choice questions have "
                                    "choices",
                                    question->id, ToString(question->type)));
                continue;
            }
            const auto id = RowId(*columns, row, "choice", "choice id");
            if (!id) continue;
            if (question->FindChoice(*id)) {
                Problem(sheet, row, ColumnOf(*columns, "choice"),
                        fmt::format("the choice {} of {} is here twice", Quote(*id), question->id));
                continue;
            }
            Choice choice;
            choice.id = *id;
            const std::string where = ChoicePlace(question->id, choice.id);
            RememberFixed(*columns, row, "choice", where, "");
            RememberFixed(*columns, row, "score", where, "score");
            Place(where, kChoices);
            Place(question->id + " choices", kChoices);
            if (const auto score = NumberValue(*columns, row, "score")) choice.score = *score;
            else if (Value(*columns, row, "score").empty())
                Problem(sheet, row, ColumnOf(*columns, "score"), "the choice has no score");
            if (const auto labels = columns->texts.find("label"); labels != columns->texts.end()) {
                for (const auto& [language, column] : labels->second) {
                    Remember(question->id, "choices." + choice.id, language, sheet, row, column);
                    const std::string text = Raw(*columns, row, column);
                    if (language == "en") choice.label = text;
                    else if (!text.empty()) question->translations[language].choices[choice.id] = text;
                }
            }
            question->choices.push_back(std::move(choice));
        }
    }

    bool IsNational(const Question& question) const {
        return std::any_of(m_national.begin(), m_national.end(), [&](const Question& other) { return &other == &question; });
    }

    // The keys of a question's next steps, as a reader of the sheet would list them.
    static std::string NextStepKeyList(const Question& question) {
        const auto keys = NextStepKeys(question);
        if (question.type == QuestionType::Maturity) return "a maturity question has one from each level 0, 1, 2, 3";
        return fmt::format("a {} question has one from each of {}", ToString(question.type), JoinList(keys));
    }

    // The question whose type and choices say which next steps `question` has: for a C5 question the
    // core's (a changed choice score is refused as such, not as next steps that no longer fit).
    const Question& KeysOf(const Question& question) const {
        if (m_reference && !IsNational(question))
            if (const Question* core = m_reference->FindQuestion(question.id); core && core->type == question.type)
                return *core;
        return question;
    }

    // The next step from each level, answer, choice or band of a scored question. Which one a row is
    // for (`from`) follows from the question's type and choices: for a C5 question it is part of the
    // core, and a row moved to another level leaves one level without its step and another with two.
    void ReadNextSteps() {
        // Format 2 needs the sheet; without it, one problem rather than one per question.
        const auto columns = Header(kNextSteps, m_instrument.format_version >= 2);
        if (!columns) return;
        std::map<std::string, std::map<std::string, std::string>> seen;  // question → key → its from cell
        const std::string core_note = "; which level, answer, choice or band a next step belongs to is part of the "
                                      "C5 core and cannot change";
        const XlsxSheet& sheet = *columns->sheet;
        const auto texts = columns->texts.find("text");
        for (std::size_t row = 1; row < sheet.RowCount(); ++row) {
            if (RowIsEmpty(*columns, row)) continue;
            Question* question = RowQuestion(*columns, row);
            if (!question) continue;
            if (!question->Scored()) {
                Problem(sheet, row, ColumnOf(*columns, "question"),
                        fmt::format("{} is a free-text question; only scored questions have next steps",
                                    question->id));
                continue;
            }
            const auto from = RowId(*columns, row, "from", "level, answer, choice or band to take the step from");
            if (!from) continue;
            std::string key = *from;
            if (question->type == QuestionType::Maturity)  // 2, or 2.0 from a spreadsheet's number format
                if (const auto level = ParseNumber(key); level && *level == std::floor(*level) && std::fabs(*level) < 100)
                    key = std::to_string(static_cast<int>(*level));
            const Question& keyed = KeysOf(*question);
            const bool core = &keyed != question;
            const std::size_t from_column = ColumnOf(*columns, "from");
            const auto keys = NextStepKeys(keyed);
            if (std::find(keys.begin(), keys.end(), key) == keys.end()) {
                Problem(sheet, row, from_column,
                        fmt::format("{} is not a next step of {}: {}{}", Quote(*from), question->id,
                                    NextStepKeyList(keyed), core ? core_note : ""));
                continue;
            }
            if (const auto [first, added] = seen[question->id].emplace(key, sheet.Where(row, from_column)); !added) {
                Problem(sheet, row, from_column,
                        fmt::format("{} has a second row for the next step {} (the first is {}){}", question->id,
                                    NextStepMeaning(keyed, key), first->second, core ? core_note : ""));
                continue;
            }
            const std::string field = "next_steps." + key;
            RememberFixed(*columns, row, "from", question->id, field);
            if (texts == columns->texts.end()) continue;
            for (const auto& [language, column] : texts->second) {
                Remember(question->id, field, language, sheet, row, column);
                std::string text = Raw(*columns, row, column);
                // An empty English step stays, so that the validator names its cell.
                if (language == "en") question->next_steps[key] = std::move(text);
                else if (!text.empty()) question->translations[language].next_steps[key] = std::move(text);
            }
        }
        // Format 2 needs every step of every scored question; format 1 none, or all of a question's.
        for (Question* question : AllQuestions()) {
            if (!question->Scored()) continue;
            const auto found = seen.find(question->id);
            if (m_instrument.format_version < 2 && found == seen.end()) continue;
            const Question& keyed = KeysOf(*question);
            for (const auto& key : NextStepKeys(keyed)) {
                if (found != seen.end() && found->second.contains(key)) continue;
                SheetProblem(kNextSteps, fmt::format("{} has no row for the next step {} ({} needs every one: {})",
                                                     question->id, NextStepMeaning(keyed, key),
                                                     m_instrument.format_version < 2 ? "a question with next steps"
                                                                                     : "format 2",
                                                     NextStepKeyList(keyed)));
            }
        }
    }

    void ReadShowIf() {
        const auto columns = Header(kShowIf, false);
        if (!columns) return;
        const XlsxSheet& sheet = *columns->sheet;
        for (std::size_t row = 1; row < sheet.RowCount(); ++row) {
            if (RowIsEmpty(*columns, row)) continue;
            Question* question = RowQuestion(*columns, row);
            if (!question) continue;
            if (question->show_if) {
                Problem(sheet, row, ColumnOf(*columns, "question"),
                        fmt::format("{} has a show_if row already; a question has one condition", question->id));
                continue;
            }
            RememberFixed(*columns, row, "values", question->id, "show_if");
            RememberFixed(*columns, row, "depends_on", question->id, "show_if depends_on");
            const auto depends_on = RowId(*columns, row, "depends_on", "question it depends on");
            if (!depends_on) continue;
            question->show_if = ShowIf{*depends_on, SplitList(Value(*columns, row, "values"))};
        }
    }

    void ReadReportTexts() {
        const auto columns = Header(kReportTexts, false);
        if (!columns) return;
        const XlsxSheet& sheet = *columns->sheet;
        const std::set<std::string, std::less<>> known(m_tables.keys.begin(), m_tables.keys.end());
        Place("report", kReportTexts);
        const auto texts = columns->texts.find("text");
        for (std::size_t row = 1; row < sheet.RowCount(); ++row) {
            if (RowIsEmpty(*columns, row)) continue;
            const auto key = RowId(*columns, row, "key", "key");
            if (!key) continue;
            if (!known.contains(*key)) {
                Problem(sheet, row, ColumnOf(*columns, "key"),
                        fmt::format("{} is not one of the report's texts (this kit's keys are in the exported workbook)",
                                    Quote(*key)));
                continue;
            }
            if (texts == columns->texts.end()) continue;
            for (const auto& [language, column] : texts->second) {
                Remember("report", *key, language, sheet, row, column);
                const std::string text = Raw(*columns, row, column);
                if (text.empty()) continue;
                // Only what differs from the kit's own text is the instrument's.
                if (const auto kit = m_tables.languages.find(language); kit != m_tables.languages.end()) {
                    const auto same = kit->second.find(*key);
                    if (same != kit->second.end() && same->second == text) continue;
                }
                m_instrument.report_texts[language][*key] = text;
            }
        }
    }

    // National questions become the module when there is at least one; its id and title are in
    // the settings sheet.
    void AssembleNationalModule() {
        if (m_national.empty()) return;
        Pillar module;
        module.national = true;
        module.id = m_national_id;
        if (module.id.empty()) {
            m_result.problems.push_back(m_national_id_cell + ": the sheet national has questions, so the national "
                                        "module needs an id here (e.g. N)");
        }
        if (m_settings) Texts(*m_settings, m_national_row, "national_title", module.id, module.title, module.translations, "title");
        Place(module.id, kSettings);
        for (auto& question : m_national) question.pillar_id = module.id;
        module.questions = std::move(m_national);
        m_instrument.national_module = std::move(module);
        m_cells[CellKey(m_instrument.national_module->id, "", "")] = m_national_id_cell;
    }

    std::vector<Question*> AllQuestions() {
        std::vector<Question*> all;
        for (auto& pillar : m_instrument.pillars)
            for (auto& question : pillar.questions) all.push_back(&question);
        for (auto& question : m_national) all.push_back(&question);
        return all;
    }

    // C5 rows in the core's order, whatever order the sheet has them in (sorting a sheet to
    // translate it is no change); what the core lacks keeps its place after.
    void OrderLike(const Instrument& reference) {
        const auto index_of = [](const auto& items, const std::string& id) {
            for (std::size_t i = 0; i < items.size(); ++i)
                if (items[i].id == id) return i;
            return items.size();
        };
        std::stable_sort(m_instrument.pillars.begin(), m_instrument.pillars.end(), [&](const Pillar& a, const Pillar& b) {
            return index_of(reference.pillars, a.id) < index_of(reference.pillars, b.id);
        });
        for (auto& pillar : m_instrument.pillars) {
            const Pillar* core = nullptr;
            for (const auto& candidate : reference.pillars)
                if (candidate.id == pillar.id) core = &candidate;
            if (!core) continue;
            std::stable_sort(pillar.questions.begin(), pillar.questions.end(), [&](const Question& a, const Question& b) {
                return index_of(core->questions, a.id) < index_of(core->questions, b.id);
            });
            for (auto& question : pillar.questions) {
                const Question* kept = reference.FindQuestion(question.id);
                if (!kept) continue;
                std::stable_sort(question.choices.begin(), question.choices.end(), [&](const Choice& a, const Choice& b) {
                    return index_of(kept->choices, a.id) < index_of(kept->choices, b.id);
                });
                const auto same_set = [](std::vector<std::string> a, std::vector<std::string> b) {
                    std::sort(a.begin(), a.end());
                    std::sort(b.begin(), b.end());
                    return a == b;
                };
                if (same_set(question.tags, kept->tags)) question.tags = kept->tags;
                if (question.show_if && kept->show_if && question.show_if->question_id == kept->show_if->question_id &&
                    same_set(question.show_if->values, kept->show_if->values))
                    question.show_if->values = kept->show_if->values;
            }
        }
    }

    std::string CellOr(std::string_view where, std::string_view field, std::string_view language = {}) const {
        if (const auto found = m_cells.find(CellKey(where, field, language)); found != m_cells.end()) return found->second;
        return {};
    }

    // A draft renamed in drafts and in its letter:: column alike is one change, named at the
    // drafts sheet's cell: the pillars' letters for a draft only one side has are not more changes.
    bool FollowsFromADraftRename(const CoreDifference& difference) const {
        const std::string prefix = "letter in draft ";
        if (difference.kind != CoreDifference::Kind::Changed || !difference.field.starts_with(prefix)) return false;
        const std::string draft = difference.field.substr(prefix.size());
        const auto has = [&](const Instrument& instrument) {
            return std::any_of(instrument.drafts.begin(), instrument.drafts.end(),
                               [&](const Draft& other) { return other.id == draft; });
        };
        return !m_reference || !has(m_instrument) || !has(*m_reference);
    }

    std::string CoreProblem(const CoreDifference& difference) const {
        std::string cell;
        switch (difference.kind) {
            case CoreDifference::Kind::Changed:
                cell = CellOr(difference.where, difference.field);
                // A condition on another question is the depends_on cell's change; other values, the values'.
                if (difference.field == "show_if" && difference.reference != "none" && difference.value != "none" &&
                    difference.reference.substr(0, difference.reference.find(' ')) !=
                        difference.value.substr(0, difference.value.find(' ')))
                    cell = CellOr(difference.where, "show_if depends_on");
                if (cell.empty() && difference.field == "show_if") cell = std::string(kShowIf);
                if (cell.empty()) cell = CellOr(difference.where, "");
                break;
            case CoreDifference::Kind::Added: cell = CellOr(difference.where, ""); break;
            case CoreDifference::Kind::Missing: break;
            case CoreDifference::Kind::Moved:
                // English moved: its key cell (level, choice or from) was changed; a translation
                // alone moved: its text cell.
                if (difference.value != "en") cell = CellOr(difference.where, difference.field, difference.value);
                else if (difference.field.starts_with("choices."))
                    cell = CellOr(ChoicePlace(difference.where, difference.field.substr(8)), "");
                else
                    cell = CellOr(difference.where, difference.field);
                if (cell.empty()) cell = CellOr(difference.where, "");
                break;
        }
        if (cell.empty()) cell = std::string(SheetOfMissing(difference.where));
        return cell + ": " + Describe(difference);
    }

    std::string_view SheetOfMissing(const std::string& where) const {
        if (where.starts_with("target ")) return kTargets;
        if (where.starts_with("draft ")) return kDrafts;
        if (where.find(" choice ") != std::string::npos) return kChoices;
        if (where == "instrument") return kSettings;
        if (const Instrument* reference = CoreReference(m_instrument.id))
            for (const auto& pillar : reference->pillars)
                if (pillar.id == where) return kPillars;
        return kQuestions;
    }

    // A validator problem "json.path: what" → "sheet!A1 (place field): what".
    std::string MapProblem(const std::string& problem) const {
        const auto colon = problem.find(": ");
        if (colon == std::string::npos) return problem;
        const std::string path = problem.substr(0, colon);
        const std::string message = problem.substr(colon + 2);
        const auto [where, field, language] = PlaceOfPath(path);
        if (where.empty()) return problem;
        std::string cell = CellOr(where, field, language);
        if (cell.empty()) cell = CellOr(where, "");
        if (cell.empty()) return problem;
        const std::string what = field.empty() ? where : where + " " + field + (language.empty() || language == "en" ? "" : "::" + language);
        return fmt::format("{} ({}): {}", cell, what, message);
    }

    struct PathPlace {
        std::string where;
        std::string field;
        std::string language;
    };

    // Which place and field a JSON path of the canonical instrument names.
    PathPlace PlaceOfPath(const std::string& path) const {
        std::vector<std::string> tokens;
        for (std::size_t at = 0; at <= path.size();) {
            const auto dot = std::min(path.find('.', at), path.size());
            tokens.push_back(path.substr(at, dot - at));
            at = dot + 1;
        }
        const auto index = [](const std::string& token, std::string_view name) -> std::optional<std::size_t> {
            if (!token.starts_with(std::string(name) + "[") || token.back() != ']') return std::nullopt;
            const auto number = ParseInteger(token.substr(name.size() + 1, token.size() - name.size() - 2));
            if (!number || *number < 0) return std::nullopt;
            return static_cast<std::size_t>(*number);
        };
        PathPlace place{"instrument", "", ""};
        std::size_t next = 0;
        const Question* question = nullptr;
        const auto in_questions = [&](const std::vector<Question>& questions) {
            if (tokens.size() > next) {
                if (const auto q = index(tokens[next], "questions"); q && *q < questions.size()) {
                    question = &questions[*q];
                    place.where = question->id;
                    ++next;
                }
            }
        };
        if (const auto p = index(tokens[0], "pillars"); p && *p < m_instrument.pillars.size()) {
            place.where = m_instrument.pillars[*p].id;
            next = 1;
            in_questions(m_instrument.pillars[*p].questions);
        } else if (tokens[0] == "national_module" && m_instrument.national_module) {
            place.where = m_instrument.national_module->id;
            next = 1;
            in_questions(m_instrument.national_module->questions);
        } else if (const auto d = index(tokens[0], "drafts"); d && *d < m_instrument.drafts.size()) {
            place.where = DraftPlace(m_instrument.drafts[*d].id);
            next = 1;
        } else if (const auto t = index(tokens[0], "targets"); t && *t < m_instrument.targets.size()) {
            place.where = TargetPlace(m_instrument.targets[*t].id);
            next = 1;
        } else if (tokens[0] == "report_texts" && tokens.size() >= 3) {
            return {"report", tokens[2], tokens[1]};
        }
        if (next >= tokens.size()) return {place.where, "", ""};
        std::string language = "en";
        if (tokens[next] == "translations" && next + 1 < tokens.size()) {
            language = tokens[next + 1];
            next += 2;
            if (next >= tokens.size()) return {place.where, "", ""};
        }
        const std::string& token = tokens[next];
        const std::string base = token.substr(0, token.find('['));
        if (kTextFields.contains(base)) return {place.where, base, language};
        if (base == "levels") {
            if (token.find('[') != std::string::npos) return {place.where, token, language};
            return {place.where, "levels[0]", language};
        }
        if (base == "next_steps" && next + 1 < tokens.size()) return {place.where, "next_steps." + tokens[next + 1], language};
        if (base == "choices" && question) {
            if (language != "en" && next + 1 < tokens.size()) return {place.where, "choices." + tokens[next + 1], language};
            if (const auto c = index(token, "choices"); c && *c < question->choices.size()) {
                const std::string& id = question->choices[*c].id;
                if (next + 1 < tokens.size() && tokens[next + 1] == "label") return {place.where, "choices." + id, "en"};
                if (next + 1 < tokens.size() && tokens[next + 1] == "score") return {ChoicePlace(place.where, id), "score", ""};
                return {ChoicePlace(place.where, id), "", ""};
            }
            return {place.where, "", ""};
        }
        if (base == "goalposts") {
            const bool high = next + 1 < tokens.size() && tokens[next + 1] == "high";
            return {place.where, high ? "high goalpost" : "low goalpost", ""};
        }
        if (base == "range") {
            const bool max = next + 1 < tokens.size() && tokens[next + 1] == "max";
            return {place.where, max ? "range max" : "range min", ""};
        }
        if (base == "crosswalk" && next + 1 < tokens.size())
            return {place.where, "crosswalk " + tokens[next + 1].substr(0, tokens[next + 1].find('[')), ""};
        if (base == "draft_letters" && next + 1 < tokens.size())
            return {place.where, "letter in draft " + tokens[next + 1], ""};
        if (base == "id" || base == "questions") return {place.where, "", ""};
        return {place.where, base, ""};
    }

    const XlsxWorkbook& m_book;
    const ReportTextTables& m_tables;
    const Instrument* m_reference = nullptr;  // the core to keep, when the instrument has one
    WorkbookImport m_result;
    Instrument m_instrument;
    std::vector<SheetSpec> m_specs;
    std::map<std::string, std::string> m_cells;  // CellKey → "sheet!A1"
    std::map<std::string, std::string> m_question_rows;
    std::map<std::string, std::string> m_pillar_rows;
    std::set<std::string, std::less<>> m_set_aside;  // question ids refused in questions, and those they replaced
    std::vector<Question> m_national;
    std::string m_national_id;
    std::string m_national_id_cell = std::string(kSettings);
    std::size_t m_national_row = 1;
    std::optional<Columns> m_settings;
};

}  // namespace

std::string WorkbookImport::TextCell(std::string_view where, std::string_view field, std::string_view language) const {
    if (const auto found = text_cells.find(CellKey(where, field, language)); found != text_cells.end()) return found->second;
    // The column is not there: say which to add.
    std::string sheet = "?";
    std::string column(field);
    if (field.starts_with("levels[")) {
        sheet = std::string(kLevels);
        column = "text";
    } else if (field.starts_with("choices.")) {
        sheet = std::string(kChoices);
        column = "label";
    } else if (field.starts_with("next_steps.")) {
        sheet = std::string(kNextSteps);
        column = "text";
    } else if (where == "report") {
        sheet = std::string(kReportTexts);
        column = "text";
    } else if (const auto found = sheets_of.find(std::string(where)); found != sheets_of.end()) {
        sheet = found->second;
        if (sheet == kSettings && where != "instrument") column = "national_title";
    }
    return fmt::format("{}: no column {}::{}", sheet, column, language);
}

WorkbookImport ImportInstrumentWorkbook(const XlsxWorkbook& workbook, const ReportTextTables& report_texts) {
    Reader reader(workbook, report_texts);
    WorkbookImport result = reader.Read();
    return result;
}

WorkbookImport ImportInstrumentWorkbook(std::string_view xlsx_bytes, std::string_view source,
                                        const ReportTextTables& report_texts) {
    XlsxWorkbook workbook;
    try {
        workbook = ReadXlsx(xlsx_bytes, source);
    } catch (const QuestionnaireError& error) {
        // One problem with the whole file; callers name the file themselves, as for cell problems.
        std::string problem = error.what();
        if (const std::string prefix = std::string(source) + ": "; problem.starts_with(prefix))
            problem.erase(0, prefix.size());
        WorkbookImport failed;
        failed.problems.push_back(std::move(problem));
        failed.unreadable = true;
        return failed;
    }
    return ImportInstrumentWorkbook(workbook, report_texts);
}

std::vector<MissingText> MissingTexts(const Instrument& instrument, const WorkbookImport& layout,
                                      const ReportTextTables& report_texts, std::string_view language) {
    std::vector<MissingText> missing;
    for (const auto& gap : MissingTranslations(instrument, language))
        missing.push_back({layout.TextCell(gap.where, gap.field, language), gap.where, gap.field});
    // The report's own words: complete in the languages the kit has them in, the instrument's
    // report_texts otherwise.
    if (language != "en" && !report_texts.languages.contains(language)) {
        const auto own = instrument.report_texts.find(std::string(language));
        const auto english = report_texts.languages.find("en");
        for (const auto& key : report_texts.keys) {
            // A note only some languages carry is not missing from another.
            if (english != report_texts.languages.end() && !english->second.contains(key)) continue;
            if (own == instrument.report_texts.end() || !own->second.contains(key))
                missing.push_back({layout.TextCell("report", key, language), "report", key});
        }
    }
    return missing;
}

}  // namespace c5::questionnaire
