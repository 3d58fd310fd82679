"""What the bundled factsheet itself is warned about: its two small counts of people (7 and
5 in 'criminele uitbuiting'; tests/statistics cover them). Tests about other findings leave
them out."""

SMALL_COUNT_WORDS = ("people, fewer than 10", "personen, minder dan 10")
SMALL_COUNTS = 2  # warnings


def without_small_counts(err: str) -> str:
    """Command-line output without the lines of the bundled factsheet's small counts."""
    return "".join(line for line in err.splitlines(keepends=True)
                   if not any(words in line for words in SMALL_COUNT_WORDS))
