#pragma once
// Scores in the background for the live dashboard: the newest request wins, a run still going
// when a newer answer arrives is cancelled, and results come back through a callback (called on
// the worker thread: the window hands them to its own thread).
#include <atomic>
#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>

#include "c5/questionnaire/assessment.h"
#include "c5/scoring/score.h"

namespace c5::app {

class LiveScorer {
public:
    using Done = std::function<void(std::shared_ptr<const scoring::ScoreResult> result, std::uint64_t generation)>;

    explicit LiveScorer(Done on_done, int samples = 10000);
    ~LiveScorer();
    LiveScorer(const LiveScorer&) = delete;
    LiveScorer& operator=(const LiveScorer&) = delete;

    /// Queues a scoring of `data`; cancels the run in progress. Returns the request's generation.
    std::uint64_t Request(std::shared_ptr<const questionnaire::AssessmentData> data);

    /// The point estimate alone (no draws), at once on the calling thread.
    static scoring::ScoreResult PointEstimate(const questionnaire::AssessmentData& data);

private:
    void Run();

    Done m_on_done;
    int m_samples;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::shared_ptr<const questionnaire::AssessmentData> m_pending;
    std::uint64_t m_generation = 0;
    std::atomic<bool> m_cancel{false};
    bool m_stop = false;
    std::thread m_worker;
};

}  // namespace c5::app
