# Finds the LibreOffice SDK and office program folder.
#
# Hints: LibreOfficeSDK_ROOT / env OO_SDK_HOME (the sdk folder), LibreOffice_PROGRAM_DIR /
# env LO_PROGRAM_DIR (the office's program folder).
# Provides: LibreOfficeSDK_FOUND, LibreOffice::SDK (imported target), LibreOfficeSDK_CPPUMAKER,
# LibreOfficeSDK_UNOIDL_WRITE, LibreOffice_PROGRAM_DIR, LibreOffice_TYPES_RDB,
# LibreOffice_OFFAPI_RDB, LibreOffice_SOFFICE, LibreOffice_BOOTSTRAP_INI, LibreOffice_PLATFORM,
# LibreOfficeSDK_TOOL_LAUNCHER (put before idlc/unoidl-write/cppumaker in a COMMAND: on Windows
# the SDK's .exe tools load the office's DLLs from its program folder, set on PATH as the SDK's
# own setsdkenv_windows.bat does).
#
# Layouts: Linux /usr/lib/libreoffice/{sdk,program}; Windows C:/Program Files/LibreOffice/{sdk,
# program} (sdk/lib has the import libraries icppu, icppuhelper, isal, isalhelper); macOS
# LibreOffice.app/Contents/{Resources (types.rdb, fundamentalrc), MacOS (soffice), Frameworks
# (the UNO dylibs)} with the SDK beside it (/Applications/LibreOffice<version>_SDK or inside the
# .app). Only the Linux layout is built and tested here; see docs/building.md.

set(_lo_roots
  "${LibreOfficeSDK_ROOT}" "$ENV{OO_SDK_HOME}"
  /usr/lib/libreoffice/sdk /usr/lib64/libreoffice/sdk /opt/libreoffice/sdk
  "C:/Program Files/LibreOffice/sdk" "/Applications/LibreOffice.app/Contents/sdk")
file(GLOB _lo_mac_sdks LIST_DIRECTORIES true "/Applications/LibreOffice*_SDK")
list(APPEND _lo_roots ${_lo_mac_sdks})
set(_lo_mac_app "/Applications/LibreOffice.app/Contents")
find_path(LibreOfficeSDK_DIR NAMES bin/cppumaker bin/cppumaker.exe PATHS ${_lo_roots} NO_DEFAULT_PATH)

if(LibreOfficeSDK_DIR)
  find_program(LibreOfficeSDK_CPPUMAKER cppumaker PATHS "${LibreOfficeSDK_DIR}/bin" NO_DEFAULT_PATH)
  find_program(LibreOfficeSDK_UNOIDL_WRITE unoidl-write PATHS "${LibreOfficeSDK_DIR}/bin" NO_DEFAULT_PATH)
  find_path(LibreOfficeSDK_INCLUDE_DIR NAMES sal/config.h PATHS "${LibreOfficeSDK_DIR}/include" NO_DEFAULT_PATH)
  get_filename_component(_lo_base "${LibreOfficeSDK_DIR}/.." ABSOLUTE)
  find_path(LibreOffice_PROGRAM_DIR NAMES types.rdb
    PATHS "$ENV{LO_PROGRAM_DIR}" "${_lo_base}/program" "${_lo_base}/Resources"
          "${_lo_mac_app}/Resources" NO_DEFAULT_PATH)
endif()

if(WIN32)
  set(_lo_libs icppu icppuhelper isal isalhelper)
  # The C++ bridge of the office: msci (32-bit x86), mscx (x64), msca (Arm64).
  if(CMAKE_SYSTEM_PROCESSOR MATCHES "^(ARM64|arm64|aarch64)$")
    set(_lo_cppu_env msca)
  elseif(CMAKE_SIZEOF_VOID_P EQUAL 8)
    set(_lo_cppu_env mscx)
  else()
    set(_lo_cppu_env msci)
  endif()
  set(_lo_defs WNT CPPU_ENV=${_lo_cppu_env} NOMINMAX)
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
  find_library(LibreOfficeSDK_LIB_${_lib} NAMES ${_lib}
    PATHS "${LibreOfficeSDK_DIR}/lib" "${_lo_mac_app}/Frameworks" NO_DEFAULT_PATH)
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
  if(APPLE) # Contents/Resources holds the ini files and types, Contents/MacOS the programs
    set(LibreOffice_SOFFICE "${LibreOffice_PROGRAM_DIR}/../MacOS/soffice")
  endif()
  set(LibreOffice_BOOTSTRAP_INI "${LibreOffice_PROGRAM_DIR}/${LibreOffice_BOOTSTRAP_NAME}")
  add_library(LibreOffice::SDK INTERFACE IMPORTED)
  set_target_properties(LibreOffice::SDK PROPERTIES
    INTERFACE_INCLUDE_DIRECTORIES "${LibreOfficeSDK_INCLUDE_DIR}"
    INTERFACE_COMPILE_DEFINITIONS "${_lo_defs}"
    INTERFACE_LINK_LIBRARIES "${_lo_lib_paths}")
  # The extension's platform string (description.xml, the manifest), as LibreOffice names
  # platforms (desktop/source/deployment/misc/dp_platform.cxx): linux_x86_64, linux_aarch64,
  # windows_x86, windows_x86_64, windows_aarch64, macos_x86_64, macos_aarch64.
  string(TOLOWER "${CMAKE_SYSTEM_NAME}_${CMAKE_SYSTEM_PROCESSOR}" LibreOffice_PLATFORM)
  string(REGEX REPLACE "_(amd64|x64)$" "_x86_64" LibreOffice_PLATFORM "${LibreOffice_PLATFORM}")
  string(REGEX REPLACE "_arm64$" "_aarch64" LibreOffice_PLATFORM "${LibreOffice_PLATFORM}")
  string(REGEX REPLACE "_(i.86|x86)$" "_x86" LibreOffice_PLATFORM "${LibreOffice_PLATFORM}")
  string(REGEX REPLACE "^darwin_" "macos_" LibreOffice_PLATFORM "${LibreOffice_PLATFORM}")
  if(WIN32 AND CMAKE_SIZEOF_VOID_P EQUAL 4)
    set(LibreOffice_PLATFORM windows_x86) # a 32-bit build on a 64-bit Windows
  endif()
  set(LibreOfficeSDK_TOOL_LAUNCHER)
  if(WIN32)
    if(CMAKE_VERSION VERSION_LESS 3.25)
      message(FATAL_ERROR "Building on Windows needs CMake 3.25 (cmake -E env --modify)")
    endif()
    set(LibreOfficeSDK_TOOL_LAUNCHER "${CMAKE_COMMAND}" -E env
        --modify
        "PATH=path_list_prepend:${LibreOffice_PROGRAM_DIR}" --)
  endif()
endif()

mark_as_advanced(LibreOfficeSDK_DIR LibreOfficeSDK_CPPUMAKER LibreOfficeSDK_UNOIDL_WRITE
                 LibreOfficeSDK_INCLUDE_DIR LibreOffice_PROGRAM_DIR)
