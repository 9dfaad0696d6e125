# Podcast: loudness and limiter, encoding, transcripts, episodes, feed,
# schedule (idempotent and concurrent runs, retention).
breve_unit_test(test_podcast test_podcast.c)
target_compile_definitions(test_podcast PRIVATE _DEFAULT_SOURCE)
breve_shell_test(podcast_episode podcast_episode.sh)
breve_shell_test(podcast_schedule podcast_schedule.sh)
breve_shell_test(podcast_brief podcast_brief.sh)
# the test reads the feed back with libxml2 itself
target_link_libraries(test_podcast PRIVATE PkgConfig::LIBXML2)
