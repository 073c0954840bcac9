#!/usr/bin/env bash
# The Windows installer as a user meets it, under Wine: usage installer-check.sh PartnerDesk-<version>-win64.exe
#   - installs it silently into a fresh Wine prefix whose user is Мария;
#   - checks the programs, Qt's DLLs and plugins, the Start-menu entry and the uninstaller are in place;
#   - makes a demo database with the installed partnerdesk-cli.exe under %LOCALAPPDATA%\PartnerDesk, starts the
#     installed partnerdesk.exe on it under Xvfb (1366x768) in Russian and in English and saves screenshots as
#     docs/screenshots/windows-{ru,en}.png;
#   - runs the installed partnerdesk-cli.exe check;
#   - uninstalls silently and checks that only the user's data remains.
set -euo pipefail
source "$(dirname "$0")/common.sh"

installer=$(realpath "${1:?usage: installer-check.sh INSTALLER.exe}")
export WINEPREFIX=$PD_WIN_CACHE/wine-install
export USER=Мария LOGNAME=Мария
pd_wine_env
rm -rf "$WINEPREFIX"
wine wineboot --init >/dev/null 2>&1 || die "wineboot --init failed in $WINEPREFIX"
wineserver -w
(wineserver -p </dev/null >/dev/null 2>&1 &)
trap 'wineserver -k 2>/dev/null || true' EXIT

drive_c=$WINEPREFIX/drive_c
install_dir="$drive_c/Program Files/PartnerDesk"
home_dir="$drive_c/users/Мария"
data_dir="$home_dir/AppData/Local/PartnerDesk"
check() { if eval "$2"; then say "  ok: $1"; else say "  FAILED: $1"; failed=1; fi; }
failed=0

say "Installing $(basename "$installer") silently"
wine "$installer" /S >/dev/null 2>&1 || die "the installer exited with an error"
wineserver -w
check "partnerdesk.exe installed" '[[ -f $install_dir/bin/partnerdesk.exe ]]'
check "partnerdesk-cli.exe installed" '[[ -f $install_dir/bin/partnerdesk-cli.exe ]]'
for f in Qt6Core.dll Qt6Gui.dll Qt6Widgets.dll Qt6Sql.dll Qt6Network.dll Qt6Svg.dll sqlite3.dll \
         platforms/qwindows.dll styles/qwindowsvistastyle.dll sqldrivers/qsqlite.dll tls/qschannelbackend.dll \
         imageformats/qsvg.dll iconengines/qsvgicon.dll translations/qtbase_ru.qm; do
    check "bin/$f deployed" "[[ -f \"\$install_dir/bin/$f\" ]]"
done
lnk=$(find "$drive_c" -iname 'PartnerDesk*.lnk' -path '*Start Menu*' | head -n1)
check "Start-menu entry (${lnk#$drive_c/})" '[[ -n $lnk ]]'
check "uninstaller" '[[ -f $install_dir/Uninstall.exe ]]'
say "Installed size: $(du -sh "$install_dir" | cut -f1)"

cli() { wine "C:\\Program Files\\PartnerDesk\\bin\\partnerdesk-cli.exe" "$@"; }
db='C:\users\Мария\AppData\Local\PartnerDesk\demo.db'
say "Demo database with the installed partnerdesk-cli.exe"
cli --db "$db" demo --partners 300 --deals 3000 >/dev/null || die "partnerdesk-cli.exe demo failed"
check "demo database under %LOCALAPPDATA%\\PartnerDesk" '[[ -f $data_dir/demo.db ]]'
out=$(cli --db "$db" check 2>&1) && rc=0 || rc=$?
say "$(printf '%s\n' "$out" | sed 's/^/    /')"
check "partnerdesk-cli.exe check exits 0" '[[ $rc -eq 0 ]]'

shots=$PD_ROOT/docs/screenshots
for lang in ru en; do
    case $lang in ru) locale=ru_RU.UTF-8 ;; en) locale=en_US.UTF-8 ;; esac
    say "Starting the installed partnerdesk.exe ($lang, 1366x768)"
    LANG=$locale LC_ALL=$locale xvfb-run -a -s "-screen 0 1366x768x24" bash -c "
        wine 'C:\\Program Files\\PartnerDesk\\bin\\partnerdesk.exe' --db '$db' --page partners >/dev/null 2>&1 &
        sleep 25
        import -window root '$shots/windows-$lang.png'
        wineserver -k" || true
    check "screenshot windows-$lang.png" "[[ -s '$shots/windows-$lang.png' ]]"
done

say "Uninstalling silently"
wine "C:\\Program Files\\PartnerDesk\\Uninstall.exe" /S >/dev/null 2>&1 || die "the uninstaller exited with an error"
sleep 2; wineserver -w
left=$(find "$install_dir" -type f 2>/dev/null | wc -l)
check "the program folder is gone (files left: $left)" '[[ $left -eq 0 ]]'
lnk_left=$(find "$drive_c" -iname 'PartnerDesk*.lnk' | wc -l)
check "no shortcut left ($lnk_left)" '[[ $lnk_left -eq 0 ]]'
check "the user's data remains" '[[ -f $data_dir/demo.db ]]'
[[ $failed == 0 ]] || die "the installer check failed (above)"
say "Installer check passed"
