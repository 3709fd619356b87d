#!/usr/bin/env bash
# Berth's benchmarks: whole-process synthesis (Berth's command line, with and without bin/berth, and `npx cdk synth` of
# the same infrastructure, side by side in one run), start-up options, class loading, and the in-process JMH
# benchmark. Writes docs/benchmarks/results.md and docs/benchmarks/synthesis-time.svg. Not part of `mvn verify`.
#
#   benchmarks/run.sh [--runs N] [--warmups N] [--cdk-sizes "1 10 100"] [--cdk-runs N] [--no-cdk] [--no-jmh]
#                     [--no-options]
#
#   --runs N          measured runs per case (default 5), after --warmups (default 1) unmeasured ones
#   --cdk-sizes LIST  generated programs to run through `cdk synth` (default "1 10 100"; "1 10 100 1000" adds about
#                     15 minutes on a 2-core machine, see docs/benchmarks/README.md)
#   --cdk-no-validation-sizes LIST
#                     generated programs to run through `cdk synth` with CDK_VALIDATION=false as well, i.e. without
#                     the CloudFormation validation that aws-cdk-lib runs by default at synth (default "1 10 100 1000")
#   --cdk-runs N      measured runs per CDK case (default: --runs)
#   --no-cdk          Berth only;  --no-jmh  no JMH;  --no-options  no start-up options table
#
# Needs: Java 17+, Maven, Node (for npx cdk), python3, bash. Takes about 15-20 minutes with the defaults.
set -euo pipefail
{ # read whole before running, so that editing this file during a run does not change the run

runs=5 warmups=1 cdk_sizes="1 10 100" cdk_nv_sizes="1 10 100 1000" cdk_runs="" cdk=1 jmh=1 options=1
while [[ $# -gt 0 ]]; do
  case "$1" in
    --runs) runs="$2"; shift 2 ;;
    --warmups) warmups="$2"; shift 2 ;;
    --cdk-sizes) cdk_sizes="$2"; shift 2 ;;
    --cdk-runs) cdk_runs="$2"; shift 2 ;;
    --cdk-no-validation-sizes) cdk_nv_sizes="$2"; shift 2 ;;
    --no-cdk) cdk=0; shift ;;
    --no-jmh) jmh=0; shift ;;
    --no-options) options=0; shift ;;
    -h|--help) sed -n '2,16p' "$0"; exit 0 ;;
    *) echo "run.sh: unknown option $1" >&2; exit 2 ;;
  esac
done
cdk_runs="${cdk_runs:-$runs}"
invocation="benchmarks/run.sh${*:+ $*}"

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
measure() { python3 benchmarks/measure.py "$@"; }
started="$(date -u '+%Y-%m-%d %H:%M UTC')"

echo "== Build (once): mvn -B -q -ntp -DskipTests package"
mvn -B -q -ntp -DskipTests package

# A private copy of everything the measured commands run, so that a rebuild in the work tree during the benchmark
# (an IDE, another build) cannot change or break what is measured.
run="$root/benchmarks/target/run"
rm -rf "$run"
mkdir -p "$run/lib"
cp examples/target/berth-examples.jar benchmarks/target/berth-benchmarks.jar "$run/"
snapshot_classpath() { # classpath file, extra entries... -> classpath with work-tree jars copied into $run/lib
  local entries=() e
  IFS=: read -r -a entries <<< "$(cat "$1")"
  shift
  local out=()
  for e in "$@" "${entries[@]}"; do
    if [[ -f "$e" && "$e" == "$root"/* && "$e" != "$run"/* ]]; then
      cp "$e" "$run/lib/$(basename "$e")"
      e="$run/lib/$(basename "$e")"
    fi
    out+=("$e")
  done
  (IFS=:; echo "${out[*]}")
}
cp -r benchmarks/target/classes "$run/benchmarks-classes"
scale_cdk_cp="$(snapshot_classpath benchmarks/target/cdk-app.classpath "$run/benchmarks-classes")"
examples_cdk_cp=""
if [[ -f examples-cdk/target/cdk-app.classpath && -f examples-cdk/target/berth-examples-cdk.jar ]]; then
  examples_cdk_cp="$(snapshot_classpath examples-cdk/target/cdk-app.classpath "$root/examples-cdk/target/berth-examples-cdk.jar")"
fi

if [[ "$cdk" == 1 && ! -x node_modules/.bin/cdk ]]; then
  echo "== npm ci (the aws-cdk command line of package.json)"
  npm ci --no-audit --no-fund
fi
export JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION=20 CDK_DISABLE_CLI_TELEMETRY=1

# The machine, for results.md.
{
  echo "## Machine and run"
  echo
  echo "- command: \`$invocation\` (runs: $runs after $warmups warm-up; CDK runs: $cdk_runs; CDK sizes: $cdk_sizes; CDK sizes with CDK_VALIDATION=false: $cdk_nv_sizes)"
  echo "- date: $started"
  echo "- nproc: $(nproc); CPU: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //')"
  echo "- memory (\`free -h\`): $(free -h | awk '/^Mem:/ {print $2 " total, " $7 " available"}')"
  echo "- java: $(java -version 2>&1 | sed -n 2p)"
  echo "- node: $(node --version 2>/dev/null || echo none); CDK command line: $(node_modules/.bin/cdk --version 2>/dev/null | head -1 || echo none); aws-cdk-lib: $(grep -o '<aws-cdk-lib.version>[^<]*' pom.xml | cut -d'>' -f2)"
  echo "- load average at start: $(cut -d' ' -f1-3 /proc/loadavg) (other processes on the machine add noise; compare columns of the same run)"
} > "$run/machine.md"
cat "$run/machine.md"

results="$run/whole-process.jsonl"
: > "$results"
case_() { measure case --results "$results" --runs "$runs" --warmups "$warmups" "$@"; }
cdk_case() { measure case --results "$results" --runs "$cdk_runs" --warmups "$warmups" "$@"; }
cdk_flags=(-o "{out}" --no-notices --no-version-reporting --no-path-metadata -q)

echo "== Whole process"
# The class data archives (<jar>.jsa) bin/berth runs the copied jars with, written as `mvn package` writes the
# examples' one (an archive fits only the jar path it was made for, so the build's own cannot be copied).
BERTH_JAR="$run/berth-examples.jar" BERTH_CDS=create bin/berth
BERTH_JAR="$run/berth-benchmarks.jar" BERTH_CDS_TRAINING="synth --program scale-10" BERTH_CDS=create bin/berth

case_ --tool "berth (java -jar)" --case examples -- java -jar "$run/berth-examples.jar" synth --out "{out}"
case_ --tool "berth (bin/berth)" --case examples -- env BERTH_JAR="$run/berth-examples.jar" bin/berth synth --out "{out}"
if [[ "$cdk" == 1 && -n "$examples_cdk_cp" ]]; then
  cdk_case --tool "cdk synth" --case examples -- \
    npx cdk synth -a "java -cp $examples_cdk_cp dev.berth.examples.cdk.BerthExamplesCdkApp" "${cdk_flags[@]}"
fi
for n in 1 10 100 1000; do
  case_ --tool "berth (java -jar)" --case "scale-$n" --services "$n" -- \
    java -jar "$run/berth-benchmarks.jar" synth --program "scale-$n" --out "{out}"
  case_ --tool "berth (bin/berth)" --case "scale-$n" --services "$n" -- \
    env BERTH_JAR="$run/berth-benchmarks.jar" bin/berth synth --program "scale-$n" --out "{out}"
  if [[ "$cdk" == 1 && " $cdk_sizes " == *" $n "* ]]; then
    # ScaleCdkApp places Berth's stacks as CDK stacks (BerthStack.allStacks): the same split as Berth's own output.
    cdk_case --tool "cdk synth" --case "scale-$n" --services "$n" -- env BERTH_SERVICES="$n" \
      npx cdk synth -a "java -cp $scale_cdk_cp dev.berth.benchmarks.ScaleCdkApp" \
      "${cdk_flags[@]}"
  fi
  if [[ "$cdk" == 1 && " $cdk_nv_sizes " == *" $n "* ]]; then
    cdk_case --tool "cdk synth, CDK_VALIDATION=false" --case "scale-$n" --services "$n" -- \
      env BERTH_SERVICES="$n" CDK_VALIDATION=false \
      npx cdk synth -a "java -cp $scale_cdk_cp dev.berth.benchmarks.ScaleCdkApp" \
      "${cdk_flags[@]}"
  fi
done

echo "== The command users run: java -jar and bin/berth"
# The bundled examples (README's main command) and a user's program: a jar of its own with a main that runs Berth's
# command line over its programs, as the starter project builds; here berth-benchmarks.jar's scale-1 (one program of
# one service; the jar's other programs are not built). "First run": no archive yet (bin/berth writes it, then runs).
users="$run/users.jsonl"
: > "$users"
mkdir -p "$run/first"
cp "$run/berth-examples.jar" "$run/berth-benchmarks.jar" "$run/first/"
first_run='rm -f "${BERTH_JAR%.jar}.jsa" "${BERTH_JAR%.jar}.jsa.java"; exec bin/berth "$@"'
for c in "examples|berth-examples|synth|" "user's program (scale-1)|berth-benchmarks|synth --program scale-1|--program scale-1"; do
  IFS='|' read -r name jar training select <<< "$c"
  read -r -a sel <<< "$select"
  u() { measure case --results "$users" --runs "$runs" --warmups "$warmups" --case "$name" "$@"; }
  u --tool "java -jar" -- java -jar "$run/$jar.jar" synth "${sel[@]}" --out "{out}"
  u --tool "bin/berth (archive ready)" -- env BERTH_JAR="$run/$jar.jar" bin/berth synth "${sel[@]}" --out "{out}"
  u --tool "bin/berth, first run (writes the archive)" -- env BERTH_JAR="$run/first/$jar.jar" \
    BERTH_CDS_TRAINING="$training" bash -c "$first_run" bin/berth synth "${sel[@]}" --out "{out}"
  u --tool "writing the archive (BERTH_CDS=create, in mvn package)" -- env BERTH_JAR="$run/first/$jar.jar" \
    BERTH_CDS_TRAINING="$training" BERTH_CDS=create bin/berth
done
matrix_args=(--matrix "The command users run: java -jar and bin/berth, the bundled examples and a user's program=$users")

if [[ "$options" == 1 ]]; then
  echo "== Start-up options"
  opt_results="$run/startup-options.jsonl"
  : > "$opt_results"
  ex_jsa="$run/berth-examples.jsa" bm_jsa="$run/berth-benchmarks.jsa"  # written by bin/berth above
  variants=(
    "java -jar (no options)|"
    "SerialGC|-XX:+UseSerialGC"
    "C1 only|-XX:TieredStopAtLevel=1"
    "SerialGC + C1|-XX:+UseSerialGC -XX:TieredStopAtLevel=1"
    "CDS|CDS"
    "CDS + SerialGC|CDS -XX:+UseSerialGC"
    "CDS + C1|CDS -XX:TieredStopAtLevel=1"
    "CDS + SerialGC + C1|CDS -XX:+UseSerialGC -XX:TieredStopAtLevel=1"
  )
  for v in "${variants[@]}"; do
    label="${v%%|*}" flags="${v#*|}"
    for c in "seed|examples" "scale-100|benchmarks" "scale-1000|benchmarks"; do
      name="${c%%|*}" jar="$run/berth-${c#*|}.jar" jsa="$run/berth-${c#*|}.jsa"
      read -r -a opts <<< "${flags/CDS/-XX:SharedArchiveFile=$jsa -Xlog:cds=off -Xlog:cds+dynamic=off}"
      program="$name"; [[ "$name" == seed ]] && program=fargate-web-app
      measure case --results "$opt_results" --runs "$runs" --warmups "$warmups" --tool "$label" --case "$name" -- \
        java "${opts[@]}" -jar "$jar" synth --program "$program" --out "{out}"
    done
  done
  matrix_args+=(--matrix "Start-up options (seed = fargate-web-app alone; CDS = the archive bin/berth writes)=$opt_results")

  echo "== Where start-up time goes (the seed example)"
  st_results="$run/startup-steps.jsonl"
  : > "$st_results"
  for v in "java -jar|" "bin/berth|launcher"; do
    label="${v%%|*}"
    if [[ "${v#*|}" == launcher ]]; then pre=(env BERTH_JAR="$run/berth-examples.jar" bin/berth); else pre=(java -jar "$run/berth-examples.jar"); fi
    st() { measure case --results "$st_results" --runs "$runs" --warmups "$warmups" --tool "$label" "$@"; }
    st --case "java -version" -- java -version
    st --case "version (JVM + picocli)" -- "${pre[@]}" --version
    st --case "check (validate + plan + render)" -- "${pre[@]}" check --program fargate-web-app
    st --case "synth (+ write files)" -- "${pre[@]}" synth --program fargate-web-app --out "{out}"
  done
  matrix_args+=(--matrix "Where start-up time goes: the seed example step by step=$st_results")

  classes="$run/classes.md"
  {
    echo "## Classes loaded by \`synth --program fargate-web-app\`"
    echo
    echo "From \`-Xlog:class+load\` (times are JVM uptime; logging itself slows the run a little)."
    echo
    echo "Without the archive (\`java -jar\`):"
    echo
    java -Xlog:class+load:file="$run/classload.log":uptime -jar "$run/berth-examples.jar" synth --program fargate-web-app --out "$run/cl-out" > /dev/null
    measure classes --log "$run/classload.log"
    echo
    echo "With the archive and options of bin/berth (classes from the archive are mapped, not parsed and verified):"
    echo
    JAVA_OPTS="-Xlog:class+load:file=$run/classload-cds.log:uptime" BERTH_JAR="$run/berth-examples.jar" \
      bin/berth synth --program fargate-web-app --out "$run/cl-out2" > /dev/null
    measure classes --log "$run/classload-cds.log"
  } > "$classes"
  cat "$classes"
  matrix_args+=(--append "$classes")
fi

jmh_json="$run/jmh.json"
if [[ "$jmh" == 1 ]]; then
  echo "== JMH (in process): -f 1 -wi 3 -i 5"
  java -jar "$run/berth-benchmarks.jar" jmh -f 1 -wi 3 -i 5 -rf json -rff "$jmh_json" SynthesisBenchmark
fi

echo "- load average at end: $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$run/machine.md"
measure report --results "$results" --jmh "$jmh_json" --machine "$run/machine.md" "${matrix_args[@]}" \
  --out docs/benchmarks
echo "== Wrote docs/benchmarks/results.md and docs/benchmarks/synthesis-time.svg"
exit
}
