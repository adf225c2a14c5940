#!/usr/bin/env bash
# Fetches one Debian package (.deb) at build time without installing it, checks its SHA-256 and copies
# chosen files out of it.
# Usage: fetch-deb.sh NAME=VERSION SHA256 OUT_DIR FILE...
#   FILE is a path inside the package (e.g. usr/share/...), copied into OUT_DIR under its own name.
# The verified .deb is kept in ${XDG_CACHE_HOME:-~/.cache}/tensorscope/deb, so later builds (after a clean,
# offline) need no apt; the download is skipped when OUT_DIR already holds the files from this exact .deb.
# The first download needs apt's package lists (run 'apt-get update' as root once on a fresh machine).
set -euo pipefail
export LC_ALL=C
spec="$1"; expected_sha="$2"; out_dir="$3"; shift 3
stamp="$out_dir/.fetched-$expected_sha"
if [[ -f "$stamp" ]]; then exit 0; fi
cache="${XDG_CACHE_HOME:-$HOME/.cache}/tensorscope/deb"
deb="$cache/$expected_sha.deb"
work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT
if [[ ! -f "$deb" ]]; then
  command -v apt-get >/dev/null || { echo "fetch-deb: apt-get is not available (needed once to fetch $spec)" >&2; exit 1; }
  if ! (cd "$work" && apt-get download -qq "$spec" >/dev/null 2>"$work/apt.err"); then
    echo "fetch-deb: could not download $spec with apt-get (offline, or apt's lists lack it: run 'apt-get update'" \
         "as root once): $(grep -v '^W:' "$work/apt.err" | tail -1)" >&2
    exit 1
  fi
  downloaded="$(ls "$work"/*.deb)"
  actual_sha="$(sha256sum "$downloaded" | cut -d' ' -f1)"
  if [[ "$actual_sha" != "$expected_sha" ]]; then
    echo "fetch-deb: $spec has SHA-256 $actual_sha, expected $expected_sha; refusing it" >&2
    exit 1
  fi
  mkdir -p "$cache"
  mv "$downloaded" "$deb.part" && mv "$deb.part" "$deb"
elif [[ "$(sha256sum "$deb" | cut -d' ' -f1)" != "$expected_sha" ]]; then
  echo "fetch-deb: cached $deb is corrupt (SHA-256 differs); delete it and build again with apt access" >&2
  exit 1
fi
dpkg-deb -x "$deb" "$work/root"
mkdir -p "$out_dir"
for f in "$@"; do
  [[ -f "$work/root/$f" ]] || { echo "fetch-deb: $spec has no file $f" >&2; exit 1; }
  cp "$work/root/$f" "$out_dir/"
done
touch "$stamp"
echo "fetch-deb: $spec -> $out_dir ($# files, sha256 ok)"
