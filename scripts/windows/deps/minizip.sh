# minizip: zip archives for the Word report (reports/src/ooxml/zip_writer.cpp) and for reading
# workbooks back. Debian builds its libminizip from zlib's source package (contrib/minizip); so
# does this recipe, against MinGW's zlib (libz-mingw-w64-dev). Installed as Debian installs it:
# headers in include/minizip, found through minizip.pc.
source_package=zlib
depends=()
build() {
  cd contrib/minizip
  local sources=(ioapi.c zip.c unzip.c iowin32.c)
  local objects=()
  for source in "${sources[@]}"; do
    "$CC" $CFLAGS -I/usr/$HOST/include -c "$source" -o "${source%.c}.o"
    objects+=("${source%.c}.o")
  done
  "$AR" rcs libminizip.a "${objects[@]}"
  mkdir -p "$PREFIX/lib/pkgconfig" "$PREFIX/include/minizip"
  cp libminizip.a "$PREFIX/lib/"
  cp ioapi.h zip.h unzip.h iowin32.h crypt.h "$PREFIX/include/minizip/"
  cat > "$PREFIX/lib/pkgconfig/minizip.pc" <<PC
prefix=$PREFIX
libdir=\${prefix}/lib
includedir=\${prefix}/include/minizip

Name: minizip
Description: Minizip zip file manipulation library (static, for Windows)
Version: $(sed -n 's/^#define ZLIB_VERSION "\(.*\)"/\1/p' ../../zlib.h)
Requires:
Libs: -L\${libdir} -lminizip -lz
Cflags: -I\${includedir}
PC
}
