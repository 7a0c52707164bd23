#pragma once

#include "audio/PeakPyramid.h"

#include <QList>
#include <QPointer>
#include <QRectF>
#include <QWidget>

#include <memory>
#include <vector>

class MarkerModel;

// The recording drawn as a waveform under a time ruler, with the playhead, the shaded coded
// window, the A–B loop and the coding notes as flags. Click or drag to move the playhead;
// Ctrl+wheel (or + and − while it has focus) zooms around the pointer; the wheel scrolls.
// Draws whatever part of the peaks is built so far, so it fills in while the file is decoded.
class WaveformView : public QWidget {
    Q_OBJECT

public:
    explicit WaveformView(QWidget *parent = nullptr);

    void setPeaks(std::shared_ptr<const PeakPyramid> peaks);
    void setDuration(qint64 ms);
    void setPosition(qint64 ms);
    void setCodedWindow(qint64 startMs, qint64 endMs);
    void setLoop(qint64 startMs, qint64 endMs);
    void setMarkerModel(MarkerModel *model);
    void setBuilding(bool building);

    qint64 durationMs() const { return m_duration; }
    qint64 viewStartMs() const { return m_viewStart; }
    qint64 viewSpanMs() const { return m_viewSpan; }
    void setViewStart(qint64 ms);
    void zoomIn() { zoomAtPlayhead(0.5); }
    void zoomOut() { zoomAtPlayhead(2.0); }
    void showWholeRecording();

    // The bands drawn for notes that span a stretch of time, in widget coordinates, for the
    // stretches in view.
    struct Span {
        qint64 markerId = 0;
        QRectF rect;
    };
    QList<Span> spans() const;

    QSize sizeHint() const override { return {900, 170}; }
    // Low enough to give way to the seven skills on a laptop screen: the ruler, the notes'
    // flags and a strip of wave still show.
    QSize minimumSizeHint() const override { return {200, 60}; }

signals:
    void seekRequested(qint64 ms);
    void markerActivated(qint64 markerId);
    void viewChanged();

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool event(QEvent *event) override;

private:
    static constexpr int RulerHeight = 24;
    static constexpr int MarkerStripHeight = 18;
    static constexpr qint64 MinSpanMs = 2000;

    double xForMs(qint64 ms) const;
    qint64 msForX(double x) const;
    QRect waveRect() const;
    void zoomBy(double factor, int anchorX);
    void zoomAtPlayhead(double factor);
    void clampView();
    qint64 markerAt(const QPoint &point) const; // id, or 0
    void drawRuler(QPainter &painter);
    void drawWave(QPainter &painter, const QRect &area);
    void drawMarkers(QPainter &painter, const QRect &area);

    std::shared_ptr<const PeakPyramid> m_peaks;
    QPointer<MarkerModel> m_markers;
    qint64 m_duration = 0;
    qint64 m_position = 0;
    qint64 m_viewStart = 0;
    qint64 m_viewSpan = 0; // 0 = the whole recording
    qint64 m_codedStart = -1;
    qint64 m_codedEnd = -1;
    qint64 m_loopStart = -1;
    qint64 m_loopEnd = -1;
    bool m_building = false;
    bool m_dragging = false;
    std::vector<PeakPair> m_columns;
};
