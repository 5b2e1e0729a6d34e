#include "c5/scoring/prepared.h"

#include <algorithm>
#include <map>

#include <fmt/format.h>

#include "c5/questionnaire/completion.h"
#include "c5/scoring/ahp.h"
#include "c5/scoring/error.h"
#include "c5/scoring/item_score.h"

namespace c5::scoring {
namespace q = c5::questionnaire;
namespace {

// Pillar weights W_p from the settings; pillars outside the overall score get 0.
void AssignPillarWeights(const q::ScoringSettings& settings, PreparedAssessment& prepared) {
    using Weighting = q::ScoringSettings::Weighting;
    if (settings.weighting == Weighting::Budget) {
        double total = 0;
        for (auto& pillar : prepared.pillars) {
            const auto points = settings.budget_points.find(pillar.id);
            pillar.weight = points == settings.budget_points.end() ? 0.0 : points->second;
            if (pillar.included && points == settings.budget_points.end())
                prepared.warnings.push_back(fmt::format("budget weighting: {} has no points, so weight 0", pillar.id));
            if (pillar.included) total += pillar.weight;
        }
        if (!(total > 0)) throw ScoringError("budget weighting: the included pillars have no points; give points "
                                             "to at least one pillar");
    } else if (settings.weighting == Weighting::Ahp) {
        if (settings.ahp_matrices.empty())
            throw ScoringError("AHP weighting is chosen but no pairwise comparison matrix has been entered");
        std::vector<Eigen::MatrixXd> matrices;
        const auto n = static_cast<Eigen::Index>(settings.ahp_pillars.size());
        for (const auto& [name, rows] : settings.ahp_matrices) {
            Eigen::MatrixXd matrix(n, n);
            for (Eigen::Index i = 0; i < n; ++i)
                for (Eigen::Index j = 0; j < n; ++j)
                    matrix(i, j) = rows.at(static_cast<std::size_t>(i)).at(static_cast<std::size_t>(j));
            try {
                CheckPairwiseMatrix(matrix);
            } catch (const ScoringError& error) {
                throw ScoringError(fmt::format("AHP matrix of {}: {}", name, error.what()));
            }
            matrices.push_back(std::move(matrix));
        }
        const AhpResult ahp = ComputeAhp(CombineGeometric(matrices));
        for (const auto& warning : ahp.warnings) prepared.warnings.push_back("AHP: " + warning);
        if (!ahp.Consistent())
            prepared.warnings.push_back(fmt::format("AHP: consistency ratio {:.3f} is 0.10 or more; revisit the "
                                                    "pairwise judgements",
                                                    ahp.cr));
        for (auto& pillar : prepared.pillars) {
            const auto at = std::find(settings.ahp_pillars.begin(), settings.ahp_pillars.end(), pillar.id);
            if (at == settings.ahp_pillars.end()) {
                if (pillar.included)
                    throw ScoringError(fmt::format("AHP weighting: {} is included in the overall score but not "
                                                   "compared in the AHP matrices ({})",
                                                   pillar.id, fmt::join(settings.ahp_pillars, ", ")));
                pillar.weight = 0;
            } else {
                pillar.weight = ahp.weights(at - settings.ahp_pillars.begin());
            }
        }
    } else {
        for (auto& pillar : prepared.pillars) pillar.weight = 1;
    }
    for (auto& pillar : prepared.pillars)
        if (!pillar.included) pillar.weight = 0;
}

}  // namespace

double ConfidenceShift::For(q::Confidence confidence) const {
    switch (confidence) {
        case q::Confidence::Low: return low;
        case q::Confidence::Medium: return medium;
        case q::Confidence::High: return high;
    }
    return medium;
}

double Median(std::vector<double>& values) {
    const std::size_t n = values.size();
    const auto middle = values.begin() + static_cast<std::ptrdiff_t>(n / 2);
    std::nth_element(values.begin(), middle, values.end());
    if (n % 2 == 1) return *middle;
    const double upper = *middle;
    const double lower = *std::max_element(values.begin(), middle);
    return (lower + upper) / 2.0;
}

PreparedAssessment Prepare(const q::AssessmentData& data, const ConfidenceShift& shift) {
    PreparedAssessment prepared;
    const q::Instrument& instrument = data.instrument;
    for (const auto& pillar : instrument.pillars) {
        const bool enabled = std::find(data.settings.included_optional_pillars.begin(),
                                       data.settings.included_optional_pillars.end(),
                                       pillar.id) != data.settings.included_optional_pillars.end();
        prepared.pillars.push_back({pillar.id, pillar.title, pillar.optional, !pillar.optional || enabled, 1.0});
    }
    if (const auto& module = instrument.national_module)
        prepared.pillars.push_back({module->id, module->title, false, false, 0.0, true});
    AssignPillarWeights(data.settings, prepared);

    // Respondents in file order; each answer found by (respondent index, question).
    std::map<long long, int> respondent_index;
    for (const auto& respondent : data.respondents)
        respondent_index.emplace(respondent.id, static_cast<int>(respondent_index.size()));
    prepared.respondents = static_cast<int>(respondent_index.size());
    std::map<std::pair<int, std::string>, const q::Answer*> answers;
    for (const auto& answer : data.answers) {
        const auto found = respondent_index.find(answer.respondent_id);
        if (found != respondent_index.end()) answers[{found->second, answer.question_id}] = &answer;
    }
    std::map<std::string, const q::ConsensusAnswer*, std::less<>> consensus;
    for (const auto& settled : data.consensus) consensus[settled.question_id] = &settled;

    // Visibility: a respondent's own answers decide show_if, except where the workshop settled the
    // condition question by consensus.
    std::vector<q::AnswerLookup> lookups;
    for (const auto& respondent : data.respondents) lookups.push_back(q::ScoringAnswersOf(data, respondent.id));
    const auto R = static_cast<std::size_t>(prepared.respondents);
    const auto sections = instrument.Sections();  // the national module's items come last
    for (std::size_t p = 0; p < sections.size(); ++p) {
        const bool national = sections[p]->national;
        for (const auto& question : sections[p]->questions) {
            if (!question.Scored()) continue;
            PreparedItem item;
            item.question = &question;
            item.pillar = static_cast<int>(p);
            item.weight = question.weight;
            item.exposure = question.exposure;
            item.transborder = !national && question.HasTag("transborder");
            item.child_protection = !national && question.HasTag("cop_mandatory");
            const std::size_t i = prepared.items.size();
            prepared.cell_state.resize((i + 1) * R, CellState::Unanswered);
            prepared.cell_score.resize((i + 1) * R, 0.0);
            prepared.cell_down.resize((i + 1) * R, 0.0);
            prepared.cell_up.resize((i + 1) * R, 0.0);
            prepared.cell_shift.resize((i + 1) * R, 0.0);
            std::vector<double> scores;
            bool shown_to_anyone = false;
            bool any_not_applicable = false;
            for (std::size_t r = 0; r < R; ++r) {
                const std::size_t cell = i * R + r;
                if (!q::IsQuestionShown(instrument, question, lookups[r])) {
                    prepared.cell_state[cell] = CellState::Hidden;
                    continue;
                }
                shown_to_anyone = true;
                const auto found = answers.find({static_cast<int>(r), question.id});
                if (found == answers.end()) continue;
                const q::Answer& answer = *found->second;
                if (answer.NotApplicable()) {
                    prepared.cell_state[cell] = CellState::NotApplicable;
                    any_not_applicable = true;
                    continue;
                }
                const auto score = ItemScore(question, *answer.value);
                if (!score) continue;  // a value the snapshot no longer accepts counts as unanswered
                const LevelSteps steps = OneLevelSteps(question, *score);
                prepared.cell_state[cell] = CellState::Scored;
                prepared.cell_score[cell] = *score;
                prepared.cell_down[cell] = steps.down;
                prepared.cell_up[cell] = steps.up;
                prepared.cell_shift[cell] = shift.For(answer.confidence);
                scores.push_back(*score);
            }
            item.scored_by = static_cast<int>(scores.size());
            if (!scores.empty()) {
                item.lowest = *std::min_element(scores.begin(), scores.end());
                item.highest = *std::max_element(scores.begin(), scores.end());
            }
            // Without respondents, the consensus answers alone decide what is asked.
            if (R == 0) shown_to_anyone = q::IsAskedOfAnyone(data, question);
            const auto settled = consensus.find(question.id);
            if (!shown_to_anyone) {
                // Neither asked nor scored (methodology §1), whatever was recorded for it: a
                // consensus stays in the file, but counts only once its condition holds again.
                item.state = ItemState::Hidden;
                if (settled != consensus.end())
                    prepared.warnings.push_back(fmt::format(
                        "{} has a consensus answer but is not asked ({} is not answered {}); the consensus is kept "
                        "in the file and not scored",
                        question.id, question.show_if->question_id, fmt::join(question.show_if->values, " or ")));
            } else if (settled != consensus.end()) {
                item.from_consensus = true;
                if (!settled->second->value) {
                    item.consensus_not_applicable = true;
                    item.state = ItemState::NotApplicable;
                } else if (const auto score = ItemScore(question, *settled->second->value)) {
                    item.consensus = score;
                    const LevelSteps steps = OneLevelSteps(question, *score);
                    item.consensus_down = steps.down;
                    item.consensus_up = steps.up;
                    item.state = ItemState::Scored;
                    item.value = *score;
                }
            } else if (!scores.empty()) {
                item.state = ItemState::Scored;
                item.value = Median(scores);
            } else if (any_not_applicable) {
                item.state = ItemState::NotApplicable;
            }
            prepared.items.push_back(item);
        }
    }
    return prepared;
}

}  // namespace c5::scoring
