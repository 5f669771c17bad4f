"""evaluate(): points, severity caps, bands, weights and disabled rules. No database."""

from dataclasses import replace
from decimal import Decimal

from scoring.checklist import RULES as REGISTRY
from scoring.config import RuleConfig, RuleWeight, Thresholds
from scoring.offer import Offer
from scoring.verdict import ASK_MORE_QUESTIONS, LIKELY_SCAM, LOOKS_LEGITIMATE, RED_FLAGS, band_for_score, evaluate
from scoring.vocabulary import Severity
from tests.offers import clean_offer, fee

CONFIG = RuleConfig()


def test_clean_complete_honest_offer_looks_legitimate():
    result = evaluate(clean_offer(), CONFIG)

    assert result.score >= 80
    assert result.verdict == LOOKS_LEGITIMATE
    assert result.pay.hourly == Decimal("14.51")


def test_offer_with_most_information_unknown_asks_more_questions():
    result = evaluate(Offer(), CONFIG)

    assert result.verdict == ASK_MORE_QUESTIONS
    assert result.score < 80
    assert {f.severity for f in result.findings} == {Severity.CAUTION}


def test_one_caution_caps_a_high_score_at_ask_more_questions():
    result = evaluate(clean_offer(benefits="unknown"), CONFIG)

    assert result.score >= 80
    assert result.verdict == ASK_MORE_QUESTIONS


def test_one_red_flag_pulls_the_offer_into_red_flags():
    result = evaluate(clean_offer(training_pay="unpaid"), CONFIG)

    assert result.verdict == RED_FLAGS
    assert 60 <= result.score <= 75


def test_decisive_finding_is_likely_scam():
    result = evaluate(clean_offer(fees=(fee("application", "35", timing="before_offer", recurring="no"),)), CONFIG)

    assert result.verdict == LIKELY_SCAM
    assert result.findings[0].rule == "fee_before_offer"


def test_decisive_caps_at_likely_scam_even_with_zero_points():
    weights = {"money_handling": RuleWeight(points=0)}
    config = RuleConfig(weights=weights)

    result = evaluate(clean_offer(money_handling="yes"), config)

    assert result.score == 100
    assert result.verdict == LIKELY_SCAM
    assert [f.points for f in result.findings if f.rule == "money_handling"] == [0]


def test_disabled_rule_produces_no_findings():
    offer = clean_offer(chat_app_interview="yes")
    config = RuleConfig(weights={"chat_app_interview": RuleWeight(points=70, enabled=False)})

    result = evaluate(offer, config)

    assert "chat_app_interview" not in {f.rule for f in result.findings}
    assert result.verdict == LOOKS_LEGITIMATE


def test_weights_override_default_points():
    config = RuleConfig(weights={"regions_not_stated": RuleWeight(points=25)})

    result = evaluate(clean_offer(hiring_regions=()), config)

    assert result.score == 75


def test_score_clamps_at_zero():
    offer = clean_offer(
        employer_status="blocked",
        money_handling="yes",
        chat_app_interview="yes",
        training_pay="charged",
        fees=(fee("training", "200", timing="before_offer", recurring="yes"),),
    )

    result = evaluate(offer, CONFIG)

    assert sum(f.points for f in result.findings) > 100
    assert result.score == 0
    assert result.verdict == LIKELY_SCAM


def test_custom_thresholds_decide_the_band():
    thresholds = Thresholds(looks_legitimate=95, ask_more_questions=90, red_flags=50)
    config = RuleConfig(thresholds=thresholds, weights={"other_info_missing": RuleWeight(points=7)})

    assert band_for_score(95, config) == LOOKS_LEGITIMATE
    assert band_for_score(94, config) == ASK_MORE_QUESTIONS
    assert band_for_score(89, config) == RED_FLAGS
    assert band_for_score(49, config) == LIKELY_SCAM
    result = evaluate(clean_offer(benefits="unknown"), config)
    assert result.score == 93
    assert result.verdict == ASK_MORE_QUESTIONS


def test_points_alone_can_make_a_worse_band_than_the_severity_cap():
    config = RuleConfig(
        weights={rule_id: RuleWeight(points=20) for rule_id in ("hours_not_stated", "other_info_missing")}
    )
    offer = clean_offer(hours_per_week=None, nights_weekends="unknown", benefits="unknown")

    at_threshold = evaluate(offer, config)
    below = evaluate(replace(offer, hiring_regions=()), config)

    assert (at_threshold.score, at_threshold.verdict) == (60, ASK_MORE_QUESTIONS)
    assert (below.score, below.verdict) == (56, RED_FLAGS)  # only cautions, but many of them


def test_findings_sorted_worst_first_and_version_recorded():
    offer = clean_offer(personal_data_early="yes", benefits="unknown", money_handling="yes")

    result = evaluate(offer, RuleConfig(version=7))

    severities = [f.severity for f in result.findings]
    assert severities == sorted(severities, reverse=True)
    assert result.rules_version == 7
    assert all(isinstance(item["severity"], str) for item in result.findings_as_dicts())


def test_every_registered_rule_can_be_disabled():
    config = RuleConfig(weights={rule_id: RuleWeight(points=0, enabled=False) for rule_id in REGISTRY})

    result = evaluate(clean_offer(money_handling="yes", fees=(fee(),)), config)

    assert result.findings == ()
    assert result.score == 100
    assert result.verdict == LOOKS_LEGITIMATE
