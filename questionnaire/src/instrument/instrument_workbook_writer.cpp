// The instrument as workbook cells, and those cells as an .xlsx file (libxlsxwriter).
#include <memory>

#include <fmt/format.h>
#include <xlsxwriter.h>

#include "c5/questionnaire/atomic_file.h"
#include "c5/questionnaire/error.h"
#include "c5/questionnaire/instrument_text.h"
#include "c5/questionnaire/instrument_workbook.h"
#include "c5/questionnaire/next_steps.h"
#include "c5/questionnaire/text_util.h"
#include "c5/questionnaire/xlsx_file.h"
#include "instrument/instrument_workbook_layout.h"

namespace c5::questionnaire {
namespace {

using namespace workbook;

struct ColumnStyle {
    std::string name;
    bool locked = false;
    bool number = false;
    double width = 12;
};

struct SheetStyle {
    std::vector<ColumnStyle> columns;
    std::vector<bool> open_rows;  // by row: a national question's row, where nothing is locked
};

struct BuiltWorkbook {
    XlsxWorkbook cells;
    std::vector<SheetStyle> styles;  // one per sheet, same order
};

// Fills one sheet: the header row from its spec, then rows by column name.
class SheetBuilder {
public:
    SheetBuilder(const SheetSpec& spec, const std::vector<std::string>& languages)
        : m_sheet(std::string(spec.name)), m_national(spec.national) {
        for (const auto& column : spec.columns) Add(column.name, column.locked && !spec.national, column.number, column.width);
        for (const auto& field : spec.texts)
            for (const auto& language : languages) Add(std::string(field) + "::" + language, false, false, 48);
        for (const auto& column : spec.trailing) Add(column.name, column.locked && !spec.national, column.number, column.width);
    }

    /// Starts a data row; `open`: a national question's row (nothing locked in it).
    void NewRow(bool open = false) {
        ++m_row;
        m_style.open_rows.resize(m_row + 1, false);
        m_style.open_rows[m_row] = open || m_national;
    }
    void Text(std::string_view column, const std::string& text) {
        if (!text.empty()) m_sheet.Set(m_row, Index(column), {XlsxCell::Type::Text, text});
    }
    void Number(std::string_view column, double value) {
        m_sheet.Set(m_row, Index(column), {XlsxCell::Type::Number, FormatNumber(value)});
    }
    /// `field::language` for every language: the English text and each translation.
    /// `translated_as`: the field's name in the translations when the column's differs.
    void Texts(std::string_view field, const std::string& english, const Translations& translations,
               const std::vector<std::string>& languages, std::string_view translated_as = {}) {
        for (const auto& language : languages) {
            if (language == "en") {
                Text(std::string(field) + "::en", english);
                continue;
            }
            const auto found = translations.find(language);
            if (found == translations.end()) continue;
            const auto text = found->second.fields.find(std::string(translated_as.empty() ? field : translated_as));
            if (text != found->second.fields.end()) Text(std::string(field) + "::" + language, text->second);
        }
    }

    void Finish(BuiltWorkbook& built) {
        built.cells.sheets.push_back(std::move(m_sheet));
        built.styles.push_back(std::move(m_style));
    }

private:
    void Add(std::string name, bool locked, bool number, double width) {
        m_sheet.Set(0, m_style.columns.size(), {XlsxCell::Type::Text, name});
        m_style.columns.push_back({std::move(name), locked, number, width});
    }
    std::size_t Index(std::string_view column) const {
        for (std::size_t i = 0; i < m_style.columns.size(); ++i)
            if (m_style.columns[i].name == column) return i;
        throw QuestionnaireError(fmt::format("internal: the sheet {} has no column {}", m_sheet.Name(), column));
    }

    XlsxSheet m_sheet;
    SheetStyle m_style;
    bool m_national = false;
    std::size_t m_row = 0;
};

void QuestionRow(SheetBuilder& sheet, const Question& question, const std::vector<std::string>& languages,
                 bool national) {
    sheet.NewRow(national);
    sheet.Text("id", question.id);
    if (!national) sheet.Text("pillar", question.pillar_id);
    sheet.Text("type", std::string(ToString(question.type)));
    sheet.Text("tags", JoinList(question.tags));
    const bool scored = question.Scored();
    if (scored || !question.na_allowed) sheet.Text("na_allowed", std::string(YesNo(question.na_allowed)));
    if (scored || question.weight != 1) sheet.Number("weight", question.weight);
    if (scored || question.exposure != 0) sheet.Number("exposure", question.exposure);
    if (question.goalposts) {
        sheet.Number("low", question.goalposts->low);
        sheet.Number("high", question.goalposts->high);
    }
    if (question.range) {
        sheet.Number("min", question.range->min);
        sheet.Number("max", question.range->max);
    }
    sheet.Text("gci", JoinList(question.crosswalk.gci));
    sheet.Text("cmm", JoinList(question.crosswalk.cmm));
    std::vector<std::string> ncaf;
    for (int objective : question.crosswalk.ncaf) ncaf.push_back(std::to_string(objective));
    sheet.Text("ncaf", JoinList(ncaf));
    sheet.Text("lead_group", question.lead_group);
    for (const char* field : {"text", "guidance", "evidence_prompt", "recommendation", "exposure_note", "unit"})
        sheet.Texts(field, QuestionText(question, field, "en").text, question.translations, languages);
}

// One row per next step of a question: the level, answer, choice or band it is taken from (locked:
// it follows from the question's type and choices), what that means, and its text per language.
void NextStepRows(SheetBuilder& sheet, const Question& question, const std::vector<std::string>& languages,
                  bool national) {
    for (const auto& key : NextStepKeys(question)) {
        const auto english = question.next_steps.find(key);
        if (english == question.next_steps.end()) continue;  // format 1: no next steps
        sheet.NewRow(national);
        sheet.Text("question", question.id);
        if (question.type == QuestionType::Maturity) sheet.Number("from", static_cast<double>(*ParseInteger(key)));
        else sheet.Text("from", key);
        sheet.Text("meaning", NextStepMeaning(question, key));
        for (const auto& language : languages) {
            const std::string column = "text::" + language;
            if (language == "en") {
                sheet.Text(column, english->second);
            } else if (const auto found = question.translations.find(language); found != question.translations.end()) {
                const auto text = found->second.next_steps.find(key);
                if (text != found->second.next_steps.end()) sheet.Text(column, text->second);
            }
        }
    }
}

BuiltWorkbook Build(const Instrument& instrument, const ReportTextTables& tables) {
    const std::vector<std::string> languages = TextLanguages(instrument);
    std::vector<std::string> draft_ids;
    for (const auto& draft : instrument.drafts) draft_ids.push_back(draft.id);
    BuiltWorkbook built;
    for (const SheetSpec& spec : Sheets(draft_ids)) {
        const bool report = spec.name == kReportTexts;
        const std::vector<std::string> sheet_languages = report ? ReportLanguages(instrument, tables) : languages;
        SheetBuilder sheet(spec, sheet_languages);
        if (spec.name == kSettings) {
            sheet.NewRow();
            sheet.Text("id", instrument.id);
            sheet.Text("version", instrument.version);
            sheet.Number("format_version", instrument.format_version);
            sheet.Texts("title", instrument.title, instrument.translations, languages);
            sheet.Texts("description", instrument.description, instrument.translations, languages);
            sheet.Texts("vision", instrument.vision, instrument.translations, languages);
            // Filled in even without a module, so that rows added to the national sheet have a home;
            // without national questions the import leaves them out.
            const Pillar* module = instrument.national_module ? &*instrument.national_module : nullptr;
            sheet.Text("national_id", module ? module->id : "N");
            sheet.Texts("national_title", module ? module->title : "National questions",
                        module ? module->translations : Translations{}, languages, "title");
        } else if (spec.name == kChanges) {
            for (const auto& change : instrument.changes) {
                sheet.NewRow();
                sheet.Text("version", change.version);
                sheet.Text("change_notes", change.notes);  // "notes" columns are the editor's own
            }
        } else if (spec.name == kDrafts) {
            for (const auto& draft : instrument.drafts) {
                sheet.NewRow();
                sheet.Text("id", draft.id);
                sheet.Texts("title", draft.title, draft.translations, languages);
            }
        } else if (spec.name == kTargets) {
            for (const auto& target : instrument.targets) {
                sheet.NewRow();
                sheet.Text("id", target.id);
                sheet.Text("kind", std::string(ToString(target.kind)));
                sheet.Text("tag", target.tag);
                sheet.Texts("title", target.title, target.translations, languages);
                sheet.Texts("text", target.text, target.translations, languages);
            }
        } else if (spec.name == kPillars) {
            for (const auto& pillar : instrument.pillars) {
                sheet.NewRow();
                sheet.Text("id", pillar.id);
                sheet.Text("optional", std::string(YesNo(pillar.optional)));
                sheet.Text("brackets", std::string(ToString(pillar.brackets)));
                sheet.Text("targets", JoinList(pillar.targets));
                for (const auto& draft : draft_ids) {
                    const auto letter = pillar.draft_letters.find(draft);
                    if (letter != pillar.draft_letters.end() && letter->second)
                        sheet.Text("letter::" + draft, *letter->second);
                }
                sheet.Texts("title", pillar.title, pillar.translations, languages);
                sheet.Texts("c5_text", pillar.c5_text, pillar.translations, languages);
            }
        } else if (spec.name == kQuestions) {
            for (const auto& pillar : instrument.pillars)
                for (const auto& question : pillar.questions) QuestionRow(sheet, question, languages, false);
        } else if (spec.name == kNational) {
            if (instrument.national_module)
                for (const auto& question : instrument.national_module->questions)
                    QuestionRow(sheet, question, languages, true);
        } else if (spec.name == kLevels || spec.name == kChoices || spec.name == kNextSteps || spec.name == kShowIf) {
            for (const Pillar* section : instrument.Sections()) {
                for (const auto& question : section->questions) {
                    if (spec.name == kNextSteps) {
                        NextStepRows(sheet, question, languages, section->national);
                    } else if (spec.name == kLevels) {
                        for (std::size_t level = 0; level < question.levels.size(); ++level) {
                            sheet.NewRow(section->national);
                            sheet.Text("question", question.id);
                            sheet.Number("level", static_cast<double>(level));
                            sheet.Text("stage", std::string(StageName(static_cast<int>(level))));
                            for (const auto& language : languages) {
                                const std::string column = "text::" + language;
                                if (language == "en") {
                                    sheet.Text(column, question.levels[level]);
                                } else if (const auto found = question.translations.find(language);
                                           found != question.translations.end() &&
                                           found->second.levels.size() == question.levels.size()) {
                                    sheet.Text(column, found->second.levels[level]);
                                }
                            }
                        }
                    } else if (spec.name == kChoices) {
                        for (const auto& choice : question.choices) {
                            sheet.NewRow(section->national);
                            sheet.Text("question", question.id);
                            sheet.Text("choice", choice.id);
                            sheet.Number("score", choice.score);
                            for (const auto& language : languages) {
                                const std::string column = "label::" + language;
                                if (language == "en") {
                                    sheet.Text(column, choice.label);
                                } else if (const auto found = question.translations.find(language);
                                           found != question.translations.end()) {
                                    const auto label = found->second.choices.find(choice.id);
                                    if (label != found->second.choices.end()) sheet.Text(column, label->second);
                                }
                            }
                        }
                    } else if (question.show_if) {
                        sheet.NewRow(section->national);
                        sheet.Text("question", question.id);
                        sheet.Text("depends_on", question.show_if->question_id);
                        sheet.Text("values", JoinList(question.show_if->values));
                    }
                }
            }
        } else if (report) {
            for (const auto& key : tables.keys) {
                sheet.NewRow();
                sheet.Text("key", key);
                for (const auto& language : sheet_languages) {
                    std::string text;
                    if (const auto own = instrument.report_texts.find(language); own != instrument.report_texts.end())
                        if (const auto found = own->second.find(key); found != own->second.end()) text = found->second;
                    if (text.empty())
                        if (const auto kit = tables.languages.find(language); kit != tables.languages.end())
                            if (const auto found = kit->second.find(key); found != kit->second.end()) text = found->second;
                    sheet.Text("text::" + language, text);
                }
            }
        }
        sheet.Finish(built);
    }
    return built;
}

// What the first sheet says to the person who opens the workbook.
const char* const kAboutLines[] = {
    "C5 Readiness Kit — the instrument as a spreadsheet",
    "",
    "Edit the texts, add a language, add national questions; then: c5kit-cli instrument import --xlsx THIS.xlsx -o NEW.json",
    "Each text has one column per language: text::en, text::fr, guidance::ar … Add a language by adding columns such as "
    "text::pt, guidance::pt, label::pt (choices), text::pt (levels, report_texts).",
    "Column headers in dark red are the C5 core (ids, types, weights, exposure, tags, show_if, levels, choices and their "
    "scores, goalposts, which level each next step starts from): they cannot change in a C5 row, so that scores stay "
    "comparable across countries. The import refuses a change and names its cell.",
    "next_steps: for every scored question, the next step from each level reached (maturity 0-3), answer (no, "
    "partial), choice or band (low, medium, high); the report recommends the one the answers reached. Reword and "
    "translate the texts; the column lead_group in questions names the stakeholder group best placed to act.",
    "National questions go into the sheet 'national' (ids such as N.Q1): any type, weights and texts. Their levels, "
    "choices, next steps and show_if conditions are rows in the sheets levels, choices, next_steps and show_if. They "
    "are scored and reported as their own section, never inside the C5 overall score or targets. The module's title "
    "is title::en etc. in 'settings' under national_title, its id national_id.",
    "report_texts: the report's own words. A language the kit has no report texts for (Portuguese, Swahili …) gets "
    "them here; the direction (ltr/rtl), decimal separator and date format are rows too.",
    "A missing translation falls back to English, marked [EN]; c5kit-cli validate NEW.json --languages pt lists every "
    "missing text by sheet and cell.",
    "The interface of the app stays in its six languages; this workbook changes the questionnaire and the report.",
    "Columns named 'notes' or starting with # are yours: the import ignores them. So are sheets it does not know.",
};

void Check(lxw_error error, const XlsxSheet& sheet, std::size_t row, std::size_t column) {
    if (error == LXW_NO_ERROR) return;
    if (error == LXW_ERROR_MAX_STRING_LENGTH_EXCEEDED)
        throw QuestionnaireError(fmt::format("{}: the text is longer than a spreadsheet cell holds ({} characters); "
                                             "shorten it in the instrument",
                                             sheet.Where(row, column), kMaxCellCharacters));
    throw QuestionnaireError(fmt::format("{}: cannot be written: {}", sheet.Where(row, column), lxw_strerror(error)));
}

void WriteFile(const BuiltWorkbook& built, const std::filesystem::path& path) {
    XlsxFile file(path);
    lxw_workbook* book = file.Workbook();
    if (!book) throw QuestionnaireError(fmt::format("{}: cannot start the workbook (out of memory)", PathToUtf8(path)));
    lxw_format* locked_header = workbook_add_format(book);
    format_set_bold(locked_header);
    format_set_font_color(locked_header, LXW_COLOR_WHITE);
    format_set_bg_color(locked_header, 0x8B1A1A);  // dark red: the C5 core
    lxw_format* open_header = workbook_add_format(book);
    format_set_bold(open_header);
    format_set_font_color(open_header, LXW_COLOR_WHITE);
    format_set_bg_color(open_header, 0x1F4E79);  // navy: yours to edit
    lxw_format* locked_cell = workbook_add_format(book);
    format_set_bg_color(locked_cell, 0xE7E6E6);
    format_set_font_color(locked_cell, 0x595959);
    format_set_align(locked_cell, LXW_ALIGN_VERTICAL_TOP);
    lxw_format* plain_cell = workbook_add_format(book);
    format_set_align(plain_cell, LXW_ALIGN_VERTICAL_TOP);
    lxw_format* title = workbook_add_format(book);
    format_set_bold(title);
    format_set_font_size(title, 14);
    lxw_format* wrapped = workbook_add_format(book);
    format_set_text_wrap(wrapped);

    lxw_worksheet* about = workbook_add_worksheet(book, std::string(kAbout).c_str());
    worksheet_set_column(about, 0, 0, 130, wrapped);
    for (std::size_t line = 0; line < std::size(kAboutLines); ++line) {
        // Spreadsheets do not size wrapped rows on opening: give each paragraph its lines.
        const std::size_t lines = std::string_view(kAboutLines[line]).size() / 115 + 1;
        worksheet_set_row(about, static_cast<lxw_row_t>(line), line == 0 ? 24 : 15.0 * static_cast<double>(lines), nullptr);
        worksheet_write_string(about, static_cast<lxw_row_t>(line), 0, kAboutLines[line], line == 0 ? title : wrapped);
    }

    const std::string locked_note = "Locked: part of the C5 core. A change in a C5 row is refused on import, naming "
                                    "the cell. National questions (sheet national) are free.";
    for (std::size_t s = 0; s < built.cells.sheets.size(); ++s) {
        const XlsxSheet& sheet = built.cells.sheets[s];
        const SheetStyle& style = built.styles[s];
        lxw_worksheet* worksheet = workbook_add_worksheet(book, sheet.Name().c_str());
        if (!worksheet) throw QuestionnaireError(fmt::format("{}: cannot add the sheet {}", path.string(), sheet.Name()));
        for (std::size_t c = 0; c < style.columns.size(); ++c) {
            const ColumnStyle& column = style.columns[c];
            worksheet_set_column(worksheet, static_cast<lxw_col_t>(c), static_cast<lxw_col_t>(c), column.width, nullptr);
            Check(worksheet_write_string(worksheet, 0, static_cast<lxw_col_t>(c), column.name.c_str(),
                                         column.locked ? locked_header : open_header),
                  sheet, 0, c);
            if (column.locked)
                worksheet_write_comment(worksheet, 0, static_cast<lxw_col_t>(c), locked_note.c_str());
        }
        worksheet_freeze_panes(worksheet, 1, 1);
        // Printed for a translator: landscape, as wide as the page, the column names on every page.
        worksheet_set_landscape(worksheet);
        worksheet_fit_to_pages(worksheet, 1, 0);
        worksheet_repeat_rows(worksheet, 0, 0);
        const std::size_t rows = sheet.RowCount();
        if (rows > 1 && !style.columns.empty())
            worksheet_autofilter(worksheet, 0, 0, static_cast<lxw_row_t>(rows - 1),
                                 static_cast<lxw_col_t>(style.columns.size() - 1));
        for (std::size_t r = 1; r < rows; ++r) {
            const bool open = r < style.open_rows.size() && style.open_rows[r];
            for (std::size_t c = 0; c < style.columns.size(); ++c) {
                const ColumnStyle& column = style.columns[c];
                lxw_format* format = column.locked && !open ? locked_cell : plain_cell;
                const XlsxCell* cell = sheet.Cell(r, c);
                const auto row = static_cast<lxw_row_t>(r);
                const auto col = static_cast<lxw_col_t>(c);
                if (!cell) {
                    worksheet_write_blank(worksheet, row, col, format);
                } else if (cell->type == XlsxCell::Type::Number) {
                    Check(worksheet_write_number(worksheet, row, col, *ParseNumber(cell->text), format), sheet, r, c);
                } else {
                    Check(worksheet_write_string(worksheet, row, col, EscapeCellText(cell->text).c_str(), format),
                          sheet, r, c);
                }
            }
        }
    }
    if (const lxw_error error = file.Close(); error != LXW_NO_ERROR)
        throw QuestionnaireError(fmt::format("{}: the workbook could not be written: {}", PathToUtf8(path),
                                             lxw_strerror(error)));
}

}  // namespace

XlsxWorkbook InstrumentWorkbookCells(const Instrument& instrument, const ReportTextTables& report_texts) {
    return Build(instrument, report_texts).cells;
}

void ExportInstrumentWorkbook(const Instrument& instrument, const ReportTextTables& report_texts,
                              const std::filesystem::path& target) {
    const BuiltWorkbook built = Build(instrument, report_texts);
    AtomicFile file(target);
    file.ReleaseHandle();  // libxlsxwriter writes the file by its path
    WriteFile(built, file.TempPath());
    file.Commit();
}

}  // namespace c5::questionnaire
