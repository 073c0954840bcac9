// A stand-in for Qt's SQLite driver plugin, to drive cmake/QtSqliteDriver.cmake: built once against the
// program's SQLite library and once with a SQLite function of its own (as Qt's binary builds compile one in).
#ifdef PD_FAKE_PRIVATE_SQLITE
extern "C" const char *sqlite3_libversion()
{
    return "private";
}
extern "C" const char *pd_fake_driver_sqlite()
{
    return sqlite3_libversion();
}
#else
#include <sqlite3.h>
extern "C" const char *pd_fake_driver_sqlite()
{
    return sqlite3_libversion();
}
#endif
