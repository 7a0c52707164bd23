#include "domain/ValueSets.h"
#include "storage/Database.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

// The value sets in code and the CHECK constraints in the schema must agree: every key the
// code offers is accepted by the database, and a key the code does not know is refused.
class tst_ValueSets : public QObject {
    Q_OBJECT

private slots:
    void teamKindsMatchTheSchema();
    void rolesMatchTheSchema();
    void everyKeyHasALabel();
};

void tst_ValueSets::teamKindsMatchTheSchema() {
    QTemporaryDir dir;
    Database db;
    db.open(dir.filePath(QStringLiteral("v.sqlite")));
    QSqlQuery query(db.connection());
    QVERIFY(query.exec(QStringLiteral("INSERT INTO services (id, name) VALUES (1, 'S')")));
    int n = 0;
    for (const QString &kind : ValueSets::teamKinds()) {
        QSqlQuery insert = db.prepare(
            QStringLiteral("INSERT INTO teams (service_id, name, kind) VALUES (1, ?, ?)"));
        insert.addBindValue(QStringLiteral("Team %1").arg(++n));
        insert.addBindValue(kind);
        QVERIFY2(insert.exec(), qPrintable(kind));
    }
}

void tst_ValueSets::rolesMatchTheSchema() {
    QTemporaryDir dir;
    Database db;
    db.open(dir.filePath(QStringLiteral("r.sqlite")));
    int n = 0;
    for (const QString &role : ValueSets::practitionerRoles()) {
        for (const QString &employment : ValueSets::employmentTypes()) {
            QSqlQuery insert = db.prepare(QStringLiteral(
                "INSERT INTO practitioners (code, display_name, role, employment) VALUES (?, "
                "?, ?, ?)"));
            insert.addBindValue(QStringLiteral("P%1").arg(++n));
            insert.addBindValue(QStringLiteral("Name"));
            insert.addBindValue(role);
            insert.addBindValue(employment);
            QVERIFY2(insert.exec(), qPrintable(role));
        }
    }
    QSqlQuery bad = db.prepare(QStringLiteral("INSERT INTO practitioners (code, display_name, "
                                              "role, employment) VALUES ('X', 'X', "
                                              "'wizard', 'permanent')"));
    QVERIFY(!bad.exec());
}

void tst_ValueSets::everyKeyHasALabel() {
    const QList<QStringList> sets = {
        ValueSets::teamKinds(),        ValueSets::practitionerRoles(),
        ValueSets::employmentTypes(),  ValueSets::trainingProgrammes(),
        ValueSets::caseTypes(),        ValueSets::sessionTypes(),
        ValueSets::selectionReasons(), ValueSets::practitionerConsents(),
        ValueSets::familyConsents(),   ValueSets::codingRoles(),
        ValueSets::codingStatuses(),   ValueSets::noteKinds(),
        ValueSets::respondents(),      ValueSets::administrationModes(),
        ValueSets::userRoles()};
    for (const QStringList &set : sets) {
        for (const QString &key : set)
            QVERIFY2(ValueSets::hasLabel(key), qPrintable(key));
    }
}

QTEST_GUILESS_MAIN(tst_ValueSets)
#include "tst_ValueSets.moc"
