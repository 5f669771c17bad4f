"""The checklist, in order: every rule the verdict applies, Q1 to Q11, then the signals beyond the FAQ.

This table is the one list of rules. `scoring.verdict.evaluate` applies them in this order; the
rule-set form, the evidence shown next to each finding and the README read from it. A rule's own
module (scoring/rules/) holds its id (the function's name), question, default weight, title and
evidence fields.
"""

from __future__ import annotations

from scoring.rules import (
    beyond_faq,
    employer,
    equipment,
    fees,
    hours,
    location,
    other_questions,
    pay_basis,
    pay_level,
    status,
    training,
    work,
)
from scoring.rules.base import Rule

CHECKLIST: tuple[Rule, ...] = (
    # Q1 What kind of work, and for whom?
    work.employer_not_named,
    work.work_not_described,
    work.hype_pitch,
    # Q2 Does the company hire where I live?
    location.regions_stated,
    location.regions_not_stated,
    # Q3 What home-office equipment is needed?
    equipment.equipment_bought_from_employer,
    equipment.equipment_basic,
    equipment.equipment_unknown,
    # Q4 Does the company charge applicants fees?
    fees.fee_before_offer,
    fees.fee_recurring,
    fees.fee_other,
    fees.fee_timing_unknown,
    fees.fee_background_check_after_offer,
    # Q6 On what basis is pay given?
    pay_basis.pay_not_stated,
    pay_basis.pay_per_call_no_minimum,
    pay_basis.commission_no_base,
    pay_basis.commission_leads_unknown,
    # Q7 Employee or independent contractor?
    status.contractor_no_minimum,
    status.contractor_status,
    status.worker_status_unknown,
    # Q8 How much will I be paid?
    pay_level.pay_below_minimum_wage,
    pay_level.pay_below_bls_p10,
    pay_level.pay_too_good_to_be_true,
    # Q9 How many hours are available / required?
    hours.hours_not_stated,
    # Q10 What training is needed?
    training.training_charged,
    training.training_unpaid,
    training.training_paid,
    training.training_pay_unknown,
    # Q11 Other questions to ask
    other_questions.other_info_missing,
    # Beyond the FAQ: modern scam signals, and what moderators know of the employer
    beyond_faq.money_handling,
    beyond_faq.money_mentioned,
    beyond_faq.chat_app_interview,
    beyond_faq.personal_data_early,
    beyond_faq.pressure_to_decide,
    beyond_faq.no_interview,
    beyond_faq.recruiting_pays,
    beyond_faq.recruiter_free_email,
    beyond_faq.recruiter_domain_mismatch,
    beyond_faq.warning_signs_together,
    employer.employer_blocked,
    employer.employer_flagged,
    employer.employer_verified,
)

RULES: dict[str, Rule] = {r.id: r for r in CHECKLIST}
