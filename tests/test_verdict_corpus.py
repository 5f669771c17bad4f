"""The evaluation corpus keeps the format bench/verdict_corpus/LABELLING.md describes, so its figures mean what
the README says: one label per offer, ids unique across every file, one offer in five held aside."""

from collections import Counter

from tests.offers import CORPUS, corpus_records

BANDS = {"likely_scam", "red_flags", "ask_more_questions", "looks_legitimate"}


def test_every_offer_has_a_unique_id_a_band_a_reason_and_a_text():
    records = list(corpus_records())
    repeated = [offer_id for offer_id, count in Counter(r["id"] for r in records).items() if count > 1]
    assert repeated == []
    assert {r["label"] for r in records} <= BANDS
    assert all(r["reason"].strip() and r["text"].strip() and r["lang"] for r in records)


def test_every_fifth_offer_of_each_file_is_held_aside():
    for path in sorted(CORPUS.glob("*.jsonl")):
        records = list(corpus_records([path]))
        held = [r for r in records if r["split"] == "holdout"]
        assert {r["split"] for r in records} <= {"tune", "holdout"}, path.name
        assert len(held) == len(records) // 5, path.name
