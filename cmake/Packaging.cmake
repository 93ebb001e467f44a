# Install rules and the Debian package (CPack). `cpack -G DEB` in a build folder, or
# scripts/package.sh, which also checks the result. Windows and macOS: docs/packaging.md.
include(GNUInstallDirs)

set(BREACH_ADVISOR_APP_ID "org.breachadvisor.BreachAdvisor")
string(TIMESTAMP BREACH_ADVISOR_RELEASE_DATE "%Y-%m-%d" UTC)
set(_packaging "${PROJECT_SOURCE_DIR}/packaging")
set(_generated "${PROJECT_BINARY_DIR}/packaging")
file(MAKE_DIRECTORY "${_generated}")

if(WIN32 OR APPLE)
    # Windows and macOS (written, not tried: docs/packaging.md): a GUI executable, a macOS
    # bundle, and Qt's deploy script (windeployqt/macdeployqt) run at install time.
    set_target_properties(breach-advisor PROPERTIES WIN32_EXECUTABLE TRUE MACOSX_BUNDLE TRUE
        MACOSX_BUNDLE_GUI_IDENTIFIER "org.breachadvisor.BreachAdvisor"
        MACOSX_BUNDLE_BUNDLE_VERSION "${PROJECT_VERSION}" MACOSX_BUNDLE_SHORT_VERSION_STRING "${PROJECT_VERSION}")
    install(TARGETS breach-advisor breach-advisor-cli BUNDLE DESTINATION . RUNTIME DESTINATION "${CMAKE_INSTALL_BINDIR}")
    qt_generate_deploy_app_script(TARGET breach-advisor FILENAME_VARIABLE breach_advisor_deploy_script)
    install(SCRIPT "${breach_advisor_deploy_script}")
    return() # the rest is Linux's: the desktop entry, icons, man pages, the .deb
endif()

install(TARGETS breach-advisor breach-advisor-cli RUNTIME DESTINATION "${CMAKE_INSTALL_BINDIR}")
install(FILES "${_packaging}/${BREACH_ADVISOR_APP_ID}.desktop" DESTINATION "${CMAKE_INSTALL_DATADIR}/applications")
configure_file("${_packaging}/${BREACH_ADVISOR_APP_ID}.metainfo.xml.in" "${_generated}/${BREACH_ADVISOR_APP_ID}.metainfo.xml" @ONLY)
install(FILES "${_generated}/${BREACH_ADVISOR_APP_ID}.metainfo.xml" DESTINATION "${CMAKE_INSTALL_DATADIR}/metainfo")

# The icon: the drawing itself, and the hicolor sizes drawn from it (rsvg-convert).
set(_icon "${PROJECT_SOURCE_DIR}/resources/icons/breach-advisor.svg")
install(FILES "${_icon}" DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps" RENAME "${BREACH_ADVISOR_APP_ID}.svg")
find_program(RSVG_CONVERT rsvg-convert)
find_program(HELP2MAN help2man)
find_program(GZIP gzip REQUIRED)
set(_package_files "")
if(RSVG_CONVERT)
    foreach(_size 16 24 32 48 64 128 256)
        set(_png "${_generated}/icons/${_size}/${BREACH_ADVISOR_APP_ID}.png")
        add_custom_command(OUTPUT "${_png}"
            COMMAND "${CMAKE_COMMAND}" -E make_directory "${_generated}/icons/${_size}"
            COMMAND "${RSVG_CONVERT}" --width ${_size} --height ${_size} --output "${_png}" "${_icon}"
            DEPENDS "${_icon}" VERBATIM)
        list(APPEND _package_files "${_png}")
        install(FILES "${_png}" DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/${_size}x${_size}/apps")
    endforeach()
else()
    message(STATUS "rsvg-convert not found: the package gets the scalable icon only (scripts/setup-debian.sh installs librsvg2-bin)")
endif()

# Man pages from each program's --help and --version (help2man), as the package needs them.
if(HELP2MAN)
    foreach(_program breach-advisor-cli breach-advisor)
        if(_program STREQUAL "breach-advisor")
            set(_name "the desktop app: what of yours leaked, and what to do")
        else()
            set(_name "find what of yours leaked and what to do, from the command line")
        endif()
        set(_man "${_generated}/${_program}.1")
        add_custom_command(OUTPUT "${_man}.gz"
            COMMAND "${CMAKE_COMMAND}" -E env QT_QPA_PLATFORM=offscreen LANG=C.UTF-8 LC_ALL=C.UTF-8
                    "${HELP2MAN}" --no-info --section 1 --name "${_name}"
                    --output "${_man}" "$<TARGET_FILE:${_program}>"
            COMMAND "${GZIP}" -9nf "${_man}"
            DEPENDS ${_program} VERBATIM)
        list(APPEND _package_files "${_man}.gz")
        install(FILES "${_man}.gz" DESTINATION "${CMAKE_INSTALL_MANDIR}/man1")
    endforeach()
else()
    message(STATUS "help2man not found: the package has no man pages (scripts/setup-debian.sh installs it)")
endif()

# Debian's files beside the programs: copyright, changelog, lintian's overrides (each with its reason).
add_custom_command(OUTPUT "${_generated}/changelog.Debian.gz"
    COMMAND "${GZIP}" -9nc "${_packaging}/changelog" > "${_generated}/changelog.Debian.gz"
    DEPENDS "${_packaging}/changelog" VERBATIM)
list(APPEND _package_files "${_generated}/changelog.Debian.gz")
add_custom_target(package_files ALL DEPENDS ${_package_files})
install(FILES "${_packaging}/copyright" "${_generated}/changelog.Debian.gz" DESTINATION "${CMAKE_INSTALL_DATADIR}/doc/breach-advisor")
install(FILES "${_packaging}/lintian-overrides" DESTINATION "${CMAKE_INSTALL_DATADIR}/lintian/overrides" RENAME breach-advisor)

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME breach-advisor)
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_DEBIAN_PACKAGE_RELEASE 1) # the Debian revision: the package is not native to Debian
set(CPACK_PACKAGE_VENDOR "The Breach Advisor developers")
set(CPACK_PACKAGE_CONTACT "The Breach Advisor developers <maintainers@breachadvisor.org>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "offline advisor for data breaches and what to do about them")
# The extended description (the summary above is its first line); CPack indents it, and an
# empty line becomes Debian's paragraph break.
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "Breach Advisor tells a person whether their phone number, e-mail address or
username is in a data leak, what of theirs leaked, and what to do about it: a
plan of simple, sourced steps such as WhatsApp two-step verification, a SIM
lock or a credit freeze, with printable handouts.

Everything stays on the computer, in an encrypted vault: imported leak files
are kept as keyed fingerprints, never the leaked values. The package holds the
desktop app (breach-advisor) and a command-line tool for help desks and
scripts (breach-advisor-cli), in eleven languages.")
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "https://breachadvisor.org/")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
# The libraries' packages from what is linked (dpkg-shlibdeps), and what Qt loads as plugins
# at run time: the platform plugins, and the SVG icon engine (the icons are SVG); recommended,
# the fonts of the handouts (Arabic, Devanagari) and Qt's own words in more languages.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-qpa-plugins, libqt6svg6")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "fonts-noto-core, qt6-translations-l10n")
set(CPACK_STRIP_FILES ON)
set(CPACK_SET_DESTDIR OFF)
set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")
include(CPack)
