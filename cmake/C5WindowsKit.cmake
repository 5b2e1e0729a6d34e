# The Windows kit's folder, <build>/kit, as the portable zip and the MSI carry it (target
# `windows_kit`, made by scripts/windows/build.sh):
#   c5kit.exe, c5kit-cli.exe           stripped, statically linked
#   fonts/                             the prepared fonts the PDF embeds (C5_REPORT_FONT_FILES) and their licenses
#   share/locale/<lang>/LC_MESSAGES/   c5kit.mo and wxWidgets' wxstd-3.2.mo for the kit's languages
# C5_WX_LOCALE_DIR names the wx prefix's share/locale (scripts/windows/deps/wxwidgets.sh).
if(NOT WIN32 OR NOT C5_BUILD_GUI)
  return()
endif()
set(C5_WX_LOCALE_DIR "" CACHE PATH "wxWidgets' compiled catalogs (<wx prefix>/share/locale)")
set(kit "${PROJECT_BINARY_DIR}/kit")
set(commands
  COMMAND "${CMAKE_COMMAND}" -E rm -rf "${kit}"
  COMMAND "${CMAKE_COMMAND}" -E make_directory "${kit}/fonts" "${kit}/share/locale"
  COMMAND "${CMAKE_COMMAND}" -E copy "$<TARGET_FILE:c5kit>" "$<TARGET_FILE:c5kit-cli>" "${kit}/"
  COMMAND "${CMAKE_STRIP}" "${kit}/c5kit.exe" "${kit}/c5kit-cli.exe")
# The prepared fonts (reports/fonts) and their licenses, as the Linux package installs them.
foreach(font IN LISTS C5_REPORT_FONT_FILES C5_REPORT_FONT_LICENSES)
  list(APPEND commands COMMAND "${CMAKE_COMMAND}" -E copy "${font}" "${kit}/fonts/")
endforeach()
list(APPEND commands COMMAND "${CMAKE_COMMAND}" -E copy_directory "${PROJECT_BINARY_DIR}/locale" "${kit}/share/locale")
# wx names Chinese zh_CN; the kit asks for zh.
foreach(language ar es fr ru zh)
  set(wx_language ${language})
  if(language STREQUAL "zh")
    set(wx_language zh_CN)
  endif()
  set(catalog "${C5_WX_LOCALE_DIR}/${wx_language}/LC_MESSAGES/wxstd-3.2.mo")
  if(EXISTS "${catalog}")
    list(APPEND commands
      COMMAND "${CMAKE_COMMAND}" -E make_directory "${kit}/share/locale/${language}/LC_MESSAGES"
      COMMAND "${CMAKE_COMMAND}" -E copy "${catalog}" "${kit}/share/locale/${language}/LC_MESSAGES/")
  endif()
endforeach()
add_custom_target(windows_kit ${commands} DEPENDS c5kit c5kit-cli c5kit_catalogs c5_report_fonts
  COMMENT "Laying out the Windows kit in ${kit}" VERBATIM)
