# Compiler flags live on one INTERFACE target that every project target links,
# instead of global flags (the qBittorrent way).
add_library(breachadvisor_options INTERFACE)
target_compile_definitions(breachadvisor_options INTERFACE
    QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII QT_NO_URL_CAST_FROM_STRING QT_STRICT_ITERATORS
    QT_NO_KEYWORDS QT_DISABLE_DEPRECATED_BEFORE=0x060400
    BREACH_ADVISOR_VERSION="${PROJECT_VERSION}")
target_compile_options(breachadvisor_options INTERFACE
    -Wall -Wextra -Wold-style-cast -Wnon-virtual-dtor -Woverloaded-virtual
    $<$<CXX_COMPILER_ID:GNU>:-Wshadow=local> -fstack-protector-strong)
if(NOT CMAKE_BUILD_TYPE STREQUAL "Debug" AND NOT BREACH_ADVISOR_SANITIZE AND NOT BREACH_ADVISOR_FUZZ)
    target_compile_definitions(breachadvisor_options INTERFACE _FORTIFY_SOURCE=2)
endif()
target_link_options(breachadvisor_options INTERFACE -Wl,-z,relro,-z,now)
if(BREACH_ADVISOR_WERROR)
    target_compile_options(breachadvisor_options INTERFACE -Werror)
endif()
if(BREACH_ADVISOR_SANITIZE)
    target_compile_options(breachadvisor_options INTERFACE
        -fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer)
    target_link_options(breachadvisor_options INTERFACE -fsanitize=address,undefined)
endif()
if(BREACH_ADVISOR_FUZZ)
    # Every library instrumented for libFuzzer's coverage, with ASan + UBSan; the fuzz
    # targets add -fsanitize=fuzzer (fuzz/CMakeLists.txt).
    if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
        message(FATAL_ERROR "BREACH_ADVISOR_FUZZ needs clang (-DCMAKE_CXX_COMPILER=clang++-14)")
    endif()
    target_compile_options(breachadvisor_options INTERFACE
        -fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer)
    target_link_options(breachadvisor_options INTERFACE -fsanitize=address,undefined)
endif()
