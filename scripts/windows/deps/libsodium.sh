# libsodium: the sealed files' encryption (Argon2id, XChaCha20-Poly1305). Debian's source has no
# configure script: autogen.sh makes it. Users of the static library define SODIUM_STATIC (sodium.pc).
source_package=libsodium
depends=()
build() {
  ./autogen.sh -s
  ./configure --host="$HOST" --prefix="$PREFIX" --disable-shared --enable-static --disable-dependency-tracking
  make -j"$JOBS"
  make install
}
