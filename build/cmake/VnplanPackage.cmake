# Installing and packaging (issue 13): `cmake --install` and `cpack -G DEB`.
#
#   <prefix>/bin/vnplan                        the command-line tool
#   <prefix>/share/vnplan/templates/*.ott      its default template, found from bin/ (../share)
#   <prefix>/share/vnplan/vnplan.oxt           the extension, for `unopkg add` by hand
#   <prefix>/share/doc/vnplan/copyright        the licence (MPL-2.0)
# and, with the component "bundled" (the Debian package has it; `cmake --install --component
# bundled` adds it by hand), the extension unpacked where LibreOffice looks for BUNDLED
# extensions, so that every user of the machine has it:
#   <prefix>/lib/libreoffice/share/extensions/vnplan/
# Debian's libreoffice-common has a dpkg trigger on that folder (it touches it), and the office
# of each user synchronises its bundled extensions when the folder is newer than its profile's
# record: no postinst and no `unopkg` run is needed.
include(GNUInstallDirs)

install(TARGETS vnplan RUNTIME DESTINATION "${CMAKE_INSTALL_BINDIR}" COMPONENT tool)
install(FILES "${PROJECT_SOURCE_DIR}/extension/templates/ke-hoach.ott"
  DESTINATION "${CMAKE_INSTALL_DATADIR}/vnplan/templates" COMPONENT tool)
install(FILES "${VNPLAN_OXT}" DESTINATION "${CMAKE_INSTALL_DATADIR}/vnplan" COMPONENT tool)
# The licence where Debian's policy wants it (share/doc/<package>/copyright).
install(FILES "${PROJECT_SOURCE_DIR}/LICENSE" DESTINATION "${CMAKE_INSTALL_DOCDIR}"
  RENAME copyright COMPONENT tool)

if(UNIX AND NOT APPLE)
  # Relative to the prefix: /usr -> /usr/lib/libreoffice/share/extensions, Debian's place.
  set(VNPLAN_BUNDLED_DIR "lib/libreoffice/share/extensions" CACHE STRING
      "Where LibreOffice's bundled extensions live, relative to the install prefix")
  # The .oxt itself, unpacked: exactly what `unopkg add` would have installed.
  install(CODE "
    set(dest \"${VNPLAN_BUNDLED_DIR}/vnplan\")
    if(NOT IS_ABSOLUTE \"\${dest}\")
      set(dest \"\${CMAKE_INSTALL_PREFIX}/\${dest}\")
    endif()
    set(dest \"\$ENV{DESTDIR}\${dest}\")
    message(STATUS \"Installing: \${dest} (vnplan.oxt unpacked)\")
    file(REMOVE_RECURSE \"\${dest}\")
    file(ARCHIVE_EXTRACT INPUT \"${VNPLAN_OXT}\" DESTINATION \"\${dest}\")
    execute_process(COMMAND chmod -R u=rwX,go=rX \"\${dest}\")
    if(CMAKE_INSTALL_DO_STRIP AND EXISTS \"${CMAKE_STRIP}\")
      execute_process(COMMAND \"${CMAKE_STRIP}\" --strip-unneeded
                              \"\${dest}/lib/vnplan${CMAKE_SHARED_MODULE_SUFFIX}\")
    endif()"
    COMPONENT bundled EXCLUDE_FROM_ALL)
endif()

set(CPACK_PACKAGE_NAME vnplan)
set(CPACK_PACKAGE_VENDOR "vnplan")
set(CPACK_PACKAGE_CONTACT "vnplan maintainers <vnplan@localhost>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY
    "Calc extension and tool for Vietnamese award tables, index ranks and plan documents")
string(CONCAT CPACK_PACKAGE_DESCRIPTION
    "vnplan adds Calc functions and a menu for the clerks of Vietnamese people's committees\n"
    "(award-quota tables, quota allocation, index ranks, plan documents), installed as a\n"
    "bundled LibreOffice extension for every user, and the command-line tool vnplan.")
set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/LICENSE")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
# One package holding both components (the bundled one is left out of a plain install).
set(CPACK_COMPONENTS_ALL tool bundled)
set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_COMPONENTS_GROUPING ALL_COMPONENTS_IN_ONE)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${VNPLAN_PUBLISHER_URL}")
# dpkg-shlibdeps adds the libraries the tool and the component link (libuno-*, libicu72,
# libboost-*1.81.0, libstdc++6 ...); the office itself is named here.
find_program(VNPLAN_DPKG_SHLIBDEPS dpkg-shlibdeps)
mark_as_advanced(VNPLAN_DPKG_SHLIBDEPS)
if(VNPLAN_DPKG_SHLIBDEPS)
  set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
  # The UNO libraries are found in the office's program folder (the RPATH).
  set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS_PRIVATE_DIRS "${LibreOffice_PROGRAM_DIR}")
  set(CPACK_DEBIAN_PACKAGE_DEPENDS "libreoffice-calc (>= 4:7.4)")
else()
  set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS OFF)
  set(CPACK_DEBIAN_PACKAGE_DEPENDS
      "libreoffice-calc (>= 4:7.4), libicu72, libboost-json1.81.0, libboost-program-options1.81.0")
endif()
# libreoffice-help-common draws the help pages (F1, Help buttons); without it they cannot show.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "libreoffice-writer (>= 4:7.4), libreoffice-help-common")
set(CPACK_GENERATOR DEB)
include(CPack)
