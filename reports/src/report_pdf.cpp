#include "c5/reports/report_pdf.h"

#include <cmath>
#include <optional>

#include <fmt/format.h>

#include "c5/questionnaire/atomic_file.h"
#include "c5/questionnaire/clock.h"
#include "c5/questionnaire/csv.h"
#include "c5/questionnaire/text_util.h"
#include "c5/reports/report_docx.h"
#include "c5/reports/report_text.h"
#include "c5/scoring/item_score.h"
#include "c5/scoring/score_json.h"
#include "c5/reports/charts.h"
#include "c5/reports/font_coverage.h"
#include "pdf_canvas.h"
#include "layout.h"
#include "page_furniture.h"
#include "report_stamp_pdf.h"

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
          m_layout(m_document, 50, 50, 62, 52), m_text(model.text) {
        m_document.SetLanguage(model.language);
        m_document.SetRightToLeft(m_text.RightToLeft());
        m_document.SetTagged(options.tagged);
    }

    RenderedPdf Render() {
        Step(0.05, "cover");
        Cover();
        Step(0.15, "summary");
        Summary();
        m_contents_at = m_document.Pages().size();  // the contents follow the summary
        m_contents_element_at = m_document.TopLevelCount();  // and are read after it
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
        Step(0.90, "pages");
        Contents();
        DrawPageFurniture(m_document, m_layout,
                          {m_model.marking, m_model.running_title, m_model.country + " " + m_model.year, true,
                           m_model.draft.marking},
                          Text());
        m_document.SetInfo(m_model.running_title, m_model.subtitle,
                           "WSIS C5, cybersecurity readiness, " + m_model.country + ", " + m_model.year,
                           q::NowUtc());
        if (!m_model.stamp_json.empty()) AddReportStamp(m_document, m_model.stamp_json);
        m_document.Check("draw the report");
        RenderedPdf rendered{m_document.Save(), static_cast<int>(m_document.Pages().size())};
        Step(1.0, "done");
        return rendered;
    }

private:
    // An entry of the table of contents: where a section or an annex pillar starts.
    struct ContentsEntry {
        std::string title;
        HPDF_Page page;
        float y;
        int level;
    };

    void Step(double fraction, std::string_view stage) {
        if (m_options.progress && !m_options.progress(fraction, stage)) throw ReportCancelled();
    }

    // A section: new page (or kept with `keep_with` points of what follows), title, bookmark,
    // contents entry.
    void Section(std::size_t index, bool new_page = true, float keep_with = 160) {
        if (new_page && !m_layout.AtPageTop()) m_layout.NewPage();
        const std::string& title = m_model.section_titles[index];
        const float title_height = m_layout.ParagraphHeight(title, kH1) + 16;
        m_layout.EnsureSpace(title_height + keep_with);
        m_document.AddOutline(nullptr, title, m_layout.Page(), m_layout.Y() + 10);
        m_contents.push_back({title, m_layout.Page(), m_layout.Y() + 10, 0});
        m_layout.Paragraph(title, kH1, 0, 2, Align::Left, "H1");
        m_layout.Line(m_layout.Left(), m_layout.Y(), m_layout.Right(), m_layout.Y(), kNavy, 1.0f);
        m_layout.Advance(10);
        m_section_has_h2 = false;
    }

    // Tagged H2, or H3 under an H2 of the same section: a section's first heading is never H3, so
    // that a screen reader's list of headings skips no level.
    void SubHeading(const std::string& text, const TextStyle& style = kH2, float room = 60) {
        const bool h2 = style.size == kH2.size || !m_section_has_h2;
        if (style.size == kH2.size) m_section_has_h2 = true;
        m_layout.Heading(text, style, room, 4, 3, h2 ? "H2" : "H3");
    }

    // A chart `height` high at the cursor, drawn by `draw`: one Figure element whose alternative
    // text says what it shows, with its box on the page.
    template <typename Draw>
    void Figure(const std::string& description, float height, Draw draw) {
        Tagged figure(m_document, "Figure");
        HPDF_Page page = m_layout.Page();
        m_document.SetAlternative(figure.Element(), description);
        m_document.SetBoundingBox(figure.Element(), page, m_layout.Left(), m_layout.Y() - height, m_layout.Right(),
                                  m_layout.Y());
        m_document.BeginMarked(page);
        draw();
        m_document.EndMarked(page);
    }

    void KeyValues(const std::vector<LabelValue>& rows, float label_width = 190) {
        m_layout.LabelValues(Pairs(rows), kBodyBold, kBody, label_width);
    }

    static std::vector<LabelValueRow> Pairs(const std::vector<LabelValue>& rows) {
        std::vector<LabelValueRow> pairs;
        for (const auto& row : rows) pairs.push_back({row.label, row.value});
        return pairs;
    }

    void Bullets(const std::vector<std::string>& items) { m_layout.Bullets(items, kBody); }

    std::vector<TableColumn> Columns(const std::vector<std::string>& headers, const std::vector<float>& fractions,
                                     const std::vector<Align>& aligns = {}) const {
        std::vector<TableColumn> columns;
        for (std::size_t i = 0; i < headers.size(); ++i)
            columns.push_back({headers[i], m_layout.Width() * fractions[i], i < aligns.size() ? aligns[i] : Align::Left});
        return columns;
    }

    // Lines of `text` in `style`, across the content width, from the baseline `y` down; returns
    // the baseline under them.
    float CoverLines(const std::string& text, const TextStyle& style, float y, std::string_view tag = "P") {
        Tagged element(m_document, tag);
        const WrappedText lines = m_layout.WrapBalanced(text, style, m_layout.Width());
        for (std::size_t i = 0; i < lines.size(); ++i) {
            m_layout.Text(m_layout.Left(), y, lines.Line(i), style, Align::Left, m_layout.Width());
            y -= style.leading;
        }
        return y;
    }

    void Cover() {
        const float width = m_layout.Width();
        float y = m_layout.Top() - 110;
        m_layout.FillRect(m_layout.Left(), y - 6, width, 4, kNavy);
        y -= 50;
        y = CoverLines(m_model.title, {FontStyle::Bold, 26, 32, kNavy}, y, "H1");
        y = CoverLines(m_model.subtitle, {FontStyle::Regular, 12, 16, kMuted}, y);
        y -= 40;
        y = CoverLines(m_model.country, {FontStyle::Bold, 30, 36, {0.13f, 0.13f, 0.15f}}, y);
        y = CoverLines(m_model.year, {FontStyle::Regular, 20, 26, kNavy}, y) - 8;
        if (m_model.fictional) {
            const TextStyle notice{FontStyle::Bold, 10, 13, {0.55f, 0.35f, 0.0f}};
            const auto lines = m_layout.Wrap(m_model.fictional_notice, notice, width - 16);
            const float height = static_cast<float>(lines.size()) * notice.leading + 7;
            m_layout.FillRect(m_layout.Left(), y - height + notice.size + 1, width, height, {0.99f, 0.95f, 0.85f});
            Tagged paragraph(m_document, "P");
            for (const auto& line : lines) {
                m_layout.Text(m_layout.BoxX(8, width - 16), y, line, notice, Align::Left, width - 16);
                y -= notice.leading;
            }
            y -= 21;
        }
        m_layout.SetY(y - 10);
        KeyValues(m_model.cover_facts, 130);
        if (m_model.draft.draft) DraftBox();
        m_document.AddOutline(nullptr, m_model.title, m_document.Pages().front(), m_document.PageHeight());
    }

    // Page 1 of a draft says why it is not a valid baseline and what is missing.
    void DraftBox() {
        const DraftNotice& draft = m_model.draft;
        m_layout.Advance(6);
        m_layout.Line(m_layout.Left(), m_layout.Y(), m_layout.Right(), m_layout.Y(), kMarking, 1.2f);
        m_layout.Advance(4);
        m_layout.Paragraph(draft.marking, {FontStyle::Bold, 13, 17, kMarking}, 0, 3);
        m_layout.Paragraph(draft.intro, kBody, 0, 3);
        // The cover ends here: long lists of what is missing continue on the next page.
        std::vector<std::string> missing = draft.missing;
        Bullets(missing);
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
        Bullets(m_model.target_summary);
    }

    const ReportText& Text() const { return m_text; }
    // A text of the C5 action line, in the quotation marks of the report's language.
    std::string Quoted(const std::string& text) const { return Text().Format("quoted", {{"text", text}}); }

    void Progress() {
        Section(10);
        const ProgressSection& progress = m_model.progress;
        m_layout.Paragraph(progress.intro, kBody, 0, 8);
        Table table(m_layout, Columns(progress.columns, {0.38f, 0.11f, 0.11f, 0.10f, 0.18f, 0.12f},
                                      {Align::Left, Align::Right, Align::Right, Align::Right, Align::Center,
                                       Align::Center}),
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

    // The national module, beside the C5 pillars and outside their overall score.
    void National() {
        const NationalSection& national = *m_model.national;
        Section(kSectionNational);
        SubHeading(national.title);
        m_layout.Paragraph(national.intro, kBody, 0, 8);
        KeyValues(national.figures);
        Table table(m_layout, Columns(national.columns, {0.50f, 0.12f, 0.38f}, {Align::Left, Align::Right, Align::Left}),
                    kTableBody, kTableHeader);
        for (const auto& row : national.rows) table.Row(row);
        table.Finish();
    }

    void Charts() {
        if (!m_model.charts_empty.empty()) {
            Section(2);
            m_layout.Paragraph(m_model.charts_empty, kBody, 0, 8);
            return;
        }
        constexpr float kRadarHeight = 356;
        Section(2);
        SubHeading(m_model.radar_title, kH3, kRadarHeight);
        Figure(RadarDescription(m_model.chart, Text()), kRadarHeight, [&] {
            PdfCanvas radar(m_layout, m_layout.Left(), m_layout.Y());
            DrawRadar(radar, m_layout.Width(), kRadarHeight, m_model.chart);
        });
        m_layout.Advance(kRadarHeight);
        const auto bars_height = static_cast<float>(BarsHeight(m_model.chart));
        SubHeading(m_model.bars_title, kH3, bars_height + 8);
        m_layout.Advance(8);
        float drawn = 0;
        Figure(BarsDescription(m_model.chart, Text()), bars_height, [&] {
            PdfCanvas bars(m_layout, m_layout.Left(), m_layout.Y());
            // Read from the right in Arabic: names at the right, bars growing leftwards.
            MirroredCanvas mirrored(bars, m_layout.Width());
            ChartCanvas& canvas = Text().RightToLeft() ? static_cast<ChartCanvas&>(mirrored) : bars;
            drawn = static_cast<float>(DrawBars(canvas, m_layout.Width(), m_model.chart));
        });
        m_layout.Advance(drawn);
    }

    void ProgressTarget(const TargetSection& target, bool first) {
        constexpr float kChartHeight = 150;
        if (!first) m_layout.Advance(8);
        // The heading, the figures and the chart on one page when they fit on one.
        float block = m_layout.LabelValuesHeight(Pairs(target.figures), kBodyBold, kBody, 230);
        if (!target.c5_text.empty()) block += m_layout.ParagraphHeight(Quoted(target.c5_text), kNote) + 6;
        for (const auto& note : target.notes) block += m_layout.ParagraphHeight(note, kBody) + 5;
        if (target.chart.trajectory.size() >= 2) block += kChartHeight + 10;
        SubHeading(target.title, kH2, block);
        if (!target.c5_text.empty()) m_layout.Paragraph(Quoted(target.c5_text), kNote, 0, 6);
        KeyValues(target.figures, 230);
        for (const auto& note : target.notes) m_layout.Paragraph(note, kBody, 0, 5);
        if (target.chart.trajectory.size() >= 2) {
            m_layout.EnsureSpace(kChartHeight + 10);
            Figure(TrajectoryDescription(target.chart, Text()), kChartHeight, [&] {
                PdfCanvas canvas(m_layout, m_layout.Left(), m_layout.Y());
                DrawTrajectory(canvas, m_layout.Width(), kChartHeight, target.chart);
            });
            m_layout.Advance(kChartHeight + 10);
        }
    }

    void Targets() {
        Section(3);
        ProgressTarget(m_model.target_a, true);
        ProgressTarget(m_model.target_b, false);
        const auto& child = m_model.target_c;
        m_layout.Advance(8);
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
        const TextStyle status = child.met || !child.decided ? kBodyBold : TextStyle{FontStyle::Bold, 9.5f, 13.0f, kMarking};
        float lead = m_layout.ParagraphHeight(child.status, status) + 6 +
                     m_layout.LabelValuesHeight(Pairs(child.figures), kBodyBold, kBody, 330);
        if (!child.c5_text.empty()) lead += m_layout.ParagraphHeight(Quoted(child.c5_text), kNote) + 6;
        SubHeading(child.title, kH2, lead + table.LeadHeight());
        if (!child.c5_text.empty()) m_layout.Paragraph(Quoted(child.c5_text), kNote, 0, 6);
        m_layout.Paragraph(child.status, status, 0, 6);
        KeyValues(child.figures, 330);
        table.Finish();
    }

    void Penetration() {
        Section(4, false, 120);
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

    Table AnswerTable(const std::vector<AnswerLine>& answers) {
        Table table(m_layout, Columns(m_model.answer_columns, {0.21f, 0.30f, 0.13f, 0.36f}), kTableBody, kTableHeader);
        for (const auto& answer : answers) table.Row(answer.cells);
        return table;
    }

    void Disagreements() {
        Section(5);
        m_layout.Paragraph(m_model.disagreements_intro, kBody, 0, 8);
        for (const auto& block : m_model.disagreements) {
            Table table = AnswerTable(block.answers);
            SubHeading(block.heading, kH3, m_layout.ParagraphHeight(block.subtitle, kNote) + 3 + table.LeadHeight());
            m_layout.Paragraph(block.subtitle, kNote, 0, 3);
            table.Finish();
            if (!block.consensus.empty()) m_layout.Paragraph(block.consensus, kBodyBold, 0, 6);
        }
    }

    void Recommendations() {
        Section(6, false);  // after the roadmap, on its page
        m_layout.Paragraph(m_model.recommendations_intro, kBody, 0, 8);
        if (m_model.recommendations.empty()) return;  // the intro says why; no empty table
        Table table(m_layout, Columns(m_model.recommendation_columns, {0.05f, 0.31f, 0.07f, 0.07f, 0.36f, 0.14f},
                                      {Align::Right, Align::Left, Align::Right, Align::Right, Align::Left, Align::Left}),
                    kTableBody, kTableHeader);
        for (const auto& row : m_model.recommendations) table.Row(row);
        table.Finish();
    }

    void Process() {
        Section(kSectionProcess);
        const ProcessSection& process = m_model.process;
        m_layout.Paragraph(process.intro, kBody, 0, 8);
        if (!process.rows.empty()) {
            Table table(m_layout, Columns(process.columns, {0.24f, 0.42f, 0.20f, 0.14f},
                                          {Align::Left, Align::Left, Align::Right, Align::Right}),
                        kTableBody, kTableHeader);
            for (const auto& row : process.rows) table.Row(row);
            table.Finish();
        }
        Bullets(process.notes);
    }

    void Findings() {
        Section(kSectionFindings);
        m_layout.Paragraph(m_model.findings_intro, kBody, 0, 8);
        for (const auto& pillar : m_model.findings) {
            // The heading keeps with the paragraph's first lines (all of a short one).
            SubHeading(pillar.heading, kH3, std::min(m_layout.ParagraphHeight(pillar.paragraph, kBody), 3 * kBody.leading) + 3);
            m_layout.Paragraph(pillar.paragraph, kBody, 0, 3);
            for (const auto& quote : pillar.quotes) m_layout.Paragraph(quote, kNote, 12, 2);
            m_layout.Advance(5);
        }
    }

    void Roadmap() {
        Section(kSectionRoadmap);
        const RoadmapSection& roadmap = m_model.roadmap;
        m_layout.Paragraph(roadmap.intro, kBody, 0, 8);
        if (roadmap.pillars.empty()) return;
        Table table(m_layout, Columns(roadmap.columns, {0.05f, 0.65f, 0.18f, 0.12f},
                                      {Align::Right, Align::Left, Align::Left, Align::Right}),
                    kTableBody, kTableHeader);
        for (const auto& pillar : roadmap.pillars) {
            table.Row({"", pillar.heading, "", ""}, {true, Rgb{0.88f, 0.91f, 0.95f}, {}});
            for (const auto& item : pillar.items) table.Row({item.rank, item.question + "\n" + item.step, item.lead, item.gain});
        }
        table.Finish();
    }

    void Limitations() {
        Section(kSectionLimitations, false);
        Bullets(m_model.limitations);
    }

    void ScoringAnnex() {
        Section(kSectionScoringAnnex);
        const auto& annex = m_model.scoring_annex;
        m_layout.Paragraph(annex.intro, kBody, 0, 8);
        for (const auto& pillar : annex.pillars) {
            Table table(m_layout, Columns(annex.columns, {0.11f, 0.12f, 0.38f, 0.39f},
                                          {Align::Left, Align::Right, Align::Left, Align::Left}),
                        kTableBody, kTableHeader);
            for (const auto& row : pillar.rows) table.Row(row);
            // The pillar's heading stays with its table's header and first row, however tall.
            SubHeading(pillar.heading, kH3, pillar.rows.empty() ? 60 : table.LeadHeight());
            table.Finish();
        }
    }

    void Methodology() {
        Section(7);
        for (const auto& paragraph : m_model.methodology_paragraphs) m_layout.Paragraph(paragraph, kBody, 0, 6);
        m_layout.Advance(4);
        Table parameters(m_layout, Columns(m_model.parameter_columns, {0.32f, 0.68f}), kTableBody, kTableHeader);
        for (const auto& row : m_model.parameters) parameters.Row(row);
        parameters.Finish();
        if (!m_model.weights.empty()) {  // no pillar weighted yet (nothing scored): no empty table
            Table weights(m_layout, Columns(m_model.weight_columns, {0.80f, 0.20f}, {Align::Left, Align::Right}),
                          kTableBody, kTableHeader);
            for (const auto& row : m_model.weights) weights.Row(row);
            weights.Finish();
        }
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
            // A pillar's heading stays with its first question's heading and status.
            float first = 0;
            if (!pillar.questions.empty())
                first = m_layout.ParagraphHeight(pillar.questions.front().heading, kH3) + 7 +
                        m_layout.ParagraphHeight(pillar.questions.front().status, kNote) + 3 +
                        (pillar.questions.front().answers.empty()
                             ? 4
                             : AnswerTable(pillar.questions.front().answers).LeadHeight());
            SubHeading(pillar.heading, kH2, first + 40);
            m_contents.push_back({pillar.heading, m_layout.Page(), m_layout.Y() + 20, 1});
            if (!annex) annex = m_document.AddOutline(nullptr, m_model.section_titles[8] + " — " + pillar.heading,
                                                      m_layout.Page(), m_layout.Y() + 20);
            for (const auto& question : pillar.questions) {
                Table table = AnswerTable(question.answers);
                float lead = question.status.empty() ? 0 : m_layout.ParagraphHeight(question.status, kNote) + 3;
                lead += question.answers.empty() ? 4 : table.LeadHeight();
                SubHeading(question.heading, kH3, lead);
                if (!question.status.empty()) m_layout.Paragraph(question.status, kNote, 0, 3);
                if (!question.answers.empty()) table.Finish();
                else m_layout.Advance(4);
            }
            annex = nullptr;
        }
    }

    void SignOff() {
        Section(9, false, 260);
        m_layout.Paragraph(m_model.fingerprint_note, kNote, 0, 8);
        if (m_model.draft.draft) {
            // No block to sign: a draft is not a baseline.
            m_layout.Paragraph(m_model.draft.no_signoff, {FontStyle::Bold, 9.5f, 13.0f, kMarking}, 0, 6);
            return;
        }
        m_layout.Paragraph(m_model.signoff_intro, kBody, 0, 12);
        const float column = m_layout.Width() / 2;
        const float field_width = column - 24;
        const float top = m_layout.Y();
        float lowest = top;
        const TextStyle field_style{FontStyle::Regular, 7.5f, 9, kMuted};
        // Role and name wrap within their column, never into the other; the signature lines of
        // both columns start at the same height.
        std::vector<std::vector<std::string>> roles;
        std::vector<std::vector<std::string>> names;
        std::size_t role_lines = 1;
        std::size_t name_lines = 0;
        for (std::size_t role = 0; role < m_model.signoff_roles.size(); ++role) {
            roles.push_back(m_layout.Wrap(m_model.signoff_roles[role], kH3, field_width));
            const std::string& name = role < m_model.signoff_prefilled.size() ? m_model.signoff_prefilled[role] : "";
            names.push_back(name.empty() ? std::vector<std::string>{} : m_layout.Wrap(name, kBody, field_width));
            role_lines = std::max(role_lines, roles.back().size());
            name_lines = std::max(name_lines, names.back().size());
        }
        const float fields_top =
            top - 14 - static_cast<float>(role_lines) * kH3.leading - static_cast<float>(name_lines) * kBody.leading;
        for (std::size_t role = 0; role < roles.size(); ++role) {
            const float x = m_layout.BoxX(column * static_cast<float>(role), field_width);
            float y = top - 14;
            for (const auto& line : roles[role]) {
                m_layout.Text(x, y, line, kH3, Align::Left, field_width);
                y -= kH3.leading;
            }
            for (const auto& line : names[role]) {
                y -= kBody.leading;
                m_layout.Text(x, y + kH3.leading - 2, line, kBody, Align::Left, field_width);
            }
            y = fields_top;
            for (const auto& field : m_model.signoff_fields) {
                y -= 34;
                m_layout.Line(x, y, x + field_width, y, {0.35f, 0.37f, 0.40f}, 0.6f);
                m_layout.Text(x, y - 10, field, field_style, Align::Left, field_width);
            }
            lowest = std::min(lowest, y - 20);
        }
        m_layout.SetY(lowest);
    }

    // The table of contents, on pages inserted after the summary, with each section's page
    // number and a link to it. A title too long for its line wraps (a cut "…" hid what Russian
    // and French titles say); the page number stands on its last line.
    void Contents() {
        if (m_contents_at >= m_document.Pages().size()) return;
        constexpr float kNumberWidth = 30;
        constexpr float kEntryGap = 3;
        const auto style_of = [](const ContentsEntry& entry) { return entry.level == 0 ? kBodyBold : kBody; };
        const auto indent_of = [](const ContentsEntry& entry) { return entry.level == 0 ? 0.0f : 14.0f; };
        const auto title_width = [&](const ContentsEntry& entry) {
            return m_layout.Width() - indent_of(entry) - kNumberWidth - 8;
        };
        std::vector<std::vector<std::string>> lines;
        for (const auto& entry : m_contents) lines.push_back(m_layout.Wrap(entry.title, style_of(entry), title_width(entry)));
        // Pages first: the entries that fit below the heading of each contents page.
        const float page_room = m_layout.Top() - m_layout.Bottom() - 60;
        std::vector<std::size_t> first_on_page = {0};
        float used = 0;
        for (std::size_t i = 0; i < m_contents.size(); ++i) {
            const float height = static_cast<float>(lines[i].size()) * style_of(m_contents[i]).leading + kEntryGap;
            if (used + height > page_room && used > 0) {
                first_on_page.push_back(i);
                used = 0;
            }
            used += height;
        }
        for (std::size_t i = 0; i < first_on_page.size(); ++i) m_document.InsertPage(m_contents_at + i);
        const std::string title = Text().Get("section_contents");
        // Read where the contents stand, after the summary, though drawn last.
        m_document.SetTopLevelPosition(m_contents_element_at);
        std::optional<Tagged> contents;
        std::size_t page = 0;
        for (std::size_t i = 0; i < m_contents.size(); ++i) {
            if (page < first_on_page.size() && first_on_page[page] == i) {
                m_layout.UsePage(m_document.Pages()[m_contents_at + page]);
                {
                    // The title again on a later page of the contents is not read again.
                    std::optional<ArtifactScope> repeated;
                    if (page > 0) repeated.emplace(m_document, m_layout.Page());
                    m_layout.Paragraph(title, kH1, 0, 2, Align::Left, "H1");
                }
                if (page == 0) contents.emplace(m_document, "TOC");
                m_layout.Line(m_layout.Left(), m_layout.Y(), m_layout.Right(), m_layout.Y(), kNavy, 1.0f);
                m_layout.Advance(12);
                ++page;
            }
            const ContentsEntry& entry = m_contents[i];
            Tagged item(m_document, "TOCI");
            const TextStyle style = style_of(entry);
            const float indent = indent_of(entry);
            const float width = title_width(entry);
            m_layout.Advance(kEntryGap);
            float first_baseline = 0;
            float baseline = 0;
            for (const auto& line : lines[i]) {
                m_layout.Advance(style.leading);
                baseline = m_layout.Y() + 3;
                if (&line == &lines[i].front()) first_baseline = baseline;
                m_layout.Text(m_layout.BoxX(indent, width), baseline, line, style, Align::Left, width);
            }
            const std::string number = std::to_string(m_document.PageIndex(entry.page) + 1);
            m_layout.Text(m_layout.BoxX(m_layout.Width() - kNumberWidth, kNumberWidth), baseline, number, style,
                          Align::Right, kNumberWidth);
            // A dotted leader from the end of the title's last line to its page number.
            const float title_end = static_cast<float>(m_layout.Measure(style, lines[i].empty() ? "" : lines[i].back())) + indent + 4;
            const float leader_from = m_layout.BoxX(title_end, 0);
            const float leader_to = m_layout.BoxX(m_layout.Width() - kNumberWidth + 2, 0);
            if (std::abs(leader_to - leader_from) > 10)
                m_layout.Line(leader_from, baseline + 1, leader_to, baseline + 1, kMuted, 0.5f, true);
            m_document.InternalLink(m_layout.Page(), m_layout.Left(), baseline - 3, m_layout.Right(),
                                    first_baseline + style.size, entry.page, entry.y);
        }
        contents.reset();
        m_document.SetTopLevelPosition(std::nullopt);
    }

    const ReportModel& m_model;
    const ReportOptions& m_options;
    PdfDocument m_document;
    Layout m_layout;
    ReportText m_text;
    std::vector<ContentsEntry> m_contents;
    std::size_t m_contents_at = 0;
    std::size_t m_contents_element_at = 0;
    bool m_section_has_h2 = false;
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
                        const std::filesystem::path& path, const s::Comparison* comparison) {
    ReportFiles files;
    files.scores_csv = Beside(path, "-scores.csv");
    files.scores_json = Beside(path, "-scores.json");
    if (comparison) files.comparison_json = Beside(path, "-comparison.json");
    // All or nothing: no output is written when one of them would replace an assessment.
    for (const auto& output : {path, files.scores_csv, files.scores_json, files.comparison_json})
        if (!output.empty()) q::CheckOutputTarget(output);
    if (options.format == ReportFormat::Pdf) {
        // Boxes where the words should be are worse than no report: say which characters lack a font.
        const auto missing = CharactersWithoutFont(data.instrument, options.language, options.font_folders);
        if (!missing.empty())
            throw ReportError(fmt::format(
                "the report in {} cannot be written as PDF: no font the kit embeds has {} of the characters of its "
                "texts ({}), which would print as empty boxes; write it as DOCX (the reader's fonts draw it), or in "
                "another language",
                options.language, missing.size(), CharacterList(missing)));
    }
    const ReportModel model = BuildReportModel(data, score, options, comparison);
    if (options.format == ReportFormat::Docx) {
        const std::string bytes = RenderReportDocx(model, options);
        files.docx = path;
        files.docx_bytes = bytes.size();
        q::WriteFileAtomically(path, bytes);
    } else {
        const RenderedPdf rendered = RenderReportPdf(model, options);
        files.pdf = path;
        files.pages = rendered.pages;
        files.pdf_bytes = rendered.bytes.size();
        q::WriteFileAtomically(path, rendered.bytes);
    }
    q::WriteFileAtomically(files.scores_csv, ScoresCsv(score));
    q::WriteFileAtomically(files.scores_json, s::ScoreResultJson(score) + "\n");
    if (comparison) q::WriteFileAtomically(files.comparison_json, s::ComparisonJson(*comparison) + "\n");
    return files;
}

}  // namespace c5::reports
