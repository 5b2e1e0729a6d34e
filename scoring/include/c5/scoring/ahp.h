#pragma once
// Analytic Hierarchy Process: weights from pairwise comparisons (methodology §3).
#include <string>
#include <string_view>
#include <vector>

#include <Eigen/Dense>

namespace c5::scoring {

struct AhpResult {
    Eigen::VectorXd weights;  // principal eigenvector, summing to 1
    double lambda_max = 0;    // mean of (Aw)_i / w_i
    double ci = 0;            // (λmax − n) / (n − 1)
    double ri = 0;            // Saaty's random index for n
    double cr = 0;            // CI / RI (0 for n ≤ 2)
    int iterations = 0;       // power iterations run
    /// False when power iteration did not settle within kAhpMaxIterations: the weights and λmax
    /// then come from a direct eigen-solver (methodology §4).
    bool converged = true;
    /// Judgements outside Saaty's scale 1/9–9 and a power iteration that did not converge, each
    /// said in a sentence a user can act on.
    std::vector<std::string> warnings;
    bool Consistent() const { return cr < 0.10; }
};

/// Power iteration stops here when no component has settled to 10⁻¹³.
inline constexpr int kAhpMaxIterations = 1000;

/// Saaty's random index for n = 1 … 15; throws ScoringError beyond.
double SaatyRandomIndex(int n);

/// Throws ScoringError naming the first cell that is not positive, not reciprocal (within 1 %),
/// or a diagonal that is not 1; or a matrix that is empty, larger than 15 or not square.
void CheckPairwiseMatrix(const Eigen::MatrixXd& matrix);

/// Principal eigenvector by power iteration (a direct eigen-solver when it does not converge), λmax,
/// CI, CR, and warnings for judgements outside 1/9–9. Checks the matrix first.
AhpResult ComputeAhp(const Eigen::MatrixXd& matrix);

/// A group's judgements: the element-wise geometric mean of several experts' matrices.
Eigen::MatrixXd CombineGeometric(const std::vector<Eigen::MatrixXd>& matrices);

/// Reads a square matrix from CSV text: numbers or fractions such as 1/3; an optional first row
/// and column of labels. Throws ScoringError with the row and column of a bad cell.
struct LabelledMatrix {
    std::vector<std::string> labels;  // empty when the CSV has none
    Eigen::MatrixXd matrix;
};
LabelledMatrix ParsePairwiseCsv(std::string_view text, std::string_view source);

}  // namespace c5::scoring
