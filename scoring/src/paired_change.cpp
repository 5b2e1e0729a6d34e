#include "c5/scoring/paired_change.h"

#include <map>
#include <string>

namespace c5::scoring {
namespace q = c5::questionnaire;

std::vector<RespondentMatch> MatchRespondents(const q::AssessmentData& baseline, const q::AssessmentData& followup) {
    const std::size_t nb = baseline.respondents.size();
    const std::size_t nf = followup.respondents.size();
    std::vector<int> partner_of_baseline(nb, -1);
    std::vector<int> partner_of_followup(nf, -1);
    std::vector<RespondentMatch::By> how(nb, RespondentMatch::By::None);
    const auto pair_up = [&](RespondentMatch::By by, auto&& same) {
        for (std::size_t b = 0; b < nb; ++b) {
            if (partner_of_baseline[b] >= 0) continue;
            for (std::size_t f = 0; f < nf; ++f) {
                if (partner_of_followup[f] >= 0 || !same(baseline.respondents[b], followup.respondents[f])) continue;
                partner_of_baseline[b] = static_cast<int>(f);
                partner_of_followup[f] = static_cast<int>(b);
                how[b] = by;
                break;
            }
        }
    };
    pair_up(RespondentMatch::By::Identity,
            [](const q::Respondent& a, const q::Respondent& b) { return !a.uuid.empty() && a.uuid == b.uuid; });
    pair_up(RespondentMatch::By::Group, [](const q::Respondent& a, const q::Respondent& b) {
        return !a.stakeholder_group.empty() && a.stakeholder_group == b.stakeholder_group && a.name == b.name;
    });
    pair_up(RespondentMatch::By::Group, [](const q::Respondent& a, const q::Respondent& b) {
        return !a.stakeholder_group.empty() && a.stakeholder_group == b.stakeholder_group;
    });
    std::vector<RespondentMatch> matches;
    for (std::size_t b = 0; b < nb; ++b) matches.push_back({static_cast<int>(b), partner_of_baseline[b], how[b]});
    for (std::size_t f = 0; f < nf; ++f)
        if (partner_of_followup[f] < 0) matches.push_back({-1, static_cast<int>(f), RespondentMatch::By::None});
    return matches;
}

namespace {

// Keys by id: the baseline's own positions; the follow-up's shared ones where the id is in the
// baseline, new keys after the baseline's otherwise.
template <typename Item, typename IdOf>
std::pair<std::vector<std::uint32_t>, std::vector<std::uint32_t>> KeysById(const std::vector<Item>& baseline,
                                                                            const std::vector<Item>& followup,
                                                                            IdOf&& id_of) {
    std::map<std::string, std::uint32_t> position;
    std::vector<std::uint32_t> baseline_keys;
    for (std::size_t i = 0; i < baseline.size(); ++i) {
        position.emplace(id_of(baseline[i]), static_cast<std::uint32_t>(i));
        baseline_keys.push_back(static_cast<std::uint32_t>(i));
    }
    std::vector<std::uint32_t> followup_keys;
    auto next = static_cast<std::uint32_t>(baseline.size());
    for (const auto& item : followup) {
        const auto found = position.find(id_of(item));
        followup_keys.push_back(found != position.end() ? found->second : next++);
    }
    return {std::move(baseline_keys), std::move(followup_keys)};
}

}  // namespace

PairedDraws RunPairedMonteCarlo(const q::AssessmentData& baseline, const ModelInputs& baseline_inputs,
                                const q::AssessmentData& followup, const ModelInputs& followup_inputs,
                                const ScoreParameters& parameters) {
    PairedDraws paired;
    paired.matches = MatchRespondents(baseline, followup);
    // Slots: one per baseline respondent (in its order), shared with its match; then one per
    // follow-up respondent without a match.
    DrawKeys baseline_keys;
    DrawKeys followup_keys;
    baseline_keys.respondent_slot.resize(baseline.respondents.size());
    followup_keys.respondent_slot.resize(followup.respondents.size());
    int slots = static_cast<int>(baseline.respondents.size());
    for (const auto& match : paired.matches) {
        if (match.baseline >= 0) baseline_keys.respondent_slot[static_cast<std::size_t>(match.baseline)] = match.baseline;
        if (match.followup >= 0)
            followup_keys.respondent_slot[static_cast<std::size_t>(match.followup)] =
                match.baseline >= 0 ? match.baseline : slots++;
    }
    baseline_keys.slots = followup_keys.slots = slots;
    std::tie(baseline_keys.item_key, followup_keys.item_key) =
        KeysById(baseline_inputs.prepared.items, followup_inputs.prepared.items,
                 [](const PreparedItem& item) { return item.question->id; });
    std::tie(baseline_keys.pillar_key, followup_keys.pillar_key) =
        KeysById(baseline_inputs.prepared.pillars, followup_inputs.prepared.pillars,
                 [](const PreparedPillar& pillar) { return pillar.id; });
    paired.baseline = RunMonteCarlo(baseline_inputs.setup, parameters, baseline_keys);
    paired.followup = RunMonteCarlo(followup_inputs.setup, parameters, followup_keys);
    return paired;
}

Interval ChangeInterval(const double* baseline, const double* followup, int samples, double point_change) {
    std::vector<double> change(static_cast<std::size_t>(std::max(0, samples)), kNoScore);
    for (int d = 0; d < samples; ++d)
        if (HasScore(baseline[d]) && HasScore(followup[d])) change[static_cast<std::size_t>(d)] = followup[d] - baseline[d];
    return Summarise(change.data(), samples, point_change);
}

}  // namespace c5::scoring
