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
deployed=(Qt6Core.dll Qt6Gui.dll Qt6Widgets.dll Qt6Sql.dll Qt6Network.dll Qt6PrintSupport.dll sqlite3.dll
    libqt6keychain.dll libQCustomPlotQt6.dll libstdc++-6.dll libgcc_s_seh-1.dll libwinpthread-1.dll
    platforms/qwindows.dll styles/qwindowsvistastyle.dll sqldrivers/qsqlite.dll tls/qschannelbackend.dll
    imageformats/qico.dll translations/qtbase_ru.qm)
# Qt SVG's plugins come with its DLL, where the Qt used has the module (docs/building.md).
[[ -f $install_dir/bin/Qt6Svg.dll ]] && deployed+=(imageformats/qsvg.dll iconengines/qsvgicon.dll)
for f in "${deployed[@]}"; do
    check "bin/$f deployed" "[[ -f \"\$install_dir/bin/$f\" ]]"
done
lnk=$(find "$drive_c" -iname 'PartnerDesk*.lnk' -path '*Start Menu*' | head -n1)
check "Start-menu entry (${lnk#$drive_c/})" '[[ -n $lnk ]]'
check "uninstaller" '[[ -f $install_dir/Uninstall.exe ]]'
key='HKLM\Software\Microsoft\Windows\CurrentVersion\Uninstall\PartnerDesk'
check "an entry in Programs and Features" 'wine reg query "$key" >/dev/null 2>&1'
say "Installed size: $(du -sh "$install_dir" | cut -f1)"

cli() { wine "C:\\Program Files\\PartnerDesk\\bin\\partnerdesk-cli.exe" "$@"; }
db='C:\users\Мария\AppData\Local\PartnerDesk\demo.db'
say "Demo database with the installed partnerdesk-cli.exe"
cli --db "$db" demo --partners 300 --deals 3000 >/dev/null || die "partnerdesk-cli.exe demo failed"
check "demo database under %LOCALAPPDATA%\\PartnerDesk" '[[ -f $data_dir/demo.db ]]'
out=$(cli --db "$db" check 2>&1) && rc=0 || rc=$?
say "$(printf '%s\n' "$out" | sed 's/^/    /')"
check "partnerdesk-cli.exe check exits 0" '[[ $rc -eq 0 ]]'

# Wine takes Windows' language from the Unix locale, which must exist for that.
for locale in ru_RU en_US; do
    locale -a | grep -qix "$locale.utf8" || as_root localedef -i "$locale" -f UTF-8 "$locale.UTF-8"
done
shots=$PD_ROOT/docs/screenshots
for lang in ru en; do
    case $lang in ru) locale=ru_RU.UTF-8 ;; en) locale=en_US.UTF-8 ;; esac
    say "Starting the installed partnerdesk.exe ($lang, 1366x768)"
    rm -f "$shots/windows-$lang.png"
    # A change of language makes Wine bring the prefix up to date first; let it, before the clock starts.
    LANG=$locale LC_ALL=$locale wine cmd /c exit >/dev/null 2>&1 || true
    wineserver -w
    # The screenshot is taken once the main window is up (a fresh prefix's first start takes a while).
    LANG=$locale LC_ALL=$locale xvfb-run -a -s "-screen 0 1366x768x24" bash -c "
        wine 'C:\\Program Files\\PartnerDesk\\bin\\partnerdesk.exe' --db '$db' --page partners >/dev/null 2>&1 &
        for i in \$(seq 120); do xdotool search --onlyvisible --class 'partnerdesk.exe' >/dev/null 2>&1 && break; sleep 1; done
        sleep 8
        xdotool search --onlyvisible --class 'partnerdesk.exe' >/dev/null 2>&1 && import -window root '$shots/windows-$lang.png'
        wineserver -k" || true
    check "the main window shown, screenshot windows-$lang.png" "[[ -s '$shots/windows-$lang.png' ]]"
done

say "Uninstalling silently"
# NSIS's uninstaller hands over to a copy of itself in %TEMP% and returns: what it did is checked below.
wine "C:\\Program Files\\PartnerDesk\\Uninstall.exe" /S >/dev/null 2>&1 || true
sleep 2; wineserver -w
check "the Programs and Features entry is gone" '! wine reg query "$key" >/dev/null 2>&1' 
left=$( { find "$install_dir" -type f 2>/dev/null || true; } | wc -l)
check "the program folder is gone (files left: $left)" '[[ $left -eq 0 ]]'
lnk_left=$(find "$drive_c" -iname 'PartnerDesk*.lnk' | wc -l)
check "no shortcut left ($lnk_left)" '[[ $lnk_left -eq 0 ]]'
check "the user's data remains" '[[ -f $data_dir/demo.db ]]'
[[ $failed == 0 ]] || die "the installer check failed (above)"
say "Installer check passed"
