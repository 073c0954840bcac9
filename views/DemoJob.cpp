#include "DemoJob.h"

#include "Database.h"

#include <QThread>

namespace pd::views {

demo::Options DemoJob::firstLookOptions()
{
    demo::Options options;
    options.seed = 1;
    options.partners = 200;
    options.deals = 3000;
    return options;
}

DemoJob::DemoJob(QString path, demo::Options options, QObject *parent)
    : QObject(parent), m_path(std::move(path)), m_options(options)
{}

DemoJob::~DemoJob()
{
    if (m_thread) {
        m_cancel = true;
        m_thread->wait();
        delete m_thread;
    }
}

bool DemoJob::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

void DemoJob::start()
{
    if (m_thread)
        return;
    m_thread = QThread::create([this] {
        auto db = storage::Database::open(m_path);
        if (!db) {
            m_error = db.error().message;
            m_detail = db.error().detail;
            return;
        }
        const Status status = demo::generate(*db.value(), m_options, [this](int done, int total) {
            emit progress(done, total); // queued to the window's thread
            return !m_cancel.load();
        });
        m_ok = bool(status);
        if (!status && !m_cancel) {
            m_error = status.error().message;
            m_detail = status.error().detail;
        }
    });
    m_thread->setObjectName(QStringLiteral("demoData"));
    connect(m_thread, &QThread::finished, this, [this] { emit finished(m_ok, m_cancel && !m_ok, m_error, m_detail); });
    m_thread->start();
}

} // namespace pd::views
