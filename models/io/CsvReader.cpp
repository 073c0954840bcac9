#include "CsvReader.h"

#include <QDir>
#include <QIODevice>
#include <QStringDecoder>

#include <cstring>

namespace pd::io {
namespace {

constexpr qint64 kChunkBytes = 1 << 20;

// Whether `n` bytes are well-formed UTF-8 (no overlong forms, no surrogates, nothing above U+10FFFF).
bool isValidUtf8(const char *data, qsizetype n)
{
    const auto *s = reinterpret_cast<const unsigned char *>(data);
    qsizetype i = 0;
    while (i < n) {
        const unsigned char c = s[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int extra = 0;
        unsigned char lo = 0x80;
        unsigned char hi = 0xBF;
        if (c >= 0xC2 && c <= 0xDF) {
            extra = 1;
        } else if (c >= 0xE0 && c <= 0xEF) {
            extra = 2;
            if (c == 0xE0)
                lo = 0xA0;
            else if (c == 0xED)
                hi = 0x9F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            extra = 3;
            if (c == 0xF0)
                lo = 0x90;
            else if (c == 0xF4)
                hi = 0x8F;
        } else {
            return false;
        }
        if (n - i <= extra)
            return false;
        if (s[i + 1] < lo || s[i + 1] > hi)
            return false;
        for (int k = 2; k <= extra; ++k) {
            if (s[i + k] < 0x80 || s[i + k] > 0xBF)
                return false;
        }
        i += extra + 1;
    }
    return true;
}

} // namespace

CsvReader::CsvReader(QChar delimiter) : m_delimiter(delimiter)
{}

CsvReader::~CsvReader() = default;

Status CsvReader::open(const QString &path)
{
    m_name = QDir::toNativeSeparators(path);
    m_file = std::make_unique<QFile>(path);
    if (!m_file->open(QIODevice::ReadOnly)) {
        const QString why = m_file->errorString();
        m_file.reset();
        return Error{tr("Could not read %1: %2").arg(m_name, why),
                     tr("Check that the file exists and that you may read it."),
                     {}};
    }
    m_device = m_file.get();
    m_total = m_file->size();
    return start();
}

Status CsvReader::open(QIODevice *device)
{
    if (!device || !device->isReadable())
        return Error{tr("The CSV input is not open for reading."), {}, {}};
    m_name = tr("the input");
    m_device = device;
    m_total = device->isSequential() ? 0 : device->size();
    return start();
}

Status CsvReader::openBytes(QByteArrayView bytes)
{
    m_name = tr("the input");
    m_bytes = bytes;
    m_device = nullptr;
    m_total = bytes.size();
    return start();
}

Status CsvReader::start()
{
    m_buffer.clear();
    m_pos = 0;
    m_eof = false;
    m_line = 1;
    m_consumed = 0;
    m_error = {};
    m_started = true;
    if (!fill()) {
        if (hasError())
            return m_error;
        return {}; // an empty file: no records
    }
    const auto *b = reinterpret_cast<const unsigned char *>(m_buffer.constData());
    const qsizetype n = m_buffer.size();
    if (n >= 2 && ((b[0] == 0xFF && b[1] == 0xFE) || (b[0] == 0xFE && b[1] == 0xFF))) {
        fail(tr("%1 is UTF-16 text; PartnerDesk reads CSV in UTF-8.").arg(m_name),
             tr("Save the file as \"CSV UTF-8\" in Excel, or with the UTF-8 character set in LibreOffice, and "
                "import it again."));
        return m_error;
    }
    if (n >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF) {
        m_bom = true;
        m_pos = 3;
        m_consumed = 3;
    }
    if (m_delimiter.isNull())
        m_delimiter = detectDelimiter();
    m_delim = m_delimiter.toLatin1();
    if (m_delim != ',' && m_delim != ';' && m_delim != '\t')
        return Error{tr("The CSV delimiter must be ',', ';' or a tab."), {}, {}};
    return {};
}

QChar CsvReader::detectDelimiter() const
{
    int commas = 0;
    int semicolons = 0;
    bool quoted = false;
    for (qsizetype i = m_pos; i < m_buffer.size(); ++i) {
        const char c = m_buffer.at(i);
        if (c == '"')
            quoted = !quoted;
        else if (!quoted && (c == '\n' || c == '\r'))
            break;
        else if (!quoted && c == ',')
            ++commas;
        else if (!quoted && c == ';')
            ++semicolons;
    }
    return semicolons > commas ? QLatin1Char(';') : QLatin1Char(',');
}

bool CsvReader::fill()
{
    if (m_pos < m_buffer.size())
        return true;
    if (m_eof)
        return false;
    if (!m_device) {
        // The caller's bytes are one chunk, read without copying.
        if (m_bytes.isEmpty() || !m_buffer.isNull()) {
            m_eof = true;
            m_buffer = QByteArray();
            m_pos = 0;
            return false;
        }
        m_buffer = QByteArray::fromRawData(m_bytes.data(), m_bytes.size());
        m_pos = 0;
        return true;
    }
    m_buffer = m_device->read(kChunkBytes);
    m_pos = 0;
    if (m_buffer.isEmpty()) {
        m_eof = true;
        if (m_device->atEnd() || m_device->isSequential())
            return false;
        return fail(tr("Could not read %1: %2").arg(m_name, m_device->errorString()));
    }
    return true;
}

bool CsvReader::fail(const QString &message, const QString &detail)
{
    if (!hasError())
        m_error = Error{message, detail, {}};
    m_eof = true;
    return false;
}

bool CsvReader::finishField(QByteArray &field, QStringList &fields)
{
    if (!isValidUtf8(field.constData(), field.size()))
        return fail(tr("%1, line %2: the file is not UTF-8 text.").arg(m_name).arg(m_line),
                    tr("Save the file as \"CSV UTF-8\" in Excel, or with the UTF-8 character set in LibreOffice, "
                       "and import it again."));
    if (field.contains('\0'))
        return fail(tr("%1, line %2: the file holds a zero byte; it is not a text file.").arg(m_name).arg(m_line));
    if (field.startsWith("\xEF\xBB\xBF")) {
        // QString::fromUtf8 drops a U+FEFF at the start as a byte order mark. The file's own mark was skipped
        // at byte 0; one at the start of a field (say, inside the first quoted cell) is the field's text.
        QStringDecoder keepFeff(QStringDecoder::Utf8,
                                QStringConverter::Flag::Stateless | QStringConverter::Flag::ConvertInitialBom);
        fields.append(keepFeff.decode(field));
    } else {
        fields.append(QString::fromUtf8(field));
    }
    field.resize(0); // keeps its capacity for the next field
    return true;
}

void CsvReader::skipLfAfterCr(QByteArray *field)
{
    if (field)
        field->append('\r');
    if (m_pos >= m_buffer.size() && !fill())
        return;
    if (m_buffer.at(m_pos) == '\n') {
        ++m_pos;
        ++m_consumed;
        if (field)
            field->append('\n');
    }
}

bool CsvReader::next(CsvRecord &record)
{
    if (!m_started || hasError())
        return false;
    enum class State
    {
        FieldStart,
        Unquoted,
        Quoted,
        QuoteInQuoted
    };
    State state = State::FieldStart;
    // The record's list and the field buffer keep their capacity from one record to the next.
    QStringList &fields = record.fields;
    fields.clear();
    QByteArray &field = m_field;
    field.resize(0);
    bool any = false; // anything of this record read (so a blank line is skipped)
    record.line = m_line;
    qint64 quoteLine = 0;

    while (true) {
        if (m_pos >= m_buffer.size() && !fill()) {
            if (hasError())
                return false;
            if (state == State::Quoted)
                return fail(tr("%1, line %2: a quoted field is never closed.").arg(m_name).arg(quoteLine),
                            tr("Every opening quote needs a closing one; a quote inside a field is written twice "
                               "(\"\")."));
            if (!any)
                return false;
            if (!finishField(field, fields))
                return false;
            return true;
        }
        const char *data = m_buffer.constData();
        const qsizetype size = m_buffer.size();
        if (state == State::Unquoted || state == State::FieldStart) {
            // The common case: ordinary bytes up to the next delimiter, quote or line end, copied at once.
            qsizetype end = m_pos;
            while (end < size) {
                const char c = data[end];
                if (c == m_delim || c == '\n' || c == '\r' || (c == '"' && state == State::FieldStart && end == m_pos))
                    break;
                ++end;
            }
            if (end > m_pos) {
                if (field.size() + (end - m_pos) > kMaxFieldBytes)
                    return fail(tr("%1, line %2: a field is longer than %3 MiB.")
                                    .arg(m_name)
                                    .arg(m_line)
                                    .arg(kMaxFieldBytes / (1024 * 1024)));
                field.append(data + m_pos, end - m_pos);
                m_consumed += end - m_pos;
                m_pos = end;
                state = State::Unquoted;
                any = true;
                continue;
            }
        } else if (state == State::Quoted) {
            qsizetype end = m_pos;
            while (end < size && data[end] != '"' && data[end] != '\n' && data[end] != '\r')
                ++end;
            if (end > m_pos) {
                if (field.size() + (end - m_pos) > kMaxFieldBytes)
                    return fail(tr("%1, line %2: a field is longer than %3 MiB.")
                                    .arg(m_name)
                                    .arg(quoteLine)
                                    .arg(kMaxFieldBytes / (1024 * 1024)));
                field.append(data + m_pos, end - m_pos);
                m_consumed += end - m_pos;
                m_pos = end;
                continue;
            }
        }

        const char c = data[m_pos++];
        ++m_consumed;
        const bool lineEnd = c == '\n' || c == '\r';
        if (lineEnd) {
            ++m_line;
            if (c == '\r')
                skipLfAfterCr(state == State::Quoted ? &field : nullptr); // CRLF is one line end
        }
        switch (state) {
        case State::FieldStart:
        case State::Unquoted:
            if (c == '"') {
                state = State::Quoted;
                quoteLine = m_line;
                any = true;
            } else if (c == m_delim) {
                any = true;
                if (!finishField(field, fields))
                    return false;
                state = State::FieldStart;
            } else if (lineEnd) {
                if (!any) { // a blank line
                    record.line = m_line;
                    continue;
                }
                if (!finishField(field, fields))
                    return false;
                return true;
            }
            break;
        case State::Quoted:
            if (c == '"')
                state = State::QuoteInQuoted;
            else if (c != '\r')
                field.append(c); // a line end inside quotes belongs to the field (a CR was added with its LF)
            break;
        case State::QuoteInQuoted:
            if (c == '"') {
                field.append('"');
                state = State::Quoted;
            } else if (c == m_delim) {
                if (!finishField(field, fields))
                    return false;
                state = State::FieldStart;
            } else if (lineEnd) {
                if (!finishField(field, fields))
                    return false;
                return true;
            } else {
                return fail(tr("%1, line %2: a quoted field is followed by '%3' before the next delimiter.")
                                .arg(m_name)
                                .arg(m_line)
                                .arg(QString::fromLatin1(&c, 1)),
                            tr("A quote inside a quoted field is written twice (\"\")."));
            }
            break;
        }
    }
}

Result<QList<CsvRecord>> CsvReader::readAll(QByteArrayView bytes, QChar delimiter)
{
    CsvReader reader(delimiter);
    if (Status s = reader.openBytes(bytes); !s)
        return s.error();
    QList<CsvRecord> records;
    CsvRecord record;
    while (reader.next(record))
        records.append(record);
    if (reader.hasError())
        return reader.error();
    return records;
}

} // namespace pd::io
