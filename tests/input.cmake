# Text input, boilerplate filter, the command line and the audio it writes.
breve_unit_test(test_input test_input.c)
breve_shell_test(cli cli.sh)
breve_shell_test(cli_errors cli_errors.sh)
breve_shell_test(brief_audio brief_audio.sh)
breve_shell_test(seed_page seed_page.sh)
