#define BOOST_TEST_MODULE scoring
#include <boost/test/unit_test.hpp>
