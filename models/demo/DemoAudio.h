#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// The demo's real recordings: short synthetic two-voice dialogues embedded under :/demo with a
// manifest (resources/demo/manifest.json, written by resources/demo/make-demo-audio.sh) that
// gives each file's duration and the start of every turn, so evidence notes sit at real
// moments. install() copies a clip out of the resources into the demo's audio folder.
class DemoAudio {
public:
    struct Turn {
        QString speaker; // "worker" or "parent"
        qint64 startMs = 0;
        qint64 endMs = 0;
        QString text;
        // An evidence note the demo coder pinned to this turn; empty kind when none.
        QString noteKind;
        QStringList noteSkills;
        QString noteText;
    };

    struct Clip {
        QString file; // name under :/demo
        QString title;
        QString sessionType;
        qint64 durationMs = 0;
        QList<Turn> turns;
    };

    // The clips listed in the embedded manifest. Throws StorageError when it is unreadable.
    static QList<Clip> clips();

    // Copies the clip into folder (created when missing) and returns the file's absolute path;
    // *sha256 receives its SHA-256 in lower-case hex. A file of the same name but different
    // content is never replaced: the copy then gets a free name. Throws StorageError.
    static QString install(const Clip &clip, const QString &folder, QString *sha256);

    // SHA-256 of a file in lower-case hex; empty when it cannot be read.
    static QString sha256Of(const QString &path);
};
