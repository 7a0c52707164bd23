#!/usr/bin/python3
"""Second opinion on the weighted kappas in expected-reliability.csv, from scikit-learn.

expected.R takes weighted kappa from R's psych::cohen.kappa. This recomputes each skill's
kappa from heldback-codings.csv with sklearn.metrics.cohen_kappa_score (quadratic weights,
labels 1 to 5) and exits 1 if any differs by 0.0005 or more. Needs Debian's python3-sklearn,
so run it with /usr/bin/python3:

    /usr/bin/python3 tests/data/heldback/crosscheck_kappa.py
"""

import csv
import os
import sys

import sklearn
from sklearn.metrics import cohen_kappa_score

# The same skill list the data set was generated with.
from make_heldback import SKILLS

HERE = os.path.dirname(os.path.abspath(__file__))


def main():
    with open(os.path.join(HERE, "heldback-codings.csv"), encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    primary = {r["recording_code"]: r for r in rows if r["coding_role"] == "primary"}
    second = {r["recording_code"]: r for r in rows if r["coding_role"] == "second"}
    with open(os.path.join(HERE, "expected-reliability.csv"), encoding="utf-8") as f:
        expected = {r["skill"]: r for r in csv.DictReader(f)}

    failures = 0
    for skill in SKILLS:
        a, b = [], []
        for code in sorted(set(primary) & set(second)):
            x, y = primary[code][skill], second[code][skill]
            if x and y:
                a.append(int(x))
                b.append(int(y))
        kappa = cohen_kappa_score(a, b, labels=[1, 2, 3, 4, 5], weights="quadratic")
        want = float(expected[skill]["weighted_kappa"])
        ok = abs(kappa - want) < 0.0005 and len(a) == int(expected[skill]["n_pairs"])
        failures += not ok
        print("%-24s n=%2d sklearn %.6f  psych %.6f  %s" % (skill, len(a), kappa, want,
                                                              "ok" if ok else "DIFFERS"))
    print("scikit-learn %s: %d of %d kappas differ" % (sklearn.__version__, failures, len(SKILLS)))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
