#pragma once

#include "reports/ReportData.h"

#include <QCoreApplication>
#include <QString>

class PdfDocument;
class QPagedPaintDevice;

// Writes a Practice Report as an A4 PDF a head of service can take to a board: a title page,
// the seven sections with vector charts and tables, running headers and page numbers. Needs a
// QApplication (QCustomPlot is a widget); the report command creates one offscreen.
class ReportPdfWriter {
    Q_DECLARE_TR_FUNCTIONS(ReportPdfWriter)

public:
    // Returns false with *error set when the file cannot be written.
    static bool write(const ReportData &data, const QString &path, QString *error,
                      int *pageCount = nullptr);

    // Paints the same pages onto a printer (or any paged device).
    static bool print(const ReportData &data, QPagedPaintDevice *device);

    // Fills a document with the report; shared with printing.
    static void compose(const ReportData &data, PdfDocument &document);
};
