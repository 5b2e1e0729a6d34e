# The Windows kit (scripts/windows/build.sh): resources compiled into both programs, and the
# `windows_kit` target that lays out the kit as it travels — the programs, the fonts the PDF
# embeds, the catalogs of the kit and of wxWidgets. Nothing here applies to other systems.

# c5_windows_resources(target name description [GUI]): the manifest, icon and version resource.
function(c5_windows_resources target name description)
  if(NOT WIN32)
    return()
  endif()
  cmake_parse_arguments(ARG "GUI" "" "" ${ARGN})
  set(rc "${PROJECT_BINARY_DIR}/windows/${target}.rc")
  set(gui_define "")
  if(ARG_GUI)
    set(gui_define "#define C5_RESOURCE_GUI 1\n")
  endif()
  file(CONFIGURE OUTPUT "${rc}" CONTENT
    "#define C5_RESOURCE_NAME \"${name}\"\n#define C5_RESOURCE_DESCRIPTION \"${description}\"\n${gui_define}#include \"${PROJECT_BINARY_DIR}/windows/c5kit-common.rc\"\n")
  target_sources(${target} PRIVATE "${rc}")
endfunction()

if(NOT WIN32)
  return()
endif()
# Static libraries only: the Windows platform files put the import libraries (.dll.a) first, so
# pkg-config's "-lz" (minizip, libxlsxwriter) found zlib1.dll's, a DLL the target machine lacks.
set(CMAKE_FIND_LIBRARY_SUFFIXES .a)
enable_language(RC)
set(C5_WINDOWS_RESOURCE_DIR "${PROJECT_SOURCE_DIR}/app/windows")
configure_file("${C5_WINDOWS_RESOURCE_DIR}/c5kit.rc.in" "${PROJECT_BINARY_DIR}/windows/c5kit-common.rc" @ONLY)
