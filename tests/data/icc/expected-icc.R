# Reference intraclass correlations and their 95% confidence intervals for tst_InterRater,
# computed with R's psych::ICC (McGraw & Wong 1996 F-based intervals) straight from
# icc-datasets.csv, never from PracticeCoder's output. psych's ICC2 row is ICC(A,1) (single
# random raters, absolute agreement) and its ICC3 row is ICC(C,1) (single fixed raters,
# consistency). The held-back data set's intervals are checked through the reliability command
# (tests/data/heldback/expected.R, tst_HeldBackVerification).
#
#   Rscript tests/data/icc/expected-icc.R      (from anywhere)
#
# Needs r-base-core and r-cran-psych (Debian). Writes expected-icc.csv and expected-versions.txt
# beside this script.

suppressPackageStartupMessages(library(psych))

here <- local({
  args <- commandArgs(trailingOnly = FALSE)
  file <- sub("^--file=", "", args[grep("^--file=", args)])
  if (length(file) == 1) dirname(normalizePath(file)) else getwd()
})

long <- read.csv(file.path(here, "icc-datasets.csv"), stringsAsFactors = FALSE)
fmt <- function(x) sprintf("%.6f", x)

out <- do.call(rbind, lapply(unique(long$dataset), function(name) {
  d <- long[long$dataset == name, ]
  wide <- reshape(d[, c("target", "rater", "score")], idvar = "target", timevar = "rater",
                  direction = "wide")
  ratings <- as.matrix(wide[order(wide$target), -1])
  r <- psych::ICC(ratings, lmer = FALSE)$results
  a1 <- r["Single_random_raters", ]
  c1 <- r["Single_fixed_raters", ]
  data.frame(dataset = name, n = nrow(ratings), k = ncol(ratings),
             icc_a1 = fmt(a1$ICC), icc_a1_lower = fmt(a1[["lower bound"]]),
             icc_a1_upper = fmt(a1[["upper bound"]]),
             icc_c1 = fmt(c1$ICC), icc_c1_lower = fmt(c1[["lower bound"]]),
             icc_c1_upper = fmt(c1[["upper bound"]]))
}))
write.csv(out, file.path(here, "expected-icc.csv"), row.names = FALSE, quote = FALSE)
writeLines(c(R.version.string, paste("psych", packageVersion("psych"))),
           file.path(here, "expected-versions.txt"))
