# Hostile inputs and faults (docs/hostile-input.md): limits, malformed and
# malicious inputs, unwritable outputs, signals, concurrent runs; the CLI
# under valgrind.
breve_shell_test(hostile hostile.sh)
breve_shell_test(hostile_faults hostile_faults.sh)
set_tests_properties(hostile hostile_faults PROPERTIES TIMEOUT 600)
breve_shell_test(valgrind valgrind.sh)
set_tests_properties(valgrind PROPERTIES TIMEOUT 900)
