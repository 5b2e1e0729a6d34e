#include "c5/reports/report_pdf.h"

#include <fmt/format.h>

#include "c5/questionnaire/atomic_file.h"
#include "c5/questionnaire/csv.h"
#include "c5/questionnaire/text_util.h"
#include "c5/reports/report_text.h"
#include "c5/scoring/item_score.h"
#include "c5/scoring/score_json.h"
#include "c5/reports/charts.h"
#include "pdf_canvas.h"
#include "layout.h"
#include "page_furniture.h"

namespace c5::reports {
namespace q = c5::questionnaire;
namespace s = c5::scoring;
using namespace detail;

namespace {

constexpr Rgb kNavy{0.16f, 0.27f, 0.42f};
constexpr Rgb kMarking{0.70f, 0.10f, 0.10f};
constexpr Rgb kMuted{0.42f, 0.44f, 0.48f};

const TextStyle kBody{FontStyle::Regular, 9.5f, 13.0f, {0.13f, 0.13f, 0.15f}};
const TextStyle kBodyBold{FontStyle::Bold, 9.5f, 13.0f, {0.13f, 0.13f, 0.15f}};
const TextStyle kNote{FontStyle::Italic, 8.5f, 11.5f, kMuted};
const TextStyle kTableBody{FontStyle::Regular, 8.0f, 10.5f, {0.13f, 0.13f, 0.15f}};
const TextStyle kTableHeader{FontStyle::Bold, 8.0f, 10.5f, {1, 1, 1}};
const TextStyle kH1{FontStyle::Bold, 17.0f, 22.0f, kNavy};
const TextStyle kH2{FontStyle::Bold, 11.5f, 15.0f, kNavy};
const TextStyle kH3{FontStyle::Bold, 9.5f, 12.5f, {0.13f, 0.13f, 0.15f}};

class Renderer {
public:
    Renderer(const ReportModel& model, const ReportOptions& options)
        : m_model(model), m_options(options), m_document(options.paper, options.font_folders),
          m_layout(m_document, 50, 50, 62, 52), m_text(model.language) {
        m_document.SetRightToLeft(m_text.RightToLeft());
    }

    RenderedPdf Render() {
        Step(0.05, "cover");
        Cover();
        Step(0.15, "summary");
        Summary();
        if (m_model.follow_up) Progress();
        Step(0.25, "pillars");
        Pillars();
        Charts();
        Step(0.40, "targets");
        Targets();
        Penetration();
        Step(0.55, "disagreements");
        Disagreements();
        Recommendations();
        Step(0.65, "methodology");
        Methodology();
        Step(0.75, "annex");
        Annex();
        SignOff();
        Step(0.90, "pages");
        DrawPageFurniture(m_document, m_layout,
                          {m_model.marking, m_model.running_title, m_model.country + " " + m_model.year, true}, Text());
        m_document.SetInfo(m_model.running_title, m_model.subtitle,
                           "WSIS C5, cybersecurity readiness, " + m_model.country + ", " + m_model.year);
        m_document.Check("draw the report");
        RenderedPdf rendered{m_document.Save(), static_cast<int>(m_document.Pages().size())};
        Step(1.0, "done");
        return rendered;
    }

private:
    void Step(double fraction, std::string_view stage) {
        if (m_options.progress && !m_options.progress(fraction, stage)) throw ReportCancelled();
    }

    // A section: new page, title, bookmark.
    void Section(std::size_t index, bool new_page = true) {
        if (new_page) m_layout.NewPage();
        else m_layout.EnsureSpace(160);  // a heading never sits alone at the foot of a page
        const std::string& title = m_model.section_titles[index];
        m_document.AddOutline(nullptr, title, m_layout.Page(), m_layout.Y() + 10);
        m_layout.Advance(kH1.leading);
        m_layout.Text(m_layout.Left(), m_layout.Y() + 4, title, kH1);
        m_layout.Advance(6);
        m_layout.Line(m_layout.Left(), m_layout.Y(), m_layout.Right(), m_layout.Y(), kNavy, 1.0f);
        m_layout.Advance(10);
    }

    void SubHeading(const std::string& text, const TextStyle& style = kH2, float room = 60) {
        m_layout.EnsureSpace(style.leading + room);
        m_layout.Advance(4);
        m_layout.Paragraph(text, style, 0, 3);
    }

    void KeyValues(const std::vector<LabelValue>& rows, float label_width = 190) {
        for (const auto& row : rows) {
            const auto labels = m_layout.Wrap(row.label, kBodyBold, label_width - 8);
            const auto values = m_layout.Wrap(row.value, kBody, m_layout.Width() - label_width);
            const std::size_t lines = std::max(labels.size(), values.size());
            m_layout.EnsureSpace(static_cast<float>(std::min<std::size_t>(lines, 4)) * kBody.leading);
            for (std::size_t l = 0; l < lines; ++l) {
                m_layout.EnsureSpace(kBody.leading);
                m_layout.Advance(kBody.leading);
                // Right to left, the labels are the right-hand column.
                const bool rtl = m_document.RightToLeft();
                const float label_left = rtl ? m_layout.Right() - (label_width - 8) : m_layout.Left();
                const float value_left = rtl ? m_layout.Left() : m_layout.Left() + label_width;
                if (l < labels.size())
                    m_layout.Text(label_left, m_layout.Y() + 3, labels[l], kBodyBold, Align::Left, label_width - 8);
                if (l < values.size())
                    m_layout.Text(value_left, m_layout.Y() + 3, values[l], kBody, Align::Left,
                                  m_layout.Width() - label_width);
            }
            m_layout.Advance(3);
        }
        m_layout.Advance(4);
    }

    void Bullets(const std::vector<std::string>& items) {
        for (const auto& item : items) {
            const auto lines = m_layout.Wrap(item, kBody, m_layout.Width() - 14);
            for (std::size_t l = 0; l < lines.size(); ++l) {
                m_layout.EnsureSpace(kBody.leading);
                m_layout.Advance(kBody.leading);
                const bool rtl = m_document.RightToLeft();
                if (l == 0) m_layout.Text(rtl ? m_layout.Right() - 8 : m_layout.Left() + 2, m_layout.Y() + 3, "•", kBody);
                m_layout.Text(rtl ? m_layout.Left() : m_layout.Left() + 14, m_layout.Y() + 3, lines[l], kBody, Align::Left,
                              m_layout.Width() - 14);
            }
            m_layout.Advance(3);
        }
        m_layout.Advance(4);
    }

    std::vector<TableColumn> Columns(const std::vector<std::string>& headers, const std::vector<float>& fractions,
                                     const std::vector<Align>& aligns = {}) const {
        std::vector<TableColumn> columns;
        for (std::size_t i = 0; i < headers.size(); ++i)
            columns.push_back({headers[i], m_layout.Width() * fractions[i], i < aligns.size() ? aligns[i] : Align::Left});
        return columns;
    }

    void Cover() {
        const float width = m_layout.Width();
        float y = m_layout.Top() - 110;
        m_layout.FillRect(m_layout.Left(), y - 6, width, 4, kNavy);
        y -= 50;
        for (const auto& line : m_layout.Wrap(m_model.title, {FontStyle::Bold, 26, 32, kNavy}, width)) {
            m_layout.Text(m_layout.Left(), y, line, {FontStyle::Bold, 26, 32, kNavy});
            y -= 32;
        }
        for (const auto& line : m_layout.Wrap(m_model.subtitle, {FontStyle::Regular, 12, 16, kMuted}, width)) {
            m_layout.Text(m_layout.Left(), y, line, {FontStyle::Regular, 12, 16, kMuted});
            y -= 16;
        }
        y -= 40;
        const TextStyle country{FontStyle::Bold, 30, 36, {0.13f, 0.13f, 0.15f}};
        for (const auto& line : m_layout.Wrap(m_model.country, country, width)) {
            m_layout.Text(m_layout.Left(), y, line, country);
            y -= 36;
        }
        m_layout.Text(m_layout.Left(), y, m_model.year, {FontStyle::Regular, 20, 26, kNavy});
        y -= 34;
        if (m_model.fictional) {
            m_layout.FillRect(m_layout.Left(), y - 6, width, 20, {0.99f, 0.95f, 0.85f});
            m_layout.Text(m_layout.Left() + 8, y, m_model.fictional_notice, {FontStyle::Bold, 10, 13, {0.55f, 0.35f, 0.0f}});
            y -= 34;
        }
        m_layout.SetY(y - 10);
        KeyValues(m_model.cover_facts, 130);
        m_document.AddOutline(nullptr, m_model.title, m_document.Pages().front(), m_document.PageHeight());
    }

    void Summary() {
        Section(0);
        m_layout.Paragraph(m_model.summary_intro, kBody, 0, 8);
        KeyValues(m_model.key_figures, 210);
        for (const auto& note : m_model.summary_notes) m_layout.Paragraph(note, kNote);
        if (!m_model.strengths.empty()) {
            SubHeading(Text().Get("summary_strengths"));
            Bullets(m_model.strengths);
        }
        if (!m_model.biggest_gaps.empty()) {
            SubHeading(Text().Get("summary_gaps"));
            Bullets(m_model.biggest_gaps);
        }
        SubHeading(Text().Get("summary_targets"));
        std::vector<std::string> targets = m_model.target_summary;  // a follow-up's state on the trajectory
        for (const TargetSection* target : {&m_model.target_a, &m_model.target_b}) {
            if (!m_model.target_summary.empty()) break;
            std::string line = target->title + ": ";
            for (std::size_t i = 0; i < std::min<std::size_t>(2, target->figures.size()); ++i)
                line += (i ? "; " : "") + target->figures[i].label + " " + target->figures[i].value;
            if (target->figures.empty() && !target->notes.empty()) line += target->notes.front();
            targets.push_back(line);
        }
        targets.push_back(m_model.target_c.title + ": " + m_model.target_c.status);
        Bullets(targets);
    }

    const ReportText& Text() const { return m_text; }

    void Progress() {
        Section(10);
        const ProgressSection& progress = m_model.progress;
        m_layout.Paragraph(progress.intro, kBody, 0, 8);
        Table table(m_layout, Columns(progress.columns, {0.55f, 0.15f, 0.15f, 0.15f},
                                      {Align::Left, Align::Right, Align::Right, Align::Right}),
                    kTableBody, kTableHeader);
        for (const auto& row : progress.rows) table.Row(row);
        for (const auto& row : progress.overall_rows) table.Row(row, {true, Rgb{0.88f, 0.91f, 0.95f}, {}});
        table.Finish();
        for (const auto& note : progress.notes) m_layout.Paragraph(note, kNote, 0, 4);
    }

    void Pillars() {
        Section(1);
        m_layout.Paragraph(m_model.pillars_intro, kBody, 0, 8);
        Table table(m_layout, Columns(m_model.pillar_columns, {0.41f, 0.08f, 0.13f, 0.12f, 0.15f, 0.11f},
                                      {Align::Left, Align::Right, Align::Center, Align::Center, Align::Left, Align::Right}),
                    kTableBody, kTableHeader);
        for (const auto& pillar : m_model.pillars) {
            RowStyle style;
            if (!pillar.included) style.cell_text_color.assign(6, Rgb{0.45f, 0.47f, 0.50f});
            table.Row(pillar.cells, style);
        }
        for (const auto& row : m_model.overall_rows) table.Row(row, {true, Rgb{0.88f, 0.91f, 0.95f}, {}});
        table.Finish();
    }

    void Charts() {
        Section(2);
        constexpr float kRadarHeight = 356;
        SubHeading(m_model.radar_title, kH3, kRadarHeight);
        PdfCanvas radar(m_layout, m_layout.Left(), m_layout.Y());
        DrawRadar(radar, m_layout.Width(), kRadarHeight, m_model.chart);
        m_layout.Advance(kRadarHeight);
        const auto bars_height = static_cast<float>(BarsHeight(m_model.chart));
        SubHeading(m_model.bars_title, kH3, bars_height + 6);
        m_layout.Advance(8);
        PdfCanvas bars(m_layout, m_layout.Left(), m_layout.Y());
        m_layout.Advance(static_cast<float>(DrawBars(bars, m_layout.Width(), m_model.chart)));
    }

    void ProgressTarget(const TargetSection& target, bool first) {
        if (!first) m_layout.Advance(8);
        SubHeading(target.title, kH2, 120);
        if (!target.c5_text.empty()) m_layout.Paragraph("“" + target.c5_text + "”", kNote, 0, 6);
        KeyValues(target.figures, 230);
        for (const auto& note : target.notes) m_layout.Paragraph(note, kBody, 0, 5);
        if (target.chart.trajectory.size() >= 2) {
            constexpr float kHeight = 150;
            m_layout.EnsureSpace(kHeight + 10);
            PdfCanvas canvas(m_layout, m_layout.Left(), m_layout.Y());
            DrawTrajectory(canvas, m_layout.Width(), kHeight, target.chart);
            m_layout.Advance(kHeight + 10);
        }
    }

    void Targets() {
        Section(3);
        ProgressTarget(m_model.target_a, true);
        ProgressTarget(m_model.target_b, false);
        const auto& child = m_model.target_c;
        m_layout.Advance(8);
        SubHeading(child.title, kH2, 120);
        if (!child.c5_text.empty()) m_layout.Paragraph("“" + child.c5_text + "”", kNote, 0, 6);
        m_layout.Paragraph(child.status, child.met ? kBodyBold : TextStyle{FontStyle::Bold, 9.5f, 13.0f, kMarking}, 0, 6);
        KeyValues(child.figures, 330);
        Table table(m_layout,
                    Columns({Text().Get("column_item"), Text().Get("column_question"),
                             Text().Get("column_status")},
                            {0.10f, 0.68f, 0.22f}),
                    kTableBody, kTableHeader);
        for (const auto& row : child.rows) {
            RowStyle style;
            const bool in_place = row[2] == Text().Get("target_c_state_met");
            style.cell_text_color = {std::nullopt, std::nullopt, in_place ? Rgb{0.10f, 0.45f, 0.20f} : kMarking};
            table.Row(row, style);
        }
        table.Finish();
    }

    void Penetration() {
        Section(4, false);
        m_layout.Paragraph(m_model.penetration_intro, kBody, 0, 8);
        if (!m_model.penetration_rows.empty()) {
            Table table(m_layout, Columns(m_model.penetration_columns, {0.36f, 0.10f, 0.09f, 0.30f, 0.15f},
                                          {Align::Left, Align::Right, Align::Center, Align::Left, Align::Right}),
                        kTableBody, kTableHeader);
            for (const auto& row : m_model.penetration_rows) table.Row(row);
            table.Finish();
        }
        for (const auto& note : m_model.penetration_notes) m_layout.Paragraph(note, kBody, 0, 5);
    }

    void AnswerTable(const std::vector<AnswerLine>& answers) {
        Table table(m_layout, Columns(m_model.answer_columns, {0.21f, 0.30f, 0.13f, 0.36f}), kTableBody, kTableHeader);
        for (const auto& answer : answers) table.Row(answer.cells);
        table.Finish();
    }

    void Disagreements() {
        Section(5);
        m_layout.Paragraph(m_model.disagreements_intro, kBody, 0, 8);
        for (const auto& block : m_model.disagreements) {
            SubHeading(block.heading, kH3, 70);
            m_layout.Paragraph(block.subtitle, kNote, 0, 3);
            AnswerTable(block.answers);
            if (!block.consensus.empty()) m_layout.Paragraph(block.consensus, kBodyBold, 0, 6);
        }
    }

    void Recommendations() {
        Section(6);
        m_layout.Paragraph(m_model.recommendations_intro, kBody, 0, 8);
        Table table(m_layout, Columns(m_model.recommendation_columns, {0.05f, 0.38f, 0.07f, 0.08f, 0.42f},
                                      {Align::Right, Align::Left, Align::Right, Align::Right, Align::Left}),
                    kTableBody, kTableHeader);
        for (const auto& row : m_model.recommendations) table.Row(row);
        table.Finish();
    }

    void Methodology() {
        Section(7);
        for (const auto& paragraph : m_model.methodology_paragraphs) m_layout.Paragraph(paragraph, kBody, 0, 6);
        m_layout.Advance(4);
        Table parameters(m_layout, Columns(m_model.parameter_columns, {0.32f, 0.68f}), kTableBody, kTableHeader);
        for (const auto& row : m_model.parameters) parameters.Row(row);
        parameters.Finish();
        Table weights(m_layout, Columns(m_model.weight_columns, {0.80f, 0.20f}, {Align::Left, Align::Right}),
                      kTableBody, kTableHeader);
        for (const auto& row : m_model.weights) weights.Row(row);
        weights.Finish();
        if (!m_model.scoring_notes.empty()) {
            SubHeading(Text().Get("methodology_warnings"), kH3);
            Bullets(m_model.scoring_notes);
        }
    }

    void Annex() {
        Section(8);
        m_layout.Paragraph(m_model.annex_intro, kBody, 0, 8);
        HPDF_Outline annex = nullptr;
        for (const auto& pillar : m_model.annex) {
            SubHeading(pillar.heading, kH2, 90);
            if (!annex) annex = m_document.AddOutline(nullptr, m_model.section_titles[8] + " — " + pillar.heading,
                                                      m_layout.Page(), m_layout.Y() + 20);
            for (const auto& question : pillar.questions) {
                SubHeading(question.heading, kH3, question.answers.empty() ? 14 : 50);
                if (!question.status.empty()) m_layout.Paragraph(question.status, kNote, 0, 3);
                if (!question.answers.empty()) AnswerTable(question.answers);
                else m_layout.Advance(4);
            }
            annex = nullptr;
        }
    }

    void SignOff() {
        m_layout.EnsureSpace(260);
        Section(9, false);
        m_layout.Paragraph(m_model.signoff_intro, kBody, 0, 12);
        const float column = m_layout.Width() / 2;
        const float top = m_layout.Y();
        for (std::size_t role = 0; role < m_model.signoff_roles.size(); ++role) {
            const float x = m_layout.Left() + column * static_cast<float>(role);
            float y = top - 14;
            m_layout.Text(x, y, m_model.signoff_roles[role], kH3);
            y -= 12;
            if (!m_model.signoff_prefilled[role].empty()) m_layout.Text(x, y - 12, m_model.signoff_prefilled[role], kBody);
            for (const auto& field : m_model.signoff_fields) {
                y -= 34;
                m_layout.Line(x, y, x + column - 24, y, {0.35f, 0.37f, 0.40f}, 0.6f);
                m_layout.Text(x, y - 10, field, {FontStyle::Regular, 7.5f, 9, kMuted});
            }
        }
        m_layout.SetY(top - 170);
    }

    const ReportModel& m_model;
    const ReportOptions& m_options;
    PdfDocument m_document;
    Layout m_layout;
    ReportText m_text;
};

std::filesystem::path Beside(const std::filesystem::path& pdf, const std::string& suffix) {
    return pdf.parent_path() / questionnaire::PathFromUtf8(pdf.stem().string() + suffix);
}

}  // namespace

RenderedPdf RenderReportPdf(const ReportModel& model, const ReportOptions& options) {
    return Renderer(model, options).Render();
}

std::string ScoresCsv(const s::ScoreResult& score) {
    const auto number = [](double value) { return s::HasScore(value) ? fmt::format("{:.4f}", value) : std::string(); };
    std::string csv = q::CsvLine({"id", "title", "included", "status", "score", "low", "high", "median", "adjusted",
                                  "adjusted_low", "adjusted_high", "answered", "scorable", "stage", "weight"});
    const auto stage = [](double value) {
        return s::HasScore(value) ? std::string(q::StageName(s::StageOf(value))) : std::string();
    };
    for (const auto& pillar : score.pillars)
        csv += q::CsvLine({pillar.id, pillar.title, pillar.included ? "yes" : "no", std::string(s::ToString(pillar.status)),
                           number(pillar.score), number(pillar.interval.low), number(pillar.interval.high),
                           number(pillar.interval.median), number(pillar.adjusted), number(pillar.adjusted_interval.low),
                           number(pillar.adjusted_interval.high), std::to_string(pillar.answered),
                           std::to_string(pillar.scorable), stage(pillar.score), number(pillar.weight)});
    const auto& overall = score.overall;
    csv += q::CsvLine({"overall", "Overall readiness S", "yes", overall.complete ? "complete" : "incomplete",
                       number(overall.score), number(overall.interval.low), number(overall.interval.high),
                       number(overall.interval.median), number(overall.adjusted), number(overall.adjusted_interval.low),
                       number(overall.adjusted_interval.high), "", "", stage(overall.score), "1"});
    csv += q::CsvLine({"transborder", "Transborder sub-index (target b)", "", "", number(score.target_b.baseline), "", "",
                       "", "", "", "", std::to_string(score.target_b.answered), std::to_string(score.target_b.scorable),
                       stage(score.target_b.baseline), ""});
    csv += q::CsvLine({"penetration_index", "ICT penetration index P", "", "",
                       score.penetration.index ? number(score.penetration.index->index) : "", "", "", "", "", "", "", "",
                       "", "", ""});
    return csv;
}

ReportFiles WriteReport(const q::AssessmentData& data, const s::ScoreResult& score, const ReportOptions& options,
                        const std::filesystem::path& pdf_path, const s::Comparison* comparison) {
    const ReportModel model = BuildReportModel(data, score, options, comparison);
    const RenderedPdf rendered = RenderReportPdf(model, options);
    ReportFiles files{pdf_path, Beside(pdf_path, "-scores.csv"), Beside(pdf_path, "-scores.json"), {}, rendered.pages,
                      rendered.bytes.size()};
    q::WriteFileAtomically(files.pdf, rendered.bytes);
    q::WriteFileAtomically(files.scores_csv, ScoresCsv(score));
    q::WriteFileAtomically(files.scores_json, s::ScoreResultJson(score) + "\n");
    if (comparison) {
        files.comparison_json = Beside(pdf_path, "-comparison.json");
        q::WriteFileAtomically(files.comparison_json, s::ComparisonJson(*comparison) + "\n");
    }
    return files;
}

}  // namespace c5::reports
