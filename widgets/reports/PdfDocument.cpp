#include "PdfDocument.h"

#include "io/OutputFile.h"

#include <QFontMetricsF>
#include <QImage>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QPrinter>
#include <qcustomplot.h>

#include <cmath>
#include <numeric>

namespace {

// Everything is laid out at 96 units per inch, the resolution QCustomPlot's pixel sizes and
// Qt's point sizes agree at, so charts and text keep their proportions in the PDF.
constexpr int dpi = 96;
constexpr double mm = dpi / 25.4;
constexpr double pageWidth = 210.0 * mm;
constexpr double pageHeight = 297.0 * mm;
constexpr double marginX = 18.0 * mm;
constexpr double marginTop = 22.0 * mm;
constexpr double marginBottom = 20.0 * mm;
constexpr double textWidth = pageWidth - 2 * marginX;
constexpr double bodyBottom = pageHeight - marginBottom;

const QColor ink(0x1a, 0x1a, 0x1a);
const QColor muted(0x55, 0x55, 0x55);
const QColor accent(0x00, 0x72, 0xB2);
const QColor rule(0xcc, 0xcc, 0xcc);
const QColor tint(0xee, 0xf4, 0xf9);

QFont font(double points, bool bold = false, bool italic = false) {
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPointSizeF(points);
    f.setBold(bold);
    f.setItalic(italic);
    return f;
}

// Text is measured on an image at the layout resolution, so the layout does not depend on the
// screen (or on there being one).
const QPaintDevice *measuringDevice() {
    static QImage image = [] {
        QImage i(1, 1, QImage::Format_ARGB32);
        i.setDotsPerMeterX(int(std::lround(dpi / 0.0254)));
        i.setDotsPerMeterY(int(std::lround(dpi / 0.0254)));
        return i;
    }();
    return &image;
}

double textHeight(const QFont &f, double width, const QString &text) {
    const QFontMetricsF metrics(f, measuringDevice());
    return metrics.boundingRect(QRectF(0, 0, width, 1e6), Qt::TextWordWrap, text).height();
}

} // namespace

// A piece of content that can be measured and split into page-sized fragments.
struct PdfDocument::Block {
    virtual ~Block() = default;
    enum class Kind { Flow, PageBreak, Title };
    virtual Kind kind() const { return Kind::Flow; }
    // Heights of the indivisible parts; a table has one per row.
    virtual QList<double> parts() const = 0;
    // Space kept before the block unless it starts a page.
    virtual double spaceBefore() const { return 3.0 * mm; }
    // Paints parts [first, last) starting at top (a table repeats its header on every page).
    virtual void paint(QCPPainter &painter, double top, int first, int last) const = 0;
    // Height of whatever a table repeats at the top of each page it continues on.
    virtual double repeatHeight() const { return 0.0; }
    // Parts that must stay with the next block (a heading never ends a page).
    virtual bool keepWithNext() const { return false; }
};

struct PdfDocument::Placed {
    int page = 0;
    double top = 0.0;
    const Block *block = nullptr;
    int first = 0;
    int last = 0;
};

namespace {

class TextBlock : public PdfDocument::Block {
public:
    TextBlock(QString text, QFont f, QColor colour, double before, double after, bool keep,
              bool underline = false)
        : m_text(std::move(text))
        , m_font(std::move(f))
        , m_colour(std::move(colour))
        , m_before(before)
        , m_after(after)
        , m_keep(keep)
        , m_underline(underline) {
        m_height = textHeight(m_font, textWidth, m_text) + m_after + (m_underline ? 2 * mm : 0);
    }
    QList<double> parts() const override { return {m_height}; }
    double spaceBefore() const override { return m_before; }
    bool keepWithNext() const override { return m_keep; }
    void paint(QCPPainter &painter, double top, int, int) const override {
        painter.setFont(m_font);
        painter.setPen(m_colour);
        const QRectF box(marginX, top, textWidth, m_height - m_after);
        painter.drawText(box, Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, m_text);
        if (m_underline) {
            painter.setPen(QPen(accent, 1.2));
            const double y = top + m_height - m_after - 1 * mm;
            painter.drawLine(QPointF(marginX, y), QPointF(marginX + textWidth, y));
        }
    }

private:
    QString m_text;
    QFont m_font;
    QColor m_colour;
    double m_before;
    double m_after;
    bool m_keep;
    bool m_underline;
    double m_height = 0.0;
};

// A row of tiles, each with a label, a large value and a note under it. Everything in a tile is
// measured before it is painted: a long name or a date range wraps or takes a smaller size,
// and the tiles grow to fit, so no line is painted over another or cut off.
class KeyFiguresBlock : public PdfDocument::Block {
public:
    explicit KeyFiguresBlock(QList<PdfDocument::KeyFigure> figures)
        : m_figures(std::move(figures)) {
        const int n = std::max<int>(1, int(m_figures.size()));
        m_tileWidth = (textWidth - gap * (n - 1)) / n;
        const double inner = m_tileWidth - 2 * padX;
        double content = 0.0;
        for (const PdfDocument::KeyFigure &figure : m_figures) {
            Tile tile;
            tile.valueFont = valueFont(figure.value, inner);
            tile.label = textHeight(labelFont(), inner, figure.label);
            tile.value = textHeight(tile.valueFont, inner, figure.value);
            tile.note = figure.note.isEmpty() ? 0.0 : textHeight(noteFont(), inner, figure.note);
            content = std::max(content, tile.label + tile.value + tile.note + 2 * spacing);
            m_tiles.append(tile);
        }
        m_height = std::max(27.0 * mm, content + padTop + padBottom);
    }
    QList<double> parts() const override { return {m_height + 3.0 * mm}; }
    void paint(QCPPainter &painter, double top, int, int) const override {
        for (int i = 0; i < m_figures.size(); ++i) {
            const auto &figure = m_figures.at(i);
            const Tile &tile = m_tiles.at(i);
            const QRectF box(marginX + i * (m_tileWidth + gap), top, m_tileWidth, m_height);
            painter.setPen(Qt::NoPen);
            painter.setBrush(tint);
            painter.drawRoundedRect(box, 2 * mm, 2 * mm);
            painter.setBrush(Qt::NoBrush);
            const QRectF inner = box.adjusted(padX, padTop, -padX, -padBottom);
            const int flags = Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap;
            painter.setFont(labelFont());
            painter.setPen(muted);
            painter.drawText(QRectF(inner.topLeft(), QSizeF(inner.width(), tile.label)), flags,
                             figure.label);
            painter.setFont(tile.valueFont);
            painter.setPen(ink);
            painter.drawText(
                QRectF(inner.left(), inner.top() + tile.label + spacing, inner.width(), tile.value),
                flags, figure.value);
            painter.setFont(noteFont());
            painter.setPen(muted);
            painter.drawText(
                QRectF(inner.left(), inner.bottom() - tile.note, inner.width(), tile.note), flags,
                figure.note);
        }
    }

private:
    struct Tile {
        QFont valueFont;
        double label = 0.0;
        double value = 0.0;
        double note = 0.0;
    };
    static constexpr double gap = 3.0 * mm;
    static constexpr double padX = 3.0 * mm;
    static constexpr double padTop = 2.5 * mm;
    static constexpr double padBottom = 2.0 * mm;
    static constexpr double spacing = 1.5 * mm;
    static QFont labelFont() { return font(8); }
    static QFont noteFont() { return font(7); }
    // The largest size at which the value fits on one line; a value too long even at the
    // smallest size wraps at that size.
    static QFont valueFont(const QString &value, double width) {
        for (double points : {17.0, 14.0, 12.0, 11.0, 10.0}) {
            const QFont f = font(points, true);
            if (QFontMetricsF(f, measuringDevice()).horizontalAdvance(value) <= width)
                return f;
        }
        return font(10, true);
    }

    QList<PdfDocument::KeyFigure> m_figures;
    QList<Tile> m_tiles;
    double m_tileWidth = 0.0;
    double m_height = 0.0;
};

class TableBlock : public PdfDocument::Block {
public:
    explicit TableBlock(PdfDocument::Table table)
        : m_table(std::move(table)) {
        double total = 0.0;
        const qsizetype columns = m_table.header.size();
        for (qsizetype c = 0; c < columns; ++c)
            total += m_table.widths.value(c, 1.0);
        for (qsizetype c = 0; c < columns; ++c)
            m_columnWidths.append(textWidth * m_table.widths.value(c, 1.0) / total);
        m_headerHeight = rowHeight(m_table.header, font(8, true));
        // Measured in the font the row is painted in: an emphasised row is bold, and bold text
        // that wraps where the regular would not was cut off.
        for (int r = 0; r < m_table.rows.size(); ++r)
            m_rowHeights.append(rowHeight(m_table.rows.at(r), rowFont(r)));
    }
    QList<double> parts() const override {
        // The first part carries the header, so a table never starts with its header alone.
        QList<double> heights = m_rowHeights;
        if (heights.isEmpty())
            heights.append(0.0);
        heights[0] += m_headerHeight;
        return heights;
    }
    double repeatHeight() const override { return m_headerHeight; }
    void paint(QCPPainter &painter, double top, int first, int last) const override {
        double y = top;
        paintRow(painter, m_table.header, y, m_headerHeight, font(8, true), true, false);
        y += m_headerHeight;
        for (int r = first; r < last && r < m_table.rows.size(); ++r) {
            const bool shade = r % 2 == 1;
            paintRow(painter, m_table.rows.at(r), y, m_rowHeights.at(r), rowFont(r), false, shade);
            y += m_rowHeights.at(r);
        }
        painter.setPen(QPen(rule, 0.8));
        painter.drawLine(QPointF(marginX, y), QPointF(marginX + textWidth, y));
    }

private:
    QFont rowFont(int row) const { return font(8.5, m_table.emphasisedRows.contains(row)); }
    double rowHeight(const QStringList &cells, const QFont &f) const {
        double height = 0.0;
        for (qsizetype c = 0; c < cells.size() && c < m_columnWidths.size(); ++c)
            height = std::max(height, textHeight(f, m_columnWidths.at(c) - 3 * mm, cells.at(c)));
        return height + 2.6 * mm;
    }
    void paintRow(QCPPainter &painter, const QStringList &cells, double y, double height,
                  const QFont &f, bool header, bool shade) const {
        const QRectF band(marginX, y, textWidth, height);
        if (header) {
            painter.fillRect(band, accent);
        } else if (shade) {
            painter.fillRect(band, QColor(0xf5, 0xf5, 0xf5));
        }
        painter.setFont(f);
        painter.setPen(header ? QColor(Qt::white) : ink);
        double x = marginX;
        for (qsizetype c = 0; c < cells.size() && c < m_columnWidths.size(); ++c) {
            const double w = m_columnWidths.at(c);
            const bool right = m_table.isRightAligned(int(c));
            painter.drawText(QRectF(x + 1.5 * mm, y + 1.3 * mm, w - 3 * mm, height - 2.6 * mm),
                             Qt::TextWordWrap | Qt::AlignVCenter |
                                 (right ? Qt::AlignRight : Qt::AlignLeft),
                             cells.at(c));
            x += w;
        }
    }

    PdfDocument::Table m_table;
    QList<double> m_columnWidths;
    QList<double> m_rowHeights;
    double m_headerHeight = 0.0;
};

class ChartBlock : public PdfDocument::Block {
public:
    ChartBlock(PdfDocument::ChartSetup setup, double heightMm)
        : m_setup(std::move(setup))
        , m_height(heightMm * mm) {}
    QList<double> parts() const override { return {m_height + 2 * mm}; }
    void paint(QCPPainter &painter, double top, int, int) const override {
        QCustomPlot plot;
        const int width = int(std::round(textWidth));
        const int height = int(std::round(m_height));
        plot.resize(width, height);
        m_setup(&plot);
        painter.save();
        painter.translate(marginX, top);
        plot.toPainter(&painter, width, height);
        painter.restore();
    }

private:
    PdfDocument::ChartSetup m_setup;
    double m_height;
};

class BreakBlock : public PdfDocument::Block {
public:
    Kind kind() const override { return Kind::PageBreak; }
    QList<double> parts() const override { return {}; }
    void paint(QCPPainter &, double, int, int) const override {}
};

class TitleBlock : public PdfDocument::Block {
public:
    TitleBlock(QString title, QStringList lines, QString note)
        : m_title(std::move(title))
        , m_lines(std::move(lines))
        , m_note(std::move(note)) {}
    Kind kind() const override { return Kind::Title; }
    QList<double> parts() const override { return {bodyBottom - marginTop}; }
    void paint(QCPPainter &painter, double, int, int) const override {
        painter.fillRect(QRectF(0, 0, pageWidth, 95 * mm), accent);
        painter.setPen(Qt::white);
        painter.setFont(font(30, true));
        painter.drawText(QRectF(marginX, 45 * mm, textWidth, 20 * mm),
                         Qt::AlignLeft | Qt::AlignBottom, m_title);
        painter.setFont(font(13));
        painter.drawText(QRectF(marginX, 68 * mm, textWidth, 20 * mm),
                         Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, m_lines.value(0));
        double y = 110 * mm;
        painter.setPen(ink);
        for (qsizetype i = 1; i < m_lines.size(); ++i) {
            painter.setFont(font(i == 1 ? 14 : 11, i == 1));
            const double h = textHeight(painter.font(), textWidth, m_lines.at(i));
            painter.drawText(QRectF(marginX, y, textWidth, h), Qt::TextWordWrap, m_lines.at(i));
            y += h + 3 * mm;
        }
        painter.setFont(font(9));
        painter.setPen(muted);
        const double h = textHeight(painter.font(), textWidth, m_note);
        painter.drawText(QRectF(marginX, bodyBottom - h - 5 * mm, textWidth, h), Qt::TextWordWrap,
                         m_note);
    }

private:
    QString m_title;
    QStringList m_lines;
    QString m_note;
};

} // namespace

PdfDocument::PdfDocument(const QString &runningHeader, const QString &footerNote)
    : m_header(runningHeader)
    , m_footerNote(footerNote) {}

PdfDocument::~PdfDocument() = default;

void PdfDocument::titlePage(const QString &title, const QStringList &lines, const QString &note) {
    m_blocks.push_back(std::make_unique<TitleBlock>(title, lines, note));
    pageBreak();
}

void PdfDocument::heading(const QString &text) {
    m_blocks.push_back(
        std::make_unique<TextBlock>(text, font(15, true), accent, 6 * mm, 3 * mm, true, true));
}

void PdfDocument::subheading(const QString &text) {
    m_blocks.push_back(
        std::make_unique<TextBlock>(text, font(11, true), ink, 4 * mm, 1.5 * mm, true));
}

void PdfDocument::paragraph(const QString &text) {
    m_blocks.push_back(std::make_unique<TextBlock>(text, font(9.5), ink, 2 * mm, 1 * mm, false));
}

void PdfDocument::smallPrint(const QString &text) {
    m_blocks.push_back(
        std::make_unique<TextBlock>(text, font(7.5, false, true), muted, 1 * mm, 1 * mm, false));
}

void PdfDocument::keyFigures(const QList<KeyFigure> &figures) {
    m_blocks.push_back(std::make_unique<KeyFiguresBlock>(figures));
}

void PdfDocument::table(const Table &table) {
    m_tables.append(table);
    m_blocks.push_back(std::make_unique<TableBlock>(table));
}

void PdfDocument::chart(const ChartSetup &setup, double heightMm) {
    m_blocks.push_back(std::make_unique<ChartBlock>(setup, heightMm));
}

void PdfDocument::pageBreak() {
    m_blocks.push_back(std::make_unique<BreakBlock>());
}

void PdfDocument::layout(std::vector<Placed> &placed) {
    int page = 0;
    double y = marginTop;
    bool pageEmpty = true;
    auto newPage = [&]() {
        ++page;
        y = marginTop;
        pageEmpty = true;
    };
    // A block short enough to sit whole on a page is never split: a five-row table broken after
    // its first row reads badly, and the reader has to turn the page for four lines.
    auto total = [](const QList<double> &parts) {
        return std::accumulate(parts.cbegin(), parts.cend(), 0.0);
    };
    auto keptTogether = [&](const QList<double> &parts) {
        return parts.size() > 1 && total(parts) <= (bodyBottom - marginTop) / 3.0;
    };
    for (size_t b = 0; b < m_blocks.size(); ++b) {
        const Block *block = m_blocks[b].get();
        if (block->kind() == Block::Kind::PageBreak) {
            if (!pageEmpty)
                newPage();
            continue;
        }
        if (block->kind() == Block::Kind::Title) {
            placed.push_back({page, 0.0, block, 0, 1});
            pageEmpty = false;
            continue;
        }
        const QList<double> parts = block->parts();
        if (!pageEmpty)
            y += block->spaceBefore();
        // A heading moves to the next page with the first part of whatever follows it.
        if (block->keepWithNext() && !pageEmpty && b + 1 < m_blocks.size()) {
            const QList<double> next = m_blocks[b + 1]->parts();
            const double needed =
                parts.value(0) + m_blocks[b + 1]->spaceBefore() +
                (next.isEmpty() ? 0.0 : (keptTogether(next) ? total(next) : next.constFirst()));
            if (y + needed > bodyBottom)
                newPage();
        }
        if (!pageEmpty && keptTogether(parts) && y + total(parts) > bodyBottom)
            newPage();
        int first = 0;
        double top = y;
        for (int p = 0; p < parts.size(); ++p) {
            // A table continued on a new page repeats its header there.
            double needed = parts.at(p) + ((p == first && p > 0) ? block->repeatHeight() : 0.0);
            if (y + needed > bodyBottom && !pageEmpty) {
                if (p > first)
                    placed.push_back({page, top, block, first, p});
                newPage();
                first = p;
                top = y;
                needed = parts.at(p) + (p > 0 ? block->repeatHeight() : 0.0);
            }
            y += needed;
            pageEmpty = false;
        }
        placed.push_back({page, top, block, first, int(parts.size())});
    }
    m_pageCount = page + 1;
}

bool PdfDocument::write(const QString &path, QString *error) {
    // Through OutputFile, so a full disk or a failed write never replaces the previous PDF.
    return OutputFile::write(
        path, [this](QIODevice *device, QString *) { return write(device); }, error);
}

bool PdfDocument::write(QIODevice *device) {
    QPdfWriter writer(device);
    writer.setTitle(m_header);
    writer.setCreator(QStringLiteral("PracticeCoder"));
    return paint(&writer);
}

bool PdfDocument::paint(QPagedPaintDevice *device) {
    std::vector<Placed> placed;
    layout(placed);
    device->setPageLayout(
        QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
    if (auto *writer = dynamic_cast<QPdfWriter *>(device))
        writer->setResolution(dpi);
    else if (auto *printer = dynamic_cast<QPrinter *>(device))
        printer->setResolution(dpi);
    QCPPainter painter;
    if (!painter.begin(device))
        return false;
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setMode(QCPPainter::pmVectorized);
    painter.setMode(QCPPainter::pmNoCaching);
    painter.setMode(QCPPainter::pmNonCosmetic);
    for (int page = 0; page < m_pageCount; ++page) {
        if (page > 0)
            device->newPage();
        bool titlePage = false;
        for (const Placed &p : placed) {
            if (p.page != page)
                continue;
            titlePage = titlePage || p.block->kind() == Block::Kind::Title;
            p.block->paint(painter, p.top, p.first, p.last);
        }
        if (!titlePage) {
            painter.setFont(font(8));
            painter.setPen(muted);
            painter.drawText(QRectF(marginX, 9 * mm, textWidth, 6 * mm),
                             Qt::AlignLeft | Qt::AlignVCenter, m_header);
            painter.setPen(QPen(rule, 0.8));
            painter.drawLine(QPointF(marginX, 16 * mm), QPointF(marginX + textWidth, 16 * mm));
        }
        painter.setFont(font(8));
        painter.setPen(muted);
        const QRectF footer(marginX, pageHeight - 13 * mm, textWidth, 6 * mm);
        painter.drawText(footer, Qt::AlignLeft | Qt::AlignVCenter, m_footerNote);
        painter.drawText(footer, Qt::AlignRight | Qt::AlignVCenter,
                         QCoreApplication::translate("PdfDocument", "Page %1 of %2")
                             .arg(page + 1)
                             .arg(m_pageCount));
    }
    return painter.end();
}
