# SQLiteCpp, the C++ face of SQLite the store uses; built against our SQLite (not its bundled copy).
source_package=sqlitecpp
depends=(sqlite)
build() {
  c5_cmake_cross . -DSQLITECPP_INTERNAL_SQLITE=OFF -DSQLITECPP_RUN_CPPLINT=OFF -DSQLITECPP_RUN_CPPCHECK=OFF \
    -DSQLITECPP_BUILD_TESTS=OFF -DSQLITECPP_BUILD_EXAMPLES=OFF -DSQLITE_ENABLE_COLUMN_METADATA=ON
}
