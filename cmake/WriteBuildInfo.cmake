# Run at every build (cmake -P): writes BuildInfo.cpp with the commit the build is made
# from, rewriting it only when that changed, so an unchanged tree rebuilds nothing.
#   -DSOURCE_DIR=... -DOUTPUT=...
execute_process(COMMAND git -C "${SOURCE_DIR}" describe --always --dirty --abbrev=12
                OUTPUT_VARIABLE commit OUTPUT_STRIP_TRAILING_WHITESPACE ERROR_QUIET RESULT_VARIABLE failed)
if(failed OR commit STREQUAL "")
    set(commit "unknown") # a source tarball: no git
endif()
set(content "// Written by cmake/WriteBuildInfo.cmake at build time: do not edit.\n#include \"BuildInfo.h\"\n\nconst char *BreachAdvisor::BuildInfo::commit()\n{\n    return \"${commit}\";\n}\n")
if(EXISTS "${OUTPUT}")
    file(READ "${OUTPUT}" old)
endif()
if(NOT old STREQUAL content)
    file(WRITE "${OUTPUT}" "${content}")
endif()
