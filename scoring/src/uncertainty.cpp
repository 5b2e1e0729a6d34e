#include "c5/scoring/uncertainty.h"

#include <algorithm>
#include <thread>

#include <Random123/philox.h>
#include <Random123/uniform.hpp>

namespace c5::scoring {
namespace {

using Philox = r123::Philox4x32;

// Which random stream feeds each input group: 0 for matrix A, 1 for matrix B (Sobol).
struct StreamChoice {
    std::uint32_t tag[kInputGroups] = {0, 0, 0, 0};
};

// Read-only tables shared by all threads. Every value an item can take in a draw (each scored
// answer, one level down or up) is listed once per item, so the median of a draw is read from a
// histogram instead of sorting. Cells are respondent-major to follow the draw's loop.
struct DrawTables {
    std::size_t respondents = 0;
    std::size_t items = 0;
    std::vector<std::uint32_t> value_offset;  // per item, into values (and into a draw's histogram)
    std::vector<std::uint32_t> value_count;
    std::vector<double> values;               // per item, sorted distinct values
    std::vector<char> scored;                 // [r * items + i]
    std::vector<std::uint32_t> index_down;    // value indices of the three outcomes
    std::vector<std::uint32_t> index_stay;
    std::vector<std::uint32_t> index_up;
    std::vector<std::uint32_t> threshold;     // 16-bit u < threshold → down; u ≥ 65536 − threshold → up
    // Where each draw's random numbers come from (DrawKeys); the identity for a plain draw.
    std::vector<std::uint32_t> respondent_slot;
    std::vector<int> slot_respondent;         // per bootstrap slot: the respondent in it, or -1
    std::vector<std::uint32_t> item_key;
    std::vector<std::uint32_t> pillar_key;

    DrawTables(const PreparedAssessment& prepared, const DrawKeys& keys) {
        respondents = static_cast<std::size_t>(prepared.respondents);
        items = prepared.items.size();
        const std::size_t slots = keys.slots > 0 ? static_cast<std::size_t>(keys.slots) : respondents;
        slot_respondent.assign(slots, -1);
        for (std::size_t r = 0; r < respondents; ++r) {
            const auto slot = keys.respondent_slot.empty() ? r : static_cast<std::size_t>(keys.respondent_slot.at(r));
            respondent_slot.push_back(static_cast<std::uint32_t>(slot));
            slot_respondent.at(slot) = static_cast<int>(r);
        }
        for (std::size_t i = 0; i < items; ++i)
            item_key.push_back(keys.item_key.empty() ? static_cast<std::uint32_t>(i) : keys.item_key.at(i));
        for (std::size_t p = 0; p < prepared.pillars.size(); ++p)
            pillar_key.push_back(keys.pillar_key.empty() ? static_cast<std::uint32_t>(p) : keys.pillar_key.at(p));
        const std::size_t cells = respondents * items;
        scored.assign(cells, 0);
        index_down.assign(cells, 0);
        index_stay.assign(cells, 0);
        index_up.assign(cells, 0);
        threshold.assign(cells, 0);
        for (std::size_t i = 0; i < items; ++i) {
            std::vector<double> distinct;
            for (std::size_t r = 0; r < respondents; ++r) {
                const std::size_t cell = prepared.Cell(i, r);
                if (prepared.cell_state[cell] != CellState::Scored) continue;
                distinct.insert(distinct.end(),
                                {prepared.cell_down[cell], prepared.cell_score[cell], prepared.cell_up[cell]});
            }
            std::sort(distinct.begin(), distinct.end());
            distinct.erase(std::unique(distinct.begin(), distinct.end()), distinct.end());
            value_offset.push_back(static_cast<std::uint32_t>(values.size()));
            value_count.push_back(static_cast<std::uint32_t>(distinct.size()));
            const auto index_of = [&](double value) {
                return static_cast<std::uint32_t>(std::lower_bound(distinct.begin(), distinct.end(), value) -
                                                  distinct.begin());
            };
            for (std::size_t r = 0; r < respondents; ++r) {
                const std::size_t cell = prepared.Cell(i, r);
                if (prepared.cell_state[cell] != CellState::Scored) continue;
                const std::size_t at = r * items + i;
                scored[at] = 1;
                index_down[at] = index_of(prepared.cell_down[cell]);
                index_stay[at] = index_of(prepared.cell_score[cell]);
                index_up[at] = index_of(prepared.cell_up[cell]);
                threshold[at] = static_cast<std::uint32_t>(prepared.cell_shift[cell] / 2.0 * 65536.0 + 0.5);
            }
            values.insert(values.end(), distinct.begin(), distinct.end());
        }
    }
};

class DrawEngine {
public:
    DrawEngine(const ModelSetup& setup, const DrawTables& tables, const ScoreParameters& parameters)
        : m_setup(setup),
          m_prepared(*setup.prepared),
          m_tables(tables),
          m_parameters(parameters),
          m_key{{static_cast<std::uint32_t>(parameters.seed), static_cast<std::uint32_t>(parameters.seed >> 32)}},
          m_multiplicity(tables.respondents),
          m_histogram(tables.values.size()),
          m_count(tables.items),
          m_values(tables.items),
          m_item_factor(tables.items),
          m_pillar_factor(m_prepared.pillars.size()) {}

    const ModelOutput& Draw(std::uint32_t draw, const StreamChoice& streams) {
        Resample(draw, streams.tag[0]);
        CountAnswers(draw, streams.tag[1]);
        VaryWeights(draw, streams.tag[2], static_cast<std::uint32_t>(InputGroup::QuestionWeights), m_tables.item_key,
                    m_item_factor);
        VaryWeights(draw, streams.tag[3], static_cast<std::uint32_t>(InputGroup::PillarWeights), m_tables.pillar_key,
                    m_pillar_factor);
        CombineItems(draw, streams.tag[1]);
        EvaluateModel(m_setup, m_values.data(), m_item_factor.data(), m_pillar_factor.data(), m_output);
        return m_output;
    }

private:
    const std::uint32_t* Random(std::uint32_t draw, std::uint32_t group, std::uint32_t tag, std::uint32_t a,
                                std::uint32_t b) {
        m_block = m_rng(Philox::ctr_type{{draw, group | (tag << 4), a, b}}, m_key);
        return m_block.data();
    }

    // Bootstrap: as many respondents as there are, drawn with replacement; kept as how many times
    // each one was drawn. Draws pick slots; a slot without a respondent of this assessment (one only
    // the paired assessment has) is passed over. With one slot per respondent every draw counts.
    void Resample(std::uint32_t draw, std::uint32_t tag) {
        const std::size_t n = m_tables.respondents;
        if (n <= 1) {
            std::fill(m_multiplicity.begin(), m_multiplicity.end(), 1u);
            return;
        }
        std::fill(m_multiplicity.begin(), m_multiplicity.end(), 0u);
        const std::uint64_t slots = m_tables.slot_respondent.size();
        // Each draw lands on one of this assessment's respondents with probability n / slots ≥ 1 / slots;
        // the cap is never reached in practice, it only bounds the loop.
        const std::uint64_t attempts = 64 * (slots + 1);
        std::size_t drawn = 0;
        for (std::uint64_t k = 0; drawn < n && k < attempts; ++k) {
            if (k % 4 == 0) Random(draw, 0, tag, static_cast<std::uint32_t>(k / 4), 0);
            const int respondent = m_tables.slot_respondent[(static_cast<std::uint64_t>(m_block[k % 4]) * slots) >> 32];
            if (respondent < 0) continue;
            ++m_multiplicity[static_cast<std::size_t>(respondent)];
            ++drawn;
        }
    }

    // Each drawn respondent's answer keeps its level, or moves one level down or up with the
    // probability its confidence sets; the outcome is keyed by respondent and item (8 per random
    // block), so the bootstrap does not change it. Outcomes are counted per item and value.
    void CountAnswers(std::uint32_t draw, std::uint32_t tag) {
        std::fill(m_histogram.begin(), m_histogram.end(), 0u);
        std::fill(m_count.begin(), m_count.end(), 0u);
        const std::size_t items = m_tables.items;
        for (std::size_t r = 0; r < m_tables.respondents; ++r) {
            const std::uint32_t times = m_multiplicity[r];
            if (times == 0) continue;
            const std::size_t row = r * items;
            const std::uint32_t slot = m_tables.respondent_slot[r];
            std::uint32_t block = 0xFFFFFFFFu;
            for (std::size_t i = 0; i < items; ++i) {
                const std::uint32_t key = m_tables.item_key[i];
                if (key / 8 != block) {
                    block = key / 8;
                    Random(draw, 1, tag, slot, block);
                }
                const std::size_t cell = row + i;
                if (!m_tables.scored[cell]) continue;
                const std::uint32_t u = (m_block[(key % 8) / 2] >> (16 * (key % 2))) & 0xFFFFu;
                const std::uint32_t limit = m_tables.threshold[cell];
                const std::uint32_t index = u < limit              ? m_tables.index_down[cell]
                                            : u >= 65536u - limit ? m_tables.index_up[cell]
                                                                  : m_tables.index_stay[cell];
                m_histogram[m_tables.value_offset[i] + index] += times;
                m_count[i] += times;
            }
        }
    }

    void VaryWeights(std::uint32_t draw, std::uint32_t tag, std::uint32_t group, const std::vector<std::uint32_t>& keys,
                     std::vector<double>& factor) {
        const double noise = m_parameters.weight_noise;
        std::uint32_t block = 0xFFFFFFFFu;
        for (std::size_t i = 0; i < factor.size(); ++i) {
            const std::uint32_t key = keys[i];
            if (key / 4 != block) {
                block = key / 4;
                Random(draw, group, tag, block, 0);
            }
            factor[i] = 1.0 + noise * (2.0 * r123::u01<double>(m_block[key % 4]) - 1.0);
        }
    }

    // The value at 0-based `rank` of item i's counted outcomes.
    double ValueAtRank(std::size_t i, std::uint32_t rank) const {
        const std::uint32_t* counts = &m_histogram[m_tables.value_offset[i]];
        std::uint32_t seen = 0;
        for (std::uint32_t k = 0; k < m_tables.value_count[i]; ++k) {
            seen += counts[k];
            if (rank < seen) return m_tables.values[m_tables.value_offset[i] + k];
        }
        return kNoScore;
    }

    // Item value of the draw: the settled consensus (moved like a high-confidence answer), or the
    // median of the drawn respondents' outcomes.
    void CombineItems(std::uint32_t draw, std::uint32_t tag) {
        constexpr std::uint32_t kConsensusRow = 0xFFFFFFFFu;
        for (std::size_t i = 0; i < m_tables.items; ++i) {
            const PreparedItem& item = m_prepared.items[i];
            if (item.from_consensus) {
                if (!item.consensus) {
                    m_values[i] = kNoScore;
                    continue;
                }
                const double u = r123::u01<double>(Random(draw, 1, tag, kConsensusRow, m_tables.item_key[i])[0]);
                const double p = m_parameters.shift.high;
                m_values[i] = u < p / 2 ? item.consensus_down : u >= 1 - p / 2 ? item.consensus_up : *item.consensus;
                continue;
            }
            const std::uint32_t n = m_count[i];
            if (n == 0) {
                m_values[i] = kNoScore;
            } else if (n % 2 == 1) {
                m_values[i] = ValueAtRank(i, n / 2);
            } else {
                m_values[i] = (ValueAtRank(i, n / 2 - 1) + ValueAtRank(i, n / 2)) / 2.0;
            }
        }
    }

    const ModelSetup& m_setup;
    const PreparedAssessment& m_prepared;
    const DrawTables& m_tables;
    const ScoreParameters& m_parameters;
    Philox m_rng;
    Philox::key_type m_key;
    Philox::ctr_type m_block{};
    std::vector<std::uint32_t> m_multiplicity;
    std::vector<std::uint32_t> m_histogram;
    std::vector<std::uint32_t> m_count;
    std::vector<double> m_values;
    std::vector<double> m_item_factor;
    std::vector<double> m_pillar_factor;
    ModelOutput m_output;
};

// Runs draws [0, samples) split in fixed blocks over threads; draw d always lands at index d.
template <typename PerDraw>
void ForEachDraw(const ModelSetup& setup, const ScoreParameters& parameters, const DrawKeys& keys, int samples,
                 PerDraw&& per_draw) {
    constexpr int kBlock = 256;
    const int blocks = (samples + kBlock - 1) / kBlock;
    int threads = parameters.threads > 0 ? parameters.threads
                                         : static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
    threads = std::max(1, std::min(threads, blocks));
    const DrawTables tables(*setup.prepared, keys);
    auto worker = [&](int first_block) {
        DrawEngine engine(setup, tables, parameters);
        for (int block = first_block; block < blocks; block += threads) {
            if (parameters.cancel && parameters.cancel->load(std::memory_order_relaxed)) return;
            for (int d = block * kBlock; d < std::min(samples, (block + 1) * kBlock); ++d)
                per_draw(engine, static_cast<std::uint32_t>(d));
        }
    };
    std::vector<std::thread> pool;
    for (int t = 1; t < threads; ++t) pool.emplace_back(worker, t);
    worker(0);
    for (auto& thread : pool) thread.join();
}

double Percentile(const std::vector<double>& sorted, double fraction) {
    const double position = fraction * static_cast<double>(sorted.size() - 1);
    const auto below = static_cast<std::size_t>(position);
    const std::size_t above = std::min(below + 1, sorted.size() - 1);
    return sorted[below] + (position - static_cast<double>(below)) * (sorted[above] - sorted[below]);
}

}  // namespace

std::string_view ToString(InputGroup group) {
    switch (group) {
        case InputGroup::Respondents: return "respondents";
        case InputGroup::Answers: return "answers";
        case InputGroup::QuestionWeights: return "question_weights";
        case InputGroup::PillarWeights: return "pillar_weights";
    }
    return "unknown";
}

DrawSet RunMonteCarlo(const ModelSetup& setup, const ScoreParameters& parameters, const DrawKeys& keys) {
    DrawSet set;
    set.samples = std::max(0, parameters.samples);
    const auto n = static_cast<std::size_t>(set.samples);
    const std::size_t pillars = setup.prepared->pillars.size();
    set.overall.resize(n);
    set.overall_adjusted.resize(n);
    set.transborder.resize(n);
    set.transborder_adjusted.resize(n);
    set.pillar.resize(pillars * n);
    set.pillar_adjusted.resize(pillars * n);
    set.child_protection_met.resize(n);
    ForEachDraw(setup, parameters, keys, set.samples, [&](DrawEngine& engine, std::uint32_t d) {
        const ModelOutput& out = engine.Draw(d, StreamChoice{});
        set.overall[d] = out.overall;
        set.overall_adjusted[d] = out.overall_adjusted;
        set.transborder[d] = out.transborder;
        set.transborder_adjusted[d] = out.transborder_adjusted;
        for (std::size_t p = 0; p < pillars; ++p) {
            set.pillar[p * n + d] = out.pillar[p];
            set.pillar_adjusted[p * n + d] = out.pillar_adjusted[p];
        }
        set.child_protection_met[d] = out.child_protection_met ? 1 : 0;
    });
    return set;
}

std::vector<SobolIndex> ComputeSobolIndices(const ModelSetup& setup, const ScoreParameters& parameters) {
    const int n = std::max(0, parameters.samples);
    // Columns: f(A), f(B), then f(A with group g taken from B) for each group.
    constexpr int kColumns = 2 + kInputGroups;
    std::vector<double> f(static_cast<std::size_t>(n) * kColumns, kNoScore);
    ForEachDraw(setup, parameters, DrawKeys{}, n, [&](DrawEngine& engine, std::uint32_t d) {
        for (int column = 0; column < kColumns; ++column) {
            StreamChoice streams;
            for (int g = 0; g < kInputGroups; ++g)
                streams.tag[g] = column == 1 || column == 2 + g ? 1u : 0u;
            f[d * kColumns + static_cast<std::size_t>(column)] = engine.Draw(d, streams).overall;
        }
    });
    double mean = 0;
    int used = 0;
    for (int d = 0; d < n; ++d)
        for (int column : {0, 1})
            if (HasScore(f[static_cast<std::size_t>(d) * kColumns + column])) {
                mean += f[static_cast<std::size_t>(d) * kColumns + column];
                ++used;
            }
    std::vector<SobolIndex> indices;
    if (used < 2) return indices;
    mean /= used;
    double variance = 0;
    for (int d = 0; d < n; ++d)
        for (int column : {0, 1}) {
            const double value = f[static_cast<std::size_t>(d) * kColumns + column];
            if (HasScore(value)) variance += (value - mean) * (value - mean);
        }
    variance /= used - 1;
    for (int g = 0; g < kInputGroups; ++g) {
        double first = 0;
        double total = 0;
        int count = 0;
        for (int d = 0; d < n; ++d) {
            const double* row = &f[static_cast<std::size_t>(d) * kColumns];
            if (!HasScore(row[0]) || !HasScore(row[1]) || !HasScore(row[2 + g])) continue;
            first += row[1] * (row[2 + g] - row[0]);
            total += (row[0] - row[2 + g]) * (row[0] - row[2 + g]);
            ++count;
        }
        SobolIndex index{std::string(ToString(static_cast<InputGroup>(g))), 0, 0};
        if (count > 0 && variance > 0) {
            index.first_order = first / count / variance;
            index.total = total / (2.0 * count) / variance;
        }
        indices.push_back(index);
    }
    return indices;
}

Interval Summarise(const double* draws, int count, double point) {
    std::vector<double> values;
    values.reserve(static_cast<std::size_t>(std::max(0, count)));
    for (int d = 0; d < count; ++d)
        if (HasScore(draws[d])) values.push_back(draws[d]);
    Interval interval;
    if (values.empty()) return interval;
    std::sort(values.begin(), values.end());
    interval.median = Percentile(values, 0.50);
    interval.low = Percentile(values, 0.05);
    interval.high = Percentile(values, 0.95);
    if (HasScore(point)) {
        interval.low = std::min(interval.low, point);
        interval.high = std::max(interval.high, point);
    }
    return interval;
}

}  // namespace c5::scoring
