#define BOOST_TEST_MODULE questionnaire
#include <boost/test/unit_test.hpp>
