#!/usr/bin/env bash
# Fetches one npm package tarball at build time, checks its SHA-256 and copies chosen files out.
# Usage: fetch-npm.sh NAME@VERSION SHA256 OUT_DIR FILE...
#   FILE is a path inside the tarball, copied into OUT_DIR under its own name, or OUT_NAME=GLOB:
#   the files matching GLOB (inside the tarball, in C-locale order) joined into OUT_DIR/OUT_NAME,
#   each followed by a newline (so many one-line JSON files become one JSON-lines file).
# Skips the download when OUT_DIR already holds the files from this exact tarball.
set -euo pipefail
export LC_ALL=C
spec="$1"; expected_sha="$2"; out_dir="$3"; shift 3
stamp="$out_dir/.fetched-$expected_sha"
if [[ -f "$stamp" ]]; then exit 0; fi
command -v npm >/dev/null || { echo "fetch-npm: npm is not installed (needed once to fetch $spec)" >&2; exit 1; }
work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT
if ! (cd "$work" && npm pack --silent --prefer-offline "$spec" >/dev/null 2>"$work/npm.err"); then
  echo "fetch-npm: could not fetch $spec from the npm registry (offline?): $(tail -1 "$work/npm.err")" >&2
  exit 1
fi
tarball="$(ls "$work"/*.tgz)"
actual_sha="$(sha256sum "$tarball" | cut -d' ' -f1)"
if [[ "$actual_sha" != "$expected_sha" ]]; then
  echo "fetch-npm: $spec has SHA-256 $actual_sha, expected $expected_sha; refusing it" >&2
  exit 1
fi
members=()
for f in "$@"; do members+=("${f#*=}"); done
tar -xzf "$tarball" -C "$work" --wildcards "${members[@]}"
mkdir -p "$out_dir"
for f in "$@"; do
  if [[ "$f" == *=* ]]; then
    parts=( "$work"/${f#*=} )
    [[ -f "${parts[0]}" ]] || { echo "fetch-npm: $spec has no files matching ${f#*=}" >&2; exit 1; }
    for part in "${parts[@]}"; do cat "$part"; echo; done > "$out_dir/${f%%=*}"
  else
    cp "$work/$f" "$out_dir/"
  fi
done
touch "$stamp"
echo "fetch-npm: $spec -> $out_dir ($# files, sha256 ok)"
