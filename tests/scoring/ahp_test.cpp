#include <cmath>

#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

#include "c5/scoring/ahp.h"
#include "c5/scoring/error.h"

namespace s = c5::scoring;
namespace tt = boost::test_tools;
namespace bdata = boost::unit_test::data;

namespace {

Eigen::MatrixXd Matrix(std::initializer_list<std::initializer_list<double>> rows) {
    Eigen::MatrixXd matrix(static_cast<Eigen::Index>(rows.size()), static_cast<Eigen::Index>(rows.begin()->size()));
    Eigen::Index i = 0;
    for (const auto& row : rows) {
        Eigen::Index j = 0;
        for (double value : row) matrix(i, j++) = value;
        ++i;
    }
    return matrix;
}

void ExpectError(const std::function<void()>& action, const std::string& message) {
    try {
        action();
        BOOST_FAIL("no error; expected: " + message);
    } catch (const s::ScoringError& error) {
        BOOST_TEST(std::string(error.what()).find(message) != std::string::npos, error.what());
    }
}

double Round4(double value) { return std::round(value * 1e4) / 1e4; }

}  // namespace

BOOST_AUTO_TEST_SUITE(Ahp)

// BRIEF §5: A = [[1,3,5],[1/3,1,3],[1/5,1/3,1]] → w = (0.6370, 0.2583, 0.1047), λmax = 3.0385,
// CI = 0.0193, CR = 0.0193 / 0.58 = 0.0332.
BOOST_AUTO_TEST_CASE(brief_example_to_four_decimals) {
    const auto ahp = s::ComputeAhp(Matrix({{1, 3, 5}, {1.0 / 3, 1, 3}, {1.0 / 5, 1.0 / 3, 1}}));
    BOOST_TEST(Round4(ahp.weights(0)) == 0.6370);
    BOOST_TEST(Round4(ahp.weights(1)) == 0.2583);
    BOOST_TEST(Round4(ahp.weights(2)) == 0.1047);
    BOOST_TEST(Round4(ahp.lambda_max) == 3.0385);
    BOOST_TEST(Round4(ahp.ci) == 0.0193);
    BOOST_TEST(Round4(ahp.cr) == 0.0332);
    BOOST_TEST(ahp.ri == 0.58);
    BOOST_TEST(ahp.Consistent());
    BOOST_TEST(ahp.weights.sum() == 1.0, tt::tolerance(1e-12));
}

// A perfectly consistent matrix (a_ij = w_i / w_j with w = 4:2:1) gives w exactly and λmax = n.
BOOST_AUTO_TEST_CASE(consistent_matrix_gives_its_ratios, *boost::unit_test::tolerance(1e-9)) {
    const auto ahp = s::ComputeAhp(Matrix({{1, 2, 4}, {0.5, 1, 2}, {0.25, 0.5, 1}}));
    BOOST_TEST(ahp.weights(0) == 4.0 / 7);
    BOOST_TEST(ahp.weights(1) == 2.0 / 7);
    BOOST_TEST(ahp.weights(2) == 1.0 / 7);
    BOOST_TEST(ahp.lambda_max == 3.0);
    BOOST_TEST(ahp.cr == 0.0);
}

// 1 > 2 (3), 2 > 3 (3) but 3 > 1 (3): circular, so CR ≫ 0.10.
BOOST_AUTO_TEST_CASE(circular_judgements_are_flagged) {
    const auto ahp = s::ComputeAhp(Matrix({{1, 3, 1.0 / 3}, {1.0 / 3, 1, 3}, {3, 1.0 / 3, 1}}));
    BOOST_TEST(ahp.cr >= 0.10);
    BOOST_TEST(!ahp.Consistent());
}

BOOST_AUTO_TEST_CASE(two_items_are_always_consistent, *boost::unit_test::tolerance(1e-12)) {
    const auto ahp = s::ComputeAhp(Matrix({{1, 3}, {1.0 / 3, 1}}));
    BOOST_TEST(ahp.weights(0) == 0.75);
    BOOST_TEST(ahp.cr == 0.0);
}

// Group: a12 = sqrt(2 · 8) = 4 → w = (4/5, 1/5).
BOOST_AUTO_TEST_CASE(group_matrices_combine_by_geometric_mean, *boost::unit_test::tolerance(1e-12)) {
    const auto combined = s::CombineGeometric({Matrix({{1, 2}, {0.5, 1}}), Matrix({{1, 8}, {0.125, 1}})});
    BOOST_TEST(combined(0, 1) == 4.0);
    BOOST_TEST(combined(1, 0) == 0.25);
    BOOST_TEST(s::ComputeAhp(combined).weights(0) == 0.8);
}

BOOST_AUTO_TEST_CASE(saaty_random_index_table) {
    const double expected[] = {0, 0, 0.58, 0.90, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49, 1.51, 1.48, 1.56, 1.57, 1.59};
    for (int n = 1; n <= 15; ++n) BOOST_TEST(s::SaatyRandomIndex(n) == expected[n - 1]);
    BOOST_CHECK_THROW(s::SaatyRandomIndex(16), s::ScoringError);
}

BOOST_AUTO_TEST_CASE(bad_matrices_name_the_cell) {
    ExpectError([] { s::ComputeAhp(Matrix({{1, 2, 3}, {0.5, 1, 1}})); }, "2 rows and 3 columns; it must be square");
    ExpectError([] { s::ComputeAhp(Matrix({{1, 0}, {0, 1}})); },
                "cell (1, 2) is 0; pairwise judgements must be positive numbers");
    ExpectError([] { s::ComputeAhp(Matrix({{1, -2}, {0.5, 1}})); }, "cell (1, 2) is -2");
    ExpectError([] { s::ComputeAhp(Matrix({{1, 3, 5}, {1.0 / 3, 1, 3}, {0.5, 1.0 / 3, 1}})); },
                "cell (1, 3) is 5 but cell (3, 1) is 0.5; they must be reciprocal (0.2 expected)");
    ExpectError([] { s::ComputeAhp(Matrix({{2, 3}, {1.0 / 3, 1}})); },
                "cell (1, 1) is 2; an item compared with itself must be 1");
}

// A = D·C·D⁻¹ with C the cyclic matrix [[1, a, 1/a], [1/a, 1, a], [a, 1/a, 1]] and D = diag(1, 2, 4) is
// reciprocal, with C's eigenvalues: λmax = 1 + a + 1/a and the Perron vector D·(1, 1, 1) = (1, 2, 4)/7.
// The second eigenvalue has modulus √(a² − a + 1), so power iteration gains a factor of about
// 1 − 1.5/a per step: for a = 10⁹ it cannot settle in 1000 iterations, and the eigen-solver decides.
BOOST_AUTO_TEST_CASE(judgements_far_outside_the_scale_fall_back_to_the_eigen_solver) {
    const double a = 1e9;
    const auto ahp = s::ComputeAhp(Matrix({{1, a / 2, 1 / (4 * a)}, {2 / a, 1, a / 2}, {4 * a, 2 / a, 1}}));
    BOOST_TEST(!ahp.converged);
    BOOST_TEST(ahp.iterations == s::kAhpMaxIterations);
    BOOST_TEST(ahp.weights(0) == 1.0 / 7, tt::tolerance(1e-6));
    BOOST_TEST(ahp.weights(1) == 2.0 / 7, tt::tolerance(1e-6));
    BOOST_TEST(ahp.weights(2) == 4.0 / 7, tt::tolerance(1e-6));
    BOOST_TEST(ahp.lambda_max == 1 + a + 1 / a, tt::tolerance(1e-9));
    BOOST_TEST(ahp.ci == (a - 2) / 2, tt::tolerance(1e-9));  // (λmax − 3)/2
    BOOST_TEST(ahp.cr == (a - 2) / 2 / 0.58, tt::tolerance(1e-9));
    BOOST_TEST(!ahp.Consistent());
    BOOST_REQUIRE_EQUAL(ahp.warnings.size(), 2u);
    BOOST_TEST(ahp.warnings[0] == "3 judgements lie outside Saaty's scale 1/9 to 9 (first: cell (1, 2) is "
                                  "5e+08); such a judgement outweighs all the others: check it");
    BOOST_TEST(ahp.warnings[1].find("power iteration did not converge in 1000 iterations") == 0, ahp.warnings[1]);
    // The same cycle with a = 9, on the scale: it converges, with no warning, to the same vector.
    const auto on_scale = s::ComputeAhp(Matrix({{1, 4.5, 1.0 / 36}, {2.0 / 9, 1, 4.5}, {36, 2.0 / 9, 1}}));
    BOOST_TEST(on_scale.converged);
    BOOST_TEST(on_scale.weights(2) == 4.0 / 7, tt::tolerance(1e-9));
    BOOST_TEST(on_scale.lambda_max == 1 + 9 + 1.0 / 9, tt::tolerance(1e-9));
    BOOST_REQUIRE_EQUAL(on_scale.warnings.size(), 1u);  // a13 = 1/36 lies below 1/9
    BOOST_TEST(on_scale.warnings[0].find("1 judgement lies outside Saaty's scale 1/9 to 9 (cell (1, 3) is") == 0,
               on_scale.warnings[0]);
}

BOOST_AUTO_TEST_CASE(csv_with_labels_and_fractions) {
    const auto parsed = s::ParsePairwiseCsv(",P1,P2,P3\nP1,1,3,5\nP2,1/3,1,3\nP3,1/5,1/3,1\n", "m.csv");
    BOOST_TEST(parsed.labels == (std::vector<std::string>{"P1", "P2", "P3"}), tt::per_element());
    BOOST_TEST(Round4(s::ComputeAhp(parsed.matrix).weights(0)) == 0.6370);
    BOOST_TEST(s::ParsePairwiseCsv("1,3\n1/3,1\n", "m.csv").labels.empty());
    // A ';' file from a spreadsheet that writes decimal commas, with a ';' at the end of each line.
    const auto comma = s::ParsePairwiseCsv(";P1;P2;\nP1;1;2;\nP2;0,5;1;\n", "m.csv");
    BOOST_TEST(comma.labels == (std::vector<std::string>{"P1", "P2"}), tt::per_element());
    BOOST_TEST(comma.matrix(1, 0) == 0.5);
}

struct BadCsv {
    const char* text;
    const char* message;
};
std::ostream& operator<<(std::ostream& out, const BadCsv& c) { return out << c.message; }
const BadCsv kBadCsv[] = {
    {"1,3\n1/3,1,2\n", "m.csv line 2: 3 values, 2 expected (the matrix must be square; the file was read as separated by ',')"},
    {"1,three\n1/3,1\n", "m.csv line 1, column 2: \"three\" is not a number (write 3, 0.5 or 1/3)"},
    {"1,3\n0.5,1\n", "m.csv: cell (1, 2) is 3 but cell (2, 1) is 0.5; they must be reciprocal"},
    {"", "m.csv: the file is empty; it needs a square matrix"},
};

BOOST_DATA_TEST_CASE(bad_csv_names_line_and_column, bdata::make(kBadCsv), bad) {
    ExpectError([&] { s::ParsePairwiseCsv(bad.text, "m.csv"); }, bad.message);
}

BOOST_AUTO_TEST_SUITE_END()
