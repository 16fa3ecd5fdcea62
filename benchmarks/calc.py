"""10,000 mixed cases through validation + calculation: throughput and latency percentiles."""

from __future__ import annotations

import datetime as dt
import random
import statistics
import time

from copilot.calc import calculate, parse_case

GROUNDS = ["mutual_agreement", "employer_fault_resignation", "art40_medical", "art40_incompetent",
           "art40_objective_change", "layoff", "expiry", "bankruptcy_or_dissolution", "task_completed",
           "illegal_termination", "resignation", "employee_fault"]


def make_case(rng: random.Random) -> dict:
    hire = dt.date(1995, 1, 1) + dt.timedelta(days=rng.randint(0, 365 * 30))
    last = max(hire + dt.timedelta(days=rng.randint(0, 365 * 20)), dt.date(2019, 1, 1))
    ground = rng.choice(GROUNDS)
    case = {"ground": ground, "hire_date": hire.isoformat(), "termination_date": last.isoformat(),
            "proposed_by": rng.choice(["employer", "employee"]), "renewal_offer": rng.choice(["none", "lower", "same_or_better"]),
            "notice_given_30_days": rng.random() < 0.5, "union_notified": rng.random() < 0.9,
            "region": {"average_monthly_wage": str(rng.randint(6000, 16000)), "minimum_wage_monthly": "2300",
                       "tax_annual_average_wage": str(rng.randint(70000, 190000))},
            "demands": [{"kind": "months", "value": str(rng.randint(1, 20))}, {"kind": "formula", "value": "N+1"}],
            "policy": {"max_extra_months": "1"}}
    if rng.random() < 0.5:
        start = dt.date(last.year - 1, last.month, 1)
        months = []
        for i in range(13):
            m = (start.month - 1 + i) % 12 + 1
            y = start.year + (start.month - 1 + i) // 12
            months.append({"month": f"{y:04d}-{m:02d}", "amount": f"{rng.randint(2000, 60000)}.{rng.randint(0, 99):02d}",
                           "overtime": str(rng.randint(0, 1500))})
        case["wages"] = {"monthly": months, "last_month": str(rng.randint(2000, 60000))}
    else:
        case["wages"] = {"average_monthly": f"{rng.randint(1500, 90000)}.{rng.randint(0, 99):02d}",
                         "average_excluding_overtime": str(rng.randint(1500, 50000)), "last_month": "9000"}
    if last >= dt.date(2008, 9, 18) and rng.random() < 0.3:
        case["annual_leave"] = {"cumulative_work_years": rng.randint(0, 35), "days_taken": str(rng.randint(0, 6))}
    if rng.random() < 0.2:
        case["non_compete"] = {"months": rng.randint(6, 30), "category": "senior_technical",
                               "agreed_monthly": rng.choice([None, "3000"]), "released_by_employer_during_term": rng.random() < 0.3}
    return case


def main(n: int = 10_000) -> dict:
    rng = random.Random(20261123)
    cases = [make_case(rng) for _ in range(n)]
    times = []
    errors = 0
    t0 = time.perf_counter()
    for c in cases:
        s = time.perf_counter()
        try:
            calculate(parse_case(c))
        except Exception:  # noqa: BLE001 - count, the benchmark is about speed
            errors += 1
        times.append((time.perf_counter() - s) * 1000)
    total = time.perf_counter() - t0
    times.sort()
    out = {"cases": n, "errors": errors, "total_s": round(total, 2), "cases_per_s": round(n / total),
           "p50_ms": round(statistics.median(times), 3), "p95_ms": round(times[int(0.95 * n)], 3),
           "p99_ms": round(times[int(0.99 * n)], 3)}
    print(out)
    return out


if __name__ == "__main__":
    main()
