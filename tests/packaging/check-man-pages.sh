#!/usr/bin/env bash
# Checks the built man pages: groff renders each without a single warning, and every command and
# every long option that the programs' own help prints is in the page.
set -euo pipefail
man_dir=$1 cli=$2 server=$3 gui=$4
command -v groff >/dev/null || { echo "groff is missing: install groff-base (scripts/setup-debian.sh does)" >&2; exit 1; }

fail=0
problem() { echo "FAIL: $*" >&2; fail=1; }

for page in partnerdesk partnerdesk-cli partnerdesk-server; do
    file=$man_dir/$page.1
    if [[ ! -s $file ]]; then
        problem "$file is missing"
        continue
    fi
    warnings=$(groff -k -ww -z -man -Tutf8 "$file" 2>&1) || problem "groff failed on $file"
    [[ -z $warnings ]] || problem "groff warns about $file: $warnings"
done
[[ $fail == 0 ]] || exit 1

# The programs print their help in a throw-away home, in English.
HOME=$(mktemp -d)
export HOME
trap 'rm -rf "$HOME"' EXIT
unset XDG_DATA_HOME XDG_CONFIG_HOME LANGUAGE
export LC_ALL=C.UTF-8 QT_QPA_PLATFORM=offscreen

# A page's text without roff's font switches and escaped hyphens.
text_of() { sed -e 's/\\-/-/g' -e 's/\\f[BIRP]//g' -e 's/\\&//g' "$man_dir/$1.1"; }
long_options() { grep -oE -- '--[a-z][a-z0-9-]*' | sort -u; }

# partnerdesk-cli: every command has its own subsection, and every option any help mentions is there.
cli_page=$(text_of partnerdesk-cli)
commands=$("$cli" --help | awk '/^Commands:/ {s = 1; next} /^$/ {s = 0} s && /^  [a-z]/ {print $1}')
[[ -n $commands ]] || problem "partnerdesk-cli --help lists no commands"
for option in $("$cli" --help | long_options); do
    grep -qF -- "$option" <<<"$cli_page" || problem "partnerdesk-cli.1 lacks the option $option"
done
count=0
for command in $commands; do
    count=$((count + 1))
    grep -qE "^\.SS $command( |$)" <<<"$cli_page" || problem "partnerdesk-cli.1 has no section for the command '$command'"
    [[ $command == help ]] && continue
    for option in $("$cli" "$command" --help | long_options); do
        grep -qF -- "$option" <<<"$cli_page" || problem "partnerdesk-cli.1 lacks '$command $option'"
    done
done

# partnerdesk-server prints its usage (commands and options) on stderr.
server_page=$(text_of partnerdesk-server)
usage=$("$server" --help 2>&1)
while read -r command; do
    [[ -z $command ]] && continue
    count=$((count + 1))
    grep -qF -- "$command" <<<"$server_page" || problem "partnerdesk-server.1 lacks the command '$command'"
done < <(sed -nE 's/^(usage:)? *partnerdesk-server (init|run|user [a-z]+).*/\2/p' <<<"$usage")
for option in $(long_options <<<"$usage"); do
    grep -qF -- "$option" <<<"$server_page" || problem "partnerdesk-server.1 lacks the option $option"
done

# partnerdesk (the desktop app): its command-line options.
gui_page=$(text_of partnerdesk)
for option in $("$gui" --help | long_options); do
    grep -qF -- "$option" <<<"$gui_page" || problem "partnerdesk.1 lacks the option $option"
done

[[ $fail == 0 ]] && echo "ok: 3 man pages render cleanly and cover $count commands"
exit $fail
