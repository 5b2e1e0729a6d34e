# Cross-compiling the kit for 64-bit Windows with Debian's MinGW-w64 (POSIX threads model), against
# the dependency prefixes scripts/windows/build.sh makes (C5_WINDOWS_PREFIXES, a list).
set(CMAKE_SYSTEM_NAME Windows)
set(CMAKE_SYSTEM_PROCESSOR x86_64)
set(C5_MINGW_HOST x86_64-w64-mingw32)
set(CMAKE_C_COMPILER ${C5_MINGW_HOST}-gcc-posix)
set(CMAKE_CXX_COMPILER ${C5_MINGW_HOST}-g++-posix)
set(CMAKE_RC_COMPILER ${C5_MINGW_HOST}-windres)

# try_compile projects see the same prefixes.
list(APPEND CMAKE_TRY_COMPILE_PLATFORM_VARIABLES C5_WINDOWS_PREFIXES C5_WINDOWS_EMULATOR)
set(CMAKE_FIND_ROOT_PATH /usr/${C5_MINGW_HOST} ${C5_WINDOWS_PREFIXES})
set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
set(CMAKE_FIND_ROOT_PATH_MODE_LIBRARY ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_INCLUDE ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_PACKAGE ONLY)
set(CMAKE_FIND_LIBRARY_SUFFIXES .a)
set(ZLIB_USE_STATIC_LIBS ON)  # libz.a, not the import library of zlib1.dll (libz.dll.a)

# pkg-config reads only the prefixes' files, never the build machine's.
set(_c5_pc_dirs /usr/${C5_MINGW_HOST}/lib/pkgconfig)
foreach(_c5_prefix IN LISTS C5_WINDOWS_PREFIXES)
  list(APPEND _c5_pc_dirs ${_c5_prefix}/lib/pkgconfig)
endforeach()
string(REPLACE ";" ":" _c5_pc_dirs "${_c5_pc_dirs}")
set(ENV{PKG_CONFIG_LIBDIR} "${_c5_pc_dirs}")
set(ENV{PKG_CONFIG_PATH} "")

# No DLL beyond Windows' own may be needed on the target machine: the C++ runtime, libgcc and
# winpthread are linked in.
set(CMAKE_EXE_LINKER_FLAGS_INIT "-static -static-libgcc -static-libstdc++")
# Static libraries name their own dependencies by -l only (wx-config's -lpng): every prefix's lib.
foreach(_c5_prefix IN LISTS C5_WINDOWS_PREFIXES)
  string(APPEND CMAKE_EXE_LINKER_FLAGS_INIT " -L${_c5_prefix}/lib")
endforeach()

# Tests and generators run the Windows programs through Wine (scripts/windows/wine.sh).
if(C5_WINDOWS_EMULATOR)
  set(CMAKE_CROSSCOMPILING_EMULATOR ${C5_WINDOWS_EMULATOR})
endif()

# GCC 12 at -O3 warns of overlapping copies inside std::string's operator+ that cannot happen
# (GCC bug 105329, fixed in GCC 13): the Release build would otherwise print four false warnings.
set(CMAKE_CXX_FLAGS_INIT "-Wno-restrict")
