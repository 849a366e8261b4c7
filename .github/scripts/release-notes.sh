#!/usr/bin/env bash
# The notes of one version, from CHANGELOG.md: the lines under "## [VERSION]" (or "## VERSION") up to the next
# "## " heading. Fails when the version has no entry, so no release goes out without notes.
# Usage: release-notes.sh VERSION [CHANGELOG]
set -euo pipefail
version="${1:?usage: release-notes.sh VERSION [CHANGELOG]}"
changelog="${2:-CHANGELOG.md}"
notes="$(awk -v v="$version" '
  /^## / { if (found) exit; h = $0; sub(/^## \[?/, "", h); sub(/[] ].*$/, "", h); if (h == v) { found = 1; next } }
  found { print }
' "$changelog")"
if [ -z "${notes//[[:space:]]/}" ]; then
  echo "release-notes: $changelog has no entry for $version" >&2
  exit 1
fi
printf '%s\n' "$notes"
