#include "domain/RecordingPaths.h"

#include <QTest>

class tst_RecordingPaths : public QObject {
    Q_OBJECT

private slots:
    void toStored_data();
    void toStored();
    void resolve_data();
    void resolve();
    void roundTripsUnderTheRoot();
};

void tst_RecordingPaths::toStored_data() {
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("root");
    QTest::addColumn<QString>("expected");

    const QString file = QStringLiteral("/srv/rec/team-a/R0001.mp3");
    QTest::newRow("under root") << file << QStringLiteral("/srv/rec")
                                << QStringLiteral("team-a/R0001.mp3");
    QTest::newRow("root with trailing slash")
        << file << QStringLiteral("/srv/rec/") << QStringLiteral("team-a/R0001.mp3");
    QTest::newRow("root with doubled slashes")
        << file << QStringLiteral("/srv//rec//") << QStringLiteral("team-a/R0001.mp3");
    QTest::newRow("no root") << file << QString() << file;
    QTest::newRow("blank root") << file << QStringLiteral("  ") << file;
    QTest::newRow("outside root") << QStringLiteral("/home/eva/R0002.mp3")
                                  << QStringLiteral("/srv/rec")
                                  << QStringLiteral("/home/eva/R0002.mp3");
    // A folder whose name merely starts with the root's name is not under it.
    QTest::newRow("sibling with common prefix")
        << QStringLiteral("/srv/recordings/R0003.mp3") << QStringLiteral("/srv/rec")
        << QStringLiteral("/srv/recordings/R0003.mp3");
    QTest::newRow("dot-dot climbs out of root")
        << QStringLiteral("/srv/rec/../private/R0004.mp3") << QStringLiteral("/srv/rec")
        << QStringLiteral("/srv/private/R0004.mp3");
    QTest::newRow("dot-dot stays inside root")
        << QStringLiteral("/srv/rec/a/../b/./R0005.mp3") << QStringLiteral("/srv/rec")
        << QStringLiteral("b/R0005.mp3");
    QTest::newRow("root given with dot-dot")
        << file << QStringLiteral("/srv/other/../rec") << QStringLiteral("team-a/R0001.mp3");
    QTest::newRow("the root itself")
        << QStringLiteral("/srv/rec") << QStringLiteral("/srv/rec") << QStringLiteral("/srv/rec");
    QTest::newRow("filesystem root")
        << file << QStringLiteral("/") << QStringLiteral("srv/rec/team-a/R0001.mp3");
    QTest::newRow("empty path") << QString() << QStringLiteral("/srv/rec") << QString();
}

void tst_RecordingPaths::toStored() {
    QFETCH(QString, path);
    QFETCH(QString, root);
    QFETCH(QString, expected);
    QCOMPARE(RecordingPaths::toStored(path, root), expected);
}

void tst_RecordingPaths::resolve_data() {
    QTest::addColumn<QString>("stored");
    QTest::addColumn<QString>("root");
    QTest::addColumn<QString>("databaseFolder");
    QTest::addColumn<QString>("expected");

    QTest::newRow("relative against root")
        << QStringLiteral("team-a/R0001.mp3") << QStringLiteral("/srv/rec")
        << QStringLiteral("/home/eva") << QStringLiteral("/srv/rec/team-a/R0001.mp3");
    QTest::newRow("root with trailing slash")
        << QStringLiteral("team-a/R0001.mp3") << QStringLiteral("/srv/rec/")
        << QStringLiteral("/home/eva") << QStringLiteral("/srv/rec/team-a/R0001.mp3");
    QTest::newRow("relative against database folder without root")
        << QStringLiteral("demo-recordings/R0001.ogg") << QString()
        << QStringLiteral("/home/eva/data")
        << QStringLiteral("/home/eva/data/demo-recordings/R0001.ogg");
    QTest::newRow("absolute stays absolute")
        << QStringLiteral("/media/usb/R0002.mp3") << QStringLiteral("/srv/rec")
        << QStringLiteral("/home/eva") << QStringLiteral("/media/usb/R0002.mp3");
    QTest::newRow("absolute is cleaned")
        << QStringLiteral("/media//usb/./x/../R0002.mp3") << QString()
        << QStringLiteral("/home/eva") << QStringLiteral("/media/usb/R0002.mp3");
    QTest::newRow("dot-dot inside the base")
        << QStringLiteral("a/../b/R0003.mp3") << QStringLiteral("/srv/rec") << QString()
        << QStringLiteral("/srv/rec/b/R0003.mp3");
    QTest::newRow("dot-dot out of the root is refused")
        << QStringLiteral("../../etc/passwd") << QStringLiteral("/srv/rec")
        << QStringLiteral("/home/eva") << QString();
    QTest::newRow("dot-dot out of the database folder is refused")
        << QStringLiteral("a/../../secret.mp3") << QString() << QStringLiteral("/home/eva/data")
        << QString();
    QTest::newRow("dot-dot into a sibling with a common prefix is refused")
        << QStringLiteral("../recordings/R0004.mp3") << QStringLiteral("/srv/rec") << QString()
        << QString();
    QTest::newRow("empty stored path")
        << QString() << QStringLiteral("/srv/rec") << QStringLiteral("/home/eva") << QString();
    QTest::newRow("no base at all")
        << QStringLiteral("R0005.mp3") << QString() << QString() << QString();
}

void tst_RecordingPaths::resolve() {
    QFETCH(QString, stored);
    QFETCH(QString, root);
    QFETCH(QString, databaseFolder);
    QFETCH(QString, expected);
    QCOMPARE(RecordingPaths::resolve(stored, root, databaseFolder), expected);
}

void tst_RecordingPaths::roundTripsUnderTheRoot() {
    const QString root = QStringLiteral("/srv/rec/");
    const QString file = QStringLiteral("/srv/rec/2024/Q1/R0100.m4a");
    const QString stored = RecordingPaths::toStored(file, root);
    QVERIFY(!stored.startsWith(QLatin1Char('/')));
    QCOMPARE(RecordingPaths::resolve(stored, root, QStringLiteral("/elsewhere")), file);
    // The same stored path follows the root when the drive is mapped somewhere else.
    QCOMPARE(RecordingPaths::resolve(stored, QStringLiteral("/mnt/share"), QString()),
             QStringLiteral("/mnt/share/2024/Q1/R0100.m4a"));
    QVERIFY(RecordingPaths::isUnder(file, root));
    QVERIFY(!RecordingPaths::isUnder(QStringLiteral("/srv/recordings/x.mp3"), root));
}

QTEST_GUILESS_MAIN(tst_RecordingPaths)
#include "tst_RecordingPaths.moc"
