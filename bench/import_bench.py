"""Benchmark: import 18,000 generated postings (EMSCAD layout) into a throwaway PostgreSQL.

    python bench/import_bench.py [--rows 18000] [--keep FILE]

Starts its own PostgreSQL (tests/services.py), migrates, writes a CSV of varied postings (1–3 KB of
text each, clean and scammy phrasing mixed), runs the importer with extraction and scoring, and
prints rows/second, the wall and CPU time of each phase (waiting for the extraction processes apart
from database work), the CPU used by the extraction processes and by PostgreSQL, and peak memory.
Targets (issue 6): under 60 s for 18,000 rows, peak memory under 500 MB.
"""

from __future__ import annotations

import argparse
import csv
import os
import random
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

COLUMNS = [
    "job_id", "title", "location", "department", "salary_range", "company_profile", "description", "requirements",
    "benefits", "telecommuting", "has_company_logo", "has_questions", "employment_type", "required_experience",
    "required_education", "industry", "function", "fraudulent",
]  # fmt: skip
LOCATIONS = ["US, TX, Austin", "US, FL, Tampa", "US, NY, New York", "US, CA, San Diego", "US, GA, Atlanta",
             "US, OH, Columbus", "US, AZ, Phoenix", "US, , ", "CA, ON, Toronto", "PH, 00, Manila", "IN, MH, Pune",
             "ZA, WC, Cape Town", "GB, LND, London", "NL, NH, Amsterdam", ""]  # fmt: skip
TITLES = ["Customer Service Representative", "Technical Support Agent", "Reservations Agent", "Inbound Sales Agent",
          "Verification Specialist", "Survey Interviewer", "Customer Care Associate", "Help Desk Analyst",
          "Appointment Setter", "Chat Support Agent", "Data Entry Clerk", "Call Center Agent"]  # fmt: skip
NAME_A = [
    "North",
    "Bright",
    "Blue",
    "Cedar",
    "Summit",
    "Harbor",
    "Pioneer",
    "Clear",
    "Silver",
    "Maple",
    "Coastal",
    "Prime",
]
NAME_B = ["wind", "line", "path", "point", "stone", "field", "bridge", "view", "gate", "wave"]
NAME_C = ["Support", "Contact Solutions", "CX", "Services", "Connect", "Communications", "Group", "Partners"]
PROFILE = [
    "{name} is a customer experience company serving clients in retail, travel and healthcare.",
    "Founded in {year}, we have grown to more than {n} agents across several countries.",
    "Our mission is to make every customer conversation count, with people who care and technology that helps.",
    "We are proud of our culture of coaching, recognition and promotion from within.",
    "Our clients include household names in telecommunications, banking and e-commerce.",
    "We invest in our people with career paths into team leadership, quality and training roles.",
    "Diversity and inclusion are core values: we welcome applicants of every background.",
]
LEGIT = [
    "Answer inbound calls from customers about orders, billing and returns.",
    "You will help customers troubleshoot their internet service over the phone and by chat.",
    "Pay is ${rate} per hour as a W-2 employee, paid for all scheduled time.",
    "Paid training lasts {weeks} weeks, Monday to Friday, from home.",
    "Schedules are {hours} hours per week and include one weekend day.",
    "You need a computer, high-speed internet and a quiet room with a door; a headset is provided.",
    "Benefits include health insurance, paid time off and a 401(k) plan.",
    "We never charge fees. After a conditional offer we run a background check at our expense.",
    "Apply online; the hiring process includes an online assessment and a phone interview.",
    "Open to residents of {states}.",
    "Employees receive performance bonuses every quarter and can move into team lead roles.",
    "Use our CRM to document every interaction and follow up on open cases.",
    "Meet quality and customer satisfaction goals while keeping calls friendly and efficient.",
]
SCAM = [
    "Earn ${big} per hour from home, no experience needed!",
    "The interview is held on Telegram; add our hiring manager @hr_{n}.",
    "Pay a ${fee} starter kit fee to get started.",
    "We will send you a check to buy your equipment from our approved vendor; deposit the check and send the rest.",
    "Receive packages at your home and reship them to our clients.",
    "Send your bank account details and SSN to apply today.",
    "Limited spots, start today! Contact recruiter.{n}@gmail.com.",
    "Training is unpaid and you must buy our software license for ${fee}.",
]
REQUIREMENTS = [
    "High school diploma or GED.", "1 year of customer service experience required.",
    "Excellent communication skills in English.", "Able to type 35 words per minute.",
    "Windows 10 computer and wired internet connection.", "Previous call center experience preferred.",
    "Bilingual Spanish a plus.", "Must pass a background check after a conditional offer.",
]  # fmt: skip
BENEFITS = ["Medical, dental and vision insurance.", "Paid time off and holidays.", "401(k) with company match.",
            "Employee discounts.", "Tuition reimbursement.", "Work from home stipend."]  # fmt: skip
STATES = ["TX, FL and GA", "Texas, Florida, Arizona and Ohio", "AZ, NM, CO and UT", "Ohio and Michigan"]
FILLER = (
    "Our team works together to deliver friendly, accurate answers, and we measure success by how customers feel "
    "at the end of every call. "
)


def posting(rng: random.Random, i: int) -> dict:
    scam = rng.random() < 0.12
    name = f"{rng.choice(NAME_A)}{rng.choice(NAME_B)} {rng.choice(NAME_C)}"
    values = dict(rate=rng.choice(["13.50", "14", "15", "15.75", "16.25", "17", "18"]), weeks=rng.randint(1, 4),
                  hours=rng.choice([20, 25, 30, 40]), states=rng.choice(STATES), big=rng.choice([35, 40, 45, 60]),
                  fee=rng.choice([49, 75, 99, 149]), n=rng.randint(100, 999), name=name,
                  year=rng.randint(1985, 2018))  # fmt: skip
    profile = " ".join(s.format(**values) for s in rng.sample(PROFILE, rng.randint(2, 5)))
    sentences = rng.sample(LEGIT, rng.randint(4, 9))
    if scam:
        sentences = rng.sample(LEGIT, rng.randint(1, 3)) + rng.sample(SCAM, rng.randint(2, 4))
        rng.shuffle(sentences)
    description = " ".join(s.format(**values) for s in sentences) + " " + FILLER * rng.randint(1, 8)
    salary = rng.choice(["", "", "", "30000-40000", "28000-35000", "15-18", "12-14"])
    return {
        "job_id": str(i),
        "title": rng.choice(TITLES) + (" - Work From Home" if rng.random() < 0.4 else ""),
        "location": rng.choice(LOCATIONS),
        "department": rng.choice(["", "Customer Care", "Operations", "Sales"]),
        "salary_range": salary,
        "company_profile": "" if scam and rng.random() < 0.7 else profile,
        "description": description,
        "requirements": " ".join(rng.sample(REQUIREMENTS, rng.randint(2, 6))),
        "benefits": "" if scam else " ".join(rng.sample(BENEFITS, rng.randint(1, 4))),
        "telecommuting": str(int(rng.random() < 0.5)),
        "has_company_logo": str(int(not scam)),
        "has_questions": str(int(rng.random() < 0.5)),
        "employment_type": rng.choice(["Full-time", "Part-time", "Contract", "Temporary", "Other", ""]),
        "required_experience": rng.choice(["Entry level", "Mid-Senior level", "Not Applicable", ""]),
        "required_education": rng.choice(["High School or equivalent", "Bachelor's Degree", ""]),
        "industry": "Telecommunications",
        "function": "Customer Service",
        "fraudulent": str(int(scam)),
    }


def _own_cpu() -> float:
    """User + system CPU seconds of this process and its finished children (the extraction workers)."""
    me = resource.getrusage(resource.RUSAGE_SELF)
    return me.ru_utime + me.ru_stime + _children_cpu()


def _children_cpu() -> float:
    """CPU seconds of the finished children: the extraction workers (the pool is joined before the import returns)."""
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return children.ru_utime + children.ru_stime


def _postgres_cpu(pid_file: Path) -> float:
    """CPU seconds of the throwaway PostgreSQL: the postmaster and its processes, from /proc."""
    try:
        postmaster = int(pid_file.read_text().split()[0])
    except (OSError, ValueError, IndexError):
        return 0.0
    ticks, total = os.sysconf("SC_CLK_TCK"), 0
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue
        pid, ppid = int(stat.parent.name), int(fields[1])
        if pid == postmaster or ppid == postmaster:
            total += int(fields[11]) + int(fields[12])  # utime + stime
    return total / ticks


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rows", type=int, default=18_000)
    parser.add_argument("--batch-size", type=int, default=500)
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1, help="Extraction processes (default: cores).")
    args = parser.parse_args()

    from django_setup import migrated_database

    from tests.services import start_postgres

    server = start_postgres()
    workdir = Path(tempfile.mkdtemp(prefix="import-bench-"))
    try:
        os.environ.pop("REDIS_URL", None)
        migrated_database(server, "bench")

        path = workdir / "postings.csv"
        rng = random.Random(6)
        t0 = time.perf_counter()
        with path.open("w", encoding="utf-8", newline="") as handle:
            writer = csv.DictWriter(handle, fieldnames=COLUMNS)
            writer.writeheader()
            for i in range(1, args.rows + 1):
                writer.writerow(posting(rng, i))
        generated = time.perf_counter() - t0
        size_mb = path.stat().st_size / 1e6

        t0 = time.perf_counter()
        with path.open(encoding="utf-8", newline="") as handle:
            csv.field_size_limit(1 << 28)
            parsed = sum(1 for _ in csv.reader(handle)) - 1
        csv_reference = time.perf_counter() - t0

        from listings.importer import listings_import
        from listings.models import Listing

        load_before = os.getloadavg()[0]
        cpu_before, workers_before = _own_cpu(), _children_cpu()
        stats = listings_import(
            path=path, batch_size=args.batch_size, report_path=workdir / "rejected.csv", jobs=args.jobs
        )
        rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        own_cpu = _own_cpu() - cpu_before
        workers_cpu = _children_cpu() - workers_before
        pg_cpu = _postgres_cpu(server.directory / "data" / "postmaster.pid")
        load_after = os.getloadavg()[0]

        print(f"Generated {args.rows:,} postings, {size_mb:.1f} MB of CSV, in {generated:.1f} s")
        print(f"In-run reference: csv.reader alone reads the {parsed:,} rows in {csv_reference:.2f} s")
        print(f"Imported: {stats.summary()}")
        scored = Listing.objects.exclude(verdict="").count()
        print(f"Listings in the database: {Listing.objects.count():,}; scored: {scored:,}")
        print(f"Total: {stats.seconds_total:.1f} s = {stats.rows / stats.seconds_total:,.0f} rows/s  (target < 60 s)")
        print("Importer process, by phase: wall seconds (CPU seconds of this process; the rest is waiting for")
        print("PostgreSQL, for the extraction processes or for a free core):")
        cpu = stats.cpu_seconds
        extraction = "applying extraction answers" if args.jobs > 1 else "extraction (in this process)"
        phases = [
            ("reading + validating rows", "read"),
            (extraction, "extraction"),
            ("waiting for the extraction processes", "waiting"),
            ("scoring", "scoring"),
            ("database (lookups, employers, writes)", "db"),
        ]
        for label, phase in phases:
            print(f"  {label:<40} {getattr(stats, f'seconds_{phase}'):6.1f} s  ({cpu.get(phase, 0.0):5.1f} s CPU)")
        per_row = {phase: 1000 * cpu.get(phase, 0.0) / max(1, stats.scored) for _, phase in phases}
        print("  CPU per imported row in this process: " + ", ".join(f"{k} {v:.2f} ms" for k, v in per_row.items()))
        if args.jobs > 1:
            per_kb = workers_cpu / (size_mb * 1000) * 1000
            print(
                f"  extraction processes: {workers_cpu:.1f} s CPU = {1000 * workers_cpu / max(1, stats.scored):.2f} ms "
                f"per row ({per_kb:.3f} ms per KB of CSV)"
            )
        print(f"Peak memory (ru_maxrss): {rss_mb:.0f} MB  (target < 500 MB)")
        cores = os.cpu_count() or 1
        print(
            f"In-run reference for the machine: load average {load_before:.1f} before, {load_after:.1f} after, on "
            f"{cores} cores (other work slows every figure above)."
        )
        print(
            f"CPU used: importer {own_cpu - workers_cpu:.1f} s + extraction processes {workers_cpu:.1f} s, "
            f"PostgreSQL {pg_cpu:.1f} s; on {cores} idle cores the import needs at least "
            f"{(own_cpu + pg_cpu) / cores:.1f} s of wall time."
        )
        by_label = {}
        for label, verdict in Listing.objects.values_list("source_label", "verdict"):
            by_label.setdefault(label, {}).setdefault(verdict, 0)
            by_label[label][verdict] += 1
        print(f"Verdicts by label (generated data, not an evaluation): {by_label}")
    finally:
        from django.db import connections

        connections.close_all()
        server.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
