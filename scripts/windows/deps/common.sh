# Shared by scripts/windows/build.sh and its recipes (deps/*.sh): where things live, how a Debian
# source package is fetched, and how each dependency is built once into its own cached prefix.
#
# A recipe is deps/<name>.sh and sets:
#   source_package   the Debian source package to build from ("" for a recipe that copies files)
#   depends=( … )     other recipes whose prefixes it builds against
#   build()          runs in the unpacked source tree and installs into $PREFIX
# Its prefix is $C5_WINDOWS_CACHE/prefix/<name>-<key>, where <key> hashes the source package's
# Debian version, the recipe's text, the cross compiler's version and the keys of its depends: a
# prefix is rebuilt only when one of those changes. Adding a dependency is adding one such file.

HOST=x86_64-w64-mingw32
C5_WINDOWS_CACHE=${C5_WINDOWS_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/c5kit-windows}
JOBS=${JOBS:-$(nproc 2>/dev/null || echo 2)}
recipes_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
declare -A c5_dep_key=() c5_dep_prefix=()

# apt-get / apt-cache with a private deb-src list: the system's apt setup stays untouched.
apt_src() { c5_apt apt-get "$@"; }
c5_apt() {
  local apt="$C5_WINDOWS_CACHE/apt" tool=$1; shift
  "$tool" -q -o Dir::Etc::SourceList="$apt/sources.list" -o Dir::Etc::SourceParts=/dev/null \
    -o Dir::State::Lists="$apt/lists" -o Dir::Cache="$apt/cache" -o APT::Sandbox::User=root "$@"
}

# Refreshes the private source index (once per run); an offline run keeps the index it has.
c5_source_index() {
  local apt="$C5_WINDOWS_CACHE/apt"
  mkdir -p "$apt/lists/partial" "$apt/cache/archives/partial"
  # Debian 12 ("bookworm"), main, with its point-release and security updates: the sources of the
  # packages the Linux build links against.
  cat > "$apt/sources.list" <<LIST
deb-src http://deb.debian.org/debian bookworm main
deb-src http://deb.debian.org/debian bookworm-updates main
deb-src http://deb.debian.org/debian-security bookworm-security main
LIST
  apt_src update > "$apt/update.log" 2>&1 || {
    ls "$apt/lists/"*Sources* > /dev/null 2>&1 || { cat "$apt/update.log" >&2; echo "windows: cannot reach the Debian source index" >&2; return 1; }
    echo "windows: source index not refreshed (offline?); using the cached one"
  }
}

# The versions of a source package the index offers, newest first.
c5_source_versions() {
  c5_apt apt-cache showsrc "$1" 2>/dev/null | awk -v name="$1" '
    /^Package: / { this = ($2 == name) } this && /^Version: / { print $2 }' | sort -u -r -V
}

# Downloads source package $1 into the cache and prints its version: the newest whose files the
# archive serves (a security update's files can be missing from a mirror: the one before is taken).
# When no version is served whole, the newest original tarball is built without Debian's patches.
c5_download_source() {
  local name=$1 version store fallback=""
  for version in $(c5_source_versions "$name"); do
    store="$C5_WINDOWS_CACHE/sources/${name}_${version#*:}"
    if [[ ! -f "$store/.complete" && ! -f "$store/.orig-only" ]]; then
      rm -rf "$store" && mkdir -p "$store"
      if ! (cd "$store" && apt_src source --download-only "$name=$version" > download.log 2>&1); then
        if [[ -z "$fallback" ]] && ls "$store"/*.orig.tar.* > /dev/null 2>&1; then
          touch "$store/.orig-only"
        else
          rm -rf "$store"
        fi
        echo "windows: $name $version is not served whole; trying the version before it" >&2
        [[ -z "$fallback" && -f "$store/.orig-only" ]] && fallback=${version#*:}
        continue
      fi
      touch "$store/.complete"
    fi
    if [[ -f "$store/.complete" ]]; then echo "${version#*:}"; return 0; fi
    [[ -z "$fallback" ]] && fallback=${version#*:}
  done
  if [[ -n "$fallback" ]]; then
    echo "windows: $name: building the original tarball of $fallback without Debian's patches" >&2
    echo "$fallback"
    return 0
  fi
  echo "windows: no version of the Debian source package $name could be downloaded" >&2
  return 1
}

# Unpacks source package $1 at (downloaded) version $2 into directory $3, Debian's patches applied
# (only the original tarball when that is all the archive served).
c5_unpack_source() {
  local store="$C5_WINDOWS_CACHE/sources/$1_$2" target=$3
  rm -rf "$target"
  if [[ -f "$store/.orig-only" ]]; then
    mkdir -p "$target"
    tar -xf "$(ls "$store"/*.orig.tar.* | head -1)" -C "$target" --strip-components=1
    return
  fi
  local dsc; dsc=$(ls "$store"/*.dsc | head -1)
  dpkg-source --no-check -x "$dsc" "$target" > "$store/unpack.log" 2>&1 || {
    cat "$store/unpack.log" >&2; echo "windows: could not unpack $dsc" >&2; return 1; }
}

# Builds recipe $1 (and its depends first) unless its prefix is cached; sets c5_dep_prefix[$1].
c5_dependency() {
  local name=$1
  [[ -n "${c5_dep_prefix[$name]:-}" ]] && return 0
  local recipe="$recipes_dir/$name.sh"
  [[ -f "$recipe" ]] || { echo "windows: no recipe $recipe" >&2; return 1; }
  local source_package depends=()
  source_package=$(unset source_package; source "$recipe"; echo "${source_package:-}")
  mapfile -t depends < <(unset depends; source "$recipe"; printf '%s\n' "${depends[@]}")
  local dep dep_keys=""
  for dep in "${depends[@]}"; do
    [[ -z "$dep" ]] && continue
    c5_dependency "$dep" || return 1
    dep_keys+="$dep=${c5_dep_key[$dep]} "
  done
  local version="none"
  if [[ -n "$source_package" ]]; then
    version=$(c5_download_source "$source_package") || return 1
  fi
  local key
  key=$(printf "%s\n" "$version" "$dep_keys" "$(cat "$recipe")" \
        "$($HOST-g++-posix --version | head -1)" "$(c5_recipe_extra_key "$recipe")" | sha256sum | cut -c1-12)
  local prefix="$C5_WINDOWS_CACHE/prefix/$name-$key"
  c5_dep_key[$name]=$key
  c5_dep_prefix[$name]=$prefix
  if [[ -f "$prefix/.complete" ]]; then
    echo "windows: $name ${version} (cached)"
    return 0
  fi
  local started=$SECONDS work="$C5_WINDOWS_CACHE/work/$name"
  # A build that was interrupted (a stopped session, a full disk) goes on where it stopped when
  # nothing it depends on changed: make and ninja redo only what is missing.
  if [[ -f "$work/.key" && "$(cat "$work/.key")" == "$key" && -d "$work/src" ]]; then
    echo "windows: building $name $version (going on with the interrupted build) …"
  else
    echo "windows: building $name $version …"
    rm -rf "$prefix" "$work" && mkdir -p "$prefix" "$work"
    if [[ -n "$source_package" ]]; then c5_unpack_source "$source_package" "$version" "$work/src" || return 1
    else mkdir -p "$work/src"; fi
    echo "$key" > "$work/.key"
  fi
  mkdir -p "$prefix"
  local dep_prefixes=() pc_dirs=()
  for dep in "${depends[@]}"; do
    [[ -z "$dep" ]] && continue
    dep_prefixes+=("${c5_dep_prefix[$dep]}")
    pc_dirs+=("${c5_dep_prefix[$dep]}/lib/pkgconfig")
  done
  # A separate bash, so that `set -e` holds inside the recipe (a subshell tested with || ignores it).
  local cppflags="" ldflags="" pc_libdir
  for dep in "${dep_prefixes[@]}"; do cppflags+=" -I$dep/include"; ldflags+=" -L$dep/lib"; done
  pc_libdir=$(IFS=:; echo "${pc_dirs[*]}:/usr/$HOST/lib/pkgconfig")
  if ! (cd "$work/src" && PREFIX="$prefix" HOST="$HOST" JOBS="$JOBS" DEP_PREFIXES="${dep_prefixes[*]}" \
        PKG_CONFIG_LIBDIR="$pc_libdir" PKG_CONFIG_PATH="" CC="$HOST-gcc-posix" CXX="$HOST-g++-posix" \
        AR="$HOST-ar" RANLIB="$HOST-ranlib" CFLAGS="-O2" CXXFLAGS="-O2" CPPFLAGS="$cppflags" LDFLAGS="$ldflags" \
        C5_TOOLCHAIN_FILE="${C5_TOOLCHAIN_FILE:-}" \
        bash -euo pipefail -c 'source "$1"; source "$2"; build' c5-recipe "$recipes_dir/common.sh" "$recipe") \
        > "$work/build.log" 2>&1; then
    tail -40 "$work/build.log" >&2
    echo "windows: building $name failed; the whole log is $work/build.log" >&2
    return 1
  fi
  touch "$prefix/.complete"
  rm -rf "$work"
  # Earlier builds of this dependency (other versions or recipes) are not needed any more.
  local stale
  for stale in "$C5_WINDOWS_CACHE/prefix/$name"-*; do
    [[ "$stale" != "$prefix" && -d "$stale" ]] && rm -rf "$stale"
  done
  echo "windows: $name $version built in $((SECONDS - started)) s"
}

# Recipes that copy files from installed Debian packages (no source package) key on those versions.
c5_recipe_extra_key() {
  local packages; packages=$(unset installed_packages; source "$1"; echo "${installed_packages[@]:-}")
  [[ -n "$packages" ]] && dpkg-query -W -f='${Package}=${Version}\n' $packages 2>/dev/null
  return 0
}

# The CMake toolchain file for a recipe that builds with CMake.
c5_cmake_cross() {
  local prefixes; prefixes=$(IFS=';'; echo "${DEP_PREFIXES// /;}")
  cmake -S "${1:-.}" -B _build -G Ninja -DCMAKE_TOOLCHAIN_FILE="$C5_TOOLCHAIN_FILE" \
    -DCMAKE_BUILD_TYPE=Release -DCMAKE_INSTALL_PREFIX="$PREFIX" -DCMAKE_PREFIX_PATH="$prefixes" \
    -DC5_WINDOWS_PREFIXES="$prefixes" -DBUILD_SHARED_LIBS=OFF "${@:2}"
  cmake --build _build -j "$JOBS"
  cmake --install _build
}
