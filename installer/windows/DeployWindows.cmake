cmake_policy(SET CMP0057 NEW) # IN_LIST, in this script run at install time
# Puts beside partnerdesk.exe and partnerdesk-cli.exe what they load at run time, for a MinGW build of Windows
# (windeployqt's work, done from the build machine, which may be Linux):
#   - Qt's plugins the programs use: the Windows and offscreen platforms, the Windows styles, the SQLite driver,
#     the TLS backends (Schannel), the image formats and, where Qt has it, the SVG icon engine;
#   - every DLL those programs and plugins import, found by reading their imports (objdump), transitively,
#     in Qt's bin folder and PD_DLL_DIRS (SQLite, QtKeychain, QCustomPlot, the MinGW runtime);
#   - Qt's own Russian catalogue (translations/qtbase_ru.qm) for the standard dialogs' buttons.
# Run at install time (cmake --install, cpack) with PD_QT_PREFIX, PD_QT_PLUGINS, PD_QT_TRANSLATIONS,
# PD_DLL_DIRS, PD_OBJDUMP and PD_PROGRAMS set by installer/Packaging.cmake.

set(pd_bin "$ENV{DESTDIR}${CMAKE_INSTALL_PREFIX}/bin")

# Plugins: <type>/<file> under Qt's plugin folder, deployed to bin/<type>/ where Qt looks first.
set(pd_plugins
    platforms/qwindows.dll platforms/qoffscreen.dll
    styles/qwindowsvistastyle.dll
    sqldrivers/qsqlite.dll
    tls/qschannelbackend.dll tls/qcertonlybackend.dll
    imageformats/qico.dll imageformats/qjpeg.dll imageformats/qgif.dll)
# Qt SVG's, where this Qt has it (without it the icons are embedded as PNG: views/CMakeLists.txt).
foreach(plugin imageformats/qsvg.dll iconengines/qsvgicon.dll)
    if(EXISTS "${PD_QT_PLUGINS}/${plugin}")
        list(APPEND pd_plugins ${plugin})
    endif()
endforeach()
set(pd_plugin_files)
foreach(plugin IN LISTS pd_plugins)
    if(NOT EXISTS "${PD_QT_PLUGINS}/${plugin}")
        message(FATAL_ERROR "Qt's plugin ${plugin} is missing from ${PD_QT_PLUGINS}: the Qt used for this build lacks it.")
    endif()
    get_filename_component(type "${plugin}" DIRECTORY)
    file(INSTALL "${PD_QT_PLUGINS}/${plugin}" DESTINATION "${pd_bin}/${type}")
    get_filename_component(name "${plugin}" NAME)
    list(APPEND pd_plugin_files "${pd_bin}/${type}/${name}")
endforeach()

# The DLLs they import, found in the given folders; Windows' own DLLs are not among them and stay unresolved.
set(pd_program_files)
foreach(program IN LISTS PD_PROGRAMS)
    list(APPEND pd_program_files "${pd_bin}/${program}")
endforeach()
set(CMAKE_GET_RUNTIME_DEPENDENCIES_PLATFORM "windows+pe")
set(CMAKE_GET_RUNTIME_DEPENDENCIES_TOOL "objdump")
set(CMAKE_GET_RUNTIME_DEPENDENCIES_COMMAND "${PD_OBJDUMP}")
file(GET_RUNTIME_DEPENDENCIES
    EXECUTABLES ${pd_program_files}
    LIBRARIES ${pd_plugin_files}
    DIRECTORIES ${PD_DLL_DIRS}
    RESOLVED_DEPENDENCIES_VAR pd_resolved
    UNRESOLVED_DEPENDENCIES_VAR pd_unresolved
    PRE_EXCLUDE_REGEXES "^api-ms-" "^ext-ms-")
# Windows' own libraries are the only ones allowed to stay unresolved.
set(pd_system_dlls advapi32 bcrypt comdlg32 crypt32 d3d9 d3d11 d3d12 dwmapi dwrite dxgi gdi32 imm32 iphlpapi
    kernel32 mpr msvcrt netapi32 ncrypt ole32 oleaut32 opengl32 secur32 setupapi shell32 shlwapi user32 userenv
    uxtheme version winmm winspool ws2_32 wtsapi32 authz dnsapi shcore winhttp wininet cfgmgr32 comctl32 normaliz
    rpcrt4 ntdll)
set(pd_missing)
foreach(dll IN LISTS pd_unresolved)
    string(TOLOWER "${dll}" lower)
    string(REGEX REPLACE "\\.dll$" "" base "${lower}")
    if(NOT base IN_LIST pd_system_dlls)
        list(APPEND pd_missing "${dll}")
    endif()
endforeach()
if(pd_missing)
    message(FATAL_ERROR "These DLLs are needed by the programs or Qt's plugins but were found in none of "
                        "${PD_DLL_DIRS}: ${pd_missing}")
endif()
foreach(dll IN LISTS pd_resolved)
    file(INSTALL "${dll}" DESTINATION "${pd_bin}")
endforeach()
list(LENGTH pd_resolved pd_count)
message(STATUS "Deployed ${pd_count} DLLs and Qt's plugins beside the programs")

# Qt's own strings (standard buttons, the file dialog) in Russian.
file(GLOB pd_qt_catalogues "${PD_QT_TRANSLATIONS}/qtbase_ru.qm" "${PD_QT_TRANSLATIONS}/qtbase_en.qm")
if(NOT pd_qt_catalogues)
    message(FATAL_ERROR "Qt's catalogue qtbase_ru.qm was not found in ${PD_QT_TRANSLATIONS}")
endif()
file(INSTALL ${pd_qt_catalogues} DESTINATION "${pd_bin}/translations")
