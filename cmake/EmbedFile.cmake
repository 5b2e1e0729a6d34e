# Script mode helper of c5_embed_file: writes OUTPUT, a C++ file holding the bytes of INPUT.
file(READ "${INPUT}" hex HEX)
string(LENGTH "${hex}" hex_length)
math(EXPR byte_count "${hex_length} / 2")
string(REGEX REPLACE "([0-9a-f][0-9a-f])" "0x\\1," bytes "${hex}")
string(REGEX REPLACE "((0x..,){32})" "\\1\n" bytes "${bytes}")
file(WRITE "${OUTPUT}.tmp"
"// Generated from ${INPUT}; do not edit.\n#include <string_view>\n"
"namespace c5::embedded {\nnamespace {\nconst unsigned char kBytes[${byte_count} + 1] = {\n${bytes}0x00};\n}\n"
"extern const std::string_view ${SYMBOL};\n"
"const std::string_view ${SYMBOL}{reinterpret_cast<const char*>(kBytes), ${byte_count}};\n}\n")
file(RENAME "${OUTPUT}.tmp" "${OUTPUT}")
