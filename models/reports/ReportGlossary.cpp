#include "ReportGlossary.h"

ReportTable ReportGlossary::of(const ReportData &data) {
    ReportTable table;
    table.header = {tr("Term"), tr("What it means")};
    table.widths = {1.6, 5.4};
    table.alignRight = {false, false};
    table.rows = {
        {tr("Coded session"),
         tr("A recorded practice session that an evaluator has listened to and scored with the "
            "Motivational Social Work (MSW) coding scheme. Only final codings count, one per "
            "session: the consensus coding where the coders agreed one, otherwise the primary "
            "coding.")},
        {tr("MSW score"),
         tr("Each of seven skills is scored from 1 (low) to 5 (high). A session's overall MSW "
            "score is the average of the skills it was scored on; a skill the evaluator could "
            "not score is left out, never counted as 0.")},
        {tr("95% confidence interval (95% CI)"),
         tr("The range the true figure most likely lies in. An average of 3.2 with an interval "
            "of 2.9 to 3.5 means that, had many more sessions been coded, the average would "
            "most likely be between 2.9 and 3.5. A wide interval means few sessions, so read "
            "the figure with care; when two intervals overlap a lot, the two figures may not "
            "really differ.")},
        {tr("\"%1\"").arg(data.suppressedText()),
         tr("Shown in place of a figure that rests on fewer than %1 coded sessions, "
            "practitioners, families or pairs, so that no one's scores can be picked out of a "
            "small group. The number itself is never printed.")
             .arg(data.suppressionThreshold)},
        {tr("T1 and T2"),
         tr("The first time a family member completes a questionnaire (T1, usually early in the "
            "work) and the follow-up (T2, some months later). Change is only counted for family "
            "members who completed both.")},
        {tr("SCORE-15"),
         tr("A 15-question questionnaire that family members complete about how their family is "
            "getting on (the Systemic Clinical Outcome and Routine Evaluation). A higher score "
            "means more difficulty, so a fall from T1 to T2 is an improvement.")},
        {tr("WAI"),
         tr("The Working Alliance Inventory, short form: a few questions on the working "
            "relationship, whether the parent and the practitioner agree on the goals and tasks "
            "of the work and trust each other. Parents and practitioners each have a form. A "
            "higher score means a stronger working relationship.")},
        {tr("Reliable change"),
         tr("A change from T1 to T2 big enough that it is unlikely to be only the "
            "questionnaire's own measurement error (the Jacobson–Truax reliable change index). "
            "\"Reliably better\" and \"Reliably worse\" are the shares of family members whose "
            "scores changed that much.")},
        {tr("Chance (p)"),
         tr("How likely a change this large would be if nothing had really changed. Below 0.05 "
            "is usually taken to mean the change is more than chance.")},
        {tr("Double-coded pair"),
         tr("A recorded session scored separately by two evaluators, neither seeing the other's "
            "scores until both had finished. How closely coders agree is worked out from these "
            "pairs.")},
        {tr("ICC (intraclass correlation)"),
         tr("How closely two coders agree when they score the same sessions: 1 means they always "
            "agree, 0 that their scores have nothing in common. Agreement (ICC(A,1)) asks "
            "whether they give the same scores; consistency (ICC(C,1)) asks whether they rank "
            "sessions the same way, even if one scores higher throughout.")},
        {tr("Band"),
         tr("A plain reading of an ICC from Koo & Li (2016): below 0.5 poor, 0.5 to 0.75 "
            "moderate, 0.75 to 0.9 good, above 0.9 excellent. Fewer than 10 pairs give a wide "
            "interval, and the report then adds a caution.")},
        {tr("κ (weighted kappa)"),
         tr("Agreement between two coders on each 1 to 5 score, after taking away the agreement "
            "they would reach by chance alone. A near miss (a 3 against a 4) counts as partly "
            "agreeing. 1 is perfect agreement, 0 no better than chance.")},
        {tr("α (Krippendorff's alpha)"),
         tr("Another measure of agreement beyond chance, which treats the scores as ordered: a 2 "
            "against a 4 is a bigger disagreement than a 3 against a 4. Read it like κ; 0.8 or "
            "more is usually taken as reliable.")}};
    return table;
}
