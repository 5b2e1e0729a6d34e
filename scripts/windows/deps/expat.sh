# expat: the XML parser that reads an instrument workbook's sheets (questionnaire/src/xlsx_reader.cpp).
# Built as Debian builds libexpat from its expat source package: the library's autotools build in
# the expat/ folder (buildconf.sh, then configure), here static and without the xmlwf tool,
# examples, tests or docs. (Its CMake build does not fit Debian's security patches, which test
# `XML_DTD == 1` as only configure defines it.) Users of the static library define XML_STATIC
# (otherwise expat.h declares its functions as DLL imports), which the installed expat.pc is made to
# say; the kit finds it through expat.pc, as on Linux.
source_package=expat
depends=()
build() {
  cd expat
  ./buildconf.sh
  ./configure --host="$HOST" --prefix="$PREFIX" --disable-shared --enable-static --without-docbook \
    --without-xmlwf --without-examples --without-tests
  make -j"$JOBS"
  make install
  grep -q XML_STATIC "$PREFIX/lib/pkgconfig/expat.pc" ||
    sed -i 's/^Cflags:.*/& -DXML_STATIC/' "$PREFIX/lib/pkgconfig/expat.pc"
}
