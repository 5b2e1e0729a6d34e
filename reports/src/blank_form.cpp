#include "c5/reports/blank_form.h"

#include "c5/questionnaire/atomic_file.h"
#include "c5/questionnaire/clock.h"
#include "c5/questionnaire/instrument_text.h"
#include "c5/questionnaire/text_util.h"
#include "c5/reports/answer_labels.h"
#include "c5/reports/report_text.h"
#include "layout.h"
#include "page_furniture.h"

namespace c5::reports {
namespace q = c5::questionnaire;
using namespace detail;

namespace {

constexpr Rgb kNavy{0.16f, 0.27f, 0.42f};
constexpr Rgb kMuted{0.42f, 0.44f, 0.48f};
constexpr Rgb kRule{0.60f, 0.62f, 0.66f};
const TextStyle kQuestion{FontStyle::Bold, 9.5f, 12.5f, {0.13f, 0.13f, 0.15f}};
const TextStyle kOption{FontStyle::Regular, 8.5f, 11.0f, {0.13f, 0.13f, 0.15f}};
// Guidance is read from photocopies: no smaller than 9 pt, and dark.
const TextStyle kGuidance{FontStyle::Italic, 9.0f, 11.5f, {0.22f, 0.24f, 0.27f}};
const TextStyle kLabel{FontStyle::Bold, 8.0f, 11.0f, kNavy};
constexpr float kBox = 8.0f;

// One printed line of a question block; measured first, so a block is never split needlessly.
struct FormLine {
    enum class Kind { Text, Box, Boxes, Rule, Space } kind = Kind::Text;
    std::string text;
    std::vector<std::string> options;  // Boxes: one box per label, on one line
    TextStyle style = kOption;
    float indent = 0;
    float height = 0;
};

class FormWriter {
public:
    FormWriter(const q::Instrument& instrument, const ReportOptions& options)
        : m_instrument(instrument), m_options(options), m_text(options.language, instrument), m_lang(options.language),
          m_document(options.paper, options.font_folders), m_layout(m_document, 50, 50, 62, 52) {
        m_document.SetLanguage(m_lang);
        m_document.SetRightToLeft(m_text.RightToLeft());
    }

    RenderedPdf Render() {
        Header();
        for (const q::Pillar* pillar : m_instrument.Sections()) {  // the national module last
            PillarHeading(*pillar);
            for (const auto& question : pillar->questions) QuestionBlock(question);
        }
        DrawPageFurniture(m_document, m_layout,
                          {m_options.marking, m_text.Get("form_title"),
                           m_instrument.id + "\u00A0" + m_instrument.version, false, {}},
                          m_text);
        RespondentOnEveryPage();
        m_document.SetInfo(m_text.Get("form_title"), Shown(q::InstrumentText(m_instrument, "title", m_lang)),
                           "WSIS C5, questionnaire", q::NowUtc());
        return {m_document.Save(), static_cast<int>(m_document.Pages().size())};
    }

private:
    void Header() {
        m_layout.Title(m_text.Get("form_title"), {FontStyle::Bold, 17, 22, kNavy}, 4);
        m_layout.Paragraph(Shown(q::InstrumentText(m_instrument, "title", m_lang)) +
                               m_text.Bracketed(m_instrument.id + "\u00A0" + m_instrument.version),
                           kGuidance, 0, 8);
        m_layout.Paragraph(m_text.Get("form_intro"), {FontStyle::Regular, 9, 12.5f, {0.13f, 0.13f, 0.15f}}, 0, 10);
        constexpr float kLabelWidth = 170;
        for (const char* field : {"form_respondent", "form_group", "form_role", "form_date"}) {
            m_layout.Advance(20);
            m_layout.Text(m_layout.BoxX(0, kLabelWidth - 6), m_layout.Y() + 3,
                          Ellipsize(m_text.Get(field), kLabelWidth - 6,
                                    [&](std::string_view text) { return m_layout.Measure(kLabel, text); }),
                          kLabel, Align::Left, kLabelWidth - 6);
            Rule(kLabelWidth, m_layout.Width(), m_layout.Y() + 1);
        }
        m_layout.Advance(14);
    }

    void PillarHeading(const q::Pillar& pillar) {
        std::string title = pillar.id + " " + Shown(q::PillarText(pillar, "title", m_lang));
        if (pillar.optional) title += " — " + m_text.Get("form_optional_pillar");
        const TextStyle title_style{FontStyle::Bold, 12.5f, 16, kNavy};
        const std::string quote = m_text.Format("quoted", {{"text", Shown(q::PillarText(pillar, "c5_text", m_lang))}});
        // The heading and its quotation stay on the page of the pillar's first question block, never
        // alone at the foot of the page before it.
        const float quote_height = pillar.c5_text.empty() ? 0 : m_layout.ParagraphHeight(quote, kGuidance) + 4;
        const float heading = 6 + m_layout.ParagraphHeight(title, title_style) + 2 + quote_height + 6;
        float first_block = 0;
        if (!pillar.questions.empty())
            for (const auto& line : BuildBlock(pillar.questions.front())) first_block += line.height;
        const float keep = heading + first_block;
        m_layout.EnsureSpace(keep <= m_layout.Top() - m_layout.Bottom() ? keep : heading + 160);
        m_layout.Advance(6);
        m_document.AddOutline(nullptr, title, m_layout.Page(), m_layout.Y() + 10);
        m_layout.Paragraph(title, title_style, 0, 2, Align::Left, "H2");  // a screen reader lists the pillars
        if (!pillar.c5_text.empty()) m_layout.Paragraph(quote, kGuidance, 0, 4);  // the national module has none
        m_layout.Line(m_layout.Left(), m_layout.Y(), m_layout.Right(), m_layout.Y(), kNavy, 0.8f);
        m_layout.Advance(6);
    }

    void Wrapped(std::vector<FormLine>& lines, const std::string& text, const TextStyle& style, float indent,
                 FormLine::Kind first_kind = FormLine::Kind::Text) {
        const float box = first_kind == FormLine::Kind::Box ? kBox + 6 : 0;
        const auto wrapped = m_layout.Wrap(text, style, m_layout.Width() - indent - box);
        for (std::size_t i = 0; i < wrapped.size(); ++i) {
            FormLine line;
            line.kind = i == 0 ? first_kind : FormLine::Kind::Text;
            line.text = wrapped[i];
            line.style = style;
            line.indent = indent + (i == 0 ? 0 : box);
            line.height = style.leading;
            lines.push_back(line);
        }
    }

    std::vector<FormLine> BuildBlock(const q::Question& question) {
        std::vector<FormLine> lines;
        Wrapped(lines, question.id + "  " + Shown(q::QuestionText(question, "text", m_lang)), kQuestion, 0);
        if (question.show_if) {
            const q::Question* condition = m_instrument.FindQuestion(question.show_if->question_id);
            std::string values;
            for (const auto& value : question.show_if->values)
                values += (values.empty() ? "" : m_text.Get("list_separator")) + (condition ? AnswerLabel(*condition, value, m_text, m_lang) : value);
            Wrapped(lines, m_text.Format("form_only_if", {{"question", question.show_if->question_id}, {"values", values}}),
                    {FontStyle::Bold, 8, 10.5f, {0.55f, 0.35f, 0.0f}}, 0);
        }
        Wrapped(lines, m_text.Get("form_guidance") + m_text.Get("label_separator") + Shown(q::QuestionText(question, "guidance", m_lang)),
                kGuidance, 0);
        lines.push_back({FormLine::Kind::Space, "", {}, kOption, 0, 3});
        switch (question.type) {
            case q::QuestionType::Maturity:
                for (int level = 0; level < q::kStageCount; ++level)
                    Wrapped(lines, std::to_string(level) + " · " + m_text.Get("stage_" + std::to_string(level)) + " — " +
                                       Shown(q::LevelText(question, level, m_lang)),
                            kOption, 6, FormLine::Kind::Box);
                break;
            case q::QuestionType::YesPartialNo:
                lines.push_back({FormLine::Kind::Boxes, "", {m_text.Get("yes"), m_text.Get("partial"), m_text.Get("no")},
                                 kOption, 6, kOption.leading + 2});
                break;
            case q::QuestionType::SingleChoice:
            case q::QuestionType::MultipleChoice:
                if (question.type == q::QuestionType::MultipleChoice)
                    Wrapped(lines, m_text.Get("form_several"), kGuidance, 6);
                for (const auto& choice : question.choices)
                    Wrapped(lines, Shown(q::ChoiceLabel(question, choice, m_lang)), kOption, 6, FormLine::Kind::Box);
                break;
            case q::QuestionType::Number:
            case q::QuestionType::Percent: {
                std::string unit = question.type == q::QuestionType::Percent
                                       ? "%"
                                       : Shown(q::QuestionText(question, "unit", m_lang));
                std::string note = m_text.Format(
                    "form_goalposts", {{"low", m_text.Number(question.goalposts->low, 0)},
                                       {"high", m_text.Number(question.goalposts->high, 0)}});
                lines.push_back({FormLine::Kind::Rule, m_text.Get("form_number"), {unit + "   (" + note + ")"}, kLabel,
                                 6, 20});
                break;
            }
            case q::QuestionType::Text:
                for (int i = 0; i < 3; ++i) lines.push_back({FormLine::Kind::Rule, i == 0 ? m_text.Get("form_text") : "", {}, kLabel, 6, 18});
                break;
        }
        if (question.Scored()) {
            // "Don't know" is left unanswered when typed in; it tells the typist the blank is deliberate.
            std::vector<std::string> boxes;
            if (question.na_allowed) boxes.push_back(m_text.Get("form_na"));
            boxes.push_back(m_text.Get("form_dont_know"));
            lines.push_back({FormLine::Kind::Boxes, "", boxes, kOption, 6, kOption.leading + 2});
        }
        if (question.Scored())
            lines.push_back({FormLine::Kind::Boxes, m_text.Get("form_confidence"),
                             {m_text.Get("confidence_low"), m_text.Get("confidence_medium"), m_text.Get("confidence_high")},
                             kOption, 6, kOption.leading + 4});
        Wrapped(lines, m_text.Get("form_evidence") + m_text.Get("label_separator") + Shown(q::QuestionText(question, "evidence_prompt", m_lang)),
                kGuidance, 6);
        for (int i = 0; i < 4; ++i) lines.push_back({FormLine::Kind::Rule, "", {}, kLabel, 6, 17});
        lines.push_back({FormLine::Kind::Space, "", {}, kOption, 0, 12});
        return lines;
    }

    // Pages come apart: each one carries a line for the respondent's name, in the footer's middle.
    void RespondentOnEveryPage() {
        const std::string label = m_text.Get("form_respondent_short");
        const TextStyle style{FontStyle::Bold, 7.5f, 9, kNavy};
        const auto label_width = static_cast<float>(m_layout.Measure(style, label));
        constexpr float kLine = 150;
        const float left = (m_document.PageWidth() - label_width - 6 - kLine) / 2;
        const bool rtl = m_document.RightToLeft();
        for (HPDF_Page page : m_document.Pages()) {
            const float label_x = rtl ? left + kLine + 6 : left;
            const float line_x = rtl ? left : left + label_width + 6;
            m_document.ShowText(page, style.font, style.size, label_x, 30, label, style.color);
            HPDF_Page_SetRGBStroke(page, kRule.r, kRule.g, kRule.b);
            HPDF_Page_SetLineWidth(page, 0.5f);
            HPDF_Page_MoveTo(page, line_x, 29);
            HPDF_Page_LineTo(page, line_x + kLine, 29);
            HPDF_Page_Stroke(page);
        }
    }

    // A tick box `offset` from the start edge (the right edge in Arabic), on the line of `baseline`.
    void Box(float offset, float baseline) {
        m_layout.StrokeRect(m_layout.BoxX(offset, kBox), baseline - 1, kBox, kBox, {0.25f, 0.27f, 0.30f}, 0.7f);
    }

    // Text from `offset` to the end of the line (or `width` wide), mirrored right to left.
    void Put(float offset, float baseline, const std::string& text, const TextStyle& style, float width = 0) {
        if (width <= 0) width = m_layout.Width() - offset;
        m_layout.Text(m_layout.BoxX(offset, width), baseline, text, style, Align::Left, width);
    }

    // A writing line from `from` to `to`, measured from the start edge.
    void Rule(float from, float to, float y) {
        const float x = m_layout.BoxX(from, to - from);
        m_layout.Line(x, y, x + (to - from), y, kRule, 0.5f);
    }

    void QuestionBlock(const q::Question& question) {
        const auto lines = BuildBlock(question);
        float total = 0;
        for (const auto& line : lines) total += line.height;
        if (total <= m_layout.Top() - m_layout.Bottom()) m_layout.EnsureSpace(total);
        bool first = true;
        for (const auto& line : lines) {
            const HPDF_Page page = m_layout.Page();
            m_layout.EnsureSpace(line.height);
            if (!first && m_layout.Page() != page) {
                // A block that runs over a page names its question again, for the typist.
                m_layout.Advance(kLabel.leading);
                Put(0, m_layout.Y() + 3, question.id + " …", kLabel);
            }
            first = false;
            m_layout.Advance(line.height);
            const float x = line.indent;
            const float baseline = m_layout.Y() + 3;
            switch (line.kind) {
                case FormLine::Kind::Text: Put(x, baseline, line.text, line.style); break;
                case FormLine::Kind::Box:
                    Box(x, baseline);
                    Put(x + kBox + 6, baseline, line.text, line.style);
                    break;
                case FormLine::Kind::Boxes: {
                    // Each box before its label, in reading order: box, label, box, label …
                    float at = x;
                    if (!line.text.empty()) {
                        const auto width = static_cast<float>(m_layout.Measure(kLabel, line.text));
                        Put(at, baseline, line.text, kLabel, width);
                        at += width + 12;
                    }
                    for (const auto& option : line.options) {
                        const auto width = static_cast<float>(m_layout.Measure(line.style, option));
                        Box(at, baseline);
                        Put(at + kBox + 5, baseline, option, line.style, width);
                        at += kBox + 5 + width + 22;
                    }
                    break;
                }
                case FormLine::Kind::Rule: {
                    float at = x;
                    if (!line.text.empty()) {
                        const auto width = static_cast<float>(m_layout.Measure(kLabel, line.text));
                        Put(at, baseline, line.text, kLabel, width);
                        at += width + 8;
                    }
                    const float end = line.options.empty() ? m_layout.Width() : std::min(m_layout.Width(), at + 140);
                    Rule(at, end, m_layout.Y() + 1);
                    if (!line.options.empty()) Put(end + 6, baseline, line.options.front(), kGuidance);
                    break;
                }
                case FormLine::Kind::Space: break;
            }
        }
    }

    const q::Instrument& m_instrument;
    const ReportOptions& m_options;
    ReportText m_text;
    std::string m_lang;
    PdfDocument m_document;
    Layout m_layout;
};

}  // namespace

RenderedPdf RenderBlankFormPdf(const q::Instrument& instrument, const ReportOptions& options) {
    return FormWriter(instrument, options).Render();
}

int WriteBlankForm(const q::Instrument& instrument, const ReportOptions& options, const std::filesystem::path& pdf_path) {
    const RenderedPdf rendered = RenderBlankFormPdf(instrument, options);
    q::WriteFileAtomically(pdf_path, rendered.bytes);
    return rendered.pages;
}

}  // namespace c5::reports
