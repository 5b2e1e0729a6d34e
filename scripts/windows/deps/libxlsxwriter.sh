# libxlsxwriter: the results workbook (XLSX), with the minizip, MD5 and temp-file code it bundles
# and MinGW's zlib.
source_package=libxlsxwriter
depends=()
build() {
  c5_cmake_cross . -DBUILD_TESTS=OFF -DBUILD_EXAMPLES=OFF -DUSE_SYSTEM_MINIZIP=OFF -DUSE_DTOA_LIBRARY=ON \
    -DZLIB_USE_STATIC_LIBS=ON
}
