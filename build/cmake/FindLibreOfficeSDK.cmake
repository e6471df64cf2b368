# Finds the LibreOffice SDK and office program folder.
#
# Hints: LibreOfficeSDK_ROOT / env OO_SDK_HOME (the sdk folder), LibreOffice_PROGRAM_DIR /
# env LO_PROGRAM_DIR (the office's program folder).
# Provides: LibreOfficeSDK_FOUND, LibreOffice::SDK (imported target), LibreOfficeSDK_CPPUMAKER,
# LibreOfficeSDK_UNOIDL_WRITE, LibreOffice_PROGRAM_DIR, LibreOffice_TYPES_RDB,
# LibreOffice_OFFAPI_RDB, LibreOffice_SOFFICE, LibreOffice_BOOTSTRAP_INI, LibreOffice_PLATFORM.

set(_lo_roots
  "${LibreOfficeSDK_ROOT}" "$ENV{OO_SDK_HOME}"
  /usr/lib/libreoffice/sdk /usr/lib64/libreoffice/sdk /opt/libreoffice/sdk
  "C:/Program Files/LibreOffice/sdk" "/Applications/LibreOffice.app/Contents/sdk")
find_path(LibreOfficeSDK_DIR NAMES bin/cppumaker bin/cppumaker.exe PATHS ${_lo_roots} NO_DEFAULT_PATH)

if(LibreOfficeSDK_DIR)
  find_program(LibreOfficeSDK_CPPUMAKER cppumaker PATHS "${LibreOfficeSDK_DIR}/bin" NO_DEFAULT_PATH)
  find_program(LibreOfficeSDK_UNOIDL_WRITE unoidl-write PATHS "${LibreOfficeSDK_DIR}/bin" NO_DEFAULT_PATH)
  find_path(LibreOfficeSDK_INCLUDE_DIR NAMES sal/config.h PATHS "${LibreOfficeSDK_DIR}/include" NO_DEFAULT_PATH)
  get_filename_component(_lo_base "${LibreOfficeSDK_DIR}/.." ABSOLUTE)
  find_path(LibreOffice_PROGRAM_DIR NAMES types.rdb
    PATHS "$ENV{LO_PROGRAM_DIR}" "${_lo_base}/program" "${_lo_base}/Frameworks" NO_DEFAULT_PATH)
endif()

if(WIN32)
  set(_lo_libs icppu icppuhelper isal isalhelper)
  set(_lo_defs WNT CPPU_ENV=msci)
  set(LibreOffice_SOFFICE_NAME soffice.exe)
  set(LibreOffice_BOOTSTRAP_NAME fundamental.ini)
elseif(APPLE)
  set(_lo_libs uno_cppu uno_cppuhelpergcc3 uno_sal uno_salhelpergcc3)
  set(_lo_defs MACOSX UNX CPPU_ENV=gcc3)
  set(LibreOffice_SOFFICE_NAME soffice)
  set(LibreOffice_BOOTSTRAP_NAME fundamentalrc)
else()
  set(_lo_libs uno_cppu uno_cppuhelpergcc3 uno_sal uno_salhelpergcc3)
  set(_lo_defs LINUX UNX CPPU_ENV=gcc3)
  set(LibreOffice_SOFFICE_NAME soffice)
  set(LibreOffice_BOOTSTRAP_NAME fundamentalrc)
endif()

set(_lo_lib_paths)
foreach(_lib ${_lo_libs})
  find_library(LibreOfficeSDK_LIB_${_lib} NAMES ${_lib} PATHS "${LibreOfficeSDK_DIR}/lib" NO_DEFAULT_PATH)
  list(APPEND _lo_lib_paths "${LibreOfficeSDK_LIB_${_lib}}")
endforeach()

include(FindPackageHandleStandardArgs)
find_package_handle_standard_args(LibreOfficeSDK
  REQUIRED_VARS LibreOfficeSDK_DIR LibreOfficeSDK_CPPUMAKER LibreOfficeSDK_UNOIDL_WRITE
                LibreOfficeSDK_INCLUDE_DIR LibreOffice_PROGRAM_DIR _lo_lib_paths)

if(LibreOfficeSDK_FOUND AND NOT TARGET LibreOffice::SDK)
  set(LibreOffice_TYPES_RDB "${LibreOffice_PROGRAM_DIR}/types.rdb")
  set(LibreOffice_OFFAPI_RDB "${LibreOffice_PROGRAM_DIR}/types/offapi.rdb")
  set(LibreOffice_SOFFICE "${LibreOffice_PROGRAM_DIR}/${LibreOffice_SOFFICE_NAME}")
  set(LibreOffice_BOOTSTRAP_INI "${LibreOffice_PROGRAM_DIR}/${LibreOffice_BOOTSTRAP_NAME}")
  add_library(LibreOffice::SDK INTERFACE IMPORTED)
  set_target_properties(LibreOffice::SDK PROPERTIES
    INTERFACE_INCLUDE_DIRECTORIES "${LibreOfficeSDK_INCLUDE_DIR}"
    INTERFACE_COMPILE_DEFINITIONS "${_lo_defs}"
    INTERFACE_LINK_LIBRARIES "${_lo_lib_paths}")
  # The extension's platform string (description.xml / unopkg).
  string(TOLOWER "${CMAKE_SYSTEM_NAME}_${CMAKE_SYSTEM_PROCESSOR}" LibreOffice_PLATFORM)
  string(REPLACE "amd64" "x86_64" LibreOffice_PLATFORM "${LibreOffice_PLATFORM}")
  string(REPLACE "windows_x86_64" "windows_x86_64" LibreOffice_PLATFORM "${LibreOffice_PLATFORM}")
endif()

mark_as_advanced(LibreOfficeSDK_DIR LibreOfficeSDK_CPPUMAKER LibreOfficeSDK_UNOIDL_WRITE
                 LibreOfficeSDK_INCLUDE_DIR LibreOffice_PROGRAM_DIR)
