#include "MarkerModel.h"

#include <algorithm>

MarkerModel::MarkerModel(QObject *parent)
    : QObject(parent) {}

void MarkerModel::setMarkers(const QList<Marker> &markers) {
    QList<Marker> sorted = markers;
    // Time order lets the waveform find the marker under the mouse by walking left to right.
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const Marker &a, const Marker &b) { return a.atMs < b.atMs; });
    if (sorted == m_markers)
        return;
    m_markers = sorted;
    emit markersChanged();
}
