#include "Settings.h"

#include "ColumnFiller.h"
#include "WindowFit.h"

#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QMainWindow>
#include <QSettings>
#include <QSplitter>

namespace pd::views {
namespace {

struct KeyInfo
{
    QLatin1String name;
    QVariant defaultValue;
};

KeyInfo info(Settings::Key key)
{
    switch (key) {
    case Settings::Key::RecentDatabases:
        return {QLatin1String("database/recent"), QStringList()};
    case Settings::Key::LastDatabase:
        return {QLatin1String("database/last"), QString()};
    case Settings::Key::CurrentPage:
        return {QLatin1String("ui/currentPage"), 1};
    case Settings::Key::WindowGeometry:
        return {QLatin1String("geometry"), QByteArray()};
    case Settings::Key::WindowState:
        return {QLatin1String("state"), QByteArray()};
    case Settings::Key::SplitterState:
        return {QLatin1String("splitter"), QByteArray()};
    case Settings::Key::HeaderState:
        return {QLatin1String("header"), QByteArray()};
    case Settings::Key::Language:
        return {QLatin1String("ui/language"), QString()};
    case Settings::Key::Theme:
        return {QLatin1String("ui/theme"), QStringLiteral("system")};
    }
    return {QLatin1String("unknown"), {}};
}

QString fullName(Settings::Key key, const QString &scope)
{
    const KeyInfo i = info(key);
    if (scope.isEmpty())
        return i.name;
    return QStringLiteral("layout/") + scope + QLatin1Char('/') + i.name;
}

} // namespace

QVariant Settings::value(Key key, const QString &scope)
{
    return QSettings().value(fullName(key, scope), info(key).defaultValue);
}

void Settings::setValue(Key key, const QVariant &value, const QString &scope)
{
    QSettings().setValue(fullName(key, scope), value);
}

QStringList Settings::recentDatabases()
{
    return value(Key::RecentDatabases).toStringList();
}

void Settings::addRecentDatabase(const QString &path)
{
    const QString clean = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    QStringList recent = recentDatabases();
    recent.removeAll(clean);
    recent.prepend(clean);
    while (recent.size() > kMaxRecent)
        recent.removeLast();
    setValue(Key::RecentDatabases, recent);
}

void Settings::removeRecentDatabase(const QString &path)
{
    QStringList recent = recentDatabases();
    recent.removeAll(path);
    setValue(Key::RecentDatabases, recent);
}

void Settings::saveWindow(const QMainWindow *window)
{
    setValue(Key::WindowGeometry, window->saveGeometry(), window->objectName());
    setValue(Key::WindowState, window->saveState(), window->objectName());
}

void Settings::restoreWindow(QMainWindow *window)
{
    const QByteArray geometry = value(Key::WindowGeometry, window->objectName()).toByteArray();
    if (!geometry.isEmpty() && window->restoreGeometry(geometry))
        keepOnScreen(window); // saved on a larger screen, or with a larger minimum size
    const QByteArray state = value(Key::WindowState, window->objectName()).toByteArray();
    if (!state.isEmpty())
        window->restoreState(state);
}

void Settings::saveSplitter(const QSplitter *splitter)
{
    setValue(Key::SplitterState, splitter->saveState(), splitter->objectName());
}

bool Settings::restoreSplitter(QSplitter *splitter)
{
    const QByteArray state = value(Key::SplitterState, splitter->objectName()).toByteArray();
    return !state.isEmpty() && splitter->restoreState(state);
}

void Settings::saveHeader(const QHeaderView *header, const QString &viewName)
{
    setValue(Key::HeaderState, ColumnFiller::saveState(header), viewName);
}

bool Settings::restoreHeader(QHeaderView *header, const QString &viewName)
{
    const QByteArray state = value(Key::HeaderState, viewName).toByteArray();
    return !state.isEmpty() && header->restoreState(state);
}

} // namespace pd::views
