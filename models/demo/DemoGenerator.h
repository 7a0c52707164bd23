#pragma once

#include <QDate>
#include <QString>

class Database;

// Creates a realistic, deterministic demo data set (DOMAIN.md §7) in an empty database:
// `Service` is one service over three years, `Decade` about 600 practitioners and 36,000
// codings for benchmarks. Both end at `endDate`, so the most recent quarters hold data.
class DemoGenerator {
public:
    enum class Size { Service, Decade };

    struct Options {
        Size size = Size::Service;
        quint32 seed = 1;
        QDate endDate = QDate::currentDate();
        // Where the demo audio files are written; empty means "demo-recordings" beside the
        // database file.
        QString audioFolder;
        // The user's recordings root (Settings::recordingsRoot()). Audio paths are stored
        // relative to it when the audio folder lies under it, else relative to the database's
        // folder (RecordingPaths).
        QString recordingsRoot;
    };

    struct Summary {
        int teams = 0;
        int practitioners = 0;
        int families = 0;
        int recordings = 0;
        int codings = 0;
        int doubleCodedRecordings = 0;
        int instrumentAdministrations = 0;
        int audioRecordings = 0; // recordings with real demo audio
        QString audioFolder;     // where the demo audio was written (absolute)
    };

    // Throws StorageError (Kind::Invalid) when the database already holds data: the demo
    // never overwrites anything. Everything is written in one transaction, so a failure
    // leaves the database empty.
    static Summary generate(Database &database, const Options &options);

    // The absolute folder the demo audio goes to for a database at databasePath.
    static QString audioFolderFor(const QString &databasePath, const Options &options);

    // True when the database holds no practice data yet (only the schema's own rows).
    static bool isEmpty(const Database &database);

    // "service" or "decade", as the command line spells the sizes.
    static QString sizeName(Size size);
};
