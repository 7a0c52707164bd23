#include "PracticeFixture.h"
#include "TestDatabase.h"

#include "services/PeopleDirectory.h"
#include "storage/PeopleQuery.h"

#include <QTemporaryDir>
#include <QTest>

class tst_PeopleDirectory : public QObject {
    Q_OBJECT

private slots:
    void listsTeamsAndPractitionersAsTheQueryReadsThem();
    void anEmptyDatabaseHasNobody();
};

void tst_PeopleDirectory::listsTeamsAndPractitionersAsTheQueryReadsThem() {
    QTemporaryDir dir;
    Database db;
    db.open(TestDatabase::freshLocation(dir, QStringLiteral("people.sqlite")));
    PracticeFixture::build(db, dir.path());
    const PeopleDirectory::Listing listing = PeopleDirectory(db).listing();
    const PeopleQuery query(db);
    QVERIFY(!listing.teams.isEmpty());
    QVERIFY(!listing.practitioners.isEmpty());
    QCOMPARE(listing.teams.size(), query.teams().size());
    QCOMPARE(listing.practitioners.size(), query.practitioners().size());
    QCOMPARE(listing.practitioners.first().practitioner.id,
             query.practitioners().first().practitioner.id);
}

void tst_PeopleDirectory::anEmptyDatabaseHasNobody() {
    QTemporaryDir dir;
    Database db;
    db.open(TestDatabase::freshLocation(dir, QStringLiteral("empty.sqlite")));
    const PeopleDirectory::Listing listing = PeopleDirectory(db).listing();
    QVERIFY(listing.teams.isEmpty());
    QVERIFY(listing.practitioners.isEmpty());
}

QTEST_GUILESS_MAIN(tst_PeopleDirectory)
#include "tst_PeopleDirectory.moc"
