# Settings applied to our own targets only (never to third-party code).

if(IP_SANITIZE)
    # Applied globally so that every object, including Qt Test mains, is instrumented.
    add_compile_options(-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    add_link_options(-fsanitize=address,undefined)
endif()

# ip_apply_settings(<target>): warnings, -Werror and strict Qt defines.
function(ip_apply_settings target)
    target_compile_options(${target} PRIVATE
        -Wall -Wextra -Wpedantic -Wnon-virtual-dtor -Woverloaded-virtual -Wcast-align
        -Wno-missing-field-initializers)
    if(IP_WERROR)
        target_compile_options(${target} PRIVATE -Werror)
    endif()
    target_compile_definitions(${target} PRIVATE
        QT_NO_CAST_TO_ASCII
        QT_NO_URL_CAST_FROM_STRING
        QT_NO_CAST_FROM_BYTEARRAY
        QT_NO_FOREACH
        QT_DISABLE_DEPRECATED_BEFORE=0x060400)
endfunction()

# ip_add_core_module(<name> SOURCES ... LIBS ...): a static module library of core/.
function(ip_add_core_module name)
    cmake_parse_arguments(ARG "" "" "SOURCES;LIBS" ${ARGN})
    add_library(${name} STATIC ${ARG_SOURCES})
    target_include_directories(${name} PUBLIC ${PROJECT_SOURCE_DIR}/core)
    target_link_libraries(${name} PUBLIC Qt6::Core ${ARG_LIBS})
    ip_apply_settings(${name})
endfunction()
