#include "CsvStream.h"

#include "CsvFormulaGuard.h"

#include <QCoreApplication>

namespace {

constexpr qint64 ChunkBytes = 256 * 1024;

QString notUtf8() {
    return QStringLiteral("the file is not UTF-8 text; save it as \"CSV UTF-8\"");
}

} // namespace

CsvStream::CsvStream(QIODevice *device)
    : m_device(device) {
    m_current.line = 1;
}

void CsvStream::fail(int line, const QString &reason) {
    if (m_failed)
        return;
    m_failed = true;
    m_errorLine = line;
    m_errorReason = reason;
    m_ready.clear();
    m_readyAt = 0;
    // Text that is not UTF-8 anywhere in the file is the first thing to fix, whatever else is
    // wrong, so the rest is still decoded (and only decoded) to find out.
    while (!m_atEnd && m_errorReason != notUtf8()) {
        const QByteArray bytes = m_device->read(ChunkBytes);
        if (bytes.isEmpty()) {
            m_atEnd = true;
        } else {
            const QString checked = m_decoder(bytes); // decoded only to be checked
            Q_UNUSED(checked);
        }
        if (m_decoder.hasError()) {
            m_errorLine = 0;
            m_errorReason = notUtf8();
        }
    }
}

void CsvStream::endField() {
    m_current.fields.append(m_field);
    m_field.clear();
    m_closedQuote = false;
}

void CsvStream::endRecord() {
    endField();
    // A completely empty line is not a record (e.g. a trailing newline).
    if (!(m_current.fields.size() == 1 && m_current.fields.constFirst().isEmpty()))
        m_ready.append(m_current);
    m_current = Record();
}

void CsvStream::tokenize(const QString &text, bool last) {
    for (qsizetype i = 0; i < text.size() && !m_failed; ++i) {
        const QChar c = text.at(i);
        if (m_inQuotes) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    m_field += QLatin1Char('"');
                    ++i;
                } else {
                    m_inQuotes = false;
                    m_closedQuote = true;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++m_line;
                m_field += c;
            }
            continue;
        }
        const bool endsField =
            c == QLatin1Char(',') || c == QLatin1Char('\n') || c == QLatin1Char('\r');
        if (m_closedQuote && !endsField) {
            fail(m_line, QStringLiteral("text after the closing quote of a field; put the whole "
                                        "field in quotes and double any quote inside it"));
            return;
        }
        if (c == QLatin1Char('"')) {
            if (!m_field.isEmpty()) {
                fail(m_line, QStringLiteral("a quote inside a field that does not start with one; "
                                            "put the whole field in quotes and double the quote"));
                return;
            }
            m_inQuotes = true;
            m_quoteStartLine = m_line;
        } else if (c == QLatin1Char(',')) {
            endField();
        } else if (c == QLatin1Char('\r')) {
            // CRLF: the \n that follows ends the record.
        } else if (c == QLatin1Char('\n')) {
            endRecord();
            ++m_line;
            m_current.line = m_line;
        } else {
            m_field += c;
        }
    }
    if (!last || m_failed)
        return;
    if (m_inQuotes) {
        fail(m_quoteStartLine, QStringLiteral("a quoted field is never closed"));
        return;
    }
    if (!m_field.isEmpty() || m_closedQuote || !m_current.fields.isEmpty())
        endRecord();
}

bool CsvStream::fill() {
    if (m_atEnd || m_failed)
        return false;
    m_ready.clear();
    m_readyAt = 0;
    QByteArray bytes = m_device->read(ChunkBytes);
    if (!m_started) {
        m_started = true;
        if (bytes.startsWith("\xEF\xBB\xBF"))
            bytes.remove(0, 3);
    }
    const bool last = bytes.isEmpty() && m_device->atEnd();
    if (bytes.isEmpty() && !last)
        m_atEnd = true; // a read error: take what was read as the whole file
    const QString decoded = m_decoder(bytes);
    QString text = m_carry + decoded;
    m_carry.clear();
    if (m_decoder.hasError()) {
        m_atEnd = true;
        fail(0, notUtf8());
        return false;
    }
    // Quotes that end the chunk may pair with one that starts the next (a doubled quote, or
    // a closing quote and a doubled one): the whole run waits for the next chunk.
    if (!last) {
        qsizetype run = 0;
        while (run < text.size() && text.at(text.size() - 1 - run) == QLatin1Char('"'))
            ++run;
        m_carry = text.right(run);
        text.chop(run);
    }
    if (last)
        m_atEnd = true;
    tokenize(text, last || m_atEnd);
    return !m_failed;
}

bool CsvStream::next(Record *record) {
    while (m_readyAt >= m_ready.size()) {
        if (!fill())
            return false;
    }
    *record = std::move(m_ready[m_readyAt++]);
    return true;
}

bool CsvStream::readHeader() {
    Record first;
    if (!next(&first)) {
        if (!m_failed)
            fail(0, QStringLiteral("the file is empty: it needs a header line"));
        return false;
    }
    m_header = first.fields;
    for (QString &name : m_header)
        name = name.trimmed();
    for (qsizetype i = 0; i < m_header.size(); ++i) {
        // With two columns of one name, which one a reader takes is a guess.
        if (!m_header.at(i).isEmpty() && m_header.indexOf(m_header.at(i)) < i) {
            const QString name = m_header.at(i);
            m_header.clear();
            fail(1, QStringLiteral("the column \"%1\" appears twice").arg(name));
            return false;
        }
    }
    return true;
}

CsvStream::HeaderCheck CsvStream::checkHeader(const CsvColumns &columns) const {
    HeaderCheck check;
    for (const CsvColumn &column : columns) {
        if (column.required && !m_header.contains(column.name))
            check.problems.append(
                {1, QCoreApplication::translate("CsvReader", "the column \"%1\" is missing")
                        .arg(column.name)});
    }
    const QStringList known = CsvColumn::names(columns);
    for (qsizetype i = 0; i < m_header.size(); ++i) {
        const QString &name = m_header.at(i);
        const qsizetype index = known.indexOf(name);
        if (index >= 0) {
            if (columns.at(index).kind == CsvColumn::Kind::Text)
                check.textColumns.append(i);
            continue;
        }
        // An unknown column is most often a misspelt known one (item_01 for item_1), whose
        // answers would otherwise be dropped without a word.
        check.problems.append(
            {1, name.isEmpty()
                    ? QCoreApplication::translate("CsvReader", "column %1 has no name").arg(i + 1)
                    : QCoreApplication::translate("CsvReader", "unknown column \"%1\"; check its "
                                                               "spelling against the file format")
                          .arg(name)});
    }
    return check;
}

QString CsvStream::checkRecord(Record *record, const QList<qsizetype> &textColumns) const {
    if (record->fields.size() != m_header.size()) {
        // A stray or missing comma shifts every later value into the wrong column.
        return QCoreApplication::translate("CsvReader", "has %1 fields but the header has %2")
            .arg(record->fields.size())
            .arg(m_header.size());
    }
    for (const qsizetype i : textColumns)
        record->fields[i] = CsvFormulaGuard::restore(record->fields.at(i));
    return {};
}
