# Sentence splitting and key-sentence selection.
breve_unit_test(test_split test_split.c)
breve_unit_test(test_summary test_summary.c)
set_tests_properties(test_summary PROPERTIES
  ENVIRONMENT "BREVE_DATA_DIR=${PROJECT_SOURCE_DIR}")
