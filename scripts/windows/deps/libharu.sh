# libharu, the PDF writer of the report, static, with our libpng and MinGW's zlib.
source_package=libharu
depends=(libpng)
build() {
  c5_cmake_cross . -DLIBHPDF_SHARED=OFF -DLIBHPDF_STATIC=ON -DLIBHPDF_EXAMPLES=OFF -DDEVPAK=OFF
  # Its install copies the zlib and libpng it found (zlib's DLL import library among them): the kit
  # links the static ones from their own prefixes.
  rm -f "$PREFIX"/lib/libz* "$PREFIX"/lib/libpng*
}
