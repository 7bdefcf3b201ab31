# Timing helpers, sourced by the benchmark scripts.

# timed CMD…: one cold run of CMD, its output discarded; prints the wall-clock ms. Stops the script if CMD fails.
timed() {
  local start end; start=$(date +%s%N); "$@" >/dev/null 2>&1 || { echo "failed (exit $?): $*" >&2; exit 1; }; end=$(date +%s%N)
  echo $(( (end - start) / 1000000 ))
}

# median N…: the median of the numbers given.
median() { printf '%s\n' "$@" | sort -n | sed -n "$(( ($# + 1) / 2 ))p"; }

# median_of RUNS CMD…: the median wall-clock ms of RUNS cold runs of CMD.
median_of() {
  local runs=$1 times=(); shift
  for _ in $(seq "$runs"); do times+=("$(timed "$@")"); done
  median "${times[@]}"
}

# need_hugo: installs Debian's hugo when it is missing (the scripts that compare with Hugo call it first).
need_hugo() {
  command -v hugo >/dev/null && return
  local sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq hugo >/dev/null
}
