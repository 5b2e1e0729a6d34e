# Finds libharu (Debian: libhpdf-dev, which ships neither a CMake nor a pkg-config file).
# Defines HPDF_FOUND, HPDF_VERSION and the imported target HPDF::HPDF.
find_path(HPDF_INCLUDE_DIR NAMES hpdf.h)
# hpdfs: the static library libharu's own build makes (the Windows build's).
find_library(HPDF_LIBRARY NAMES hpdf libhpdf hpdfs)
if(HPDF_INCLUDE_DIR AND EXISTS "${HPDF_INCLUDE_DIR}/hpdf_version.h")
  file(STRINGS "${HPDF_INCLUDE_DIR}/hpdf_version.h" _hpdf_version_line
       REGEX "#define HPDF_VERSION_TEXT")
  string(REGEX REPLACE ".*\"([0-9.]+).*\".*" "\\1" HPDF_VERSION "${_hpdf_version_line}")
endif()
include(FindPackageHandleStandardArgs)
find_package_handle_standard_args(HPDF
  REQUIRED_VARS HPDF_LIBRARY HPDF_INCLUDE_DIR
  VERSION_VAR HPDF_VERSION)
if(HPDF_FOUND AND NOT TARGET HPDF::HPDF)
  add_library(HPDF::HPDF UNKNOWN IMPORTED)
  set_target_properties(HPDF::HPDF PROPERTIES
    IMPORTED_LOCATION "${HPDF_LIBRARY}"
    INTERFACE_INCLUDE_DIRECTORIES "${HPDF_INCLUDE_DIR}")
  if(HPDF_LIBRARY MATCHES "\\.a$")  # a static libharu needs its own dependencies linked too
    find_package(PNG REQUIRED)
    find_package(ZLIB REQUIRED)
    set_property(TARGET HPDF::HPDF PROPERTY INTERFACE_LINK_LIBRARIES PNG::PNG ZLIB::ZLIB)
  endif()
endif()
mark_as_advanced(HPDF_INCLUDE_DIR HPDF_LIBRARY)
