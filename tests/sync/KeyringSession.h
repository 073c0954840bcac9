#pragma once

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

class QTemporaryDir;

// The keychain tests' sessions: the test re-run inside keyring-fixture.sh (a private D-Bus with an
// unlocked gnome-keyring), and a child's environment with no D-Bus at all in a fresh HOME and XDG
// directories, where afterwards nothing may have been written.
class KeyringSession final
{
public:
    // For main(): on Linux, outside the fixture (PD_KEYRING_FIXTURE unset), runs this program again
    // through `fixtureScript` with `arguments` and returns its exit code; -1 when this already is the
    // run inside it (or there is no fixture), and the test goes on.
    static int rerunInsideFixture(const QString &fixtureScript, const QStringList &arguments);
    // The system environment without DBUS_SESSION_BUS_ADDRESS, DISPLAY, WAYLAND_DISPLAY,
    // GNOME_KEYRING_CONTROL and PD_KEYRING_FIXTURE; HOME and XDG_{RUNTIME,DATA,CONFIG,CACHE}_HOME in
    // `dir` (made here; the runtime directory private). False in `ok` when a directory could not be made.
    static QProcessEnvironment withoutKeychain(const QTemporaryDir &dir, bool &ok);
    // Every file below `dir`, hidden ones too.
    static QStringList filesBelow(const QString &dir);
};
