# Warnings are errors in the project's own code; third-party headers come in as SYSTEM
# through their imported targets and are not affected.
function(batchdesk_warnings target)
    if(MSVC)
        # Windows release builds (.github/workflows/release.yml). GCC on Linux is the -Werror
        # gate; MSVC's /W4 is reported, not fatal, since no MSVC build runs before a release.
        target_compile_options(${target} PRIVATE /W4 /permissive- /utf-8 /Zc:__cplusplus)
    else()
        target_compile_options(${target} PRIVATE
            -Wall -Wextra -Werror -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast
            -Wcast-align -Woverloaded-virtual -Wimplicit-fallthrough)
        if(CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
            # Clang's -Wshadow also reports a model's column enum (LabelColumn in the class, the
            # Qt idiom) as shadowing the board's namespace-level column enum; GCC's does not.
            # The GCC build of the shipped programs (the `package` preset, built by the test
            # suite) keeps -Wshadow as an error for locals and members.
            target_compile_options(${target} PRIVATE -Wno-shadow -Wshadow-field-in-constructor
                -Wshadow-uncaptured-local)
        endif()
    endif()
    target_compile_definitions(${target} PRIVATE
        QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII QT_NO_URL_CAST_FROM_STRING
        QT_NO_NARROWING_CONVERSIONS_IN_CONNECT QT_USE_QSTRINGBUILDER)
endfunction()
