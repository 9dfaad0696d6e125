# Normaliser: golden files (tests/golden/normalize_*.txt), lexicon, line
# and speed contracts.
breve_unit_test(test_normalize test_normalize.c)
# (the word list that gives addresses their accents is the test's own, not
# the system's /usr/share/dict/french: the golden files do not depend on it)
set_tests_properties(test_normalize PROPERTIES
  ENVIRONMENT "BREVE_DATA_DIR=${PROJECT_SOURCE_DIR};BREVE_WORDLIST=${PROJECT_SOURCE_DIR}/tests/data/wordlist-fr.txt")
breve_shell_test(normalize_cli normalize_cli.sh)
# NeMo French normalisation cases: the 95 % floor (skipped without the
# shared data).
breve_shell_test(nemo_floor nemo_floor.sh)
