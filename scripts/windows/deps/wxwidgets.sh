# wxWidgets 3.2, MSW port, static: the desktop app. Debian's source is repacked without the bundled
# zlib/png/expat/jpeg/tiff, so it builds against MinGW's zlib (libz-mingw-w64-dev) and our libpng;
# only the parts the app uses (base and core) are built, which halves the build time.
source_package=wxwidgets3.2
depends=(libpng)
build() {
  mkdir -p _build && cd _build
  ../configure --host="$HOST" --prefix="$PREFIX" --with-msw --disable-shared --enable-unicode \
    --disable-debug_info --with-zlib=sys --with-libpng=sys --without-expat --without-libtiff \
    --without-libjpeg --without-liblzma --without-libcurl --without-opengl --with-regex=builtin \
    --disable-xrc --disable-html --disable-aui --disable-propgrid --disable-ribbon --disable-richtext \
    --disable-stc --disable-webview --disable-mediactrl --disable-webrequest \
    --disable-sound --disable-joystick --disable-tests \
    CPPFLAGS="$CPPFLAGS -I/usr/$HOST/include" LDFLAGS="$LDFLAGS -L/usr/$HOST/lib"
  make -j"$JOBS"
  make install
  # The catalogs of wx's own strings (buttons, standard dialogs) travel with the kit.
  mkdir -p "$PREFIX/share/locale"
  for po in ../locale/*.po; do
    language=$(basename "$po" .po)
    mkdir -p "$PREFIX/share/locale/$language/LC_MESSAGES"
    msgfmt -o "$PREFIX/share/locale/$language/LC_MESSAGES/wxstd-3.2.mo" "$po"
  done
}
