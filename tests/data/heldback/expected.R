# Expected figures for the held-back double-coding data set, computed with an independent
# statistics package (R with psych) straight from the CSV files, never from PracticeCoder's
# output. tst_HeldBackVerification compares the reliability and report CLIs with these files.
#
#   Rscript tests/data/heldback/expected.R      (from the source tree's top folder, or anywhere)
#
# Needs r-base-core and r-cran-psych (Debian). Writes, beside this script:
#   expected-reliability.csv  as `practicecoder reliability` over all dates
#   expected-report.csv       the figures of `practicecoder report --quarter 2025-Q3 --out x.csv`
#                             for the service and for team North CIN that this script checks
#   expected-versions.txt     the R and package versions that produced them
#
# What is computed, following docs/cli.md, docs/formats.md and issue 6:
# - reliability: a pair is a recording's final primary (rater 1) and final second (rater 2)
#   coding; a skill either coder left blank ("not codable") is dropped from that skill's pairs.
#   ICC(A,1) = psych::ICC "ICC2" (single random raters), ICC(C,1) = "ICC3" (single fixed raters),
#   each with psych's 95% bounds (McGraw & Wong's F-based intervals; issue 17);
#   weighted kappa = psych::cohen.kappa with its default quadratic weights over levels 1:5;
#   Krippendorff's ordinal alpha from kripp_alpha.R (no packaged implementation exists). The
#   overall row pairs each coding's mean over the skills it scored; its kappa, alpha and exact
#   agreement are empty (two means rarely match exactly; issue 17).
# - report: each recording counts once, by its consensus coding where it has one, otherwise its
#   primary coding (every imported coding is final; drafts are in heldback-drafts.csv, which this
#   script never reads). Means and 95% intervals come from t.test; any mean or share resting on
#   fewer than 3 values is "fewer than 3" with no n and no interval.

suppressPackageStartupMessages(library(psych))

here <- local({
  args <- commandArgs(trailingOnly = FALSE)
  file <- sub("^--file=", "", args[grep("^--file=", args)])
  if (length(file) == 1) dirname(normalizePath(file)) else getwd()
})
source(file.path(here, "kripp_alpha.R"))

skills <- c("evocation", "empathy", "collaboration", "autonomy", "purposefulness",
            "clarity_about_concerns", "child_focus")
factors <- list(
  evocation = c("evocation"),
  relationship_building = c("empathy", "collaboration", "autonomy"),
  good_authority = c("purposefulness", "clarity_about_concerns", "child_focus")
)
threshold <- 3
suppressed <- sprintf("fewer than %d", threshold)

staff <- read.csv(file.path(here, "heldback-staff.csv"), colClasses = "character",
                  encoding = "UTF-8", check.names = FALSE)
codings <- read.csv(file.path(here, "heldback-codings.csv"), colClasses = "character",
                    encoding = "UTF-8", check.names = FALSE, na.strings = character())
for (skill in skills) {
  codings[[skill]] <- ifelse(codings[[skill]] == "", NA, as.numeric(codings[[skill]]))
}
codings$recorded_on <- as.Date(codings$recorded_on)
# Nobody in this data set moves team, so a recording's team is its practitioner's team.
codings$team <- staff$team[match(codings$practitioner_code, staff$practitioner_code)]
stopifnot(!anyNA(codings$team))

fmt <- function(x) ifelse(is.na(x), "", sprintf("%.6f", x))

# ---- Reliability ------------------------------------------------------------------------------

pairs_of <- function(rows) {
  primary <- rows[rows$coding_role == "primary", ]
  second <- rows[rows$coding_role == "second", ]
  both <- merge(primary, second, by = "recording_code", suffixes = c(".p", ".s"))
  # A recording forms a pair only when the coders scored at least one skill in common.
  common <- sapply(seq_len(nrow(both)), function(i) {
    any(!is.na(unlist(both[i, paste0(skills, ".p")])) & !is.na(unlist(both[i, paste0(skills, ".s")])))
  })
  both[common, ]
}

reliability_row <- function(a, b, categorical) {
  n <- length(a)
  row <- list(n_pairs = n, icc_a1 = NA, icc_c1 = NA, weighted_kappa = NA,
              krippendorff_alpha = NA, exact_agreement = NA, adjacent_agreement = NA,
              icc_a1_lower = NA, icc_a1_upper = NA, icc_c1_lower = NA, icc_c1_upper = NA)
  if (n == 0) {
    return(row)
  }
  if (categorical) row$exact_agreement <- mean(abs(a - b) < 1e-9)
  row$adjacent_agreement <- mean(abs(a - b) <= 1 + 1e-9)
  if (n >= 2 && var(c(a, b)) > 0) {
    icc <- psych::ICC(cbind(a, b), lmer = FALSE)$results
    row$icc_a1 <- icc["Single_random_raters", "ICC"]
    row$icc_c1 <- icc["Single_fixed_raters", "ICC"]
    row$icc_a1_lower <- icc["Single_random_raters", "lower bound"]
    row$icc_a1_upper <- icc["Single_random_raters", "upper bound"]
    row$icc_c1_lower <- icc["Single_fixed_raters", "lower bound"]
    row$icc_c1_upper <- icc["Single_fixed_raters", "upper bound"]
  }
  if (categorical) {
    # levels = 1:5: the kappa's categories are the whole scale, used or not (issue 6).
    # Its confidence limits are not used, so their clipping warnings are silenced.
    row$weighted_kappa <- suppressWarnings(psych::cohen.kappa(cbind(a, b), levels = 1:5))$weighted.kappa
    row$krippendorff_alpha <- kripp_alpha(cbind(a, b), "ordinal")
  }
  row
}

reliability_table <- function(rows) {
  p <- pairs_of(rows)
  out <- list()
  for (skill in skills) {
    a <- p[[paste0(skill, ".p")]]
    b <- p[[paste0(skill, ".s")]]
    keep <- !is.na(a) & !is.na(b)
    out[[skill]] <- reliability_row(a[keep], b[keep], TRUE)
  }
  mean_a <- rowMeans(as.matrix(p[, paste0(skills, ".p")]), na.rm = TRUE)
  mean_b <- rowMeans(as.matrix(p[, paste0(skills, ".s")]), na.rm = TRUE)
  out[["overall"]] <- reliability_row(mean_a, mean_b, FALSE)
  list(pairs = nrow(p), rows = out)
}

all_reliability <- reliability_table(codings)
reliability_csv <- do.call(rbind, lapply(names(all_reliability$rows), function(skill) {
  r <- all_reliability$rows[[skill]]
  data.frame(scope = "service", period = "all dates", skill = skill, n_pairs = r$n_pairs, icc_a1 = fmt(r$icc_a1), icc_c1 = fmt(r$icc_c1),
             weighted_kappa = fmt(r$weighted_kappa),
             krippendorff_alpha = fmt(r$krippendorff_alpha),
             exact_agreement = fmt(r$exact_agreement),
             adjacent_agreement = fmt(r$adjacent_agreement),
             icc_a1_lower = fmt(r$icc_a1_lower), icc_a1_upper = fmt(r$icc_a1_upper),
             icc_c1_lower = fmt(r$icc_c1_lower), icc_c1_upper = fmt(r$icc_c1_upper))
}))
write.csv(reliability_csv, file.path(here, "expected-reliability.csv"), row.names = FALSE,
          quote = FALSE, na = "")

# ---- Practice Report ---------------------------------------------------------------------------

quarter_range <- function(key) {
  year <- as.integer(substr(key, 1, 4))
  q <- as.integer(substr(key, 7, 7))
  from <- as.Date(sprintf("%d-%02d-01", year, 3 * q - 2))
  to <- seq(from, by = "3 months", length.out = 2)[2] - 1
  c(from, to)
}
quarter_key <- function(year, q) sprintf("%d-Q%d", year, q)
trailing_quarters <- function(key, count) {
  index <- as.integer(substr(key, 1, 4)) * 4 + as.integer(substr(key, 7, 7)) - 1
  sapply(seq(index - count + 1, index), function(i) quarter_key(i %/% 4, i %% 4 + 1))
}

# The coding a report counts for each recording: its consensus where there is one, else primary.
effective <- local({
  consensus <- codings[codings$coding_role == "consensus", ]
  primary <- codings[codings$coding_role == "primary" &
                       !(codings$recording_code %in% consensus$recording_code), ]
  rbind(consensus, primary)
})
effective$overall <- rowMeans(as.matrix(effective[, skills]), na.rm = TRUE)
for (f in names(factors)) {
  effective[[paste0("factor.", f)]] <- rowMeans(as.matrix(effective[, factors[[f]], drop = FALSE]),
                                                na.rm = TRUE)
}

in_period <- function(rows, key) {
  range <- quarter_range(key)
  rows[rows$recorded_on >= range[1] & rows$recorded_on <= range[2], ]
}

mean_figure <- function(values) {
  values <- values[!is.na(values) & !is.nan(values)]
  n <- length(values)
  if (n < threshold) {
    return(list(n = "", value = suppressed, lower = "", upper = ""))
  }
  if (sd(values) == 0) {
    return(list(n = n, value = fmt(mean(values)), lower = fmt(mean(values)),
                upper = fmt(mean(values))))
  }
  t <- t.test(values, conf.level = 0.95)
  list(n = n, value = fmt(unname(t$estimate)), lower = fmt(t$conf.int[1]),
       upper = fmt(t$conf.int[2]))
}

share_figure <- function(count, n) {
  if (n < threshold) {
    return(list(n = "", value = suppressed, lower = "", upper = ""))
  }
  list(n = n, value = fmt(count / n), lower = "", upper = "")
}

count_figure <- function(count) list(n = "", value = as.character(count), lower = "", upper = "")

report_rows <- function(scope, teams, period) {
  rows <- list()
  add <- function(section, figure, key, f) {
    rows[[length(rows) + 1]] <<- data.frame(scope = scope, period = period, section = section,
                                            figure = figure, key = key, n = as.character(f$n),
                                            value = f$value, ci_lower = f$lower, ci_upper = f$upper)
  }
  scoped <- effective[effective$team %in% teams, ]
  now <- in_period(scoped, period)
  quarters <- trailing_quarters(period, 8)
  previous <- quarters[7]
  before <- in_period(scoped, previous)
  period_end <- quarter_range(period)[2]

  add("headline", "codings", "", count_figure(nrow(now)))
  add("headline", "practitioners_observed", "",
      count_figure(length(unique(now$practitioner_code))))
  active <- staff$practitioner_code[staff$team %in% teams & as.Date(staff$joined_on) <= period_end]
  add("headline", "practitioners_active", "",
      count_figure(length(union(active, now$practitioner_code))))
  overall <- mean_figure(now$overall)
  add("headline", "overall_mean", "", overall)
  previous_overall <- mean_figure(before$overall)
  add("headline", "previous_overall_mean", previous, previous_overall)
  add("headline", "change_on_previous", previous,
      list(n = min(nrow(now), nrow(before)),
           value = fmt(as.numeric(overall$value) - as.numeric(previous_overall$value)),
           lower = "", upper = ""))

  for (skill in skills) add("skills", "skill_mean", skill, mean_figure(now[[skill]]))
  for (f in names(factors)) {
    add("skills", "factor_mean", f, mean_figure(now[[paste0("factor.", f)]]))
  }
  for (skill in skills) {
    values <- now[[skill]][!is.na(now[[skill]])]
    for (level in 1:5) {
      add("distribution", "score_share", paste0(skill, ":", level),
          share_figure(sum(values == level), length(values)))
    }
  }
  for (quarter in quarters) {
    q <- in_period(scoped, quarter)
    add("trend", "overall_mean", quarter, mean_figure(q$overall))
    for (f in names(factors)) {
      add("trend", "factor_mean", paste0(quarter, ":", f), mean_figure(q[[paste0("factor.", f)]]))
    }
    if (!setequal(teams, unique(staff$team))) {
      add("trend", "service_overall_mean", quarter, mean_figure(in_period(effective, quarter)$overall))
    }
  }

  range <- quarter_range(period)
  reliability <- reliability_table(codings[codings$team %in% teams &
                                             codings$recorded_on >= range[1] &
                                             codings$recorded_on <= range[2], ])
  add("reliability", "double_coded_pairs", "", count_figure(reliability$pairs))
  for (skill in names(reliability$rows)) {
    r <- reliability$rows[[skill]]
    figures <- c("icc_a1", "icc_c1", "weighted_kappa", "krippendorff_alpha", "exact_agreement",
                 "adjacent_agreement")
    if (skill == "overall") {
      figures <- setdiff(figures, c("weighted_kappa", "krippendorff_alpha", "exact_agreement"))
    }
    for (figure in figures) {
      if (r$n_pairs < threshold) {
        add("reliability", figure, skill, list(n = "", value = suppressed, lower = "", upper = ""))
      } else {
        # The ICCs carry their 95% intervals in ci_lower and ci_upper; other figures have none.
        bounds <- if (figure %in% c("icc_a1", "icc_c1")) {
          c(fmt(r[[paste0(figure, "_lower")]]), fmt(r[[paste0(figure, "_upper")]]))
        } else c("", "")
        add("reliability", figure, skill, list(n = r$n_pairs, value = fmt(r[[figure]]),
                                               lower = bounds[1], upper = bounds[2]))
      }
    }
  }
  do.call(rbind, rows)
}

report_csv <- rbind(
  report_rows("service", unique(staff$team), "2025-Q3"),
  report_rows("team:North CIN", "North CIN", "2025-Q3")
)
# Quote every field as RFC 4180 allows, so a key or scope with a space or comma stays whole.
write.csv(report_csv, file.path(here, "expected-report.csv"), row.names = FALSE, na = "")

writeLines(c(
  sprintf("%s", R.version.string),
  sprintf("psych %s", as.character(packageVersion("psych"))),
  sprintf("stats %s (t.test)", as.character(packageVersion("stats"))),
  "Krippendorff's alpha: kripp_alpha.R (written from Krippendorff 2011; reproduces its example)"
), file.path(here, "expected-versions.txt"))

message(sprintf("Wrote expected-reliability.csv (%d pairs over all dates) and expected-report.csv (%d figures)",
                all_reliability$pairs, nrow(report_csv)))
