#!/usr/bin/env bash
# Installs what is missing, builds PartnerDesk and starts it. Arguments go to partnerdesk
# (for example: ./scripts/run.sh --db ~/partners.db).
set -euo pipefail
cd "$(dirname "$0")/.."

./scripts/setup-debian.sh
cmake --preset dev >/dev/null
cmake --build --preset dev --target partnerdesk partnerdesk-cli

if [[ "$(uname -s)" == "Linux" && -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" && -z "${QT_QPA_PLATFORM:-}" ]]; then
    cat >&2 <<'MSG'
PartnerDesk is built, but there is no display to show its window on (neither DISPLAY nor WAYLAND_DISPLAY is set).
  - On a desktop, run this command from a terminal inside your graphical session.
  - Over SSH, connect with X forwarding:        ssh -X host, then ./scripts/run.sh
  - On a headless machine, use a virtual display: xvfb-run -a -s "-screen 0 1600x1000x24" ./scripts/run.sh
The command-line tool works without a display: build/dev/app/cli/partnerdesk-cli --help
MSG
    exit 1
fi

exec build/dev/app/gui/partnerdesk "$@"
