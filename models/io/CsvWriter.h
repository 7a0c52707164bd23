#pragma once

#include <QIODevice>
#include <QString>
#include <QStringList>

// Writes RFC 4180 CSV in UTF-8 with LF line ends, quoting only the fields that need it.
class CsvWriter {
public:
    explicit CsvWriter(QIODevice *device);

    void writeRow(const QStringList &fields);
    static QString escape(const QString &field);
    // False once any write has failed (e.g. a full disk); callers must check before success.
    bool ok() const { return m_ok; }

private:
    QIODevice *m_device;
    bool m_ok = true;
};
