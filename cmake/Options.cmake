# One INTERFACE target carries the language standard, warnings and Qt hygiene defines for every target.
option(PD_WERROR "Treat compiler warnings as errors" OFF)

add_library(pd_options INTERFACE)
target_compile_features(pd_options INTERFACE cxx_std_20)
target_compile_definitions(pd_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_FOREACH
    QT_STRICT_ITERATORS
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    QT_DISABLE_DEPRECATED_UP_TO=0x060400
    QT_NO_CONTEXTLESS_CONNECT
    QT_USE_QSTRINGBUILDER)
if(MSVC)
    target_compile_options(pd_options INTERFACE /W4 /utf-8 $<$<BOOL:${PD_WERROR}>:/WX>)
else()
    target_compile_options(pd_options INTERFACE -Wall -Wextra -Wpedantic -Wshadow=local -Wnon-virtual-dtor
        $<$<BOOL:${PD_WERROR}>:-Werror>)
endif()

# PD_SANITIZE: sanitizers for every target, e.g. "address,undefined" or "thread" (presets asan and tsan,
# scripts/sanitize.sh). A finding stops the program, so a test that triggers one fails.
set(PD_SANITIZE "" CACHE STRING "Sanitizers to build with: address,undefined or thread (empty: none)")
if(PD_SANITIZE)
    if(MSVC)
        message(FATAL_ERROR "PD_SANITIZE is for GCC and Clang builds")
    endif()
    target_compile_options(pd_options INTERFACE -fsanitize=${PD_SANITIZE} -fno-omit-frame-pointer
        -fno-sanitize-recover=all)
    target_link_options(pd_options INTERFACE -fsanitize=${PD_SANITIZE})
endif()
