# Puts beside partnerdesk.exe and partnerdesk-cli.exe what they load at run time, for a MinGW build of Windows
# (windeployqt's work, done from the build machine, which may be Linux):
#   - Qt's plugins the programs use: the Windows and offscreen platforms, the Windows styles, the SQLite driver,
#     the TLS backends (Schannel), the image formats and, where Qt has it, the SVG icon engine;
#   - every DLL those programs and plugins import, found by reading their imports (objdump -p), transitively,
#     in Qt's bin folder and PD_DLL_DIRS (SQLite, QtKeychain, QCustomPlot, the MinGW runtime);
#   - Qt's own Russian catalogue (translations/qtbase_ru.qm) for the standard dialogs' buttons.
# Run at install time (cmake --install, cpack) with PD_QT_PREFIX, PD_QT_PLUGINS, PD_QT_TRANSLATIONS,
# PD_DLL_DIRS, PD_OBJDUMP, PD_STRIP and PD_PROGRAMS set by installer/Packaging.cmake.

include(${CMAKE_CURRENT_LIST_DIR}/../../cmake/QtSqliteDriver.cmake) # pd_imported_libraries()

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

# The DLLs they import, transitively, found in the given folders by name (Windows compares names without case;
# so does this, on any build machine). Windows' own libraries are the only ones allowed not to be found.
set(pd_system_dlls advapi32 bcrypt comdlg32 crypt32 d3d9 d3d11 d3d12 dwmapi dwrite dxgi gdi32 imm32 iphlpapi
    kernel32 mpr msvcrt netapi32 ncrypt ole32 oleaut32 opengl32 secur32 setupapi shell32 shlwapi user32 userenv
    uxtheme version winmm winspool ws2_32 wtsapi32 authz dnsapi shcore winhttp wininet cfgmgr32 comctl32 normaliz
    rpcrt4 ntdll)
set(pd_known_names)
set(pd_known_paths)
foreach(dir IN LISTS PD_DLL_DIRS)
    file(GLOB dlls "${dir}/*.dll" "${dir}/*.DLL")
    foreach(dll IN LISTS dlls)
        get_filename_component(name "${dll}" NAME)
        string(TOLOWER "${name}" name)
        list(FIND pd_known_names "${name}" at)
        if(at EQUAL -1) # the first folder that has it wins, as on the DLL search path
            list(APPEND pd_known_names "${name}")
            list(APPEND pd_known_paths "${dll}")
        endif()
    endforeach()
endforeach()

set(pd_queue)
foreach(program IN LISTS PD_PROGRAMS)
    list(APPEND pd_queue "${pd_bin}/${program}")
endforeach()
list(APPEND pd_queue ${pd_plugin_files})
set(pd_seen)
set(pd_resolved)
set(pd_missing)
while(pd_queue)
    list(POP_FRONT pd_queue file)
    pd_imported_libraries("${file}" "${PD_OBJDUMP}" imports)
    foreach(name IN LISTS imports)
        string(TOLOWER "${name}" name)
        list(FIND pd_seen "${name}" at)
        if(NOT at EQUAL -1 OR name MATCHES "^(api|ext)-ms-")
            continue()
        endif()
        list(APPEND pd_seen "${name}")
        string(REGEX REPLACE "\\.[a-z]+$" "" base "${name}") # kernel32.dll, winspool.drv
        list(FIND pd_system_dlls "${base}" system)
        list(FIND pd_known_names "${name}" at)
        if(NOT at EQUAL -1)
            list(GET pd_known_paths ${at} path)
            list(APPEND pd_resolved "${path}")
            list(APPEND pd_queue "${path}")
        elseif(system EQUAL -1)
            list(APPEND pd_missing "${name} (imported by ${file})")
        endif()
    endforeach()
endwhile()
if(pd_missing)
    message(FATAL_ERROR "These DLLs are needed but were found in none of ${PD_DLL_DIRS}: ${pd_missing}")
endif()
foreach(dll IN LISTS pd_resolved)
    file(INSTALL "${dll}" DESTINATION "${pd_bin}")
endforeach()
# The copies lose their symbols (Debian's MinGW runtime DLLs carry debugging information: libstdc++ is 23 MB).
if(PD_STRIP)
    set(pd_copies ${pd_plugin_files})
    foreach(dll IN LISTS pd_resolved)
        get_filename_component(name "${dll}" NAME)
        list(APPEND pd_copies "${pd_bin}/${name}")
    endforeach()
    execute_process(COMMAND "${PD_STRIP}" --strip-unneeded ${pd_copies} RESULT_VARIABLE rc)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "${PD_STRIP} failed on the deployed DLLs")
    endif()
endif()
list(LENGTH pd_resolved pd_count)
message(STATUS "Deployed ${pd_count} DLLs and Qt's plugins beside the programs")

# Qt's own strings (standard buttons, the file dialog) in Russian.
file(GLOB pd_qt_catalogues "${PD_QT_TRANSLATIONS}/qtbase_ru.qm" "${PD_QT_TRANSLATIONS}/qtbase_en.qm")
if(NOT pd_qt_catalogues)
    message(FATAL_ERROR "Qt's catalogue qtbase_ru.qm was not found in ${PD_QT_TRANSLATIONS}")
endif()
file(INSTALL ${pd_qt_catalogues} DESTINATION "${pd_bin}/translations")
