#!/bin/sh
# kill -9 trials, 20 each (README, "Running a server for a team"): local commands killed at random points
# (KillConvergenceIT: ingest, trace --retrace, link, compact) and a server killed mid-request (HttpIngestKillIT).
# Each trial: the store opens, validate passes, the same command again converges on a clean run, graph by graph.
# Takes about an hour on a quiet 2-core machine. KILL_TRIALS=N and KILL_SEED=S change the trials and repeat kill points.
set -u
cd "$(dirname "$0")/.."
trials=${KILL_TRIALS:-20}
seed=${KILL_SEED:+-Dclaimgraph.killSeed=$KILL_SEED}
rm -f target/kill-trials.txt target/http-kill-trials.txt
mvn -B verify -Dit.test=KillConvergenceIT -Dclaimgraph.killTrials="$trials" $seed -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false; local=$?
mvn -B verify -Dit.test=HttpIngestKillIT -Dclaimgraph.killTrials="$trials" $seed -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false; http=$?
echo "== local commands (target/kill-trials.txt), mvn exit $local"
cat target/kill-trials.txt 2>/dev/null
echo "== server killed mid-request (target/http-kill-trials.txt), mvn exit $http"
cat target/http-kill-trials.txt 2>/dev/null
[ "$local" -eq 0 ] && [ "$http" -eq 0 ]
