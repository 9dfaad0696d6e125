# HTML pages and feeds: extraction, charsets, hostile input, the commands.
breve_unit_test(test_html test_html.c)
set_tests_properties(test_html PROPERTIES TIMEOUT 300)
breve_shell_test(html_cli html_cli.sh)
set_tests_properties(html_cli PROPERTIES TIMEOUT 300)
