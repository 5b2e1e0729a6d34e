# Boost.Test as a static library, compiled from the implementation files Debian's headers carry
# (the Linux build links Debian's shared one); with a small BoostConfig.cmake so that the kit's
# find_package(Boost COMPONENTS unit_test_framework) finds it.
source_package=""
depends=(headers)
installed_packages=(libboost1.74-dev libboost-test1.74-dev)
build() {
  local headers; headers=$(echo "$DEP_PREFIXES" | tr ' ' '\n' | grep '/headers-')
  printf '#include <boost/test/included/unit_test.hpp>\n' > unit_test_framework.cpp
  $CXX -O2 -std=c++20 -I"$headers/include" -c unit_test_framework.cpp -o unit_test_framework.o
  mkdir -p "$PREFIX/lib/cmake/Boost-1.74.0"
  $AR rcs "$PREFIX/lib/libboost_unit_test_framework.a" unit_test_framework.o
  cat > "$PREFIX/lib/cmake/Boost-1.74.0/BoostConfigVersion.cmake" <<'CMAKE'
set(PACKAGE_VERSION 1.74.0)
if(PACKAGE_FIND_VERSION VERSION_GREATER PACKAGE_VERSION)
  set(PACKAGE_VERSION_COMPATIBLE FALSE)
else()
  set(PACKAGE_VERSION_COMPATIBLE TRUE)
endif()
CMAKE
  cat > "$PREFIX/lib/cmake/Boost-1.74.0/BoostConfig.cmake" <<CMAKE
# Boost 1.74 headers (Debian's) and the static Boost.Test built by scripts/windows/deps/boost-test.sh.
set(Boost_VERSION 1.74.0)
set(Boost_INCLUDE_DIRS "$headers/include")
if(NOT TARGET Boost::headers)
  add_library(Boost::headers INTERFACE IMPORTED)
  set_target_properties(Boost::headers PROPERTIES INTERFACE_INCLUDE_DIRECTORIES "$headers/include")
  add_library(Boost::boost ALIAS Boost::headers)
  add_library(Boost::unit_test_framework STATIC IMPORTED)
  set_target_properties(Boost::unit_test_framework PROPERTIES
    IMPORTED_LOCATION "$PREFIX/lib/libboost_unit_test_framework.a"
    INTERFACE_LINK_LIBRARIES Boost::headers)
endif()
foreach(component \${Boost_FIND_COMPONENTS})
  if(component STREQUAL "unit_test_framework")
    set(Boost_\${component}_FOUND TRUE)
  else()
    set(Boost_\${component}_FOUND FALSE)
  endif()
endforeach()
CMAKE
}
