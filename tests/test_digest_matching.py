"""Preference matching and the best-first pick, as pure functions: no database."""

import random

from listings.subscriptions.matching import Candidate, CandidateIndex, Preferences, matches

ALL_VERDICTS = frozenset({"looks_legitimate", "ask_more_questions", "red_flags", "likely_scam"})


def candidate(id, score=80, verdict="looks_legitimate", regions=("US",), work=("customer_service",)):
    return Candidate(id=id, score=score, verdict=verdict, regions=frozenset(regions), work_types=frozenset(work))


def prefs(work=(), regions=(), min_score=0, verdicts=("looks_legitimate", "ask_more_questions")):
    return Preferences(
        work_types=frozenset(work), region_codes=tuple(regions), min_score=min_score, verdicts=frozenset(verdicts)
    )


def test_region_matches_the_region_itself_or_its_whole_country():
    new_yorker = prefs(regions=("US-NY", "US"))

    assert matches(candidate(1, regions=["US"]), new_yorker)
    assert matches(candidate(2, regions=["US-NY"]), new_yorker)
    assert not matches(candidate(3, regions=["US-TX"]), new_yorker)
    assert not matches(candidate(4, regions=["PH"]), new_yorker)
    assert not matches(candidate(5, regions=[]), new_yorker)
    assert matches(candidate(6, regions=["PH"]), prefs())  # no region: anywhere


def test_empty_work_types_mean_every_work_type():
    assert matches(candidate(1, work=["sales"]), prefs())
    assert matches(candidate(2, work=[]), prefs())
    assert matches(candidate(3, work=["sales", "surveys"]), prefs(work=["surveys"]))
    assert not matches(candidate(4, work=["sales"]), prefs(work=["surveys"]))
    assert not matches(candidate(5, work=[]), prefs(work=["surveys"]))


def test_minimum_score_and_verdicts():
    assert matches(candidate(1, score=60), prefs(min_score=60))
    assert not matches(candidate(2, score=59), prefs(min_score=60))
    assert not matches(candidate(3, verdict="likely_scam"), prefs())
    assert matches(candidate(4, verdict="likely_scam", score=5), prefs(verdicts=["likely_scam"]))


def test_pick_is_best_first_capped_and_without_duplicates():
    index = CandidateIndex(
        [candidate(n, score=n, regions=["US", "US-NY"]) for n in range(1, 31)] + [candidate(99, score=100)]
    )

    picked = index.select(prefs(regions=("US-NY", "US")), limit=10)

    assert picked == [99, 30, 29, 28, 27, 26, 25, 24, 23, 22]


def test_index_pick_equals_a_plain_filter_on_random_data():
    rng = random.Random(7)
    codes = ["US", "US-NY", "US-TX", "CA", "CA-ON", "PH", "IN"]
    work = ["sales", "customer_service", "surveys", "tech_support"]
    candidates = [
        candidate(
            n,
            score=rng.randint(0, 100),
            verdict=rng.choice(sorted(ALL_VERDICTS)),
            regions=rng.sample(codes, rng.randint(0, 2)),
            work=rng.sample(work, rng.randint(0, 2)),
        )
        for n in range(1, 2001)
    ]
    index = CandidateIndex(candidates)
    best_first = sorted(candidates, key=lambda c: (-c.score, -c.id))

    for _ in range(300):
        region = rng.choice([None, *codes])
        p = prefs(
            work=rng.sample(work, rng.randint(0, 2)),
            regions=() if region is None else ((region, region[:2]) if "-" in region else (region,)),
            min_score=rng.choice([0, 40, 70, 95]),
            verdicts=rng.sample(sorted(ALL_VERDICTS), rng.randint(1, 4)),
        )
        expected = [c.id for c in best_first if matches(c, p)][:10]
        assert index.select(p) == expected


def test_nothing_matches_gives_an_empty_pick():
    index = CandidateIndex([candidate(1, score=40)])

    assert index.select(prefs(min_score=50)) == []
    assert CandidateIndex([]).select(prefs()) == []
