#pragma once

#include <QStringList>
#include <QVariant>

class QHeaderView;
class QSplitter;
class QWidget;
class QMainWindow;

namespace pd::views {

// The app's settings: one enum of keys with their defaults, so no string key is spelt twice.
// Layout keys are scoped by the objectName of the widget they belong to.
class Settings final
{
public:
    enum class Key
    {
        RecentDatabases, // QStringList, newest first
        LastDatabase,    // QString: reopened at the next start
        CurrentPage,     // int: the page shown last
        WindowGeometry,  // QByteArray, scoped by the window's objectName
        WindowState,     // QByteArray, scoped by the window's objectName
        SplitterState,   // QByteArray, scoped by the splitter's objectName
        HeaderState,     // QByteArray, scoped by the view's objectName
        Language,        // QString: "" follows the system, else "en" or "ru" (views/Language)
        Theme,           // QString: "system" (default), "light" or "dark" (views/Appearance)
    };

    static QVariant value(Key key, const QString &scope = {});
    static void setValue(Key key, const QVariant &value, const QString &scope = {});

    static QStringList recentDatabases();
    static void addRecentDatabase(const QString &path);
    static void removeRecentDatabase(const QString &path);
    static constexpr int kMaxRecent = 8;

    static void saveWindow(const QMainWindow *window);
    static void restoreWindow(QMainWindow *window);
    static void saveSplitter(const QSplitter *splitter);
    static bool restoreSplitter(QSplitter *splitter);
    // The header is saved under the objectName of the view that owns it.
    static void saveHeader(const QHeaderView *header, const QString &viewName);
    static bool restoreHeader(QHeaderView *header, const QString &viewName);
};

} // namespace pd::views
