# Language level, warnings, ccache and sanitizers for every target of the kit.
set(CMAKE_CXX_STANDARD 20)
set(CMAKE_CXX_STANDARD_REQUIRED ON)
set(CMAKE_CXX_EXTENSIONS OFF)
set(CMAKE_EXPORT_COMPILE_COMMANDS ON)
if(NOT CMAKE_BUILD_TYPE AND NOT CMAKE_CONFIGURATION_TYPES)
  set(CMAKE_BUILD_TYPE RelWithDebInfo CACHE STRING "Build type" FORCE)
endif()

find_program(C5_CCACHE ccache)
if(C5_CCACHE)
  # pch_defines and time_macros let ccache also cache the precompiled wx header.
  set(C5_CCACHE_LAUNCHER "${CMAKE_COMMAND}" -E env CCACHE_SLOPPINESS=pch_defines,time_macros "${C5_CCACHE}")
  set(CMAKE_C_COMPILER_LAUNCHER ${C5_CCACHE_LAUNCHER})
  set(CMAKE_CXX_COMPILER_LAUNCHER ${C5_CCACHE_LAUNCHER})
endif()

# c5_target_defaults(target): the warning set every target of the kit is compiled with.
function(c5_target_defaults target)
  if(MSVC)
    target_compile_options(${target} PRIVATE /W4 /utf-8)
  else()
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow
      -Wnon-virtual-dtor -Wcast-align -Wunused -Woverloaded-virtual
      -Wimplicit-fallthrough)
  endif()
endfunction()

if(C5_SANITIZE)
  add_compile_options(-fsanitize=address,undefined -fno-omit-frame-pointer
                      -fno-sanitize-recover=undefined)
  # GCC 12 reports false maybe-uninitialized warnings inside libstdc++ under ASan.
  if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
    add_compile_options(-Wno-maybe-uninitialized)
  endif()
  add_link_options(-fsanitize=address,undefined)
endif()

if(C5_FUZZ)
  if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
    message(FATAL_ERROR "C5_FUZZ needs clang (libFuzzer): configure with CC=clang CXX=clang++ (scripts/fuzz.sh)")
  endif()
  # Coverage for every library of the kit; the fuzzer's own main is linked into the fuzz programs.
  add_compile_options(-fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer
                      -fno-sanitize-recover=undefined)
  add_link_options(-fsanitize=address,undefined)
endif()

# What differs between operating systems sits behind small interfaces, one file per system side by
# side (<name>_posix.cpp, <name>_windows.cpp); C5_OS names the one this build compiles.
if(WIN32)
  set(C5_OS windows)
else()
  set(C5_OS posix)
endif()
