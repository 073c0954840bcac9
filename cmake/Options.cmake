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
