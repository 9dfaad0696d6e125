# Hostile inputs and faults (docs/hostile-input.md): limits, malformed and
# malicious inputs, unwritable outputs, signals, concurrent runs; the CLI
# under valgrind.
breve_shell_test(hostile hostile.sh)
breve_shell_test(hostile_faults hostile_faults.sh)
set_tests_properties(hostile hostile_faults PROPERTIES TIMEOUT 600)
# valgrind and the sanitizers do not mix: the Asan and Ubsan builds skip it
if(NOT CMAKE_BUILD_TYPE MATCHES "^(Asan|Ubsan)$")
  breve_shell_test(valgrind valgrind.sh)
  set_tests_properties(valgrind PROPERTIES TIMEOUT 900)
endif()
