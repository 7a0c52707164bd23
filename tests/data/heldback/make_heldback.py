#!/usr/bin/env python3
"""Make the held-back double-coding data set (standard library only, fixed seed).

Writes, beside this script:
  heldback-staff.csv    teams and practitioners, for `practicecoder import staff`
  heldback-codings.csv  final codings, for `practicecoder import codings`
  heldback-drafts.csv   draft codings in the same columns; `import codings` cannot make drafts,
                        so tst_HeldBackVerification stores these as drafts itself. Every
                        figure must come out as if they were not there, and expected.R never
                        reads this file.

The data: two teams, nine practitioners, 40 sessions recorded in 2025-Q2 and 2025-Q3. Most
are coded by a primary and a second coder; the rest by one coder. Three recordings have a
consensus coding. A few skills are "not codable" (blank). Coders mostly agree within a point,
but jmorgan is systematically lenient, so absolute agreement (ICC(A,1)) is lower than
consistency (ICC(C,1)).

Run: python3 tests/data/heldback/make_heldback.py
"""

import csv
import datetime
import os
import random

SEED = 20250930
HERE = os.path.dirname(os.path.abspath(__file__))

SKILLS = [
    "evocation",
    "empathy",
    "collaboration",
    "autonomy",
    "purposefulness",
    "clarity_about_concerns",
    "child_focus",
]
# Typical level of each skill relative to a practitioner's own level: evocation is the hardest.
SKILL_OFFSET = {
    "evocation": -0.45,
    "empathy": 0.35,
    "collaboration": 0.1,
    "autonomy": -0.15,
    "purposefulness": 0.05,
    "clarity_about_concerns": 0.0,
    "child_focus": 0.2,
}
# Each coder's systematic leaning: jmorgan scores about half a point higher than the others.
CODER_BIAS = {"rpatel": 0.0, "lchen": -0.1, "jmorgan": 0.55}

STAFF_HEADER = [
    "team",
    "team_kind",
    "practitioner_code",
    "display_name",
    "role",
    "employment",
    "joined_on",
]
STAFF = [
    ("North CIN", "CIN", "P101", "Amira Khan", "social_worker", "permanent", "2023-02-06", 2.6),
    ("North CIN", "CIN", "P102", "Ben O'Neill", "senior_social_worker", "permanent", "2022-09-12", 3.4),
    ("North CIN", "CIN", "P103", "Carys Evans", "social_worker", "agency", "2024-11-04", 2.9),
    ("North CIN", "CIN", "P104", "Dev Sharma", "deputy_team_manager", "permanent", "2021-05-17", 3.6),
    # Active in the team but never observed in the period.
    ("North CIN", "CIN", "P105", "Ella Byrne", "social_worker", "permanent", "2024-03-01", 3.0),
    ("South CP", "CP", "P201", "Femi Adeyemi", "social_worker", "permanent", "2023-07-03", 3.1),
    ("South CP", "CP", "P202", "Grace Lee", "social_worker", "agency", "2025-01-06", 2.4),
    ("South CP", "CP", "P203", "Hywel Jones", "senior_social_worker", "permanent", "2020-10-19", 3.3),
    ("South CP", "CP", "P204", "Iris Novak", "team_manager", "permanent", "2019-04-01", 3.8),
]

CODINGS_HEADER = [
    "recording_code",
    "practitioner_code",
    "family_code",
    "recorded_on",
    "session_type",
    "coder",
    "coding_role",
    "coded_on",
] + SKILLS + ["comment"]

COMMENTS = [
    "",
    "",
    "Warm start; concerns left vague",
    "Clear about the child's needs, less so about the parent's own goals",
    'Parent said "nobody listens"; good reflection afterwards',
    "Agenda set together, plan agreed",
    "Mostly information giving",
    "Strong child focus, some lecturing about school attendance",
]


def clamp(x):
    return max(1, min(5, x))


def score(rng, true_level, coder):
    # Round half up, as a coder choosing between two levels would on balance.
    return clamp(int(true_level + CODER_BIAS[coder] + rng.gauss(0.0, 0.35) + 0.5))


def quarter_date(rng, year, quarter):
    start = datetime.date(year, 3 * quarter - 2, 1)
    return start + datetime.timedelta(days=rng.randrange(0, 88))


def main():
    rng = random.Random(SEED)
    coders = list(CODER_BIAS)
    level = {row[2]: row[7] for row in STAFF}
    observed = [row[2] for row in STAFF if row[2] != "P105"]

    recordings = []
    for number in range(1, 41):
        quarter = 2 if number <= 19 else 3
        practitioner = observed[(number * 7) % len(observed)]
        recorded = quarter_date(rng, 2025, quarter)
        recordings.append(
            {
                "code": "HB-%03d" % number,
                "practitioner": practitioner,
                "family": "F-%04d" % (3000 + rng.randrange(1, 60)),
                "recorded": recorded,
                "session_type": rng.choice(
                    ["home_visit", "home_visit", "home_visit", "office", "telephone"]
                ),
                "true": {
                    s: level[practitioner] + SKILL_OFFSET[s] + rng.gauss(0.0, 0.7) for s in SKILLS
                },
            }
        )
    recordings.sort(key=lambda r: (r["recorded"], r["code"]))
    for i, recording in enumerate(recordings):
        recording["code"] = "HB-%03d" % (i + 1)

    # Ten single-coded recordings, spread over both quarters and both teams.
    single = {3, 8, 12, 17, 21, 24, 29, 33, 36, 40}
    consensus = {6, 23, 31}
    rows = []
    drafts = []
    for i, recording in enumerate(recordings, start=1):
        # jmorgan (lenient) is mostly the second coder, so the raters differ systematically.
        if i in single:
            primary, second = rng.choice(["rpatel", "lchen", "jmorgan"]), None
        elif rng.random() < 0.7:
            primary, second = rng.choice(["rpatel", "lchen"]), "jmorgan"
        else:
            primary, second = rng.sample(coders, 2)
        base = {
            "recording_code": recording["code"],
            "practitioner_code": recording["practitioner"],
            "family_code": recording["family"],
            "recorded_on": recording["recorded"].isoformat(),
            "session_type": recording["session_type"],
        }
        codings = {}
        for role, coder in (("primary", primary), ("second", second)):
            if coder is None:
                continue
            scores = {s: score(rng, recording["true"][s], coder) for s in SKILLS}
            coded = recording["recorded"] + datetime.timedelta(days=rng.randrange(2, 15))
            if role == "second":
                coded += datetime.timedelta(days=rng.randrange(1, 10))
            codings[role] = scores
            rows.append(
                dict(
                    base,
                    coder=coder,
                    coding_role=role,
                    coded_on=coded.isoformat(),
                    comment=rng.choice(COMMENTS),
                    **{s: str(v) for s, v in scores.items()},
                )
            )
        if i in consensus:
            agreed = {
                s: clamp(int((codings["primary"][s] + codings["second"][s]) / 2.0 + 0.5))
                for s in SKILLS
            }
            coded = recording["recorded"] + datetime.timedelta(days=25)
            rows.append(
                dict(
                    base,
                    coder=primary,
                    coding_role="consensus",
                    coded_on=coded.isoformat(),
                    comment="Agreed at the moderation meeting",
                    **{s: str(v) for s, v in agreed.items()},
                )
            )
        recording["primary_coder"], recording["second_coder"] = primary, second

    def blank(code, role, skill):
        for row in rows:
            if row["recording_code"] == code and row["coding_role"] == role:
                row[skill] = ""
                return
        raise SystemExit("no %s coding of %s" % (role, code))

    # Not codable: a telephone session with no child focus for either coder, one skill one
    # coder could not judge, and one in a consensus coding (that recording's report coding).
    telephone = [r for r in recordings if r["session_type"] == "telephone" and r["second_coder"]]
    blank(telephone[0]["code"], "primary", "child_focus")
    blank(telephone[0]["code"], "second", "child_focus")
    double = [r for r in recordings if r["second_coder"]]
    blank(double[4]["code"], "second", "evocation")
    blank(double[-3]["code"], "primary", "autonomy")
    blank(recordings[30]["code"], "consensus", "purposefulness")
    blank(recordings[17]["code"], "primary", "clarity_about_concerns")

    # Drafts that must change nothing: a consensus still being discussed for a double-coded
    # recording, and a second coding begun on a single-coded one. Both score far from the
    # final codings, so counting either would move the figures.
    q3_double = [
        r for j, r in enumerate(recordings, start=1)
        if r["second_coder"] and r["recorded"].month >= 7 and j not in consensus
    ]
    q3_single = [
        r for j, r in enumerate(recordings, start=1)
        if j in single and r["recorded"].month >= 7
    ]
    for recording, role, value in ((q3_double[0], "consensus", "1"), (q3_single[0], "second", "5")):
        coder = next(c for c in coders if c != recording["primary_coder"])
        drafts.append(
            {
                "recording_code": recording["code"],
                "practitioner_code": recording["practitioner"],
                "family_code": recording["family"],
                "recorded_on": recording["recorded"].isoformat(),
                "session_type": recording["session_type"],
                "coder": coder,
                "coding_role": role,
                "coded_on": (recording["recorded"] + datetime.timedelta(days=30)).isoformat(),
                "comment": "Draft: not finished",
                **{s: value for s in SKILLS},
            }
        )

    with open(os.path.join(HERE, "heldback-staff.csv"), "w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f, lineterminator="\n")
        writer.writerow(STAFF_HEADER)
        for row in STAFF:
            writer.writerow(row[:7])
    for name, data in (("heldback-codings.csv", rows), ("heldback-drafts.csv", drafts)):
        with open(os.path.join(HERE, name), "w", newline="", encoding="utf-8") as f:
            writer = csv.DictWriter(f, fieldnames=CODINGS_HEADER, lineterminator="\n")
            writer.writeheader()
            writer.writerows(data)
    print(
        "Wrote %d codings of %d recordings (%d double-coded) and %d drafts"
        % (len(rows), len(recordings), len(double), len(drafts))
    )


if __name__ == "__main__":
    main()
