#pragma once

#include <QList>
#include <QObject>
#include <QString>

// A timestamped note shown on the waveform: a strength, something to develop, or a plain note.
struct Marker {
    qint64 id = 0;
    qint64 atMs = 0;
    QString kind; // strength | to_develop | note
    QString label;
    qint64 endMs = -1; // where a note about a stretch ends; -1 for a moment
    bool operator==(const Marker &other) const = default;
};

// The markers the coding panel wants drawn on the player's waveform. The coding side owns the
// notes; it only pushes the current list here, and the waveform redraws on markersChanged().
class MarkerModel : public QObject {
    Q_OBJECT

public:
    explicit MarkerModel(QObject *parent = nullptr);

    void setMarkers(const QList<Marker> &markers);
    QList<Marker> markers() const { return m_markers; }

signals:
    void markersChanged();

private:
    QList<Marker> m_markers;
};
