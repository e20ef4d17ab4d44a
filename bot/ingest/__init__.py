"""Sources to stories: fetch and parse feeds, read the corpus, deduplicate into clusters, store."""
