# {fmt}: the kit's text formatting.
source_package=fmtlib
depends=()
build() {
  c5_cmake_cross . -DFMT_DOC=OFF -DFMT_TEST=OFF -DFMT_INSTALL=ON
}
