# breve batch: a pool of worker processes, report, resume, shards.
breve_shell_test(batch batch.sh)
