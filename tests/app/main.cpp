#define BOOST_TEST_MODULE app_common
#include <boost/test/unit_test.hpp>
