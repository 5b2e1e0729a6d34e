# SQLite, the .c5a store: the amalgamation sqlite3.c is generated on the build machine (Tcl), then
# cross-compiled with the compile-time options Debian's own package uses (read from debian/rules).
source_package=sqlite3
depends=()
build() {
  mkdir -p _host && (cd _host && env -u CC -u CXX -u AR -u RANLIB -u CFLAGS -u CPPFLAGS -u LDFLAGS \
    ../configure --disable-tcl > /dev/null && make sqlite3.c sqlite3.h)
  local options
  options=$(sed -n '/^export CFLAGS += /,/^$/p' debian/rules | grep -o -- '-DSQLITE_[A-Z0-9_]*\(=[0-9]*\)\?' | tr '\n' ' ')
  [[ "$options" == *SQLITE_THREADSAFE* ]] || { echo "no SQLite options found in debian/rules" >&2; return 1; }
  echo "SQLite options: $options" > "$PREFIX/sqlite-options.txt"
  $CC -O2 -fno-strict-aliasing $options -c _host/sqlite3.c -o sqlite3.o
  mkdir -p "$PREFIX/lib/pkgconfig" "$PREFIX/include"
  $AR rcs "$PREFIX/lib/libsqlite3.a" sqlite3.o
  cp _host/sqlite3.h src/sqlite3ext.h "$PREFIX/include/"
  local version; version=$(sed -n 's/^#define SQLITE_VERSION *"\(.*\)"/\1/p' _host/sqlite3.h)
  printf 'prefix=%s\nlibdir=${prefix}/lib\nincludedir=${prefix}/include\n\nName: SQLite\nDescription: SQL database engine\nVersion: %s\nLibs: -L${libdir} -lsqlite3\nCflags: -I${includedir}\n' \
    "$PREFIX" "$version" > "$PREFIX/lib/pkgconfig/sqlite3.pc"
}
