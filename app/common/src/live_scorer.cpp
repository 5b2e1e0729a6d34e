#include "c5/app/live_scorer.h"

#include <algorithm>

namespace c5::app {

LiveScorer::LiveScorer(Done on_done, int samples) : m_on_done(std::move(on_done)), m_samples(samples) {
    m_worker = std::thread([this] { Run(); });
}

LiveScorer::~LiveScorer() {
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
        m_cancel = true;
    }
    m_wake.notify_all();
    m_worker.join();
}

std::uint64_t LiveScorer::Request(std::shared_ptr<const questionnaire::AssessmentData> data) {
    std::lock_guard lock(m_mutex);
    m_pending = std::move(data);
    m_cancel = true;  // the run in progress, if any, is now stale
    m_wake.notify_all();
    return ++m_generation;
}

scoring::ScoreResult LiveScorer::PointEstimate(const questionnaire::AssessmentData& data) {
    scoring::ScoreRequest request;
    request.parameters.samples = 0;
    return scoring::ScoreAssessment(data, request);
}

void LiveScorer::Run() {
    while (true) {
        std::shared_ptr<const questionnaire::AssessmentData> data;
        std::uint64_t generation = 0;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [this] { return m_stop || m_pending; });
            if (m_stop) return;
            data = std::move(m_pending);
            m_pending.reset();
            generation = m_generation;
            m_cancel = false;
        }
        scoring::ScoreRequest request;
        request.parameters.samples = m_samples;
        request.parameters.cancel = &m_cancel;
        // One core stays with the window: the ranges may take a moment longer, the screen does not
        // stutter while they are computed (the draws do not depend on the number of threads).
        request.parameters.threads = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()) - 1);
        request.parameters.threads = std::max(1, request.parameters.threads);
        std::shared_ptr<const scoring::ScoreResult> result;
        try {
            result = std::make_shared<const scoring::ScoreResult>(scoring::ScoreAssessment(*data, request));
        } catch (const std::exception&) {
            continue;  // the window shows the point estimate, which reported the same error at once
        }
        if (!result->cancelled) m_on_done(std::move(result), generation);
    }
}

}  // namespace c5::app
