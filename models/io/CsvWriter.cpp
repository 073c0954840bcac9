#include "CsvWriter.h"

#include <QDir>
#include <QIODevice>

#include <condition_variable>
#include <cstring>
#include <mutex>
#include <thread>
#include <utility>

namespace pd::io {

// One buffer at a time written to the device on a thread of its own: the caller fills the next buffer while the
// kernel copies this one (a million rows are about 400 MB, and the copy costs as much as making them).
class CsvWriter::DiskThread final
{
public:
    explicit DiskThread(QIODevice *device) : m_device(device), m_thread([this] { run(); }) {}
    ~DiskThread()
    {
        {
            const std::lock_guard lock(m_mutex);
            m_stop = true;
        }
        m_changed.notify_all();
        m_thread.join();
    }
    DiskThread(const DiskThread &) = delete;
    DiskThread &operator=(const DiskThread &) = delete;

    // Hands `bytes` over (they are swapped with the buffer written before, emptied, so both keep their
    // capacity); false when an earlier write failed.
    bool hand(QByteArray &bytes)
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return !m_busy; });
        if (m_failed)
            return false;
        std::swap(m_buffer, bytes);
        bytes.resize(0);
        m_busy = true;
        lock.unlock();
        m_changed.notify_all();
        return true;
    }
    // Waits for the buffer in hand; false when a write failed.
    bool drain()
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return !m_busy; });
        return !m_failed;
    }

private:
    void run()
    {
        std::unique_lock lock(m_mutex);
        while (true) {
            m_changed.wait(lock, [this] { return m_busy || m_stop; });
            if (!m_busy)
                return;
            lock.unlock();
            const bool written = m_device->write(m_buffer) == m_buffer.size();
            lock.lock();
            m_failed = m_failed || !written;
            m_busy = false;
            m_changed.notify_all();
        }
    }

    QIODevice *m_device;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    QByteArray m_buffer;
    bool m_busy = false;
    bool m_failed = false;
    bool m_stop = false;
    std::thread m_thread; // last: started once the members above exist
};

namespace {

// A signed number such as -2730.44 or +5: a spreadsheet reads it as a number, never as a formula, so it keeps
// its sign unescaped (a clawback stays a negative amount that sums). Anything else after the sign (-2+3,
// -cmd|…) is neutralised.
template <typename Char>
bool isSignedNumber(const Char *text, qsizetype size)
{
    if (size < 2 || (text[0] != '-' && text[0] != '+'))
        return false;
    qsizetype i = 1;
    const auto digit = [&](qsizetype at) {
        return at < size && text[at] >= '0' && text[at] <= '9';
    };
    if (!digit(i))
        return false;
    while (digit(i))
        ++i;
    if (i < size && (text[i] == '.' || text[i] == ',')) {
        if (!digit(++i))
            return false;
        while (digit(i))
            ++i;
    }
    return i == size;
}

bool startsLikeFormula(const QString &cell)
{
    if (cell.isEmpty())
        return false;
    switch (cell.front().unicode()) {
    case u'=':
    case u'@':
    case u'\t':
    case u'\r':
        return true;
    case u'+':
    case u'-':
        return !isSignedNumber(cell.utf16(), cell.size());
    default:
        return false;
    }
}

} // namespace

CsvWriter::CsvWriter(CsvOptions options) : m_options(options)
{}

CsvWriter::~CsvWriter()
{
    cancel();
}

bool CsvWriter::isValidDelimiter(QChar delimiter)
{
    return delimiter == QLatin1Char(',') || delimiter == QLatin1Char(';');
}

QString CsvWriter::encodeCell(const QString &cell, QChar delimiter)
{
    QString text = startsLikeFormula(cell) ? QLatin1Char('\'') + cell : cell;
    // A cell that starts with U+FEFF is quoted: at the start of a file without a byte order mark it would
    // read as one.
    bool quote = text.startsWith(QChar(0xFEFF));
    for (const QChar c : std::as_const(text)) {
        if (c == delimiter || c == QLatin1Char('"') || c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            quote = true;
            break;
        }
    }
    if (!quote)
        return text;
    text.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + text + QLatin1Char('"');
}

Status CsvWriter::open(const QString &path)
{
    cancel();
    if (!isValidDelimiter(m_options.delimiter))
        return Error{tr("The CSV delimiter must be ',' or ';'."), {}, {}};
    m_path = path;
    m_file = std::make_unique<QSaveFile>(path);
    if (!m_file->open(QIODevice::WriteOnly)) {
        const QString why = m_file->errorString();
        m_file.reset();
        return Error{tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), why),
                     tr("Check that the folder exists and that you may write there."),
                     {}};
    }
    m_device = m_file.get();
    m_disk = std::make_unique<DiskThread>(m_device);
    return begin();
}

Status CsvWriter::open(QIODevice *device)
{
    cancel();
    if (!isValidDelimiter(m_options.delimiter))
        return Error{tr("The CSV delimiter must be ',' or ';'."), {}, {}};
    if (!device || !device->isWritable())
        return Error{tr("The CSV output is not open for writing."), {}, {}};
    m_path = tr("the output");
    m_device = device;
    return begin();
}

Status CsvWriter::begin()
{
    m_rows = 0;
    m_failed = false;
    if (m_options.byteOrderMark)
        return write(QByteArrayLiteral("\xEF\xBB\xBF"));
    return {};
}

Status CsvWriter::write(const QByteArray &bytes)
{
    if (!m_device || m_failed)
        return Error{tr("The CSV output is not open."), {}, {}};
    if (Status s = drain(); !s)
        return s;
    if (m_device->write(bytes) != bytes.size()) {
        m_failed = true;
        return Error{tr("Could not write %1: %2").arg(QDir::toNativeSeparators(m_path), m_device->errorString()),
                     tr("Nothing was saved. Check the free space and try again."),
                     {}};
    }
    return {};
}

Status CsvWriter::writeRow(const QStringList &cells)
{
    if (Status s = flushPending(); !s)
        return s;
    m_line.clear();
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i > 0)
            m_line += m_options.delimiter;
        m_line += encodeCell(cells.at(i), m_options.delimiter);
    }
    m_line += QLatin1String("\r\n");
    if (Status s = write(m_line.toUtf8()); !s)
        return s;
    ++m_rows;
    return {};
}

void CsvWriter::addCell(QByteArrayView utf8)
{
    bool formula = false;
    if (!utf8.isEmpty()) {
        switch (utf8.front()) {
        case '=':
        case '@':
        case '\t':
        case '\r':
            formula = true;
            break;
        case '+':
        case '-':
            formula = !isSignedNumber(utf8.data(), utf8.size());
            break;
        default:
            break;
        }
    }
    const char delimiter = char(m_options.delimiter.unicode());
    bool quote = utf8.startsWith(QByteArrayView("\xEF\xBB\xBF")); // U+FEFF: see encodeCell()
    qsizetype quotes = 0;
    for (const char c : utf8) {
        if (c == delimiter || c == '\r' || c == '\n')
            quote = true;
        else if (c == '"')
            ++quotes;
    }
    quote = quote || quotes > 0;
    // Written straight into the pending bytes: delimiter, quotes, apostrophe and the cell, then one memcpy.
    const qsizetype at = m_pending.size();
    m_pending.resize(at + 4 + utf8.size() + quotes);
    char *out = m_pending.data() + at;
    if (m_rowStarted)
        *out++ = delimiter;
    m_rowStarted = true;
    if (quote)
        *out++ = '"';
    if (formula)
        *out++ = '\'';
    if (quotes == 0) {
        if (!utf8.isEmpty())
            std::memcpy(out, utf8.data(), size_t(utf8.size()));
        out += utf8.size();
    } else {
        for (const char c : utf8) {
            if (c == '"')
                *out++ = '"';
            *out++ = c;
        }
    }
    if (quote)
        *out++ = '"';
    m_pending.resize(out - m_pending.constData());
}

Status CsvWriter::endRow()
{
    m_pending += QByteArrayView("\r\n");
    m_rowStarted = false;
    ++m_rows;
    if (m_pending.size() >= (1 << 20)) // large writes: one system call per megabyte
        return flushPending();
    return {};
}

Status CsvWriter::flushPending()
{
    if (m_pending.isEmpty())
        return {};
    if (m_disk && !m_failed) {
        if (m_disk->hand(m_pending))
            return {};
        return drain(); // says what failed
    }
    Status s = write(m_pending);
    m_pending.resize(0); // keeps its capacity for the next rows
    return s;
}

Status CsvWriter::drain()
{
    if (!m_disk || m_disk->drain())
        return {};
    m_failed = true;
    return Error{tr("Could not write %1: %2").arg(QDir::toNativeSeparators(m_path), m_device->errorString()),
                 tr("Nothing was saved. Check the free space and try again."),
                 {}};
}

Status CsvWriter::commit()
{
    if (m_device && !m_failed) {
        Status s = flushPending();
        if (s)
            s = drain();
        if (!s) {
            cancel();
            return s;
        }
    }
    m_disk.reset();
    if (!m_device)
        return Error{tr("The CSV output is not open."), {}, {}};
    if (m_failed) {
        cancel();
        return Error{tr("Could not write %1; nothing was saved.").arg(QDir::toNativeSeparators(m_path)), {}, {}};
    }
    if (m_file) {
        const bool ok = m_file->commit();
        const QString why = m_file->errorString();
        m_file.reset();
        m_device = nullptr;
        if (!ok)
            return Error{tr("Could not save %1: %2").arg(QDir::toNativeSeparators(m_path), why),
                         tr("Nothing was saved. Check the free space and that you may write there."),
                         {}};
        return {};
    }
    // A caller's device: hand everything over now, so that a pipe sees the whole output.
    if (auto *file = qobject_cast<QFileDevice *>(m_device); file && !file->flush()) {
        m_device = nullptr;
        return Error{tr("Could not write %1: %2").arg(m_path, file->errorString()), {}, {}};
    }
    m_device = nullptr;
    return {};
}

void CsvWriter::cancel()
{
    m_disk.reset(); // waits for a write in progress
    m_pending.clear();
    m_rowStarted = false;
    if (m_file)
        m_file->cancelWriting();
    m_file.reset(); // an uncommitted QSaveFile removes its temporary file
    m_device = nullptr;
}

} // namespace pd::io
