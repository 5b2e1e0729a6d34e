# GNU FriBidi: the order of Arabic and mixed-direction text in the PDF. Users of the static library
# define FRIBIDI_LIB_STATIC, which the installed fribidi.pc is made to say.
source_package=fribidi
depends=()
build() {
  ./configure --host="$HOST" --prefix="$PREFIX" --disable-shared --enable-static --disable-docs CC_FOR_BUILD=gcc
  make -j"$JOBS"
  make install
  grep -q FRIBIDI_LIB_STATIC "$PREFIX/lib/pkgconfig/fribidi.pc" ||
    sed -i 's/^Cflags:.*/& -DFRIBIDI_LIB_STATIC/' "$PREFIX/lib/pkgconfig/fribidi.pc"
}
