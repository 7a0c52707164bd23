#include "reports/PdfDocument.h"

#include <QBuffer>
#include <QPdfWriter>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

// The page-layout engine under the report PDFs: it keeps the tables it is given (what the pages
// print), breaks a long table across pages with "Page n of N" on each, writes whole or not at
// all, and paints onto any paged device.
class tst_PdfDocument : public QObject {
    Q_OBJECT

private slots:
    void keepsTheTablesItIsGivenInOrder();
    void aLongTableBreaksAcrossPages();
    void writesToADeviceAndPaintsOntoAPdfWriter();
    void anUnwritablePathFailsAndLeavesNoFile();

private:
    QTemporaryDir m_dir;
};

namespace {

ReportTable table(int rows, const QString &label) {
    ReportTable t;
    t.header = {QStringLiteral("Measure"), QStringLiteral("Figure")};
    t.widths = {3.0, 1.0};
    for (int r = 0; r < rows; ++r)
        t.rows.append({QStringLiteral("%1 %2").arg(label).arg(r), QString::number(r)});
    return t;
}

QString pdfText(const QString &path) {
    QProcess process;
    process.start(QStringLiteral("pdftotext"),
                  {QStringLiteral("-layout"), path, QStringLiteral("-")});
    process.waitForFinished(60000);
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace

void tst_PdfDocument::keepsTheTablesItIsGivenInOrder() {
    PdfDocument document(QStringLiteral("Header"), QStringLiteral("Footer"));
    QVERIFY(document.tables().isEmpty());
    document.heading(QStringLiteral("One"));
    document.table(table(2, QStringLiteral("first")));
    document.paragraph(QStringLiteral("Between the tables."));
    document.table(table(3, QStringLiteral("second")));
    QCOMPARE(document.tables().size(), 2);
    QCOMPARE(document.tables().at(0), table(2, QStringLiteral("first")));
    QCOMPARE(document.tables().at(1), table(3, QStringLiteral("second")));
}

void tst_PdfDocument::aLongTableBreaksAcrossPages() {
    PdfDocument shortDocument(QStringLiteral("Running header"), QStringLiteral("Footer note"));
    shortDocument.table(table(3, QStringLiteral("row")));
    QBuffer shortBuffer;
    QVERIFY(shortBuffer.open(QIODevice::WriteOnly));
    QVERIFY(shortDocument.write(&shortBuffer));
    QCOMPARE(shortDocument.pageCount(), 1);

    PdfDocument document(QStringLiteral("Running header"), QStringLiteral("Footer note"));
    document.table(table(150, QStringLiteral("row")));
    const QString path = m_dir.filePath(QStringLiteral("long.pdf"));
    QString error;
    QVERIFY2(document.write(path, &error), qPrintable(error));
    const int pages = document.pageCount();
    QVERIFY2(pages > 1, qPrintable(QString::number(pages)));

    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QSKIP("poppler-utils (pdftotext) is not installed");
    const QString text = pdfText(path);
    QVERIFY(text.contains(QStringLiteral("row 0")));
    QVERIFY(text.contains(QStringLiteral("row 149")));
    QVERIFY(text.contains(QStringLiteral("Page %1 of %1").arg(pages)));
    // The header row is repeated on every page the table runs onto.
    QCOMPARE(int(text.count(QStringLiteral("Measure"))), pages);
}

void tst_PdfDocument::writesToADeviceAndPaintsOntoAPdfWriter() {
    PdfDocument document(QStringLiteral("Header"), QStringLiteral("Footer"));
    document.heading(QStringLiteral("A heading"));
    document.keyFigures({{QStringLiteral("Coded sessions"), QStringLiteral("12"), QString()}});
    document.table(table(5, QStringLiteral("row")));

    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    QVERIFY(document.write(&buffer));
    QVERIFY(buffer.data().startsWith("%PDF"));

    QBuffer painted;
    QVERIFY(painted.open(QIODevice::WriteOnly));
    {
        QPdfWriter writer(&painted);
        QVERIFY(document.paint(&writer));
    }
    QVERIFY(painted.data().startsWith("%PDF"));
    QCOMPARE(document.pageCount(), 1);
}

void tst_PdfDocument::anUnwritablePathFailsAndLeavesNoFile() {
    PdfDocument document(QStringLiteral("Header"), QStringLiteral("Footer"));
    document.paragraph(QStringLiteral("Text"));
    const QString path = m_dir.filePath(QStringLiteral("missing-folder/out.pdf"));
    QString error;
    QVERIFY(!document.write(path, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!QFile::exists(path));
}

QTEST_MAIN(tst_PdfDocument)
#include "tst_PdfDocument.moc"
