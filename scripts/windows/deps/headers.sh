# The header-only libraries, from the same Debian packages the Linux build uses (scripts/packages.txt):
# Eigen, nlohmann-json, CLI11, Random123 and Boost (Boost.Test is compiled by boost-test.sh).
# Linked, not copied: they are architecture-independent; the key follows their installed versions.
source_package=""
depends=()
installed_packages=(libeigen3-dev nlohmann-json3-dev libcli11-dev librandom123-dev libboost1.74-dev)
build() {
  mkdir -p "$PREFIX/include" "$PREFIX/share"
  for folder in eigen3 nlohmann CLI Random123 boost; do ln -s "/usr/include/$folder" "$PREFIX/include/$folder"; done
  # Their CMake package files compute the prefix from their own location: copies beside the links.
  mkdir -p "$PREFIX/share/eigen3" "$PREFIX/share/cmake"
  cp -r /usr/share/eigen3/cmake "$PREFIX/share/eigen3/"
  cp -r /usr/share/cmake/nlohmann_json /usr/share/cmake/CLI11 "$PREFIX/share/cmake/"
}
