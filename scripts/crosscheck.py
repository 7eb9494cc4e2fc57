#!/usr/bin/env python3
"""Recomputes `nmstat summary --format csv` from a canonical case file with numpy alone.

An independent check of nmstat's figures: its own date arithmetic (datetime), numpy's
quantile(method="linear") (= R type 7) and std(ddof=1), scipy's t quantile when scipy is
installed. Usage:

    scripts/nmstat summary FILE --as-of DATE --format csv > nmstat.csv
    scripts/crosscheck.py FILE DATE nmstat.csv

Prints each interval with nmstat's and numpy's figures and exits 1 on any difference > 1e-9.
Canonical English headers and ISO dates only; no grouping.
"""
import csv
import datetime as dt
import sys

import numpy as np

INTERVALS = [  # name, start(s), end, minus clock stops
    ("queue", ["documentation_received"], "assigned", False),
    ("assessment", ["documentation_received"], "report_completed", True),
    ("active", ["assigned"], "report_completed", True),
    ("clock_stop", None, None, False),
    ("submission", ["commissioned"], "documentation_received", False),
    ("negotiation", ["report_completed"], "negotiation_completed", False),
    ("to_decision", ["negotiation_completed", "report_completed"], "decision_date", False),
    ("total", ["commissioned"], "decision_date", False),
    ("ma_to_decision", ["ma_date"], "decision_date", False),
    ("ma_to_availability", ["ma_date"], "available_date", False),
]


def main(path, as_of, nmstat_csv):
    as_of = dt.date.fromisoformat(as_of)
    rows = list(csv.DictReader(open(path, encoding="utf-8")))

    def date(r, col):
        v = (r.get(col) or "").strip()
        d = dt.date.fromisoformat(v) if v else None
        return d if d and d <= as_of else None

    chain = ["requested", "commissioned", "documentation_received", "assigned",
             "report_completed", "negotiation_completed", "decision_date", "available_date"]

    def later(r, end):
        # An empty end with a later milestone recorded is missing, not open.
        return any(date(r, c) for c in chain[chain.index(end) + 1:]) if end in chain else False

    expected = {}
    for name, starts, end, minus in INTERVALS:
        done, open_, missing = [], 0, 0
        for r in rows:
            recorded = (r.get("clock_stop_days") or "").strip()
            stop = int(recorded or 0)
            if name == "clock_stop":
                if date(r, "report_completed"):
                    if recorded:
                        done.append(stop)
                    else:
                        missing += 1
                elif date(r, "documentation_received"):
                    if later(r, "report_completed"):
                        missing += 1
                    else:
                        open_ += 1
                continue
            s = next((date(r, c) for c in starts if date(r, c)), None)
            if s is None:
                continue
            e = date(r, end)
            if e is None and name == "ma_to_availability" and date(r, "decision_date") \
                    and r.get("decision") == "introduced":
                e = date(r, "decision_date")
            if e is None:
                if name != "ma_to_availability" and later(r, end):
                    missing += 1
                else:
                    open_ += 1
            else:
                done.append((e - s).days - (stop if minus else 0))
        expected[name] = (done, open_, missing)

    failures = 0
    for row in csv.DictReader(open(nmstat_csv, encoding="utf-8")):
        done, open_, missing = expected[row["interval"]]
        x = np.array(done, dtype=float)
        ours = {"n": len(x), "open": open_, "missing": missing}
        if len(x):
            q = np.quantile(x, [0.25, 0.5, 0.75, 0.9], method="linear")
            ours.update(mean=x.mean(), min=x.min(), max=x.max(), p25=q[0], median=q[1],
                        p75=q[2], p90=q[3])
            if len(x) > 1:
                ours["sd"] = x.std(ddof=1)
                try:
                    from scipy import stats
                    h = stats.t.ppf(0.975, len(x) - 1) * ours["sd"] / np.sqrt(len(x))
                    ours["mean_ci_low"], ours["mean_ci_high"] = x.mean() - h, x.mean() + h
                except ImportError:
                    pass
            if row["target"]:
                ours["within_target"] = float(np.mean(x <= float(row["target"])))
        for key, value in ours.items():
            theirs = float(row[key])
            ok = abs(theirs - value) <= 1e-9 * max(1.0, abs(value))
            failures += not ok
            print(f"{row['interval']:20} {key:14} nmstat={theirs!r:24} numpy={float(value)!r:24}"
                  f" {'ok' if ok else 'DIFFERENT'}")
    print(f"{failures} differences")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
