# libxlsxwriter: the results workbook (XLSX), with the minizip, MD5 and temp-file code it bundles
# and MinGW's zlib.
source_package=libxlsxwriter
depends=()
build() {
  # Sheet names are compared with strcasecmp, which MinGW maps to msvcrt's _stricmp: under the
  # user's locale (the kit calls setlocale) it folds the bytes of UTF-8 names, and two Chinese
  # sheet names ("分数", "分歧") came out equal. Glibc's C-locale rule instead: ASCII letters only.
  perl -0pi -e 's/#define lxw_strcasecmp strcasecmp/static inline int lxw_strcasecmp(const char *a, const char *b) {\n    unsigned char x, y;\n    do {\n        x = (unsigned char) *a++; y = (unsigned char) *b++;\n        if (x >= 0x41 && x <= 0x5A) x += 0x20;\n        if (y >= 0x41 && y <= 0x5A) y += 0x20;\n    } while (x && x == y);\n    return x - y;\n}/' include/xlsxwriter/utility.h
  grep -q 'static inline int lxw_strcasecmp' include/xlsxwriter/utility.h
  c5_cmake_cross . -DBUILD_TESTS=OFF -DBUILD_EXAMPLES=OFF -DUSE_SYSTEM_MINIZIP=OFF -DUSE_DTOA_LIBRARY=ON \
    -DZLIB_USE_STATIC_LIBS=ON
}
