# cmake -DBUILD_DIR=… -DCONFIG=… -DSCRATCH=… -DAPP_ID=… -DEXECUTABLE=… -DVERSION=… -DICON_SIZES=… [-DAPPSTREAMCLI=…]
#       [-DDESKTOP_FILE_VALIDATE=…] -P CheckInstallTree.cmake
# Installs the build into SCRATCH/usr and checks that every file lands where a freedesktop desktop looks for it.
cmake_minimum_required(VERSION 3.21)

file(REMOVE_RECURSE "${SCRATCH}")
set(prefix "${SCRATCH}/usr")
execute_process(COMMAND "${CMAKE_COMMAND}" --install "${BUILD_DIR}" --prefix "${prefix}" --config "${CONFIG}"
    RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE out)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "cmake --install failed (${rc}):\n${out}")
endif()

set(expected
    "bin/${EXECUTABLE}"
    "share/applications/${APP_ID}.desktop"
    "share/metainfo/${APP_ID}.metainfo.xml"
    "share/icons/hicolor/scalable/apps/${APP_ID}.svg")
foreach(size IN LISTS ICON_SIZES)
    list(APPEND expected "share/icons/hicolor/${size}x${size}/apps/${APP_ID}.png")
endforeach()

set(missing "")
foreach(rel IN LISTS expected)
    if(NOT EXISTS "${prefix}/${rel}")
        list(APPEND missing "${rel}")
    endif()
endforeach()
if(missing)
    file(GLOB_RECURSE got RELATIVE "${prefix}" "${prefix}/*")
    list(JOIN missing "\n  " m)
    list(JOIN got "\n  " g)
    message(FATAL_ERROR "not installed:\n  ${m}\ninstalled:\n  ${g}")
endif()
# The installed binary runs (no display needed for --version) and reports this version.
execute_process(COMMAND "${prefix}/bin/${EXECUTABLE}" --version
    RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err TIMEOUT 30)
if(NOT rc EQUAL 0 OR NOT out MATCHES "${EXECUTABLE} ${VERSION}")
    message(FATAL_ERROR "installed bin/${EXECUTABLE} --version: exit ${rc}, output '${out}${err}', expected '${EXECUTABLE} ${VERSION}'")
endif()

if(DESKTOP_FILE_VALIDATE)
    execute_process(COMMAND "${DESKTOP_FILE_VALIDATE}" "${prefix}/share/applications/${APP_ID}.desktop"
        RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE out)
    if(NOT rc EQUAL 0 OR out MATCHES "error:|warning:")
        message(FATAL_ERROR "desktop-file-validate on the installed file:\n${out}")
    endif()
endif()

# validate-tree also checks that the metainfo's launchable names an installed desktop file (it does not look
# at icons in AppStream 0.16: the list above covers those).
if(APPSTREAMCLI)
    execute_process(COMMAND "${APPSTREAMCLI}" validate-tree --no-net "${SCRATCH}"
        RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE out)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "appstreamcli validate-tree failed (${rc}):\n${out}")
    endif()
    message(STATUS "appstreamcli validate-tree:\n${out}")
endif()

list(LENGTH expected n)
message(STATUS "install tree complete: ${n} files checked under ${prefix}")
