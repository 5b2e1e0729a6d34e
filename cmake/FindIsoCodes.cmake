# Finds the iso-codes data (Debian: iso-codes): the ISO 3166-1 country list the kit embeds.
# Defines ISOCODES_3166_1_JSON.
find_file(ISOCODES_3166_1_JSON NAMES iso_3166-1.json
  PATH_SUFFIXES iso-codes/json share/iso-codes/json
  PATHS /usr/share /usr/local/share)
include(FindPackageHandleStandardArgs)
find_package_handle_standard_args(IsoCodes REQUIRED_VARS ISOCODES_3166_1_JSON)
mark_as_advanced(ISOCODES_3166_1_JSON)
