# All dependency discovery in one place. Every package comes from Debian 12
# (scripts/setup-debian.sh installs them), but SQLCipher: see SqlCipher.cmake.
find_package(Qt6 6.4 REQUIRED COMPONENTS Core Gui Widgets PrintSupport Svg Test LinguistTools)
find_package(Qt6Keychain REQUIRED)
find_package(PkgConfig REQUIRED)
find_package(ZLIB REQUIRED)

# SQLCipher is the only SQLite the vault talks to: never QtSql, never libsqlite3
# (two copies sharing the sqlite3_* names let one silently write plaintext).
include(SqlCipher)
pkg_check_modules(SODIUM REQUIRED IMPORTED_TARGET GLOBAL libsodium>=1.0.18)
# Leak archives: zip, 7z, tar and its gzip, bzip2, xz and zstd forms (3.6.2 on Debian 12).
pkg_check_modules(LIBARCHIVE REQUIRED IMPORTED_TARGET GLOBAL libarchive>=3.6)
# Nettle's SHA-1 and MD4 (the leaked-password list's hashes): plain structs we wipe after use.
pkg_check_modules(NETTLE REQUIRED IMPORTED_TARGET GLOBAL nettle>=3.8)
# ICU's C API normalizes passphrases (NFC) in secure memory, without a QString.
find_package(ICU REQUIRED COMPONENTS uc)

# zxcvbn-c (passphrase strength): no CMake config or .pc file on Debian 12.
find_path(ZXCVBN_INCLUDE_DIR zxcvbn.h REQUIRED)
find_library(ZXCVBN_LIBRARY zxcvbn REQUIRED)
add_library(Zxcvbn::Zxcvbn UNKNOWN IMPORTED GLOBAL)
set_target_properties(Zxcvbn::Zxcvbn PROPERTIES IMPORTED_LOCATION "${ZXCVBN_LIBRARY}"
    INTERFACE_INCLUDE_DIRECTORIES "${ZXCVBN_INCLUDE_DIR}")

# libphonenumber ships neither a CMake config nor a .pc file on Debian 12.
find_package(libphonenumber CONFIG QUIET)
if(TARGET libphonenumber::phonenumber)
    add_library(PhoneNumber::PhoneNumber ALIAS libphonenumber::phonenumber)
    add_library(PhoneNumber::Geocoding ALIAS libphonenumber::geocoding)
else()
    find_path(PHONENUMBER_INCLUDE_DIR phonenumbers/phonenumberutil.h REQUIRED)
    find_library(PHONENUMBER_LIBRARY phonenumber REQUIRED)
    find_library(PHONENUMBER_GEOCODING_LIBRARY geocoding REQUIRED)
    find_package(ICU REQUIRED COMPONENTS uc i18n)
    find_package(Protobuf REQUIRED)
    add_library(PhoneNumber::PhoneNumber UNKNOWN IMPORTED GLOBAL)
    set_target_properties(PhoneNumber::PhoneNumber PROPERTIES
        IMPORTED_LOCATION "${PHONENUMBER_LIBRARY}"
        INTERFACE_INCLUDE_DIRECTORIES "${PHONENUMBER_INCLUDE_DIR}"
        INTERFACE_LINK_LIBRARIES "protobuf::libprotobuf;ICU::uc;ICU::i18n")
    add_library(PhoneNumber::Geocoding UNKNOWN IMPORTED GLOBAL)
    set_target_properties(PhoneNumber::Geocoding PROPERTIES
        IMPORTED_LOCATION "${PHONENUMBER_GEOCODING_LIBRARY}"
        INTERFACE_LINK_LIBRARIES PhoneNumber::PhoneNumber)
endif()
