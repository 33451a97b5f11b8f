# Runs one libFuzzer target for ctest (fuzz/CMakeLists.txt):
#   cmake -DFUZZER=exe -DCORPUS=dir -DREGRESSIONS=dir -DWORK=dir -DMODE=fuzz|replay
#         [-DSECONDS=n] [-DFLAGS=a|b|c] -P run_fuzzer.cmake
# fuzz:   fuzzes for SECONDS on a scratch copy of CORPUS in WORK (the committed corpus is only
#         read; new inputs and crash artifacts land in WORK).
# replay: runs every file of CORPUS and REGRESSIONS once, no mutation.
# Fails when the target crashes, leaks, times out or trips a sanitizer.
cmake_minimum_required(VERSION 3.25)

foreach(var FUZZER CORPUS REGRESSIONS WORK MODE)
    if(NOT DEFINED ${var})
        message(FATAL_ERROR "run_fuzzer.cmake: ${var} is not set")
    endif()
endforeach()
string(REPLACE "|" ";" flags "${FLAGS}")
# A hanging input fails the run instead of waiting for ctest's timeout.
list(APPEND flags -timeout=20 -rss_limit_mb=2560 -artifact_prefix=${WORK}/artifacts/)

file(MAKE_DIRECTORY ${WORK}/artifacts)
if(MODE STREQUAL "fuzz")
    file(REMOVE_RECURSE ${WORK}/corpus)
    file(MAKE_DIRECTORY ${WORK}/corpus)
    file(GLOB seeds LIST_DIRECTORIES false ${CORPUS}/*)
    file(COPY ${seeds} DESTINATION ${WORK}/corpus)
    set(command ${FUZZER} ${flags} -max_total_time=${SECONDS} -print_final_stats=1 ${WORK}/corpus)
elseif(MODE STREQUAL "replay")
    # Files as arguments: libFuzzer runs each once and writes nothing.
    file(GLOB inputs LIST_DIRECTORIES false ${CORPUS}/* ${REGRESSIONS}/*)
    list(FILTER inputs EXCLUDE REGEX "/README[^/]*$")
    if(NOT inputs)
        message(FATAL_ERROR "no inputs in ${CORPUS} or ${REGRESSIONS}")
    endif()
    list(LENGTH inputs count)
    message(STATUS "replaying ${count} inputs")
    set(command ${FUZZER} ${flags} ${inputs})
else()
    message(FATAL_ERROR "run_fuzzer.cmake: MODE must be fuzz or replay, not '${MODE}'")
endif()

execute_process(COMMAND ${command} RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    file(GLOB crashes ${WORK}/artifacts/*)
    message(FATAL_ERROR "${FUZZER} failed (${result}); inputs kept in ${WORK}/artifacts: ${crashes}")
endif()
