#pragma once

#include <QString>

// The rule for the audio paths stored on recordings. A file under the recordings root is
// stored relative to it (with forward slashes), so a shared drive can be mapped at different
// places on different machines; any other file keeps its absolute path. Resolving turns a
// stored path back into an absolute one, against the root when one is set, else against the
// folder that holds the database.
class RecordingPaths {
public:
    // absolutePath relative to recordingsRoot when it lies under it, else absolutePath itself
    // (cleaned, forward slashes). An empty root always gives the absolute path.
    static QString toStored(const QString &absolutePath, const QString &recordingsRoot);

    // The absolute path of a stored path. Relative paths are taken against recordingsRoot, or
    // databaseFolder when no root is set. Returns an empty string when stored is empty, or when
    // a relative path climbs out of its base with "..": such a path was not written by
    // toStored() and must not reach outside the recordings folder.
    static QString resolve(const QString &stored, const QString &recordingsRoot,
                           const QString &databaseFolder);

    // True when path is inside (or equal to) folder, after cleaning both.
    static bool isUnder(const QString &path, const QString &folder);
};
