# Names lexicon (data/names.txt): places and people of French news.
breve_shell_test(names_cli names_cli.sh)
