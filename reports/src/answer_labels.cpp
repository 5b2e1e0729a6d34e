#include "c5/reports/report_text.h"
#include "c5/reports/answer_labels.h"

#include "c5/questionnaire/answer_value.h"
#include "c5/questionnaire/instrument_text.h"
#include "c5/questionnaire/text_util.h"

namespace c5::reports {
namespace q = c5::questionnaire;

std::string AnswerLabel(const q::Question& question, const std::optional<std::string>& value, const ReportText& text,
                        std::string_view language) {
    if (!value) return text.Get("answer_na");
    switch (question.type) {
        case q::QuestionType::Maturity: {
            const auto level = q::ParseInteger(*value);
            if (!level || *level < 0 || *level > 4) return *value;
            return *value + " · " + text.Get("stage_" + *value);
        }
        case q::QuestionType::YesPartialNo: return text.Get(*value);
        case q::QuestionType::SingleChoice:
        case q::QuestionType::MultipleChoice: {
            std::string labels;
            for (const auto& id : q::SplitChoiceIds(*value)) {
                const q::Choice* choice = question.FindChoice(id);
                labels += (labels.empty() ? "" : text.Get("item_separator")) + (choice ? Shown(q::ChoiceLabel(question, *choice, language)) : id);
            }
            return labels;
        }
        case q::QuestionType::Number:
        case q::QuestionType::Percent: {
            const auto number = q::ParseNumber(*value);
            if (!number) return *value;
            const std::string shown = text.Number(*number, *number == static_cast<long long>(*number) ? 0 : 1);
            if (question.type == q::QuestionType::Percent) return shown + " %";
            const std::string& unit = Shown(q::QuestionText(question, "unit", language));
            return unit.empty() ? shown : shown + " " + unit;
        }
        case q::QuestionType::Text: return *value;
    }
    return *value;
}

}  // namespace c5::reports
