# `cpack` (or `cmake --build build --target package`) makes a Debian package of the kit.
install(FILES README.md DESTINATION share/doc/c5kit)
install(DIRECTORY docs/ DESTINATION share/doc/c5kit/docs FILES_MATCHING PATTERN "*.md")

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME c5kit)
set(CPACK_PACKAGE_VENDOR "C5 Readiness Kit developers")
set(CPACK_PACKAGE_CONTACT "C5 Readiness Kit developers <dev@c5kit.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Offline readiness self-assessment for WSIS action line C5")
set(CPACK_PACKAGE_DESCRIPTION "Guides a national team through a self-assessment of readiness in building \
confidence and security in the use of ICTs (WSIS action line C5), scores it with a transparent model adjusted \
for ICT penetration, and writes a PDF baseline report. Desktop app (c5kit) and command line (c5kit-cli).")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_STRIP_FILES ON)  # no debug info in the package
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)  # the wx, SQLite, libharu … libraries it links, from dpkg-shlibdeps
# The report's fonts travel in the package itself, prepared at build time (reports/fonts).
# wxWidgets' own buttons in the interface's language (wx3.2-i18n; Arabic comes with the kit).
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "wx3.2-i18n")
include(CPack)
