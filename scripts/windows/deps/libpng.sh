# libpng: the PNG codec behind wxWidgets' images and libharu's embedded pictures.
source_package=libpng1.6
depends=()
build() {
  ./configure --host="$HOST" --prefix="$PREFIX" --disable-shared --enable-static \
    CPPFLAGS="-I/usr/$HOST/include" LDFLAGS="-L/usr/$HOST/lib"
  make -j"$JOBS"
  make install
}
