#pragma once

#include <QHash>
#include <QList>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QXmlStreamReader>

#include <functional>

// Reads an .xlsx back as a person's spreadsheet program would see it, for tests: each sheet's
// cells with their text, whether Excel holds them as numbers, their number format, and whether a
// note (comment) is on them. The parts are taken out with `unzip -p` and parsed here, so the
// test does not trust the library that wrote the file.
class XlsxReadBack {
public:
    struct Cell {
        QString text; // a number as stored ("2.5"), or the string itself
        bool isNumber = false;
        QString numberFormat; // "0.00", "0.0%", … ("General" when none)
        bool hasNote = false;
    };
    using Row = QList<Cell>;

    explicit XlsxReadBack(const QString &path)
        : m_path(path) {
        readSharedStrings();
        readFormats();
        QXmlStreamReader book(part(QStringLiteral("xl/workbook.xml")));
        while (!book.atEnd()) {
            book.readNext();
            if (book.isStartElement() && book.name() == QLatin1String("sheet"))
                m_sheetNames.append(book.attributes().value(QLatin1String("name")).toString());
        }
    }

    QStringList sheetNames() const { return m_sheetNames; }

    // The rows of the sheet with this name, from the first row down; an empty cell is empty.
    QList<Row> sheet(const QString &name) const {
        const qsizetype index = m_sheetNames.indexOf(name);
        if (index < 0)
            return {};
        // libxlsxwriter numbers the parts in the order of the sheets.
        const QString number = QString::number(index + 1);
        const QStringList notes = noteRefs(number);
        QList<Row> rows;
        QXmlStreamReader xml(part(QStringLiteral("xl/worksheets/sheet%1.xml").arg(number)));
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement() || xml.name() != QLatin1String("c"))
                continue;
            const QString ref = xml.attributes().value(QLatin1String("r")).toString();
            const QString type = xml.attributes().value(QLatin1String("t")).toString();
            const int style = xml.attributes().value(QLatin1String("s")).toInt();
            int column = 0;
            int letters = 0;
            while (letters < ref.size() && ref.at(letters).isLetter())
                column = column * 26 + (ref.at(letters++).unicode() - 'A' + 1);
            const int row = ref.mid(letters).toInt();
            Cell cell;
            cell.hasNote = notes.contains(ref);
            cell.numberFormat = m_formats.value(style, QStringLiteral("General"));
            while (xml.readNextStartElement()) {
                if (xml.name() == QLatin1String("v")) {
                    const QString value = xml.readElementText();
                    cell.isNumber = type.isEmpty() || type == QLatin1String("n");
                    cell.text = type == QLatin1String("s") ? m_strings.value(value.toInt()) : value;
                } else {
                    xml.skipCurrentElement();
                }
            }
            while (rows.size() < row)
                rows.append(Row());
            Row &cells = rows[row - 1];
            while (cells.size() < column)
                cells.append(Cell());
            cells[column - 1] = cell;
        }
        return rows;
    }

    // Where a report's workbook differs from its CSV rows, or empty when every row is on the
    // sheet of its section, in order, under the CSV's own column names (without scope, period
    // and section), with every number of the CSV stored as the same number. A withheld value is
    // text in the workbook and blank in the CSV, so only its not being a number is checked.
    QString differenceFromReportCsv(const QStringList &header, const QList<QStringList> &rows,
                                    const std::function<QString(const QString &)> &sheetOf) const {
        const QStringList numeric = {QStringLiteral("n"), QStringLiteral("value"),
                                     QStringLiteral("ci_lower"), QStringLiteral("ci_upper")};
        const int firstShown = 3; // scope, period and section come first
        const int section = int(header.indexOf(QStringLiteral("section")));
        QHash<QString, QList<Row>> sheets;
        QHash<QString, int> rowInSheet;
        for (const QStringList &csv : rows) {
            const QString name = sheetOf(csv.at(section));
            if (!sheets.contains(name))
                sheets.insert(name, sheet(name));
            const QList<Row> &cells = sheets[name];
            const int row = ++rowInSheet[name];
            if (row >= cells.size())
                return QStringLiteral("sheet %1 has no row %2").arg(name).arg(row + 1);
            for (int c = firstShown; c < header.size(); ++c) {
                const QString where = QStringLiteral("%1!%2 (%3, %4)")
                                          .arg(name)
                                          .arg(row + 1)
                                          .arg(header.at(c), csv.join(u','));
                if (cells.at(0).value(c - firstShown).text != header.at(c))
                    return where + QStringLiteral(": heading ") +
                           cells.at(0).value(c - firstShown).text;
                const Cell cell = cells.at(row).value(c - firstShown);
                const QString &expected = csv.at(c);
                if (numeric.contains(header.at(c)) && !expected.isEmpty()) {
                    if (!cell.isNumber || cell.text.toDouble() != expected.toDouble())
                        return where + QStringLiteral(": ") + cell.text;
                } else if (numeric.contains(header.at(c))) {
                    if (cell.isNumber)
                        return where + QStringLiteral(": a number where the CSV has none");
                } else if (cell.text != expected) {
                    return where + QStringLiteral(": ") + cell.text;
                }
            }
        }
        return {};
    }

    QByteArray part(const QString &name) const {
        QProcess unzip;
        unzip.start(QStringLiteral("unzip"), {QStringLiteral("-p"), m_path, name});
        unzip.waitForFinished(60000);
        return unzip.readAllStandardOutput();
    }

private:
    void readSharedStrings() {
        QXmlStreamReader xml(part(QStringLiteral("xl/sharedStrings.xml")));
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == QLatin1String("si")) {
                QString text;
                while (!(xml.isEndElement() && xml.name() == QLatin1String("si")) && !xml.atEnd()) {
                    xml.readNext();
                    if (xml.isStartElement() && xml.name() == QLatin1String("t"))
                        text += xml.readElementText();
                }
                m_strings.append(text);
            }
        }
    }

    void readFormats() {
        QHash<int, QString> codes = {{0, QStringLiteral("General")},
                                     {1, QStringLiteral("0")},
                                     {2, QStringLiteral("0.00")},
                                     {9, QStringLiteral("0%")},
                                     {10, QStringLiteral("0.00%")}};
        QXmlStreamReader xml(part(QStringLiteral("xl/styles.xml")));
        bool inCellXfs = false;
        int xf = 0;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == QLatin1String("numFmt")) {
                codes.insert(xml.attributes().value(QLatin1String("numFmtId")).toInt(),
                             xml.attributes().value(QLatin1String("formatCode")).toString());
            } else if (xml.isStartElement() && xml.name() == QLatin1String("cellXfs")) {
                inCellXfs = true;
            } else if (xml.isEndElement() && xml.name() == QLatin1String("cellXfs")) {
                inCellXfs = false;
            } else if (inCellXfs && xml.isStartElement() && xml.name() == QLatin1String("xf")) {
                m_formats.insert(
                    xf++, codes.value(xml.attributes().value(QLatin1String("numFmtId")).toInt(),
                                      QStringLiteral("General")));
            }
        }
    }

    // The cells of sheet `number` that carry a note. libxlsxwriter numbers the comment parts
    // in the order of the sheets that have notes, so follow the sheet's relationships.
    QStringList noteRefs(const QString &number) const {
        QString target;
        QXmlStreamReader rels(
            part(QStringLiteral("xl/worksheets/_rels/sheet%1.xml.rels").arg(number)));
        while (!rels.atEnd()) {
            rels.readNext();
            if (rels.isStartElement() && rels.name() == QLatin1String("Relationship") &&
                rels.attributes().value(QLatin1String("Type")).endsWith(QLatin1String("/comments")))
                target = rels.attributes().value(QLatin1String("Target")).toString();
        }
        if (target.isEmpty())
            return {};
        QStringList refs;
        // The target is relative to the sheet's folder: "../comments1.xml".
        QXmlStreamReader xml(part(QStringLiteral("xl/") + target.section(u'/', -1)));
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == QLatin1String("comment"))
                refs.append(xml.attributes().value(QLatin1String("ref")).toString());
        }
        return refs;
    }

    QString m_path;
    QStringList m_strings;
    QHash<int, QString> m_formats;
    QStringList m_sheetNames;
};
