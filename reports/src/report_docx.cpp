// The DOCX writer: walks the report model section by section, in the PDF's order, and writes
// each part of the package. It decides nothing about content: that is the model's job.
#include "c5/reports/report_docx.h"

#include <fmt/format.h>

#include "c5/questionnaire/clock.h"
#include "c5/reports/report_pdf.h"
#include "c5/reports/report_text.h"
#include "docx/docx_body.h"
#include "docx/docx_charts.h"
#include "docx/docx_parts.h"
#include "ooxml/zip_writer.h"

namespace c5::reports {
namespace q = c5::questionnaire;

namespace {

using docx::CellAlign;
using docx::RowKind;
using docx::TableColumn;
using docx::TableRow;

constexpr std::string_view kMarkingColor = "B31A1A";
constexpr std::string_view kInPlaceColor = "1A7333";
constexpr long long kEmuPerTwip = 635;

std::vector<TableColumn> Columns(const std::vector<std::string>& headers, const std::vector<double>& fractions,
                                 const std::vector<CellAlign>& aligns = {}) {
    std::vector<TableColumn> columns;
    for (std::size_t i = 0; i < headers.size(); ++i)
        columns.push_back({headers[i], i < fractions.size() ? fractions[i] : 1.0 / static_cast<double>(headers.size()),
                           i < aligns.size() ? aligns[i] : CellAlign::Start});
    return columns;
}

std::vector<TableRow> Rows(const std::vector<std::vector<std::string>>& rows, RowKind kind = RowKind::Normal) {
    std::vector<TableRow> result;
    for (const auto& row : rows) result.push_back({row, kind, {}});
    return result;
}

std::vector<std::pair<std::string, std::string>> Pairs(const std::vector<LabelValue>& rows) {
    std::vector<std::pair<std::string, std::string>> pairs;
    for (const auto& row : rows) pairs.emplace_back(row.label, row.value);
    return pairs;
}

// The document's language tag, and its direction as the report's texts say (a language an
// adapted instrument adds may be written right to left too).
docx::DocxLanguage LanguageOf(const ReportModel& model) {
    docx::DocxLanguage language = docx::DocxLanguageOf(model.language);
    language.right_to_left = model.text.RightToLeft();
    return language;
}

class DocxRenderer {
public:
    DocxRenderer(const ReportModel& model, const ReportOptions& options)
        : m_model(model), m_options(options), m_text(model.text), m_language(LanguageOf(model)),
          m_page(options.paper == PaperSize::Letter ? docx::PageSetup{12240, 15840, 1134} : docx::PageSetup{}),
          m_cover(m_language.right_to_left, m_page.TextWidth()), m_body(m_language.right_to_left, m_page.TextWidth()) {}

    std::string Render() {
        Step(0.05, "cover");
        Cover();
        Step(0.15, "summary");
        Summary();
        if (m_model.follow_up) Progress();
        Process();
        Step(0.25, "pillars");
        Pillars();
        Findings();
        Charts();
        if (m_model.national) National();
        Step(0.40, "targets");
        Targets();
        Penetration();
        Step(0.55, "disagreements");
        Disagreements();
        Roadmap();
        Recommendations();
        Limitations();
        Step(0.65, "methodology");
        Methodology();
        Step(0.75, "annex");
        Annex();
        ScoringAnnex();
        SignOff();
        Step(0.90, "package");
        std::string bytes = Package();
        Step(1.0, "done");
        return bytes;
    }

private:
    void Step(double fraction, std::string_view stage) {
        if (m_options.progress && !m_options.progress(fraction, stage)) throw ReportCancelled();
    }

    const std::string& Title(std::size_t index) const { return m_model.section_titles.at(index); }

    void Cover() {
        m_cover.Paragraph("Title", m_model.title);
        m_cover.Paragraph("Subtitle", m_model.subtitle);
        m_cover.Paragraph("C5CoverCountry", m_model.country);
        m_cover.Paragraph("C5CoverYear", m_model.year);
        if (m_model.fictional) m_cover.Paragraph("C5Notice", m_model.fictional_notice);
        m_cover.KeyValues(Pairs(m_model.cover_facts), 0.27);
        if (m_model.draft.draft) {
            // Page 1 of a draft says why it is not a valid baseline and what is missing.
            m_cover.Paragraph("Normal", m_model.draft.marking, true, kMarkingColor);
            m_cover.Paragraph("Normal", m_model.draft.intro);
            m_cover.Bullets(m_model.draft.missing);
        }
    }

    void Summary() {
        m_body.Heading(1, Title(0), true);
        m_body.Paragraph("Normal", m_model.summary_intro);
        m_body.KeyValues(Pairs(m_model.key_figures), 0.36);
        for (const auto& note : m_model.summary_notes) m_body.Paragraph("C5Note", note);
        if (!m_model.strengths.empty()) {
            m_body.Heading(2, m_text.Get("summary_strengths"));
            m_body.Bullets(m_model.strengths);
        }
        if (!m_model.biggest_gaps.empty()) {
            m_body.Heading(2, m_text.Get("summary_gaps"));
            m_body.Bullets(m_model.biggest_gaps);
        }
        m_body.Heading(2, m_text.Get("summary_targets"));
        m_body.Bullets(m_model.target_summary);
    }

    void Progress() {
        const ProgressSection& progress = m_model.progress;
        m_body.Heading(1, Title(10), true);
        m_body.Paragraph("Normal", progress.intro);
        auto rows = Rows(progress.rows);
        for (auto& row : Rows(progress.overall_rows, RowKind::Total)) rows.push_back(std::move(row));
        m_body.Table(Columns(progress.columns, {0.38, 0.11, 0.11, 0.10, 0.18, 0.12},
                             {CellAlign::Start, CellAlign::Center, CellAlign::Center, CellAlign::Center,
                              CellAlign::Center, CellAlign::Center}),
                     rows);
        for (const auto& note : progress.notes) m_body.Paragraph("C5Note", note);
    }

    void Process() {
        const ProcessSection& process = m_model.process;
        m_body.Heading(1, Title(kSectionProcess), true);
        m_body.Paragraph("Normal", process.intro);
        if (!process.rows.empty())
            m_body.Table(Columns(process.columns, {0.24, 0.42, 0.20, 0.14},
                                 {CellAlign::Start, CellAlign::Start, CellAlign::Center, CellAlign::Center}),
                         Rows(process.rows));
        m_body.Bullets(process.notes);
    }

    void Findings() {
        m_body.Heading(1, Title(kSectionFindings), true);
        m_body.Paragraph("Normal", m_model.findings_intro);
        for (const auto& pillar : m_model.findings) {
            m_body.Heading(3, pillar.heading);
            m_body.Paragraph("Normal", pillar.paragraph);
            for (const auto& quote : pillar.quotes) m_body.Paragraph("Quote", quote);
        }
    }

    void Pillars() {
        m_body.Heading(1, Title(1), true);
        m_body.Paragraph("Normal", m_model.pillars_intro);
        std::vector<TableRow> rows;
        for (const auto& pillar : m_model.pillars)
            rows.push_back({pillar.cells, pillar.included ? RowKind::Normal : RowKind::Muted, {}});
        for (auto& row : Rows(m_model.overall_rows, RowKind::Total)) rows.push_back(std::move(row));
        m_body.Table(Columns(m_model.pillar_columns, {0.41, 0.08, 0.13, 0.12, 0.15, 0.11},
                             {CellAlign::Start, CellAlign::Center, CellAlign::Center, CellAlign::Center, CellAlign::Start,
                              CellAlign::Center}),
                     rows);
    }

    // The national module, beside the C5 pillars and outside their overall score.
    void National() {
        const NationalSection& national = *m_model.national;
        m_body.Heading(1, Title(kSectionNational), true);
        m_body.Heading(2, national.title);
        m_body.Paragraph("Normal", national.intro);
        m_body.KeyValues(Pairs(national.figures), 0.42);
        m_body.Table(Columns(national.columns, {0.50, 0.12, 0.38}, {CellAlign::Start, CellAlign::Center, CellAlign::Start}),
                     Rows(national.rows));
    }

    // A chart part, its embedded data and the drawing that shows it, `height` as a share of the width.
    void Chart(const docx::ChartSpec& spec, double height, const std::string& description) {
        if (spec.categories.empty()) return;
        const int number = static_cast<int>(m_charts.size()) + 1;
        m_charts.push_back(spec);
        m_charts.back().right_to_left = m_language.right_to_left;
        const long long width = static_cast<long long>(m_page.TextWidth()) * kEmuPerTwip;
        m_body.Chart(fmt::format("rIdChart{}", number), width, static_cast<long long>(static_cast<double>(width) * height),
                     number, description);
    }

    void Charts() {
        m_body.Heading(1, Title(2), true);
        if (!m_model.charts_empty.empty()) {
            m_body.Paragraph("Normal", m_model.charts_empty);
            return;
        }
        const std::string score = m_text.Get("column_score");
        const std::string target = m_text.Get("legend_target");
        m_body.Paragraph("Caption", m_model.radar_title);
        Chart(docx::RadarChartSpec(m_model.chart, score, target, m_text.Get("legend_baseline"), m_language.tag), 0.78,
              m_model.radar_title);
        m_body.Paragraph("Caption", m_model.bars_title_word);
        const double rows = static_cast<double>(m_model.chart.pillars.size());
        Chart(docx::BarsChartSpec(m_model.chart, score, target, m_text.Get("chart_range_above"),
                                  m_text.Get("chart_range_below"), m_language.tag),
              std::min(1.1, 0.16 + 0.075 * rows), m_model.bars_title_word);
    }

    void ProgressTarget(const TargetSection& target) {
        m_body.Heading(2, target.title);
        if (!target.c5_text.empty()) m_body.Paragraph("Quote", m_text.Format("quoted", {{"text", target.c5_text}}));
        m_body.KeyValues(Pairs(target.figures), 0.42);
        for (const auto& note : target.notes) m_body.Paragraph("Normal", note);
        if (target.chart.trajectory.size() >= 2)
            Chart(docx::TrajectoryChartSpec(target.chart, m_language.tag), 0.42, target.title);
    }

    void Targets() {
        m_body.Heading(1, Title(3), true);
        ProgressTarget(m_model.target_a);
        ProgressTarget(m_model.target_b);
        const auto& child = m_model.target_c;
        m_body.Heading(2, child.title);
        if (!child.c5_text.empty()) m_body.Paragraph("Quote", m_text.Format("quoted", {{"text", child.c5_text}}));
        m_body.Paragraph("Normal", child.status, true, child.met || !child.decided ? std::string_view() : kMarkingColor);
        m_body.KeyValues(Pairs(child.figures), 0.6);
        std::vector<TableRow> rows;
        const std::string& in_place = m_text.Get("target_c_state_met");
        for (const auto& row : child.rows)
            rows.push_back({row, RowKind::Normal,
                            {"", "", std::string(row.size() > 2 && row[2] == in_place ? kInPlaceColor : kMarkingColor)}});
        m_body.Table(Columns({m_text.Get("column_item"), m_text.Get("column_question"), m_text.Get("column_status")},
                             {0.10, 0.68, 0.22}),
                     rows);
    }

    void Penetration() {
        m_body.Heading(1, Title(4));
        m_body.Paragraph("Normal", m_model.penetration_intro);
        if (!m_model.penetration_rows.empty())
            m_body.Table(Columns(m_model.penetration_columns, {0.36, 0.10, 0.09, 0.30, 0.15},
                                 {CellAlign::Start, CellAlign::Center, CellAlign::Center, CellAlign::Start, CellAlign::Center}),
                         Rows(m_model.penetration_rows));
        for (const auto& note : m_model.penetration_notes) m_body.Paragraph("Normal", note);
    }

    void AnswerTable(const std::vector<AnswerLine>& answers) {
        std::vector<TableRow> rows;
        for (const auto& answer : answers) rows.push_back({answer.cells, RowKind::Normal, {}});
        m_body.Table(Columns(m_model.answer_columns, {0.21, 0.30, 0.13, 0.36}), rows);
    }

    void Disagreements() {
        m_body.Heading(1, Title(5), true);
        m_body.Paragraph("Normal", m_model.disagreements_intro);
        for (const auto& block : m_model.disagreements) {
            m_body.Heading(3, block.heading);
            m_body.Paragraph("C5Note", block.subtitle);
            AnswerTable(block.answers);
            if (!block.consensus.empty()) m_body.Paragraph("Normal", block.consensus, true);
        }
    }

    // At most ten priorities grouped by pillar, each pillar a shaded row above its items.
    void Roadmap() {
        const RoadmapSection& roadmap = m_model.roadmap;
        m_body.Heading(1, Title(kSectionRoadmap), true);
        m_body.Paragraph("Normal", roadmap.intro);
        if (roadmap.pillars.empty()) return;
        std::vector<TableRow> rows;
        for (const auto& pillar : roadmap.pillars) {
            rows.push_back({{"", pillar.heading, "", ""}, RowKind::Total, {}});
            for (const auto& item : pillar.items)
                rows.push_back({{item.rank, item.question + "\n" + item.step, item.lead, item.gain}, RowKind::Normal, {}});
        }
        m_body.Table(Columns(roadmap.columns, {0.05, 0.65, 0.18, 0.12},
                             {CellAlign::Center, CellAlign::Start, CellAlign::Start, CellAlign::Center}),
                     rows);
    }

    void Recommendations() {
        m_body.Heading(1, Title(6));  // after the roadmap, on its page, as in the PDF
        m_body.Paragraph("Normal", m_model.recommendations_intro);
        m_body.Table(Columns(m_model.recommendation_columns, {0.05, 0.31, 0.07, 0.07, 0.36, 0.14},
                             {CellAlign::Center, CellAlign::Start, CellAlign::Center, CellAlign::Center, CellAlign::Start,
                              CellAlign::Start}),
                     Rows(m_model.recommendations));
    }

    void Limitations() {
        m_body.Heading(1, Title(kSectionLimitations));
        m_body.Bullets(m_model.limitations);
    }

    void Methodology() {
        m_body.Heading(1, Title(7), true);
        for (const auto& paragraph : m_model.methodology_paragraphs) m_body.Paragraph("Normal", paragraph);
        m_body.Table(Columns(m_model.parameter_columns, {0.32, 0.68}), Rows(m_model.parameters));
        m_body.Table(Columns(m_model.weight_columns, {0.80, 0.20}, {CellAlign::Start, CellAlign::Center}),
                     Rows(m_model.weights));
        if (!m_model.scoring_notes.empty()) {
            m_body.Heading(3, m_text.Get("methodology_warnings"));
            m_body.Bullets(m_model.scoring_notes);
        }
    }

    void Annex() {
        m_body.Heading(1, Title(8), true);
        m_body.Paragraph("Normal", m_model.annex_intro);
        for (const auto& pillar : m_model.annex) {
            m_body.Heading(2, pillar.heading);
            for (const auto& question : pillar.questions) {
                m_body.Heading(3, question.heading);
                if (!question.status.empty()) m_body.Paragraph("C5Note", question.status);
                if (!question.answers.empty()) AnswerTable(question.answers);
            }
        }
    }

    // Annex B: how each question is scored, pillar by pillar.
    void ScoringAnnex() {
        const auto& annex = m_model.scoring_annex;
        m_body.Heading(1, Title(kSectionScoringAnnex), true);
        m_body.Paragraph("Normal", annex.intro);
        for (const auto& pillar : annex.pillars) {
            m_body.Heading(2, pillar.heading);
            m_body.Table(Columns(annex.columns, {0.11, 0.12, 0.38, 0.39},
                                 {CellAlign::Start, CellAlign::Center, CellAlign::Start, CellAlign::Start}),
                         Rows(pillar.rows));
        }
    }

    void SignOff() {
        m_body.Heading(1, Title(9));
        m_body.Paragraph("C5Note", m_model.fingerprint_note);
        if (m_model.draft.draft) {
            // No block to sign: a draft is not a baseline.
            m_body.Paragraph("Normal", m_model.draft.no_signoff, true, kMarkingColor);
            return;
        }
        m_body.Paragraph("Normal", m_model.signoff_intro);
        m_body.SignatureBlock(m_model.signoff_roles, m_model.signoff_prefilled, m_model.signoff_fields);
    }

    std::string DocumentXml() {
        m_cover.TableOfContents(m_text.Get("contents"), m_body.Headings());
        return fmt::format(
            R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"><w:body>{}{}{}</w:body></w:document>)",
            m_cover.Fragment(), m_body.Fragment(), docx::SectionPropertiesXml(m_page, m_language.right_to_left));
    }

    std::string Package() {
        const std::string date = (m_options.generated_on.empty() ? q::NowUtc() : m_options.generated_on).substr(0, 10);
        ooxml::ZipWriter zip(date);
        const int charts = static_cast<int>(m_charts.size());
        zip.Add("[Content_Types].xml", docx::ContentTypesXml(charts));
        zip.Add("_rels/.rels", docx::PackageRelationshipsXml());
        zip.Add("docProps/core.xml",
                docx::CorePropertiesXml({m_model.running_title, m_model.subtitle,
                                         "WSIS C5, cybersecurity readiness, " + m_model.country + ", " + m_model.year,
                                         m_language.tag, date}));
        zip.Add("docProps/app.xml", docx::AppPropertiesXml());
        zip.Add("word/document.xml", DocumentXml());
        zip.Add("word/_rels/document.xml.rels", docx::DocumentRelationshipsXml(charts));
        zip.Add("word/styles.xml", docx::StylesXml(m_language));
        zip.Add("word/settings.xml", docx::SettingsXml(m_language));
        zip.Add("word/numbering.xml", docx::NumberingXml());
        const std::string& draft = m_model.draft.draft ? m_model.draft.marking : std::string();
        zip.Add("word/header1.xml", docx::HeaderXml(m_language, m_model.marking, draft, m_model.running_title));
        zip.Add("word/header2.xml", docx::FirstPageHeaderFooterXml(m_language, m_model.marking, draft, false));
        zip.Add("word/footer1.xml", docx::FooterXml(m_language, m_model.marking, draft, m_model.country + " " + m_model.year,
                                                    m_text.Get("page_of"), m_page.TextWidth()));
        zip.Add("word/footer2.xml", docx::FirstPageHeaderFooterXml(m_language, m_model.marking, draft, true));
        for (int i = 1; i <= charts; ++i) {
            const auto& spec = m_charts[static_cast<std::size_t>(i - 1)];
            zip.Add(fmt::format("word/charts/chart{}.xml", i), docx::ChartXml(spec));
            zip.Add(fmt::format("word/charts/_rels/chart{}.xml.rels", i), docx::ChartRelationshipsXml(i));
            zip.Add(fmt::format("word/embeddings/Microsoft_Excel_Worksheet{}.xlsx", i), docx::ChartWorkbook(spec));
        }
        return zip.Finish();
    }

    const ReportModel& m_model;
    const ReportOptions& m_options;
    ReportText m_text;
    docx::DocxLanguage m_language;
    docx::PageSetup m_page;
    docx::DocxBody m_cover;  // the cover and the table of contents
    docx::DocxBody m_body;
    std::vector<docx::ChartSpec> m_charts;
};

}  // namespace

std::string RenderReportDocx(const ReportModel& model, const ReportOptions& options) {
    return DocxRenderer(model, options).Render();
}

}  // namespace c5::reports
