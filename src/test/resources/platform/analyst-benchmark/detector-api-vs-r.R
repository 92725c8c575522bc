#!/usr/bin/env Rscript
## ---------------------------------------------------------------------------
## Analyst script, issue 15 "Done means": the same farringtonFlexible work done
## twice, side by side, on this machine:
##   (1) locally by R surveillance (1.20.3, Debian r-cran-surveillance), and
##   (2) by the platform's detector API, POST /api/surveillance/detect, called
##       from R with a personal token issued by POST /api/platform/tokens.
## Same detector, same series (salmNewport: 16 German states x 528 weeks, the
## CSV the reference tests use, checked equal to the package's data), same
## range (R's default, 265 weeks per state), same control list. The results are
## compared (upper bound, alarm) before anything is timed.
##
## Usage (run-benchmark.sh does all of it):
##   RHP_URL=http://localhost:8201 RHP_TOKEN=rhp_... Rscript detector-api-vs-r.R [reps]
## Not part of ./mvnw verify: R is not on the CI machine.
## ---------------------------------------------------------------------------
suppressPackageStartupMessages({
  library(surveillance); library(jsonlite); library(curl)
})
args <- commandArgs(trailingOnly = TRUE)
reps <- if (length(args)) as.integer(args[1]) else 3L
url <- Sys.getenv("RHP_URL", "http://localhost:8080")
token <- Sys.getenv("RHP_TOKEN")
if (!nzchar(token)) stop("set RHP_TOKEN to a personal token (POST /api/platform/tokens)")
self <- sub("^--file=", "", grep("^--file=", commandArgs(FALSE), value = TRUE))
here <- if (length(self)) dirname(normalizePath(self)) else "."
input <- read.csv(file.path(here, "..", "..", "surveillance", "reference", "input_series.csv"),
                  stringsAsFactors = FALSE)
input <- input[input$dataset == "salmNewport", ]

data("salmNewport")
states <- colnames(observed(salmNewport))
series <- lapply(states, function(st) input[input$series == st, ])
csvMatrix <- sapply(series, function(s) s$observed[order(s$t)])
stopifnot(identical(dim(csvMatrix), dim(observed(salmNewport))),
          all(csvMatrix == observed(salmNewport)))
dates <- series[[1]]$date[order(series[[1]]$t)]

variants <- list(
  salmNewport_default = list(),
  salmNewport_noufaily = list(noPeriods = 10, pastWeeksNotIncluded = 26, thresholdMethod = "nbPlugin"))
only <- Sys.getenv("VARIANTS")
if (nzchar(only)) variants <- variants[strsplit(only, ",")[[1]]]

handle <- function() {
  h <- new_handle()
  handle_setheaders(h, "Authorization" = paste("Bearer", token),
                    "Content-Type" = "application/json", "Accept" = "application/json")
  h
}

## The request bodies are built once per variant, like the sts object R works on; what is timed is what the
## script then waits for: the 16 calls (PARALLEL at a time, default 4) and reading the answers.
bodies <- function(ctl, rng) {
  lapply(seq_along(states), function(j) {
    toJSON(list(algorithm = "farringtonFlexible",
                parameters = if (length(ctl)) ctl else structure(list(), names = character(0)),
                frequency = 52, dates = dates, observed = csvMatrix[, j],
                range = c(min(rng), max(rng))),
           auto_unbox = TRUE, digits = NA)
  })
}

callApi <- function(requests, parallel = as.integer(Sys.getenv("PARALLEL", "4"))) {
  answers <- vector("list", length(requests))
  pool <- new_pool(host_con = parallel, total_con = parallel)
  for (j in seq_along(requests)) {
    local({
      k <- j
      h <- handle()
      handle_setopt(h, copypostfields = requests[[k]])
      curl_fetch_multi(paste0(url, "/api/surveillance/detect"), handle = h, pool = pool,
                       done = function(res) {
                         if (res$status_code != 200)
                           stop("API answered ", res$status_code, ": ", rawToChar(res$content))
                         answers[[k]] <<- fromJSON(rawToChar(res$content), simplifyVector = TRUE)
                       },
                       fail = function(msg) stop("API call failed: ", msg))
    })
  }
  multi_run(pool = pool)
  answers
}

rows <- list()
for (vn in names(variants)) {
  ctl <- variants[[vn]]
  rSecs <- numeric(0)
  for (i in seq_len(reps)) {
    gc()
    rSecs[i] <- unname(system.time(r <- suppressWarnings(farringtonFlexible(salmNewport, control = ctl)))["elapsed"])
  }
  rng <- match(epoch(r), epoch(salmNewport))  # rows of the full series that R evaluated
  requests <- bodies(ctl, rng)
  api <- callApi(requests)  # also warms up the platform's JIT; not timed
  ## same work, same answer: every alarm equal, upper bounds to 1e-6 relative
  for (j in seq_along(states)) {
    p <- api[[j]]$points
    stopifnot(nrow(p) == length(rng))
    ub <- upperbound(r)[, j]; al <- alarms(r)[, j]
    apiUb <- ifelse(is.na(p$upperbound), NA, p$upperbound)
    stopifnot(identical(is.na(ub), is.na(apiUb)))
    ok <- !is.na(ub)
    stopifnot(all(abs(apiUb[ok] - ub[ok]) <= 1e-6 * pmax(1, abs(ub[ok]))))
    stopifnot(all((!is.na(al) & al == 1) == (!is.na(p$alarm) & p$alarm)))
  }
  apiSecs <- vapply(seq_len(max(reps, 5L)), function(i) {
    gc(); unname(system.time(callApi(requests))["elapsed"])
  }, numeric(1))
  rows[[vn]] <- data.frame(variant = vn, series = length(states), weeks = length(rng),
                           r_median_s = median(rSecs), api_median_s = median(apiSecs),
                           speedup = median(rSecs) / median(apiSecs))
  cat(sprintf("%-22s R %7.2f s   API %6.3f s (16 calls)   %6.0fx   [R: %s] [API: %s]\n", vn,
              median(rSecs), median(apiSecs), median(rSecs) / median(apiSecs),
              paste(sprintf("%.2f", rSecs), collapse = " "), paste(sprintf("%.3f", apiSecs), collapse = " ")))
}
out <- do.call(rbind, rows)
print(out, row.names = FALSE)
cat(R.version.string, "; surveillance", as.character(packageVersion("surveillance")), "\n")
