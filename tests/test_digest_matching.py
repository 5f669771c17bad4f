"""The digest's best-first pick among what every filter keeps, as pure functions: no database.

What each filter keeps comes from the browse page's own filter code (tests/test_digest_browse_filters.py).
"""

import random

from listings.subscriptions.matching import Candidate, CandidateIndex


def candidates(*scores_by_id):
    return [Candidate(id=pk, score=score) for pk, score in scores_by_id]


def test_no_filter_picks_the_best_first_capped():
    index = CandidateIndex(candidates(*((n, n) for n in range(1, 31)), (99, 100)))

    assert index.select([], limit=10) == [99, 30, 29, 28, 27, 26, 25, 24, 23, 22]


def test_equal_scores_put_the_newest_first_as_browse_does():
    index = CandidateIndex(candidates((1, 80), (2, 80), (3, 90)))

    assert index.select([]) == [3, 2, 1]


def test_pick_keeps_only_what_every_filter_keeps():
    index = CandidateIndex(candidates((1, 90), (2, 80), (3, 70), (4, 60)))

    assert index.select([frozenset({1, 2, 3}), frozenset({2, 3, 4})]) == [2, 3]
    assert index.select([frozenset({1}), frozenset({4})]) == []


def test_ids_that_are_not_this_weeks_candidates_are_ignored():
    index = CandidateIndex(candidates((1, 90)))

    assert index.select([frozenset({1, 777})]) == [1]


def test_pick_equals_a_plain_filter_on_random_data():
    rng = random.Random(7)
    pool = candidates(*((n, rng.randint(0, 100)) for n in range(1, 2001)))
    index = CandidateIndex(pool)
    best_first = sorted(pool, key=lambda c: (-c.score, -c.id))

    for _ in range(300):
        sets = [frozenset(rng.sample(range(1, 2101), rng.randint(0, 1500))) for _ in range(rng.randint(0, 4))]
        expected = [c.id for c in best_first if all(c.id in kept for kept in sets)][:10]
        assert index.select(sets) == expected


def test_nothing_matches_gives_an_empty_pick():
    assert CandidateIndex(candidates((1, 40))).select([frozenset()]) == []
    assert CandidateIndex([]).select([]) == []
