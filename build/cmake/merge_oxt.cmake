# Merges the vnplan.oxt of several platforms into one .oxt that installs on each of them.
#   cmake -D "OXTS=linux/vnplan.oxt;windows/vnplan.oxt;macos/vnplan.oxt" -D OUTPUT=vnplan.oxt
#         -P build/cmake/merge_oxt.cmake
# Each input is one platform's build (its manifest names its component file with
# ";platform=<platform>"). The merged .oxt keeps the first input's platform-independent files
# and puts each platform's component file and library under platform/<platform>/, with one
# manifest entry per platform: LibreOffice registers the entry of its own platform and skips
# the others. description.xml lists every platform. The platform-independent files must be
# the same in every input (same sources, same version): any difference stops the merge, so a
# stale build is never shipped in silence.
cmake_minimum_required(VERSION 3.20)
if(NOT OXTS OR NOT OUTPUT)
  message(FATAL_ERROR "merge_oxt: give -D OXTS=a.oxt;b.oxt and -D OUTPUT=merged.oxt")
endif()
string(REPLACE "|" ";" OXTS "${OXTS}") # "|" also separates (easier to pass from a target)
list(REMOVE_ITEM OXTS "")
# Manifest entries hold ';' ("uno-typelibrary;type=RDB"), CMake's list separator: they are
# handled with '__SEMI__' instead and written back at the end.
set(semi "__SEMI__")

get_filename_component(OUTPUT "${OUTPUT}" ABSOLUTE)
set(work "${OUTPUT}.merge")
file(REMOVE_RECURSE "${work}")
set(merged "${work}/merged")
set(platforms)
set(manifest_entries)
set(index 0)
foreach(oxt IN LISTS OXTS)
  if(NOT EXISTS "${oxt}")
    message(FATAL_ERROR "merge_oxt: ${oxt} does not exist")
  endif()
  set(dir "${work}/in${index}")
  file(ARCHIVE_EXTRACT INPUT "${oxt}" DESTINATION "${dir}")
  file(READ "${dir}/META-INF/manifest.xml" manifest)
  string(REPLACE ";" "${semi}" manifest "${manifest}")
  string(REGEX MATCHALL "<manifest:file-entry[^>]*/>" entries "${manifest}")
  set(platform "")
  foreach(entry IN LISTS entries)
    if(entry MATCHES "uno-components${semi}platform=([a-z0-9_]+)\"[ \t\r\n]*manifest:full-path=\"([^\"]+)\"")
      set(platform "${CMAKE_MATCH_1}")
      set(components "${CMAKE_MATCH_2}")
    elseif(index EQUAL 0)
      list(APPEND manifest_entries "${entry}")
    endif()
  endforeach()
  if(platform STREQUAL "")
    message(FATAL_ERROR "merge_oxt: ${oxt} names no platform-specific component file")
  endif()
  if(platform IN_LIST platforms)
    message(FATAL_ERROR "merge_oxt: two inputs are both for ${platform}")
  endif()
  list(APPEND platforms "${platform}")

  # The component file and the libraries it names move under platform/<platform>/.
  set(target "${merged}/platform/${platform}")
  file(READ "${dir}/${components}" components_xml)
  string(REGEX MATCHALL "uri=\"[^\"]+\"" uris "${components_xml}")
  file(MAKE_DIRECTORY "${target}")
  file(COPY_FILE "${dir}/${components}" "${target}/vnplan.components")
  file(REMOVE "${dir}/${components}")
  foreach(uri IN LISTS uris)
    string(REGEX REPLACE "^uri=\"(.*)\"$" "\\1" library "${uri}")
    get_filename_component(library_dir "${target}/${library}" DIRECTORY)
    file(MAKE_DIRECTORY "${library_dir}")
    file(COPY_FILE "${dir}/${library}" "${target}/${library}")
    file(REMOVE "${dir}/${library}")
  endforeach()
  # What is left must be the same everywhere, apart from the manifest and description.xml.
  file(GLOB_RECURSE rest RELATIVE "${dir}" "${dir}/*")
  list(REMOVE_ITEM rest "META-INF/manifest.xml" "description.xml")
  if(index EQUAL 0)
    set(common "${rest}")
    set(first "${dir}")
  else()
    if(NOT rest STREQUAL common)
      message(FATAL_ERROR "merge_oxt: ${oxt} does not hold the same files as ${OXTS}")
    endif()
    foreach(file IN LISTS rest)
      execute_process(COMMAND "${CMAKE_COMMAND}" -E compare_files "${first}/${file}" "${dir}/${file}"
                      RESULT_VARIABLE differs)
      if(differs)
        message(FATAL_ERROR "merge_oxt: ${file} differs between the inputs (${oxt})")
      endif()
    endforeach()
  endif()
  math(EXPR index "${index} + 1")
endforeach()

foreach(file IN LISTS common)
  get_filename_component(file_dir "${merged}/${file}" DIRECTORY)
  file(MAKE_DIRECTORY "${file_dir}")
  file(COPY_FILE "${first}/${file}" "${merged}/${file}")
endforeach()

# description.xml: every platform.
list(JOIN platforms "," platform_list)
file(READ "${first}/description.xml" description)
string(REGEX REPLACE "<platform value=\"[^\"]*\"/>" "<platform value=\"${platform_list}\"/>"
       description "${description}")
file(WRITE "${merged}/description.xml" "${description}")

# The manifest: the shared entries, then one component entry per platform.
string(CONCAT manifest "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
             "<manifest:manifest xmlns:manifest=\"http://openoffice.org/2001/manifest\">\n")
foreach(entry IN LISTS manifest_entries)
  string(APPEND manifest "  ${entry}\n")
endforeach()
foreach(platform IN LISTS platforms)
  string(APPEND manifest
    "  <manifest:file-entry manifest:media-type=\"application/vnd.sun.star.uno-components;"
    "platform=${platform}\"\n"
    "                       manifest:full-path=\"platform/${platform}/vnplan.components\"/>\n")
endforeach()
string(APPEND manifest "</manifest:manifest>\n")
string(REPLACE "${semi}" ";" manifest "${manifest}")
file(MAKE_DIRECTORY "${merged}/META-INF")
file(WRITE "${merged}/META-INF/manifest.xml" "${manifest}")

file(GLOB top RELATIVE "${merged}" "${merged}/*")
file(REMOVE "${OUTPUT}")
execute_process(COMMAND "${CMAKE_COMMAND}" -E tar cf "${OUTPUT}" --format=zip -- ${top}
                WORKING_DIRECTORY "${merged}" RESULT_VARIABLE failed)
file(REMOVE_RECURSE "${work}")
if(failed)
  message(FATAL_ERROR "merge_oxt: could not write ${OUTPUT}")
endif()
message(STATUS "merge_oxt: ${OUTPUT} for ${platform_list}")
