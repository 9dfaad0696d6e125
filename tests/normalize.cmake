# Normaliser: golden files (tests/golden/normalize_*.txt), lexicon, line
# and speed contracts.
breve_unit_test(test_normalize test_normalize.c)
set_tests_properties(test_normalize PROPERTIES
  ENVIRONMENT "BREVE_DATA_DIR=${PROJECT_SOURCE_DIR}")
breve_shell_test(normalize_cli normalize_cli.sh)
