#include "c5/scoring/regional.h"

#include <algorithm>
#include <map>

namespace c5::scoring {

RegionalEntry MakeRegionalEntry(std::string label, const questionnaire::AssessmentData& data, const ScoreResult& score) {
    RegionalEntry entry;
    entry.label = std::move(label);
    entry.info = data.info;
    entry.respondents = static_cast<int>(data.respondents.size());
    entry.score = score.overall.score;
    entry.adjusted = score.overall.adjusted;
    if (score.penetration.index) entry.penetration = score.penetration.index->index;
    entry.gap = score.penetration.gap;
    entry.complete = score.overall.complete;
    for (const auto& pillar : score.pillars) {
        if (!pillar.included) continue;
        ++entry.pillars_included;
        entry.pillars_scored += pillar.status == PillarStatus::Scored ? 1 : 0;
    }
    entry.child_protection_met = score.target_c.met;
    entry.transborder = score.target_b.baseline;
    return entry;
}

void SortRegional(std::vector<RegionalEntry>& entries) {
    std::stable_sort(entries.begin(), entries.end(), [](const RegionalEntry& a, const RegionalEntry& b) {
        return std::tie(a.info.country, a.info.year) < std::tie(b.info.country, b.info.year);
    });
}

std::vector<ReferencePoint> ReferenceSet(const std::vector<RegionalEntry>& entries, const std::string& exclude_country) {
    std::map<std::string, const RegionalEntry*> latest;
    for (const auto& entry : entries) {
        if (!HasScore(entry.score) || !HasScore(entry.penetration) || entry.info.country == exclude_country) continue;
        auto& kept = latest[entry.info.country];
        if (!kept || entry.info.year > kept->info.year) kept = &entry;
    }
    std::vector<ReferencePoint> points;
    for (const auto& [country, entry] : latest)
        points.push_back({entry->info.country + " " + std::to_string(entry->info.year), entry->penetration, entry->score});
    return points;
}

}  // namespace c5::scoring
