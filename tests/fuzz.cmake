# Replays the fuzz seed corpus and every input that once crashed a fuzz
# target (tests/fuzz/regressions/<target>/) through the same
# LLVMFuzzerTestOneInput sources, without libFuzzer, in the normal build.
set(BREVE_FUZZ_REPLAY text split summarize normalize html)
file(STRINGS ${PROJECT_SOURCE_DIR}/include/breve.h BREVE_REPLAY_HAS_FEED REGEX "breve_feed_parse\\(")
if(BREVE_REPLAY_HAS_FEED AND EXISTS ${CMAKE_CURRENT_SOURCE_DIR}/fuzz/fuzz_feed.c)
  list(APPEND BREVE_FUZZ_REPLAY feed)
endif()
foreach(t ${BREVE_FUZZ_REPLAY})
  add_executable(fuzz_replay_${t} fuzz/replay.c fuzz/fuzz_${t}.c)
  target_link_libraries(fuzz_replay_${t} PRIVATE breve_obj
    SndFile::sndfile PkgConfig::EBUR128
    PkgConfig::SAMPLERATE Threads::Threads ${CMAKE_DL_LIBS} m)
  target_include_directories(fuzz_replay_${t} PRIVATE ${PROJECT_SOURCE_DIR}/src
    ${PROJECT_BINARY_DIR}/src)
  target_compile_definitions(fuzz_replay_${t} PRIVATE _POSIX_C_SOURCE=200809L)
  if(NOT BUILD_SHARED_LIBS)
    target_compile_definitions(fuzz_replay_${t} PRIVATE BREVE_STATIC_DEFINE)
  endif()
  breve_add_compile_options(fuzz_replay_${t})
  add_test(NAME fuzz_replay_${t} COMMAND fuzz_replay_${t}
    ${CMAKE_CURRENT_SOURCE_DIR}/fuzz/corpus/${t}
    ${CMAKE_CURRENT_SOURCE_DIR}/fuzz/regressions/${t})
  set_tests_properties(fuzz_replay_${t} PROPERTIES
    ENVIRONMENT "BREVE_DATA_DIR=${PROJECT_SOURCE_DIR}")
endforeach()
