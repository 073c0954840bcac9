#!/usr/bin/env bash
# Validates the AppStream metainfo file offline; --strict makes warnings and infos fail too (pedantic hints do not).
set -euo pipefail
metainfo=$1
command -v appstreamcli >/dev/null || { echo "appstreamcli is missing: install appstream (scripts/setup-debian.sh does)" >&2; exit 1; }
appstreamcli validate --no-net --strict --explain "$metainfo"
