# utf8proc: Unicode normalisation (NFC) and case folding of text from outside. Users of the static
# library define UTF8PROC_STATIC, which the installed libutf8proc.pc is made to say.
source_package=utf8proc
depends=()
build() {
  c5_cmake_cross . -DUTF8PROC_ENABLE_TESTING=OFF -DUTF8PROC_INSTALL=ON
  grep -q UTF8PROC_STATIC "$PREFIX/lib/pkgconfig/libutf8proc.pc" ||
    sed -i 's/^Cflags:.*/& -DUTF8PROC_STATIC/' "$PREFIX/lib/pkgconfig/libutf8proc.pc"
}
