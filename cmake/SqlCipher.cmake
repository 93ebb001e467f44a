# SQLCipher 4, built here from the amalgamation in the npm package pinned in
# deps/sqlcipher.pin (scripts/fetch-sqlcipher.sh puts it in .deps/). Debian 12's
# libsqlcipher is 3.4.1 on SQLite 3.15.2 (2016), years of SQLite fixes behind.
#
# It must be the only SQLite the vault code talks to: the library is static and every
# symbol in it is hidden, so it never enters the process's global symbol table. Another
# SQLite loaded first (LD_PRELOAD, a plugin) can neither take over the vault's calls nor
# be taken over by them. Database::requireSqlCipher() still checks at run time.
#
# Defines the target SqlCipher::SqlCipher and the variables SQLCIPHER_PINNED_VERSION and
# SQLCIPHER_PINNED_SQLITE_VERSION.

set(BREACH_ADVISOR_SQLCIPHER "pinned" CACHE STRING
    "pinned: the npm package in deps/sqlcipher.pin; debian: Debian 12's libsqlcipher 3.4.1, only to measure the baseline in bench/sqlcipher-baseline.sh")
set_property(CACHE BREACH_ADVISOR_SQLCIPHER PROPERTY STRINGS pinned debian)
if(BREACH_ADVISOR_SQLCIPHER STREQUAL "debian")
    # Shared, with exported symbols: never for a build people use.
    pkg_check_modules(SQLCIPHER_DEBIAN REQUIRED IMPORTED_TARGET GLOBAL sqlcipher)
    set_property(TARGET PkgConfig::SQLCIPHER_DEBIAN APPEND PROPERTY INTERFACE_COMPILE_DEFINITIONS SQLITE_HAS_CODEC)
    add_library(SqlCipher::SqlCipher ALIAS PkgConfig::SQLCIPHER_DEBIAN)
    message(WARNING "Built with Debian's SQLCipher 3.4.1 for a benchmark baseline: not for use")
    return()
elseif(NOT BREACH_ADVISOR_SQLCIPHER STREQUAL "pinned")
    message(FATAL_ERROR "BREACH_ADVISOR_SQLCIPHER is pinned or debian, not ${BREACH_ADVISOR_SQLCIPHER}")
endif()

set(_pin_file "${PROJECT_SOURCE_DIR}/deps/sqlcipher.pin")
set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS "${_pin_file}")
file(STRINGS "${_pin_file}" _pin_lines REGEX "^[a-z]+=")
foreach(_line IN LISTS _pin_lines)
    string(REGEX MATCH "^([a-z]+)=(.*)$" _ "${_line}")
    set(_pin_${CMAKE_MATCH_1} "${CMAKE_MATCH_2}")
endforeach()
foreach(_key package version integrity sqlcipher sqlite)
    if(NOT _pin_${_key})
        message(FATAL_ERROR "${_pin_file} has no ${_key}=")
    endif()
endforeach()
set(SQLCIPHER_PINNED_VERSION "${_pin_sqlcipher}")
set(SQLCIPHER_PINNED_SQLITE_VERSION "${_pin_sqlite}")

string(REGEX REPLACE "^.*/" "" _package_name "${_pin_package}")
set(BREACH_ADVISOR_SQLCIPHER_TARBALL "${PROJECT_SOURCE_DIR}/.deps/${_package_name}-${_pin_version}.tgz"
    CACHE FILEPATH "The npm package tarball pinned in deps/sqlcipher.pin")
if(NOT EXISTS "${BREACH_ADVISOR_SQLCIPHER_TARBALL}")
    message(FATAL_ERROR "${BREACH_ADVISOR_SQLCIPHER_TARBALL} is missing: run scripts/setup-debian.sh "
                        "(or scripts/fetch-sqlcipher.sh) to fetch ${_pin_package}@${_pin_version}.")
endif()
set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS "${BREACH_ADVISOR_SQLCIPHER_TARBALL}")

# The same check as the fetch script's, so a tarball swapped after the fetch is refused too.
find_program(OPENSSL_EXECUTABLE openssl REQUIRED)
execute_process(
    COMMAND "${OPENSSL_EXECUTABLE}" dgst -sha512 -binary "${BREACH_ADVISOR_SQLCIPHER_TARBALL}"
    COMMAND "${OPENSSL_EXECUTABLE}" base64 -A
    OUTPUT_VARIABLE _digest RESULT_VARIABLE _digest_result OUTPUT_STRIP_TRAILING_WHITESPACE)
if(NOT _digest_result EQUAL 0 OR NOT "sha512-${_digest}" STREQUAL "${_pin_integrity}")
    message(FATAL_ERROR "${BREACH_ADVISOR_SQLCIPHER_TARBALL} does not match the integrity hash pinned in "
                        "${_pin_file}:\n  pinned: ${_pin_integrity}\n  file:   sha512-${_digest}\n"
                        "Delete it and run scripts/fetch-sqlcipher.sh again.")
endif()

set(_source_dir "${CMAKE_BINARY_DIR}/_deps/sqlcipher-${_pin_version}")
set(_stamp "${_source_dir}/integrity.txt")
set(_stamped "")
if(EXISTS "${_stamp}")
    file(READ "${_stamp}" _stamped)
endif()
if(NOT _stamped STREQUAL _pin_integrity)
    file(REMOVE_RECURSE "${_source_dir}")
    file(ARCHIVE_EXTRACT INPUT "${BREACH_ADVISOR_SQLCIPHER_TARBALL}" DESTINATION "${_source_dir}"
         PATTERNS "package/deps/sqlcipher-amalgamation/*" "package/LICENSE")
    file(WRITE "${_stamp}" "${_pin_integrity}")
endif()
set(_amalgamation "${_source_dir}/package/deps/sqlcipher-amalgamation")
foreach(_file sqlite3.c sqlite3.h)
    if(NOT EXISTS "${_amalgamation}/${_file}")
        message(FATAL_ERROR "${_pin_package}@${_pin_version} has no deps/sqlcipher-amalgamation/${_file}")
    endif()
endforeach()
file(STRINGS "${_amalgamation}/sqlite3.h" _sqlite_version_line REGEX "^#define SQLITE_VERSION +\"")
if(NOT _sqlite_version_line MATCHES "\"${_pin_sqlite}\"")
    message(FATAL_ERROR "The amalgamation's SQLite is not the ${_pin_sqlite} that ${_pin_file} names: ${_sqlite_version_line}")
endif()

find_package(OpenSSL 3 REQUIRED COMPONENTS Crypto)
find_package(Threads REQUIRED)

add_library(breachadvisor_sqlcipher STATIC "${PROJECT_SOURCE_DIR}/deps/sqlcipher.c")
target_include_directories(breachadvisor_sqlcipher SYSTEM PUBLIC "${_amalgamation}")
target_compile_definitions(breachadvisor_sqlcipher
    PUBLIC SQLITE_HAS_CODEC SQLCIPHER_CRYPTO_OPENSSL
    PRIVATE SQLITE_EXTRA_INIT=sqlcipher_extra_init SQLITE_EXTRA_SHUTDOWN=sqlcipher_extra_shutdown
            SQLITE_TEMP_STORE=2 SQLITE_THREADSAFE=1 SQLITE_OMIT_LOAD_EXTENSION
            SQLCIPHER_OMIT_DEFAULT_LOGGING
            _GNU_SOURCE)
# Third-party code: its own flags, not the project's warnings or sanitizers; optimized even
# in a debug build (it is the index's hot path).
set_target_properties(breachadvisor_sqlcipher PROPERTIES
    C_VISIBILITY_PRESET hidden POSITION_INDEPENDENT_CODE ON AUTOMOC OFF)
target_compile_options(breachadvisor_sqlcipher PRIVATE -O2 -w)
target_link_libraries(breachadvisor_sqlcipher PUBLIC OpenSSL::Crypto Threads::Threads ${CMAKE_DL_LIBS} m)
add_library(SqlCipher::SqlCipher ALIAS breachadvisor_sqlcipher)
