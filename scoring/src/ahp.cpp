#include "c5/scoring/ahp.h"

#include <array>
#include <cmath>
#include <optional>

#include <Eigen/Eigenvalues>

#include <fmt/format.h>

#include "c5/questionnaire/csv.h"
#include "c5/questionnaire/error.h"
#include "c5/questionnaire/text_util.h"
#include "c5/scoring/error.h"

namespace c5::scoring {
namespace q = c5::questionnaire;
namespace {

constexpr std::array<double, 16> kRandomIndex{0,    0,    0,    0.58, 0.90, 1.12, 1.24, 1.32,
                                               1.41, 1.45, 1.49, 1.51, 1.48, 1.56, 1.57, 1.59};
constexpr double kReciprocalTolerance = 0.01;

// "3", "0.333", "1/3".
std::optional<double> ParseJudgement(std::string_view text) {
    text = q::Trim(text);
    if (const auto slash = text.find('/'); slash != std::string_view::npos) {
        const auto numerator = q::ParseNumber(text.substr(0, slash));
        const auto denominator = q::ParseNumber(text.substr(slash + 1));
        if (!numerator || !denominator || *denominator == 0) return std::nullopt;
        return *numerator / *denominator;
    }
    return q::ParseNumber(text);
}

}  // namespace

double SaatyRandomIndex(int n) {
    if (n < 1 || n > 15) throw ScoringError(fmt::format("AHP is defined here for 1 to 15 items, not {}", n));
    return kRandomIndex[static_cast<std::size_t>(n)];
}

void CheckPairwiseMatrix(const Eigen::MatrixXd& matrix) {
    const auto n = matrix.rows();
    if (n == 0) throw ScoringError("the pairwise matrix is empty");
    if (matrix.cols() != n)
        throw ScoringError(fmt::format("the pairwise matrix has {} rows and {} columns; it must be square", n,
                                       matrix.cols()));
    SaatyRandomIndex(static_cast<int>(n));
    for (Eigen::Index i = 0; i < n; ++i) {
        for (Eigen::Index j = 0; j < n; ++j) {
            const double a = matrix(i, j);
            if (!(a > 0) || !std::isfinite(a))
                throw ScoringError(fmt::format("cell ({}, {}) is {}; pairwise judgements must be positive numbers",
                                               i + 1, j + 1, q::FormatNumber(a)));
            if (i == j && std::abs(a - 1) > kReciprocalTolerance)
                throw ScoringError(fmt::format("cell ({}, {}) is {}; an item compared with itself must be 1", i + 1,
                                               j + 1, q::FormatNumber(a)));
            if (j > i && std::abs(a * matrix(j, i) - 1) > kReciprocalTolerance)
                throw ScoringError(fmt::format("cell ({}, {}) is {} but cell ({}, {}) is {}; they must be reciprocal "
                                               "({} expected)",
                                               i + 1, j + 1, q::FormatNumber(a), j + 1, i + 1,
                                               q::FormatNumber(matrix(j, i)), q::FormatNumber(1 / a)));
        }
    }
}

namespace {

// The Perron root and its positive eigenvector from a general eigen-decomposition: for a positive
// matrix the root is real, simple and the largest in modulus (Perron–Frobenius).
void DirectEigenvector(const Eigen::MatrixXd& matrix, AhpResult& result) {
    const Eigen::EigenSolver<Eigen::MatrixXd> solver(matrix);
    if (solver.info() != Eigen::Success)
        throw ScoringError("the pairwise matrix's principal eigenvector cannot be computed; check the judgements");
    Eigen::Index root = 0;
    for (Eigen::Index k = 1; k < solver.eigenvalues().size(); ++k)
        if (std::abs(solver.eigenvalues()(k)) > std::abs(solver.eigenvalues()(root))) root = k;
    const Eigen::VectorXd vector = solver.eigenvectors().col(root).real().cwiseAbs();
    result.weights = vector / vector.sum();
    result.lambda_max = solver.eigenvalues()(root).real();
}

// Judgements a_ij > 9 or < 1/9 (upper triangle; the lower one mirrors it).
std::optional<std::string> OutsideScaleWarning(const Eigen::MatrixXd& matrix) {
    int count = 0;
    std::string first;
    for (Eigen::Index i = 0; i < matrix.rows(); ++i)
        for (Eigen::Index j = i + 1; j < matrix.cols(); ++j) {
            const double a = matrix(i, j);
            if (a <= 9 * (1 + 1e-9) && a >= (1 - 1e-9) / 9) continue;
            if (count++ == 0) first = fmt::format("cell ({}, {}) is {}", i + 1, j + 1, q::FormatNumber(a));
        }
    if (count == 0) return std::nullopt;
    return fmt::format("{} judgement{} outside Saaty's scale 1/9 to 9 ({}); such a judgement outweighs all the "
                       "others: check it",
                       count, count == 1 ? " lies" : "s lie", count == 1 ? first : "first: " + first);
}

}  // namespace

AhpResult ComputeAhp(const Eigen::MatrixXd& matrix) {
    CheckPairwiseMatrix(matrix);
    const auto n = matrix.rows();
    AhpResult result;
    Eigen::VectorXd w = Eigen::VectorXd::Constant(n, 1.0 / static_cast<double>(n));
    result.converged = false;
    for (result.iterations = 1; result.iterations <= kAhpMaxIterations; ++result.iterations) {
        Eigen::VectorXd next = matrix * w;
        next /= next.sum();
        const double change = (next - w).cwiseAbs().maxCoeff();
        w = next;
        if (change < 1e-13) {
            result.converged = true;
            break;
        }
    }
    if (result.converged) {
        result.weights = w;
        result.lambda_max = (matrix * w).cwiseQuotient(w).mean();
    } else {
        result.iterations = kAhpMaxIterations;
        DirectEigenvector(matrix, result);
        result.warnings.push_back(fmt::format("power iteration did not converge in {} iterations; the weights and "
                                              "λmax come from a direct eigen-solver",
                                              kAhpMaxIterations));
    }
    result.ri = SaatyRandomIndex(static_cast<int>(n));
    result.ci = n > 1 ? (result.lambda_max - static_cast<double>(n)) / static_cast<double>(n - 1) : 0.0;
    result.cr = result.ri > 0 ? result.ci / result.ri : 0.0;
    if (auto outside = OutsideScaleWarning(matrix)) result.warnings.insert(result.warnings.begin(), std::move(*outside));
    return result;
}

Eigen::MatrixXd CombineGeometric(const std::vector<Eigen::MatrixXd>& matrices) {
    if (matrices.empty()) throw ScoringError("no pairwise matrices to combine");
    Eigen::MatrixXd log_sum = Eigen::MatrixXd::Zero(matrices[0].rows(), matrices[0].cols());
    for (std::size_t k = 0; k < matrices.size(); ++k) {
        if (matrices[k].rows() != log_sum.rows() || matrices[k].cols() != log_sum.cols())
            throw ScoringError(fmt::format("pairwise matrix {} is {}×{}, the first is {}×{}", k + 1,
                                           matrices[k].rows(), matrices[k].cols(), log_sum.rows(), log_sum.cols()));
        CheckPairwiseMatrix(matrices[k]);
        log_sum += matrices[k].array().log().matrix();
    }
    return (log_sum / static_cast<double>(matrices.size())).array().exp().matrix();
}

LabelledMatrix ParsePairwiseCsv(std::string_view text, std::string_view source) {
    q::CsvTable table;
    try {
        table = q::ReadCsvTable(text, source);
    } catch (const q::QuestionnaireError& error) {
        throw ScoringError(error.what());
    }
    // In a ';' file "0,5" is a half, as the spreadsheet that wrote it meant.
    for (auto& row : table.rows)
        for (auto& field : row.fields) field = q::DecimalPointField(field, table.DecimalComma());
    const std::vector<q::CsvRow>& rows = table.rows;
    if (rows.empty()) throw ScoringError(fmt::format("{}: the file is empty; it needs a square matrix", source));
    // A first row of labels (its corner cell empty or a word, no numbers) makes a labelled matrix.
    bool header = rows[0].fields.size() > 1 && !ParseJudgement(rows[0].fields[0]);
    for (std::size_t c = 1; c < rows[0].fields.size(); ++c) header = header && !ParseJudgement(rows[0].fields[c]);
    LabelledMatrix result;
    const std::size_t first_row = header ? 1 : 0;
    const std::size_t first_column = header ? 1 : 0;
    if (header)
        for (std::size_t c = 1; c < rows[0].fields.size(); ++c) result.labels.emplace_back(q::Trim(rows[0].fields[c]));
    const std::size_t n = rows.size() - first_row;
    result.matrix.resize(static_cast<Eigen::Index>(n), static_cast<Eigen::Index>(n));
    for (std::size_t r = first_row; r < rows.size(); ++r) {
        const auto& fields = rows[r].fields;
        if (fields.size() - first_column != n)
            throw ScoringError(fmt::format("{} line {}: {} values, {} expected (the matrix must be square; the file "
                                           "was read as {})",
                                           source, rows[r].line, fields.size() - first_column, n, table.Describe()));
        for (std::size_t c = first_column; c < fields.size(); ++c) {
            const auto value = ParseJudgement(fields[c]);
            if (!value)
                throw ScoringError(fmt::format("{} line {}, column {}: {} is not a number (write 3, 0.5 or 1/3)",
                                               source, rows[r].line, c + 1, q::Quote(fields[c])));
            result.matrix(static_cast<Eigen::Index>(r - first_row), static_cast<Eigen::Index>(c - first_column)) =
                *value;
        }
    }
    try {
        CheckPairwiseMatrix(result.matrix);
    } catch (const ScoringError& error) {
        throw ScoringError(fmt::format("{}: {}", source, error.what()));
    }
    return result;
}

}  // namespace c5::scoring
