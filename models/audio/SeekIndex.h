#pragma once

#include <QtGlobal>

#include <vector>

// Where in a recording's file each moment starts: (timestamp, byte offset) pairs of packets,
// about one a second, in the stream's own time base. Recorded by the waveform pass, which reads
// every packet anyway, and kept beside the peaks in the PeakCache, so that a far seek in a file
// without a usable index of its own (MP3) is a direct jump rather than a scan from the start.
struct SeekIndex {
    struct Point {
        qint64 timestamp = 0; // in the stream's time base
        qint64 position = 0;  // byte offset of the packet in the file
    };

    int timeBaseNumerator = 0;
    int timeBaseDenominator = 0;
    std::vector<Point> points;

    bool isEmpty() const { return points.empty(); }
    // Both timestamps and offsets strictly increasing, offsets within fileSize, a real time
    // base: anything else is damage, and such an index is not used at all.
    bool isConsistent(qint64 fileSize) const {
        if (timeBaseNumerator <= 0 || timeBaseDenominator <= 0)
            return false;
        for (size_t i = 0; i < points.size(); ++i) {
            const Point &point = points[i];
            if (point.position < 0 || point.position >= fileSize || point.timestamp < 0)
                return false;
            if (i > 0 && (point.timestamp <= points[i - 1].timestamp ||
                          point.position <= points[i - 1].position))
                return false;
        }
        return true;
    }
};
