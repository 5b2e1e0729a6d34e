# c5_embed_file(TARGET target INPUT file SYMBOL name): compiles the bytes of `file` into `target`
# as `extern const std::string_view c5::embedded::name`, so the kit never depends on finding
# its data files at run time (portable installs, USB-stick copies of the binaries).
function(c5_embed_file)
  cmake_parse_arguments(ARG "" "TARGET;INPUT;SYMBOL" "" ${ARGN})
  set(output "${CMAKE_CURRENT_BINARY_DIR}/embedded_${ARG_SYMBOL}.cpp")
  add_custom_command(
    OUTPUT "${output}"
    COMMAND "${CMAKE_COMMAND}" -DINPUT=${ARG_INPUT} -DOUTPUT=${output} -DSYMBOL=${ARG_SYMBOL}
            -P "${C5_CMAKE_DIR}/EmbedFile.cmake"
    DEPENDS "${ARG_INPUT}" "${C5_CMAKE_DIR}/EmbedFile.cmake"
    COMMENT "Embedding ${ARG_INPUT}"
    VERBATIM)
  target_sources(${ARG_TARGET} PRIVATE "${output}")
endfunction()
set(C5_CMAKE_DIR "${CMAKE_CURRENT_LIST_DIR}")
