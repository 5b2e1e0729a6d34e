#include "c5/scoring/reference_fit.h"

#include <algorithm>
#include <cmath>

#include <Eigen/Dense>
#include <boost/math/distributions/students_t.hpp>
#include <fmt/format.h>

#include "c5/questionnaire/csv.h"
#include "c5/questionnaire/error.h"
#include "c5/questionnaire/text_util.h"
#include "c5/scoring/error.h"

namespace c5::scoring {
namespace q = c5::questionnaire;
namespace {

double Logit(double score) {
    const double p = std::clamp(score, 0.5, 99.5) / 100.0;
    return std::log(p / (1 - p));
}

double Logistic(double x) { return 100.0 / (1.0 + std::exp(-x)); }

}  // namespace

std::optional<ExpectedScore> ExpectedFromReference(const std::vector<ReferencePoint>& points, double penetration,
                                                   double team_score) {
    const auto n = static_cast<Eigen::Index>(points.size());
    if (n < kMinimumReferencePoints) return std::nullopt;
    Eigen::MatrixXd x(n, 2);
    Eigen::VectorXd y(n);
    for (Eigen::Index i = 0; i < n; ++i) {
        x(i, 0) = 1.0;
        x(i, 1) = points[static_cast<std::size_t>(i)].penetration / 100.0;
        y(i) = Logit(points[static_cast<std::size_t>(i)].score);
    }
    const Eigen::Matrix2d xtx = x.transpose() * x;
    if (std::abs(xtx.determinant()) < 1e-12) return std::nullopt;  // every point at the same P
    const Eigen::Vector2d beta = x.colPivHouseholderQr().solve(y);
    const double residual_variance = (y - x * beta).squaredNorm() / static_cast<double>(n - 2);
    const Eigen::Vector2d at(1.0, penetration / 100.0);
    const double prediction = at.dot(beta);
    const double standard_error = std::sqrt(residual_variance * (1.0 + at.dot(xtx.inverse() * at)));
    const boost::math::students_t student(static_cast<double>(n - 2));
    const double t = boost::math::quantile(student, 0.95);
    ExpectedScore expected;
    expected.points = static_cast<int>(n);
    expected.intercept = beta(0);
    expected.slope = beta(1);
    expected.expected = Logistic(prediction);
    expected.low = Logistic(prediction - t * standard_error);
    expected.high = Logistic(prediction + t * standard_error);
    expected.residual = HasScore(team_score) ? team_score - expected.expected : kNoScore;
    return expected;
}

std::vector<ReferencePoint> ParseReferenceCsv(std::string_view text, std::string_view source) {
    q::CsvTable table;
    try {
        table = q::ReadCsvTable(text, source);
    } catch (const q::QuestionnaireError& error) {
        throw ScoringError(error.what());
    }
    for (auto& row : table.rows)
        for (auto& field : row.fields) field = q::DecimalPointField(field, table.DecimalComma());
    const std::vector<q::CsvRow>& rows = table.rows;
    if (rows.empty() || rows[0].fields.size() < 3)
        throw ScoringError(fmt::format("{}: needs a header line 'label,penetration,score' and one line per country",
                                       source));
    std::vector<ReferencePoint> points;
    for (std::size_t r = 1; r < rows.size(); ++r) {
        const auto& fields = rows[r].fields;
        if (fields.size() < 3)
            throw ScoringError(fmt::format("{} line {}: 3 values needed (label, penetration, score)", source,
                                           rows[r].line));
        const auto penetration = q::ParseNumber(fields[1]);
        const auto score = q::ParseNumber(fields[2]);
        if (!penetration || *penetration < 0 || *penetration > 100)
            throw ScoringError(fmt::format("{} line {}: penetration {} is not a number from 0 to 100", source,
                                           rows[r].line, q::Quote(fields[1])));
        if (!score || *score < 0 || *score > 100)
            throw ScoringError(fmt::format("{} line {}: score {} is not a number from 0 to 100", source, rows[r].line,
                                           q::Quote(fields[2])));
        points.push_back({std::string(q::Trim(fields[0])), *penetration, *score});
    }
    return points;
}

}  // namespace c5::scoring
