# One SQLite library in the process, checked when the project is configured.
#
# PartnerDesk calls SQLite's own API on the connections of Qt's QSQLITE driver (models/storage/SqliteStatement.h).
# That is only defined when the driver uses the same SQLite library the program links. Qt built with
# -system-sqlite (FEATURE_system_sqlite) does: Debian's and Ubuntu's packages, vcpkg's qtbase, Homebrew's qt and
# the Windows Qt that scripts/build-windows.sh cross-builds. Qt's own binary builds (the online installer,
# aqtinstall) compile a private SQLite into the driver: there the same calls are undefined behaviour, so the
# build refuses such a Qt instead of producing a program that may corrupt its users' files.
#
# The check reads the driver plugin's list of imported libraries (objdump -p: ELF NEEDED, PE DLL Name; otool -L
# for Mach-O) and requires the SQLite library the project links among them. It can run on its own too, which is
# how the test drives it with fake drivers:
#   cmake -DDRIVER=<plugin> -DSQLITE=<libsqlite3 the project links> [-DOBJDUMP=<objdump>] -P QtSqliteDriver.cmake

if(CMAKE_SCRIPT_MODE_FILE)
    cmake_minimum_required(VERSION 3.21)
endif()

# The file name under which a program loads `library` (an ELF SONAME, the DLL an import library names, a
# Mach-O install name), in `out`; empty if it cannot be told.
function(pd_sqlite_runtime_name library objdump out)
    set(name "")
    if(library MATCHES "\\.(dll\\.a|lib)$")
        # An import library holds the DLL's name as a string.
        file(STRINGS "${library}" dlls REGEX "^[A-Za-z0-9_.+-]+\\.[Dd][Ll][Ll]$" LIMIT_COUNT 1)
        set(name "${dlls}")
    elseif(library MATCHES "\\.dll$")
        get_filename_component(name "${library}" NAME)
    elseif(library MATCHES "\\.dylib$" OR library MATCHES "\\.tbd$")
        get_filename_component(name "${library}" NAME_WE) # libsqlite3
    elseif(objdump)
        execute_process(COMMAND "${objdump}" -p "${library}" OUTPUT_VARIABLE dump ERROR_QUIET RESULT_VARIABLE rc)
        if(rc EQUAL 0 AND dump MATCHES "SONAME[ \t]+([^\n]+)")
            string(STRIP "${CMAKE_MATCH_1}" name)
        endif()
    endif()
    set(${out} "${name}" PARENT_SCOPE)
endfunction()

# The libraries the program or library `file` imports, as a list of file names (also used by the Windows
# deployment, installer/windows/DeployWindows.cmake).
function(pd_imported_libraries driver objdump out)
    set(imports)
    if(APPLE AND NOT CMAKE_CROSSCOMPILING)
        execute_process(COMMAND otool -L "${driver}" OUTPUT_VARIABLE dump RESULT_VARIABLE rc ERROR_QUIET)
        string(REGEX MATCHALL "\n[ \t]+[^ \t\n(]+" lines "${dump}")
        foreach(line IN LISTS lines)
            string(STRIP "${line}" path)
            get_filename_component(file "${path}" NAME_WE)
            list(APPEND imports "${file}")
        endforeach()
    elseif(objdump MATCHES "dumpbin")
        # MSVC's tool: the imports are indented file names after "Image has the following dependencies".
        execute_process(COMMAND "${objdump}" /nologo /dependents "${driver}" OUTPUT_VARIABLE dump RESULT_VARIABLE rc)
        string(REGEX MATCHALL "\n[ \t]+[^ \t\r\n]+\.[Dd][Ll][Ll]" lines "${dump}")
        foreach(line IN LISTS lines)
            string(STRIP "${line}" file)
            list(APPEND imports "${file}")
        endforeach()
    else()
        execute_process(COMMAND "${objdump}" -p "${driver}" OUTPUT_VARIABLE dump RESULT_VARIABLE rc ERROR_VARIABLE err)
        if(NOT rc EQUAL 0)
            message(FATAL_ERROR "Could not read the imports of ${driver} with ${objdump}: ${err}")
        endif()
        string(REGEX MATCHALL "(NEEDED|DLL Name:)[ \t]+[^\n]+" lines "${dump}")
        foreach(line IN LISTS lines)
            string(REGEX REPLACE "^(NEEDED|DLL Name:)[ \t]+" "" file "${line}")
            string(STRIP "${file}" file)
            list(APPEND imports "${file}")
        endforeach()
    endif()
    set(${out} "${imports}" PARENT_SCOPE)
endfunction()

# Fails the configuration unless `driver` (Qt's qsqlite plugin) imports the SQLite library `sqlite`.
function(pd_check_sqlite_driver driver sqlite objdump)
    if(NOT objdump AND NOT APPLE)
        message(FATAL_ERROR "objdump (binutils) or dumpbin (MSVC) is needed to check Qt's SQLite driver; none was found.")
    endif()
    pd_sqlite_runtime_name("${sqlite}" "${objdump}" wanted)
    if(NOT wanted)
        message(FATAL_ERROR "Could not tell which file ${sqlite} is loaded as; PartnerDesk must link SQLite as a "
                            "shared library, the same one Qt's SQLite driver uses.")
    endif()
    pd_imported_libraries("${driver}" "${objdump}" imports)
    string(TOLOWER "${imports}" imports_lower)
    string(TOLOWER "${wanted}" wanted_lower)
    if(NOT wanted_lower IN_LIST imports_lower)
        list(JOIN imports ", " listed)
        message(FATAL_ERROR
            "Qt's SQLite driver does not use the SQLite library PartnerDesk links.\n"
            "  driver: ${driver}\n"
            "  it imports: ${listed}\n"
            "  PartnerDesk links: ${sqlite} (loaded as ${wanted})\n"
            "This Qt has a SQLite of its own compiled into the driver (Qt's binary builds do). PartnerDesk calls "
            "SQLite's API on the driver's connections, which is only safe with one SQLite library in the process. "
            "Use a Qt built with -system-sqlite (FEATURE_system_sqlite=ON) against the same SQLite: Debian's or "
            "Ubuntu's qt6 packages, vcpkg (`vcpkg install qtbase[sql-sqlite]`, which uses vcpkg's sqlite3), "
            "Homebrew's qt, or scripts/build-windows.sh for Windows. See docs/building.md.")
    endif()
    message(STATUS "Qt's SQLite driver uses the program's SQLite library (${wanted})")
endfunction()

# In a project: the check on the Qt found by find_package(Qt6 ... Sql) and the SQLite of find_package(SQLite3).
function(pd_check_qt_sqlite_driver)
    if(NOT TARGET Qt6::QSQLiteDriverPlugin AND Qt6Sql_DIR)
        # Shared Qt builds define plugin targets lazily; the driver's package sits beside Qt6Sql's.
        find_package(Qt6QSQLiteDriverPlugin CONFIG QUIET HINTS "${Qt6Sql_DIR}")
    endif()
    if(NOT TARGET Qt6::QSQLiteDriverPlugin)
        message(FATAL_ERROR "Qt's SQLite driver (Qt6::QSQLiteDriverPlugin) was not found: install Qt's SQL "
                            "module with its SQLite driver (Debian: libqt6sql6-sqlite).")
    endif()
    set(driver "")
    get_target_property(configs Qt6::QSQLiteDriverPlugin IMPORTED_CONFIGURATIONS)
    foreach(config IN LISTS configs ITEMS "")
        if(config)
            get_target_property(driver Qt6::QSQLiteDriverPlugin IMPORTED_LOCATION_${config})
        else()
            get_target_property(driver Qt6::QSQLiteDriverPlugin IMPORTED_LOCATION)
        endif()
        if(driver AND EXISTS "${driver}")
            break()
        endif()
    endforeach()
    if(NOT driver OR NOT EXISTS "${driver}")
        message(FATAL_ERROR "The file of Qt's SQLite driver could not be found to check which SQLite it uses.")
    endif()
    get_target_property(type Qt6::QSQLiteDriverPlugin TYPE)
    if(type STREQUAL "STATIC_LIBRARY")
        message(FATAL_ERROR "Qt's SQLite driver is a static plugin (a static Qt); PartnerDesk needs a shared Qt "
                            "built with -system-sqlite, so that the driver and the program share one SQLite.")
    endif()
    list(GET SQLite3_LIBRARIES 0 sqlite)
    set(tool "${CMAKE_OBJDUMP}")
    if(MSVC)
        get_filename_component(msvc_bin "${CMAKE_CXX_COMPILER}" DIRECTORY)
        find_program(PD_DUMPBIN dumpbin HINTS "${msvc_bin}")
        set(tool "${PD_DUMPBIN}")
    endif()
    pd_check_sqlite_driver("${driver}" "${sqlite}" "${tool}")
endfunction()

if(CMAKE_SCRIPT_MODE_FILE STREQUAL CMAKE_CURRENT_LIST_FILE)
    if(NOT DRIVER OR NOT SQLITE)
        message(FATAL_ERROR "usage: cmake -DDRIVER=<plugin> -DSQLITE=<library> [-DOBJDUMP=<objdump>] -P ${CMAKE_CURRENT_LIST_FILE}")
    endif()
    if(NOT OBJDUMP)
        find_program(OBJDUMP objdump)
    endif()
    pd_check_sqlite_driver("${DRIVER}" "${SQLITE}" "${OBJDUMP}")
endif()
