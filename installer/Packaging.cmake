# Installation layout, desktop integration and installers (CPack) for every platform:
#   Linux   - DEB (packages "partnerdesk" and "partnerdesk-server") and TGZ
#   Windows - NSIS (Qt bundled by windeployqt through Qt's deploy script)
#   macOS   - DragNDrop (partnerdesk.app with Qt bundled by macdeployqt)
# `cpack -G DEB` in a build directory builds the packages; tests/packaging checks them.
include(GNUInstallDirs)
find_package(Qt6 6.4 REQUIRED COMPONENTS Gui)
if(NOT CMAKE_CROSSCOMPILING)
    find_package(Qt6 6.4 REQUIRED COMPONENTS Svg) # pd-icon-render
endif()

set(PD_INSTALLER_DIR ${CMAKE_CURRENT_LIST_DIR})
set(PD_SCREENSHOT_BASE_URL "https://${PD_ORGANIZATION_DOMAIN}/docs/screenshots" CACHE STRING
    "Where the metainfo's screenshots (the files of docs/screenshots/) are published")
set(PD_PACKAGE_CONTACT "PartnerDesk <packages@${PD_ORGANIZATION_DOMAIN}>" CACHE STRING
    "Maintainer of the packages (name <email>)")
if(NOT DEFINED PD_RELEASE_DATE)
    string(TIMESTAMP PD_RELEASE_DATE "%Y-%m-%d" UTC)
endif()

set(pd_linux_desktop OFF)
if(UNIX AND NOT APPLE)
    set(pd_linux_desktop ON)
endif()
set(pd_gen_dir ${CMAKE_BINARY_DIR}/installer)

# ---- The application icon: one SVG, rendered by Qt into hicolor PNGs, an .ico and an .icns --------------
# A cross build runs the build machine's renderer (PD_HOST_ICON_RENDER), as it cannot run its own.
if(CMAKE_CROSSCOMPILING)
    if(NOT PD_HOST_ICON_RENDER)
        message(FATAL_ERROR "A cross build draws its icons with a pd-icon-render built for this machine: "
                            "set PD_HOST_ICON_RENDER (scripts/build-windows.sh does).")
    endif()
    set(pd_icon_render ${PD_HOST_ICON_RENDER})
else()
    qt_add_executable(pd-icon-render ${PD_INSTALLER_DIR}/icon-render/main.cpp)
    set_target_properties(pd-icon-render PROPERTIES MACOSX_BUNDLE OFF WIN32_EXECUTABLE OFF)
    target_link_libraries(pd-icon-render PRIVATE pd_options Qt6::Gui Qt6::Svg)
    set(pd_icon_render $<TARGET_FILE:pd-icon-render>)
endif()

set(PD_ICON_SVG ${PROJECT_SOURCE_DIR}/resources/icons/partnerdesk.svg)
set(PD_ICON_SMALL_SVG ${PROJECT_SOURCE_DIR}/resources/app-icon/partnerdesk-small.svg)
set(PD_ICON_SIZES 16 24 32 48 64 128 256 512)
set(PD_ICON_DIR ${pd_gen_dir}/icons)
set(PD_ICON_ICO ${PD_ICON_DIR}/partnerdesk.ico)
set(PD_ICON_ICNS ${PD_ICON_DIR}/partnerdesk.icns)
set(pd_icon_outputs ${PD_ICON_ICO} ${PD_ICON_ICNS})
set(pd_icon_size_args)
foreach(size IN LISTS PD_ICON_SIZES)
    list(APPEND pd_icon_outputs ${PD_ICON_DIR}/hicolor/${size}x${size}/apps/${PD_APP_ID}.png)
    list(APPEND pd_icon_size_args --size ${size})
endforeach()
add_custom_command(OUTPUT ${pd_icon_outputs}
    COMMAND ${CMAKE_COMMAND} -E env QT_QPA_PLATFORM=offscreen ${pd_icon_render}
            --svg ${PD_ICON_SVG} --small-svg ${PD_ICON_SMALL_SVG} --small-max 24
            --hicolor ${PD_ICON_DIR}/hicolor --name ${PD_APP_ID} ${pd_icon_size_args}
            --ico ${PD_ICON_ICO} --icns ${PD_ICON_ICNS}
    DEPENDS ${pd_icon_render} ${PD_ICON_SVG} ${PD_ICON_SMALL_SVG}
    COMMENT "Rendering the application icon"
    VERBATIM)
add_custom_target(pd_app_icons ALL DEPENDS ${pd_icon_outputs})

# The macOS bundle's Info.plist, written on every platform so that tests/packaging checks it everywhere.
set(PD_MAC_EXECUTABLE partnerdesk)
set(PD_MAC_ICON_FILE partnerdesk.icns)
set(PD_MAC_INFO_PLIST ${pd_gen_dir}/Info.plist)
configure_file(${PD_INSTALLER_DIR}/macos/Info.plist.in ${PD_MAC_INFO_PLIST} @ONLY)

if(WIN32)
    # The icon of partnerdesk.exe in Explorer, the taskbar and the Start menu.
    file(CONFIGURE OUTPUT ${pd_gen_dir}/partnerdesk.rc CONTENT "IDI_ICON1 ICON \"@PD_ICON_ICO@\"\n" @ONLY)
    target_sources(partnerdesk_gui PRIVATE ${pd_gen_dir}/partnerdesk.rc)
    set_source_files_properties(${pd_gen_dir}/partnerdesk.rc TARGET_DIRECTORY partnerdesk_gui
        PROPERTIES OBJECT_DEPENDS ${PD_ICON_ICO})
    add_dependencies(partnerdesk_gui pd_app_icons)
elseif(APPLE)
    set_target_properties(partnerdesk_gui PROPERTIES MACOSX_BUNDLE_INFO_PLIST ${PD_MAC_INFO_PLIST})
    target_sources(partnerdesk_gui PRIVATE ${PD_ICON_ICNS})
    set_source_files_properties(${PD_ICON_ICNS} TARGET_DIRECTORY partnerdesk_gui
        PROPERTIES MACOSX_PACKAGE_LOCATION Resources GENERATED TRUE)
    add_dependencies(partnerdesk_gui pd_app_icons)
endif()

# ---- Linux desktop integration: .desktop, AppStream metainfo, man pages ----------------------------------
set(PD_DESKTOP_FILE ${pd_gen_dir}/${PD_APP_ID}.desktop)
set(PD_METAINFO_FILE ${pd_gen_dir}/${PD_APP_ID}.metainfo.xml)
if(EXISTS ${PROJECT_SOURCE_DIR}/LICENSE)
    set(PD_LICENSE_FILE ${PROJECT_SOURCE_DIR}/LICENSE)
    if(NOT DEFINED PD_PROJECT_LICENSE_SPDX)
        set(PD_PROJECT_LICENSE_SPDX "")
    endif()
else()
    # No licence has been chosen yet: the installers show the copyright notice, and the metainfo
    # leaves <project_license> out rather than claim one.
    set(PD_LICENSE_FILE ${pd_gen_dir}/COPYRIGHT.txt)
    file(WRITE ${PD_LICENSE_FILE} "${PD_PRODUCT_NAME} ${PD_VERSION}\n${PD_COPYRIGHT}\n")
    set(PD_PROJECT_LICENSE_SPDX "")
endif()
if(PD_PROJECT_LICENSE_SPDX)
    set(PD_METAINFO_PROJECT_LICENSE "  <project_license>${PD_PROJECT_LICENSE_SPDX}</project_license>")
else()
    set(PD_METAINFO_PROJECT_LICENSE "")
endif()
configure_file(${PD_INSTALLER_DIR}/linux/app.desktop.in ${PD_DESKTOP_FILE} @ONLY)
configure_file(${PD_INSTALLER_DIR}/linux/app.metainfo.xml.in ${PD_METAINFO_FILE} @ONLY)

# Man pages: hand-written templates whose option and command lists come from the programs' --help.
set(PD_MAN_DIR ${pd_gen_dir}/man)
set(PD_MAN_PAGES)
if(pd_linux_desktop AND NOT CMAKE_CROSSCOMPILING)
    qt_add_executable(pd-man-page ${PD_INSTALLER_DIR}/man-page/main.cpp)
    set_target_properties(pd-man-page PROPERTIES MACOSX_BUNDLE OFF WIN32_EXECUTABLE OFF)
    target_link_libraries(pd-man-page PRIVATE pd_options Qt6::Core)

    # pd_man_page(NAME [PROGRAM target] [COMMANDS])
    function(pd_man_page name)
        cmake_parse_arguments(ARG "COMMANDS" "PROGRAM" "" ${ARGN})
        set(template ${PD_INSTALLER_DIR}/man/${name}.1)
        set(output ${PD_MAN_DIR}/${name}.1)
        set(program_args)
        set(depends pd-man-page ${template})
        if(ARG_PROGRAM)
            list(APPEND program_args --program $<TARGET_FILE:${ARG_PROGRAM}>)
            list(APPEND depends ${ARG_PROGRAM})
            if(ARG_COMMANDS)
                list(APPEND program_args --commands)
            endif()
        endif()
        add_custom_command(OUTPUT ${output}
            COMMAND pd-man-page --template ${template} --output ${output}
                    --set VERSION=${PD_VERSION} --set DATE=${PD_RELEASE_DATE} ${program_args}
            DEPENDS ${depends}
            COMMENT "Writing the man page ${name}(1)"
            VERBATIM)
        set(PD_MAN_PAGES ${PD_MAN_PAGES} ${output} PARENT_SCOPE)
    endfunction()
    pd_man_page(partnerdesk PROGRAM partnerdesk_gui)
    pd_man_page(partnerdesk-cli PROGRAM partnerdesk-cli COMMANDS)
    pd_man_page(partnerdesk-server)
    add_custom_target(pd_man_pages ALL DEPENDS ${PD_MAN_PAGES})
endif()

# ---- What goes where ------------------------------------------------------------------------------------
# Components: "desktop" (the app, the CLI, desktop integration) and "server". The app's own install()
# rule (app/gui) has no component, so "Unspecified" joins the desktop package.
if(APPLE)
    # Everything lives in the bundle; the command-line programs beside the app's executable.
    set(pd_tools_dir partnerdesk.app/Contents/MacOS)
else()
    set(pd_tools_dir ${CMAKE_INSTALL_BINDIR})
endif()
set(pd_dependency_set)
if(WIN32)
    # Libraries that are not Qt (QCustomPlot, libsodium, ...) are found from the built programs.
    set(pd_dependency_set RUNTIME_DEPENDENCY_SET pd_runtime_libraries)
endif()
install(TARGETS partnerdesk-cli ${pd_dependency_set} RUNTIME DESTINATION ${pd_tools_dir} COMPONENT desktop)
if(TARGET partnerdesk-server)
    install(TARGETS partnerdesk-server ${pd_dependency_set} RUNTIME DESTINATION ${pd_tools_dir} COMPONENT server)
endif()

if(pd_linux_desktop)
    set(pd_doc_dir ${CMAKE_INSTALL_DATADIR}/doc)
    install(DIRECTORY ${PD_ICON_DIR}/hicolor DESTINATION ${CMAKE_INSTALL_DATADIR}/icons COMPONENT desktop)
    install(FILES ${PD_ICON_SVG} DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps
        RENAME ${PD_APP_ID}.svg COMPONENT desktop)
    install(FILES ${PD_DESKTOP_FILE} DESTINATION ${CMAKE_INSTALL_DATADIR}/applications COMPONENT desktop)
    install(FILES ${PD_METAINFO_FILE} DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo COMPONENT desktop)
    if(PD_MAN_PAGES)
        install(FILES ${PD_MAN_DIR}/partnerdesk.1 ${PD_MAN_DIR}/partnerdesk-cli.1
            DESTINATION ${CMAKE_INSTALL_MANDIR}/man1 COMPONENT desktop)
        install(FILES ${PD_MAN_DIR}/partnerdesk-server.1 DESTINATION ${CMAKE_INSTALL_MANDIR}/man1 COMPONENT server)
    endif()
    install(FILES ${PROJECT_SOURCE_DIR}/README.md ${PROJECT_SOURCE_DIR}/docs/user-guide.md
        DESTINATION ${pd_doc_dir}/partnerdesk COMPONENT desktop)
    install(FILES ${PROJECT_SOURCE_DIR}/docs/deploy.md ${PROJECT_SOURCE_DIR}/docs/sync-api.md
        DESTINATION ${pd_doc_dir}/partnerdesk-server COMPONENT server)
elseif(WIN32)
    install(FILES ${PROJECT_SOURCE_DIR}/README.md ${PROJECT_SOURCE_DIR}/docs/user-guide.md
        DESTINATION doc COMPONENT desktop)
    if(TARGET partnerdesk-server)
        install(FILES ${PROJECT_SOURCE_DIR}/docs/deploy.md ${PROJECT_SOURCE_DIR}/docs/sync-api.md
            DESTINATION doc COMPONENT server)
    endif()
endif()

# ---- Qt's deployment: windeployqt / macdeployqt copy Qt and its plugins next to the programs ----------
# Debian's packages depend on the system's Qt instead (dpkg-shlibdeps), so Linux deploys nothing.
set(pd_deploy_tools_script ${pd_gen_dir}/deploy-tools-$<CONFIG>.cmake)
if(WIN32 AND MINGW)
    # MinGW, cross-built here (scripts/build-windows.sh) or native: windeployqt is a Windows program, so the
    # same work is done by installer/windows/DeployWindows.cmake, from the programs' own imports.
    set(PD_WIN_DLL_DIRS "" CACHE STRING
        "Folders holding the DLLs the programs load besides Qt's (SQLite, QtKeychain, QCustomPlot, the MinGW runtime)")
    set(pd_qt_prefix "${QT6_INSTALL_PREFIX}")
    set(pd_qt_translations "${QT6_INSTALL_PREFIX}/${QT6_INSTALL_TRANSLATIONS}")
    if(NOT EXISTS "${pd_qt_translations}/qtbase_ru.qm" AND EXISTS /usr/share/qt6/translations/qtbase_ru.qm)
        # Qt's own catalogues are the same files on every platform: the build machine's serve a cross build.
        set(pd_qt_translations /usr/share/qt6/translations)
    endif()
    file(GENERATE OUTPUT ${pd_deploy_tools_script} CONTENT "set(PD_QT_PREFIX \"${pd_qt_prefix}\")
set(PD_QT_PLUGINS \"${QT6_INSTALL_PREFIX}/${QT6_INSTALL_PLUGINS}\")
set(PD_QT_TRANSLATIONS \"${pd_qt_translations}\")
set(PD_DLL_DIRS \"${QT6_INSTALL_PREFIX}/${QT6_INSTALL_BINS};${PD_WIN_DLL_DIRS}\")
set(PD_OBJDUMP \"${CMAKE_OBJDUMP}\")
set(PD_STRIP \"${CMAKE_STRIP}\")
set(PD_PROGRAMS \"$<TARGET_FILE_NAME:partnerdesk_gui>;$<TARGET_FILE_NAME:partnerdesk-cli>\")
include(\"${PD_INSTALLER_DIR}/windows/DeployWindows.cmake\")
")
    install(SCRIPT ${pd_deploy_tools_script} COMPONENT desktop)
elseif(WIN32)
    # windeployqt on partnerdesk.exe (Qt's script), then on the CLI and the server, which use modules the
    # app does not (Network and the TLS plugins); all land in bin/ with one qt.conf. The
    # NSIS installer is built in one pass (installer/CPackOptions.cmake.in), after every program is in place.
    qt_generate_deploy_app_script(TARGET partnerdesk_gui FILENAME_VARIABLE pd_deploy_gui_script)
    install(SCRIPT ${pd_deploy_gui_script} COMPONENT desktop)
    file(GENERATE OUTPUT ${pd_deploy_tools_script} CONTENT "include(\"${QT_DEPLOY_SUPPORT}\")
qt6_deploy_runtime_dependencies(EXECUTABLE \${QT_DEPLOY_BIN_DIR}/$<TARGET_FILE_NAME:partnerdesk-server>
    ADDITIONAL_EXECUTABLES \${QT_DEPLOY_BIN_DIR}/$<TARGET_FILE_NAME:partnerdesk-cli> GENERATE_QT_CONF)
")
    install(SCRIPT ${pd_deploy_tools_script} COMPONENT desktop)
    # The same file as app/gui's rule; this one adds the app's libraries to the set.
    install(TARGETS partnerdesk_gui RUNTIME_DEPENDENCY_SET pd_runtime_libraries
        RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR} COMPONENT desktop)
    install(RUNTIME_DEPENDENCY_SET pd_runtime_libraries DESTINATION ${CMAKE_INSTALL_BINDIR} COMPONENT desktop
        PRE_EXCLUDE_REGEXES "api-ms-.*" "ext-ms-.*" "Qt6.*"
        POST_EXCLUDE_REGEXES ".*[Ss]ystem32/.*\\.dll")
elseif(APPLE)
    # One macdeployqt run over partnerdesk.app: what qt_generate_deploy_app_script(TARGET partnerdesk_gui)
    # generates, plus the CLI and the server inside the bundle (-executable=), so all three use the
    # bundle's frameworks. The install rules above have put them there before this script runs.
    file(GENERATE OUTPUT ${pd_deploy_tools_script} CONTENT "include(\"${QT_DEPLOY_SUPPORT}\")
qt6_deploy_runtime_dependencies(EXECUTABLE $<TARGET_FILE_NAME:partnerdesk_gui>.app
    ADDITIONAL_EXECUTABLES ${pd_tools_dir}/$<TARGET_FILE_NAME:partnerdesk-cli>
                           ${pd_tools_dir}/$<TARGET_FILE_NAME:partnerdesk-server>)
")
    install(SCRIPT ${pd_deploy_tools_script} COMPONENT desktop)
endif()

# ---- CPack ----------------------------------------------------------------------------------------------
set(CPACK_PACKAGE_NAME partnerdesk)
set(CPACK_PACKAGE_VENDOR "${PD_ORGANIZATION_NAME}")
set(CPACK_PACKAGE_VERSION ${PD_VERSION})
# CPACK_PACKAGE_DESCRIPTION_SUMMARY is the project's DESCRIPTION (cmake/Branding.cmake).
set(CPACK_PACKAGE_HOMEPAGE_URL "https://${PD_ORGANIZATION_DOMAIN}")
set(CPACK_PACKAGE_CONTACT "${PD_PACKAGE_CONTACT}")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "${PD_PRODUCT_NAME}")
set(CPACK_PACKAGE_INSTALL_REGISTRY_KEY "${PD_PRODUCT_NAME}") # fixed, so a new version finds the old one
set(CPACK_PACKAGE_EXECUTABLES partnerdesk "${PD_PRODUCT_NAME}")
set(CPACK_RESOURCE_FILE_LICENSE ${PD_LICENSE_FILE})
set(CPACK_RESOURCE_FILE_README ${PROJECT_SOURCE_DIR}/README.md)
set(CPACK_STRIP_FILES ON)
set(CPACK_SOURCE_IGNORE_FILES "/build/" "/\\\\.git/" "/\\\\.cache/")
if(WIN32)
    set(CPACK_GENERATOR NSIS)
elseif(APPLE)
    set(CPACK_GENERATOR DragNDrop)
else()
    set(CPACK_GENERATOR DEB TGZ)
endif()

# Debian: one package per group, dependencies found by dpkg-shlibdeps plus the Qt plugins it cannot see.
set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "https://${PD_ORGANIZATION_DOMAIN}")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
set(CPACK_DEBIAN_DESKTOP_PACKAGE_NAME partnerdesk)
set(CPACK_DEBIAN_DESKTOP_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_DESKTOP_PACKAGE_DEPENDS "libqt6sql6-sqlite, libqt6svg6")
set(CPACK_DEBIAN_DESKTOP_PACKAGE_RECOMMENDS "qt6-translations-l10n")
# Descriptions: the first line is the package's summary; CPack indents the rest and turns empty lines
# into " ." (installer/CPackOptions.cmake.in keeps it from putting the project's summary above them).
set(CPACK_DEBIAN_DESKTOP_DESCRIPTION "Workplace for the partner managers of a cloud partner program
PartnerDesk keeps the partners of a cloud provider's partner program (Partner,
White Label partner, Agent), their people, deal registrations, training and
commission in a local SQLite database. It works fully offline and syncs with a
team server (package partnerdesk-server) when online.

This package contains the desktop application and partnerdesk-cli, the same
engine without a window for scripts and reports.")
set(CPACK_DEBIAN_SERVER_PACKAGE_NAME partnerdesk-server)
set(CPACK_DEBIAN_SERVER_PACKAGE_SECTION net)
set(CPACK_DEBIAN_SERVER_PACKAGE_DEPENDS "libqt6sql6-sqlite, openssl")
set(CPACK_DEBIAN_SERVER_PACKAGE_RECOMMENDS "libqt6sql6-psql")
set(CPACK_DEBIAN_SERVER_DESCRIPTION "Sync server for PartnerDesk teams
partnerdesk-server shares the data of a team of PartnerDesk users over HTTPS:
clients push their changes and pull everybody else's. It keeps its data in
SQLite, or in PostgreSQL for a larger program.")

# Windows (NSIS): icons, licence page, Start menu entry, and the previous version removed first.
set(CPACK_NSIS_PACKAGE_NAME "${PD_PRODUCT_NAME}")
set(CPACK_NSIS_DISPLAY_NAME "${PD_PRODUCT_NAME}")
set(CPACK_NSIS_MUI_ICON ${PD_ICON_ICO})
set(CPACK_NSIS_MUI_UNIICON ${PD_ICON_ICO})
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\partnerdesk.exe")
set(CPACK_NSIS_URL_INFO_ABOUT "https://${PD_ORGANIZATION_DOMAIN}")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_EXECUTABLES_DIRECTORY bin)
set(CPACK_CREATE_DESKTOP_LINKS partnerdesk)
# WiX (MSI), if a Windows build prefers it: the fixed upgrade code makes a new version replace the old.
set(CPACK_WIX_UPGRADE_GUID "6C0B5E1A-3F27-4D8E-9A41-2B7D5C8E0F63")
set(CPACK_WIX_PRODUCT_ICON ${PD_ICON_ICO})

# macOS (DragNDrop): one disk image holding partnerdesk.app, with the app's icon on the volume.
set(CPACK_DMG_VOLUME_NAME "${PD_PRODUCT_NAME}")
set(CPACK_BUNDLE_IDENTIFIER ${PD_APP_ID})

# Settings that differ per generator (read by cpack, not cmake).
set(PD_CPACK_ICNS ${PD_ICON_ICNS})
configure_file(${PD_INSTALLER_DIR}/CPackOptions.cmake.in ${pd_gen_dir}/CPackOptions.cmake @ONLY)
set(CPACK_PROJECT_CONFIG_FILE ${pd_gen_dir}/CPackOptions.cmake)

include(CPack)
cpack_add_component_group(desktop DISPLAY_NAME "${PD_PRODUCT_NAME}"
    DESCRIPTION "The desktop application and partnerdesk-cli" EXPANDED)
cpack_add_component_group(server DISPLAY_NAME "Sync server" DESCRIPTION "partnerdesk-server, for a team's server")
cpack_add_component(Unspecified DISPLAY_NAME "${PD_PRODUCT_NAME}" GROUP desktop REQUIRED HIDDEN)
cpack_add_component(desktop DISPLAY_NAME "Command-line tool and desktop integration" GROUP desktop REQUIRED)
cpack_add_component(server DISPLAY_NAME "Sync server" GROUP server)
