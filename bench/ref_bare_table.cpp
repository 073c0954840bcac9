// The reference for bench_startup: the least a Qt program can do to show the same data, a bare window
// with a QTableView over the first page (200 rows, newest first) of the deals of the same database. It
// answers the same PARTNERDESK_PROBE requests as partnerdesk (first-paint; scroll-deals scrolls its table,
// which holds only that page, and reports the peak resident memory).
//
// Usage: ref_bare_table DATABASE

#include <QApplication>
#include <QHeaderView>
#include <QScrollBar>
#include <QSqlDatabase>
#include <QSqlQueryModel>
#include <QTableView>
#include <QTimer>

#include <cstdio>

#include "ProcessUsage.h"

namespace {

using pd::app::cpuMs;
using pd::app::peakResidentKb;

class FirstPaint final : public QObject
{
public:
    FirstPaint(QTableView *table, bool scroll) : QObject(table), m_table(table), m_scroll(scroll) {}

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_seen && watched == m_table->viewport()) {
            m_seen = true;
            QTimer::singleShot(0, m_table, [this] { finish(); });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    void finish()
    {
        std::printf("probe first-paint\nprobe cpu-ms %.1f\n", cpuMs());
        if (m_scroll) {
            QScrollBar *bar = m_table->verticalScrollBar();
            for (int i = 0; i <= 400; ++i) {
                bar->setValue(static_cast<int>(static_cast<long long>(bar->maximum()) * i / 400));
                m_table->viewport()->repaint();
                QCoreApplication::processEvents();
            }
            std::printf("probe peak-rss-kb %lld\n", peakResidentKb());
        }
        std::fflush(stdout);
        QCoreApplication::exit(0);
    }

    QTableView *m_table;
    bool m_scroll;
    bool m_seen = false;
};

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: ref_bare_table DATABASE\n");
        return 2;
    }
    auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"));
    db.setDatabaseName(QString::fromLocal8Bit(argv[1]));
    db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    if (!db.open()) {
        std::fprintf(stderr, "cannot open %s\n", argv[1]);
        return 1;
    }
    QSqlQueryModel model;
    model.setQuery(QStringLiteral("SELECT customer_name, customer_inn, partner_name, amount_minor, state, "
                                  "protection_ends_at, expected_year, filed_at FROM deals "
                                  "ORDER BY filed_at DESC LIMIT 200"),
                   db);
    QTableView table;
    table.setModel(&model);
    table.verticalHeader()->hide();
    table.resize(1400, 900);
    const QByteArray mode = qgetenv("PARTNERDESK_PROBE");
    if (mode == "first-paint" || mode == "scroll-deals")
        app.installEventFilter(new FirstPaint(&table, mode == "scroll-deals"));
    table.show();
    return QApplication::exec();
}
