#pragma once

#include "reports/ReportTables.h"

#include <QColor>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <vector>

class QCustomPlot;
class QIODevice;
class QPagedPaintDevice;
class QPainter;
class QRectF;

// A small A4 page-layout engine for the report PDFs: blocks (headings, paragraphs, key-figure
// tiles, tables, charts) are laid out top to bottom and broken across pages; tables break
// between rows and repeat their header. Every page but the title page has a running header,
// and every page a footer with "Page n of N". Charts are QCustomPlots drawn with toPainter,
// so they stay vector graphics.
class PdfDocument {
public:
    struct KeyFigure {
        QString label;
        QString value;
        QString note;
    };

    // The same table the screen shows (ReportTables), so both print the same cells.
    using Table = ReportTable;

    using ChartSetup = std::function<void(QCustomPlot *)>;

    explicit PdfDocument(const QString &runningHeader, const QString &footerNote);
    ~PdfDocument();

    void titlePage(const QString &title, const QStringList &lines, const QString &note);
    void heading(const QString &text);
    void subheading(const QString &text);
    void paragraph(const QString &text);
    void smallPrint(const QString &text);
    void keyFigures(const QList<KeyFigure> &figures);
    void table(const Table &table);
    // A chart heightMm tall across the text width, drawn at about 96 px per inch.
    void chart(const ChartSetup &setup, double heightMm);
    void pageBreak();

    // Lays out and writes the PDF whole or not at all (see OutputFile); false with *error set
    // when the file cannot be written, the previous file then being untouched.
    bool write(const QString &path, QString *error);
    // Lays out and writes the PDF to an open device; the device reports any write error.
    bool write(QIODevice *device);
    // Lays out and paints onto a PDF writer or a printer (at 96 dpi); false when it fails.
    bool paint(QPagedPaintDevice *device);
    int pageCount() const { return m_pageCount; }
    // Every table given to the document, in order: what the pages will print.
    const QList<Table> &tables() const { return m_tables; }

    // The content blocks are defined in the .cpp; public so the block classes can derive.
    struct Block;

private:
    struct Placed;

    void layout(std::vector<Placed> &placed);

    QString m_header;
    QString m_footerNote;
    std::vector<std::unique_ptr<Block>> m_blocks;
    QList<Table> m_tables;
    int m_pageCount = 0;
};
