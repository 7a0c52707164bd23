# Krippendorff's alpha written straight from Krippendorff (2011), "Computing Krippendorff's
# Alpha-Reliability", University of Pennsylvania, section C (multiple values, missing data):
#
#   o_ck   = sum over units u of (number of c-k pairs of values in u) / (m_u - 1)
#   n_c    = sum_k o_ck,  n = sum_c n_c   (only units with m_u >= 2 values are pairable)
#   alpha  = 1 - (n - 1) * sum_ck o_ck delta2_ck / sum_ck n_c n_k delta2_ck
#
# with the metric differences
#   nominal   delta2 = 0 if c == k else 1
#   ordinal   delta2 = (sum_{g from c to k} n_g - (n_c + n_k) / 2)^2
#   interval  delta2 = (c - k)^2
#
# No Debian package offers ordinal alpha (R's irr is not packaged), so this is the independent
# implementation the application is checked against. Sourcing this file first checks it against
# Krippendorff's own worked example and stops if it does not reproduce the published values.

kripp_alpha <- function(data, level = c("nominal", "ordinal", "interval")) {
  level <- match.arg(level)
  # data: one row per unit, one column per coder, NA where a coder gave no value.
  data <- as.matrix(data)
  m_u <- rowSums(!is.na(data))
  data <- data[m_u >= 2, , drop = FALSE]
  m_u <- m_u[m_u >= 2]
  values <- sort(unique(as.vector(data[!is.na(data)])))
  if (length(values) < 2) {
    return(NA_real_)
  }
  v <- length(values)
  o <- matrix(0, v, v)
  for (u in seq_len(nrow(data))) {
    x <- match(data[u, !is.na(data[u, ])], values)
    counts <- tabulate(x, nbins = v)
    # Ordered pairs of different values within the unit: counts_c * counts_k, minus self-pairs
    # on the diagonal.
    pairs <- outer(counts, counts) - diag(counts)
    o <- o + pairs / (m_u[u] - 1)
  }
  n_c <- rowSums(o)
  n <- sum(n_c)
  delta2 <- matrix(0, v, v)
  for (c in seq_len(v)) {
    for (k in seq_len(v)) {
      delta2[c, k] <- switch(level,
        nominal = as.numeric(c != k),
        ordinal = {
          g <- seq(min(c, k), max(c, k))
          (sum(n_c[g]) - (n_c[c] + n_c[k]) / 2)^2
        },
        interval = (values[c] - values[k])^2
      )
    }
  }
  expected <- sum(outer(n_c, n_c) * delta2)
  if (expected <= 0) {
    return(NA_real_)
  }
  1 - (n - 1) * sum(o * delta2) / expected
}

# Krippendorff (2011), section C: 4 observers, 12 units, missing values. Published alphas:
# nominal .743, ordinal .815, interval .849.
local({
  example <- rbind(
    A = c(1, 2, 3, 3, 2, 1, 4, 1, 2, NA, NA, NA),
    B = c(1, 2, 3, 3, 2, 2, 4, 1, 2, 5, NA, 3),
    C = c(NA, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, NA),
    D = c(1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, NA)
  )
  units <- t(example)
  published <- c(nominal = 0.743, ordinal = 0.815, interval = 0.849)
  for (level in names(published)) {
    got <- kripp_alpha(units, level)
    if (abs(round(got, 3) - published[[level]]) > 1e-9) {
      stop(sprintf("kripp_alpha %s gives %.6f, Krippendorff published %.3f", level, got,
                   published[[level]]))
    }
  }
  message(sprintf("kripp_alpha reproduces Krippendorff (2011): nominal %.6f, ordinal %.6f, interval %.6f",
                  kripp_alpha(units, "nominal"), kripp_alpha(units, "ordinal"),
                  kripp_alpha(units, "interval")))
})
