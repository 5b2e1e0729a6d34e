#pragma once
// Analytic Hierarchy Process: weights from pairwise comparisons (methodology §3).
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
    int iterations = 0;
    bool Consistent() const { return cr < 0.10; }
};

/// Saaty's random index for n = 1 … 15; throws ScoringError beyond.
double SaatyRandomIndex(int n);

/// Throws ScoringError naming the first cell that is not positive, not reciprocal (within 1 %),
/// or a diagonal that is not 1; or a matrix that is empty, larger than 15 or not square.
void CheckPairwiseMatrix(const Eigen::MatrixXd& matrix);

/// Principal eigenvector by power iteration, λmax, CI, CR. Checks the matrix first.
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
