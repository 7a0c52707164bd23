#include "WaveformView.h"

#include "audio/MarkerModel.h"
#include "audio/TimeText.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>
#include <array>
#include <cmath>

namespace {

const QColor Background(0xfb, 0xfc, 0xfe);
const QColor RulerBackground(0xee, 0xf1, 0xf6);
const QColor RulerText(0x3c, 0x46, 0x55);
const QColor WavePlayed(0x1f, 0x4e, 0x79);
const QColor WaveAhead(0x5b, 0x9b, 0xd5);
const QColor CentreLine(0xc8, 0xd3, 0xe0);
const QColor Playhead(0xd3, 0x2f, 0x2f);
const QColor CodedFill(0xff, 0xc1, 0x07, 48);
const QColor CodedEdge(0xe0, 0x9a, 0x00);
const QColor LoopFill(0x43, 0xa0, 0x47, 40);
const QColor LoopEdge(0x2e, 0x7d, 0x32);

QColor markerColour(const QString &kind) {
    if (kind == QLatin1String("strength"))
        return QColor(0x2e, 0x7d, 0x32);
    if (kind == QLatin1String("to_develop"))
        return QColor(0xe6, 0x51, 0x00);
    return QColor(0x54, 0x6e, 0x7a);
}

} // namespace

WaveformView::WaveformView(QWidget *parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("waveformView"));
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setAccessibleName(tr("Waveform"));
    setToolTip(QString()); // tooltips are per marker, see event()
}

void WaveformView::setPeaks(std::shared_ptr<const PeakPyramid> peaks) {
    m_peaks = std::move(peaks);
    update();
}

void WaveformView::setDuration(qint64 ms) {
    m_duration = std::max<qint64>(0, ms);
    m_viewStart = 0;
    m_viewSpan = 0;
    clampView();
    update();
    emit viewChanged();
}

void WaveformView::setPosition(qint64 ms) {
    if (ms == m_position)
        return;
    m_position = ms;
    // Zoomed in, keep the playhead in view by paging along with it.
    if (m_viewSpan > 0 && m_viewSpan < m_duration && !m_dragging &&
        (ms < m_viewStart || ms > m_viewStart + m_viewSpan)) {
        m_viewStart = ms - m_viewSpan / 20;
        clampView();
        emit viewChanged();
    }
    update();
}

void WaveformView::setCodedWindow(qint64 startMs, qint64 endMs) {
    m_codedStart = startMs;
    m_codedEnd = endMs;
    update();
}

void WaveformView::setLoop(qint64 startMs, qint64 endMs) {
    m_loopStart = startMs;
    m_loopEnd = endMs;
    update();
}

void WaveformView::setMarkerModel(MarkerModel *model) {
    if (m_markers)
        m_markers->disconnect(this);
    m_markers = model;
    if (m_markers)
        connect(m_markers, &MarkerModel::markersChanged, this, qOverload<>(&QWidget::update));
    update();
}

void WaveformView::setBuilding(bool building) {
    m_building = building;
    update();
}

void WaveformView::setViewStart(qint64 ms) {
    m_viewStart = ms;
    clampView();
    update();
    emit viewChanged();
}

void WaveformView::showWholeRecording() {
    m_viewStart = 0;
    m_viewSpan = 0;
    update();
    emit viewChanged();
}

void WaveformView::clampView() {
    if (m_viewSpan <= 0 || m_viewSpan >= m_duration) {
        m_viewSpan = 0;
        m_viewStart = 0;
        return;
    }
    m_viewStart = std::clamp<qint64>(m_viewStart, 0, m_duration - m_viewSpan);
}

QRect WaveformView::waveRect() const {
    return QRect(0, RulerHeight + MarkerStripHeight, width(),
                 std::max(10, height() - RulerHeight - MarkerStripHeight));
}

double WaveformView::xForMs(qint64 ms) const {
    const qint64 span = m_viewSpan > 0 ? m_viewSpan : std::max<qint64>(1, m_duration);
    return static_cast<double>(ms - m_viewStart) * width() / static_cast<double>(span);
}

qint64 WaveformView::msForX(double x) const {
    const qint64 span = m_viewSpan > 0 ? m_viewSpan : std::max<qint64>(1, m_duration);
    const auto ms =
        m_viewStart + std::llround(x * static_cast<double>(span) / std::max(1, width()));
    return std::clamp<qint64>(ms, 0, m_duration);
}

void WaveformView::zoomAtPlayhead(double factor) {
    // Keys and buttons zoom around the playhead, so the moment being listened to stays in view
    // (while paused too, when nothing else would bring it back); off screen, it is centred.
    const double x = xForMs(m_position);
    const bool inView = x >= 0 && x <= width();
    zoomBy(factor, inView ? static_cast<int>(std::lround(x)) : width() / 2);
    if (!inView && m_viewSpan > 0) {
        m_viewStart = m_position - m_viewSpan / 2;
        clampView();
        update();
        emit viewChanged();
    }
}

void WaveformView::zoomBy(double factor, int anchorX) {
    if (m_duration <= 0)
        return;
    const qint64 anchorMs = msForX(anchorX);
    const qint64 span = m_viewSpan > 0 ? m_viewSpan : m_duration;
    const auto newSpan = std::clamp<qint64>(std::llround(span * factor),
                                            std::min(MinSpanMs, m_duration), m_duration);
    m_viewSpan = newSpan;
    m_viewStart =
        anchorMs - std::llround(static_cast<double>(anchorX) / std::max(1, width()) * newSpan);
    clampView();
    update();
    emit viewChanged();
}

void WaveformView::paintEvent(QPaintEvent *) {
    QPainter painter(this);
    painter.fillRect(rect(), Background);
    const QRect area = waveRect();
    drawRuler(painter);
    if (m_duration <= 0) {
        painter.setPen(RulerText);
        painter.drawText(area, Qt::AlignCenter, tr("No recording open"));
        return;
    }

    auto shade = [&](qint64 from, qint64 to, const QColor &fill, const QColor &edge,
                     const QString &label) {
        if (from < 0 || to <= from)
            return;
        const double x1 = xForMs(from);
        const double x2 = xForMs(to);
        const QRectF band(x1, RulerHeight, x2 - x1, height() - RulerHeight);
        painter.fillRect(band, fill);
        painter.setPen(QPen(edge, 2));
        painter.drawLine(QPointF(x1, RulerHeight), QPointF(x1, height()));
        painter.drawLine(QPointF(x2, RulerHeight), QPointF(x2, height()));
        QFont font = painter.font();
        font.setBold(true);
        font.setPointSizeF(font.pointSizeF() * 0.85);
        painter.setFont(font);
        painter.drawText(QRectF(x1 + 4, height() - 18, std::max(0.0, x2 - x1 - 8), 16),
                         Qt::AlignLeft | Qt::AlignVCenter, label);
        painter.setFont(QFont());
    };
    shade(m_codedStart, m_codedEnd, CodedFill, CodedEdge, tr("Coded window"));
    shade(m_loopStart, m_loopEnd, LoopFill, LoopEdge, tr("Loop A–B"));

    drawWave(painter, area);
    drawMarkers(painter, area);

    const double x = xForMs(m_position);
    painter.setPen(QPen(Playhead, 2));
    painter.drawLine(QPointF(x, RulerHeight), QPointF(x, height()));
    QPainterPath head;
    head.moveTo(x - 6, RulerHeight);
    head.lineTo(x + 6, RulerHeight);
    head.lineTo(x, RulerHeight + 8);
    head.closeSubpath();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillPath(head, Playhead);
    painter.setRenderHint(QPainter::Antialiasing, false);

    if (hasFocus()) {
        painter.setPen(QPen(palette().highlight().color(), 1));
        painter.drawRect(rect().adjusted(0, 0, -1, -1));
    }
}

void WaveformView::drawRuler(QPainter &painter) {
    painter.fillRect(QRect(0, 0, width(), RulerHeight), RulerBackground);
    painter.setPen(CentreLine);
    painter.drawLine(0, RulerHeight - 1, width(), RulerHeight - 1);
    if (m_duration <= 0)
        return;
    const qint64 span = m_viewSpan > 0 ? m_viewSpan : m_duration;
    static constexpr std::array<qint64, 14> steps = {1000,   2000,    5000,    10000,  15000,
                                                     30000,  60000,   120000,  300000, 600000,
                                                     900000, 1800000, 3600000, 7200000};
    const int labelWidth = painter.fontMetrics().horizontalAdvance(QStringLiteral("0:00:00")) + 28;
    qint64 step = steps.back();
    for (qint64 candidate : steps) {
        if (static_cast<double>(candidate) * width() / span >= labelWidth) {
            step = candidate;
            break;
        }
    }
    painter.setPen(RulerText);
    const qint64 first = (m_viewStart / step) * step;
    for (qint64 t = first; t <= m_viewStart + span; t += step) {
        const double x = xForMs(t);
        if (x < -labelWidth)
            continue;
        painter.drawLine(QPointF(x, RulerHeight - 8), QPointF(x, RulerHeight - 1));
        // Minor ticks: quarters of the step.
        for (int q = 1; q < 4; ++q) {
            const double xq = xForMs(t + step * q / 4);
            painter.drawLine(QPointF(xq, RulerHeight - 4), QPointF(xq, RulerHeight - 1));
        }
        painter.drawText(QRectF(x + 3, 2, labelWidth, RulerHeight - 8),
                         Qt::AlignLeft | Qt::AlignVCenter, TimeText::format(t));
    }
}

void WaveformView::drawWave(QPainter &painter, const QRect &area) {
    const int mid = area.center().y();
    const double half = area.height() / 2.0 - 3;
    painter.setPen(CentreLine);
    painter.drawLine(0, mid, width(), mid);
    const int rate = m_peaks ? m_peaks->sampleRate() : 0;
    int covered = 0;
    const double endX = std::min<double>(width(), xForMs(m_duration));
    if (rate > 0) {
        const qint64 span = m_viewSpan > 0 ? m_viewSpan : m_duration;
        const double framesPerColumn = static_cast<double>(span) * rate / 1000.0 / width();
        const double startFrame = static_cast<double>(m_viewStart) * rate / 1000.0;
        covered = m_peaks->columns(startFrame, framesPerColumn, static_cast<int>(std::ceil(endX)),
                                   &m_columns);
        const double playX = xForMs(m_position);
        for (int c = 0; c < covered; ++c) {
            const PeakPair &p = m_columns[static_cast<size_t>(c)];
            const int top = mid - static_cast<int>(std::lround(p.max / 32767.0 * half));
            const int bottom = mid - static_cast<int>(std::lround(p.min / 32767.0 * half));
            painter.setPen(c < playX ? WavePlayed : WaveAhead);
            painter.drawLine(c, top, c, std::max(top, bottom));
        }
    }
    if (covered < endX) {
        const QRectF pending(covered, area.top(), endX - covered, area.height());
        painter.fillRect(pending, QBrush(QColor(0xe3, 0xe8, 0xef), Qt::BDiagPattern));
        if (m_building && pending.width() > 160) {
            painter.setPen(RulerText);
            painter.drawText(pending, Qt::AlignCenter, tr("Drawing the waveform…"));
        }
    }
}

QList<WaveformView::Span> WaveformView::spans() const {
    QList<Span> out;
    if (!m_markers)
        return out;
    const QRectF view(0, RulerHeight, width(), height() - RulerHeight);
    for (const Marker &marker : m_markers->markers()) {
        if (marker.endMs <= marker.atMs)
            continue;
        const double x1 = xForMs(marker.atMs);
        const QRectF band =
            QRectF(x1, RulerHeight, xForMs(marker.endMs) - x1, height() - RulerHeight) & view;
        if (!band.isEmpty())
            out.append({marker.id, band});
    }
    return out;
}

void WaveformView::drawMarkers(QPainter &painter, const QRect &area) {
    if (!m_markers)
        return;
    // A note about a stretch of the session is a tinted band from its start to its end, with a
    // bar under the flags, drawn first so the flags stay on top.
    const QList<Marker> markers = m_markers->markers();
    for (const Span &span : spans()) {
        const auto found = std::find_if(markers.cbegin(), markers.cend(),
                                        [&](const Marker &m) { return m.id == span.markerId; });
        QColor colour = markerColour(found->kind);
        colour.setAlpha(45);
        painter.fillRect(span.rect, colour);
        colour.setAlpha(200);
        painter.fillRect(
            QRectF(span.rect.left(), RulerHeight + MarkerStripHeight - 4, span.rect.width(), 3),
            colour);
    }
    painter.setRenderHint(QPainter::Antialiasing);
    for (const Marker &marker : m_markers->markers()) {
        const double x = xForMs(marker.atMs);
        if (x < -8 || x > width() + 8)
            continue;
        const QColor colour = markerColour(marker.kind);
        QColor line = colour;
        line.setAlpha(110);
        painter.setPen(QPen(line, 1, Qt::DashLine));
        painter.drawLine(QPointF(x, RulerHeight + MarkerStripHeight), QPointF(x, area.bottom()));
        QPainterPath flag;
        const double top = RulerHeight + 2;
        flag.moveTo(x, top + MarkerStripHeight - 3);
        flag.lineTo(x, top);
        flag.lineTo(x + 11, top + 4);
        flag.lineTo(x, top + 9);
        painter.setPen(QPen(colour.darker(120), 1.5));
        painter.setBrush(colour);
        painter.drawPath(flag);
    }
    painter.setBrush(Qt::NoBrush);
    painter.setRenderHint(QPainter::Antialiasing, false);
}

qint64 WaveformView::markerAt(const QPoint &point) const {
    if (!m_markers || point.y() > RulerHeight + MarkerStripHeight + 4)
        return 0;
    qint64 best = 0;
    double bestDistance = 9;
    for (const Marker &marker : m_markers->markers()) {
        const double distance = std::abs(xForMs(marker.atMs) + 4 - point.x());
        if (distance < bestDistance) {
            bestDistance = distance;
            best = marker.id;
        }
    }
    return best;
}

void WaveformView::mousePressEvent(QMouseEvent *event) {
    if (event->button() != Qt::LeftButton || m_duration <= 0)
        return QWidget::mousePressEvent(event);
    if (const qint64 id = markerAt(event->position().toPoint())) {
        emit markerActivated(id);
        return;
    }
    m_dragging = true;
    emit seekRequested(msForX(event->position().x()));
}

void WaveformView::mouseMoveEvent(QMouseEvent *event) {
    if (m_dragging && (event->buttons() & Qt::LeftButton)) {
        emit seekRequested(msForX(std::clamp<double>(event->position().x(), 0, width())));
        return;
    }
    m_dragging = false;
    setCursor(markerAt(event->position().toPoint()) ? Qt::PointingHandCursor : Qt::IBeamCursor);
}

void WaveformView::wheelEvent(QWheelEvent *event) {
    const int delta =
        event->angleDelta().y() != 0 ? event->angleDelta().y() : event->angleDelta().x();
    if (delta == 0)
        return;
    if (event->modifiers() & Qt::ControlModifier) {
        zoomBy(delta > 0 ? 0.8 : 1.25, static_cast<int>(event->position().x()));
    } else if (m_viewSpan > 0) {
        setViewStart(m_viewStart - delta * m_viewSpan / 1200);
    }
    event->accept();
}

void WaveformView::keyPressEvent(QKeyEvent *event) {
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomIn();
        return;
    case Qt::Key_Minus:
    case Qt::Key_Underscore:
        zoomOut();
        return;
    default:
        QWidget::keyPressEvent(event);
    }
}

bool WaveformView::event(QEvent *event) {
    if (event->type() == QEvent::ToolTip && m_markers) {
        auto *help = static_cast<QHelpEvent *>(event);
        const qint64 id = markerAt(help->pos());
        for (const Marker &marker : m_markers->markers()) {
            if (id != 0 && marker.id == id) {
                QToolTip::showText(
                    help->globalPos(),
                    TimeText::format(marker.atMs) + QStringLiteral(" — ") + marker.label, this);
                return true;
            }
        }
        QToolTip::hideText();
        event->ignore();
        return true;
    }
    return QWidget::event(event);
}
