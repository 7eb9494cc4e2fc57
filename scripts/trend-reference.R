# Reference figures of `nmstat trend` from R, independent of nmstat's statistics: each period's
# figures and each change from the previous period, written as CSV with 17 significant digits.
# Usage: Rscript scripts/trend-reference.R CASES_CSV CASES_CSV_OF_NMSTAT_CASES INTERVAL PERIOD [OF]
#   CASES_CSV: the case file; the second: `nmstat cases FILE --as-of DATE -f csv` of it (each
#   interval's days and state per input row, the derivation tested elsewhere); PERIOD year or
#   tertial; OF a milestone column for the cohort view (open cases censored).
# Needs the survival package (survfit's log-log band, survdiff).
suppressMessages(library(survival))
args <- commandArgs(trailingOnly = TRUE)
cases <- read.csv(args[1], stringsAsFactors = FALSE)
derived <- read.csv(args[2], stringsAsFactors = FALSE)
interval <- args[3]
period <- args[4]
of <- if (length(args) >= 5) args[5] else NA
target <- 180
line <- as.integer(sub(".*:", "", derived$input_row)) - 1
days <- derived[[interval]]
state <- derived[[paste0(interval, "_status")]]
end <- c(assessment = "report_completed")[[interval]]
when <- as.Date(cases[[if (is.na(of)) end else of]][line])
keep <- if (is.na(of)) state == "completed" else state %in% c("completed", "open")
keep <- keep & !is.na(when)
d <- data.frame(when = when[keep], days = days[keep], event = state[keep] == "completed")
label <- function(x) {
  y <- as.integer(format(x, "%Y")); m <- as.integer(format(x, "%m"))
  if (period == "year") as.character(y) else sprintf("%d-T%d", y, (m - 1) %/% 4 + 1)
}
d$period <- label(d$when)
first <- min(d$when)
months <- if (period == "year") 12 else 4
start <- as.Date(sprintf("%s-%02d-01", format(first, "%Y"),
                         ((as.integer(format(first, "%m")) - 1) %/% months) * months + 1))
starts <- seq(start, as.Date("2025-10-31"), by = paste(months, "months"))
labels <- label(starts)
z <- qnorm(0.975)
wilson <- function(x, n) {
  p <- x / n; s <- 1 + z^2 / n
  c(p, (p + z^2 / (2 * n)) / s - z / s * sqrt(p * (1 - p) / n + z^2 / (4 * n^2)),
    (p + z^2 / (2 * n)) / s + z / s * sqrt(p * (1 - p) / n + z^2 / (4 * n^2)))
}
shift <- function(x, y) {
  m <- length(x); n <- length(y); D <- sort(outer(x, y, "-")); pooled <- c(x, y)
  if (m < 50 && n < 50 && !any(duplicated(pooled))) {
    w <- wilcox.test(x, y, conf.int = TRUE)
    return(c(w$estimate, w$conf.int))
  }
  t <- table(pooled); N <- m + n
  sigma <- sqrt(m * n / 12 * ((N + 1) - sum(t^3 - t) / (N * (N - 1))))
  C <- floor(m * n / 2 - z * sigma)
  c(median(D), if (C < 0) c(NA, NA) else c(D[C + 1], D[m * n - C]))
}
out <- NULL
fig <- list()
for (i in seq_along(labels)) {
  p <- labels[i]; s <- d[d$period == p, ]; x <- sort(s$days[s$event]); n <- length(x)
  r <- list(period = p, n = n, open = if (is.na(of)) NA else sum(!s$event))
  r$mean <- if (n > 0) mean(x) else NA
  ci <- if (n > 1) t.test(x)$conf.int else c(NA, NA)
  r$mean_low <- ci[1]; r$mean_high <- ci[2]
  r$median <- if (n > 0) median(x) else NA
  l <- qbinom(0.025, n, 0.5)
  r$median_low <- if (n >= 6) x[l] else NA; r$median_high <- if (n >= 6) x[n - l + 1] else NA
  w <- if (n > 0) wilson(sum(x <= target), n) else c(NA, NA, NA)
  r$within_target <- w[1]; r$within_target_low <- w[2]; r$within_target_high <- w[3]
  r$km_median <- NA; r$km_median_low <- NA; r$km_median_high <- NA
  if (!is.na(of) && nrow(s) > 0) {
    q <- quantile(survfit(Surv(s$days, s$event) ~ 1, conf.type = "log-log"), 0.5)
    r$km_median <- q$quantile[[1]]; r$km_median_low <- q$lower[[1]]; r$km_median_high <- q$upper[[1]]
  }
  for (k in c("shift", "shift_low", "shift_high", "mean_change", "mean_change_low",
              "mean_change_high", "within_target_change", "within_target_change_low",
              "within_target_change_high", "km_median_change", "logrank_p")) r[[k]] <- NA
  if (i > 1) { tryCatch({
    q <- fig[[i - 1]]; y <- q$x; cases <- function(f) if (is.na(of)) length(f$x) else nrow(f$s)
    if (cases(list(s = s, x = x)) >= 6 && cases(q) >= 6) {
      if (n > 0 && length(y) > 0) {
        h <- shift(x, y); r$shift <- h[1]
        if (n >= 6 && length(y) >= 6) { r$shift_low <- h[2]; r$shift_high <- h[3] }
      }
      if (n > 1 && length(y) > 1) {
        tt <- t.test(x, y, var.equal = FALSE)
        r$mean_change <- mean(x) - mean(y); r$mean_change_low <- tt$conf.int[1]; r$mean_change_high <- tt$conf.int[2]
      }
      a <- c(r$within_target, r$within_target_low, r$within_target_high); b <- q$w
      if (n > 0 && length(y) > 0) {
        r$within_target_change <- a[1] - b[1]
        r$within_target_change_low <- a[1] - b[1] - sqrt((a[1] - a[2])^2 + (b[3] - b[1])^2)
        r$within_target_change_high <- a[1] - b[1] + sqrt((a[3] - a[1])^2 + (b[1] - b[2])^2)
      }
      if (!is.na(of)) {
        r$km_median_change <- r$km_median - q$km
        g <- rbind(data.frame(t = s$days, e = s$event, g = 1), data.frame(t = q$s$days, e = q$s$event, g = 2))
        sd <- survdiff(Surv(t, e) ~ g, data = g)
        r$logrank_p <- 1 - pchisq(sd$chisq, 1)
      }
    }
  }, error = function(e) message(p, ": ", conditionMessage(e))) }
  fig[[i]] <- list(s = s, x = x, w = c(r$within_target, r$within_target_low, r$within_target_high), km = r$km_median)
  out <- rbind(out, as.data.frame(r, stringsAsFactors = FALSE))
}
write.csv(format(out, digits = 17), stdout(), row.names = FALSE, quote = FALSE, na = "")
