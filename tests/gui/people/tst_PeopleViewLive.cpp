// On a service database, a change another person makes to a practitioner shows on the People
// page without F5, and the row the user had chosen stays chosen. Waits are bounded, never timed.

#include "CodingTestFixture.h"
#include "PostgresTestServer.h"

#include "itemmodels/PeopleModel.h"
#include "people/PeopleView.h"

#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QTreeView>

class tst_PeopleViewLive : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void anotherPersonsChangeShowsWithTheChosenRowKept();

private:
    // A practitioner's row (a team may have the same id), and the name the tree shows for them.
    static QModelIndex rowOf(const QTreeView *tree, qint64 practitionerId);
    static QString shownName(const QTreeView *tree, qint64 practitionerId) {
        return rowOf(tree, practitionerId).data().toString();
    }

    std::unique_ptr<PostgresTestServer> m_server;
};

void tst_PeopleViewLive::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    m_server = std::make_unique<PostgresTestServer>();
    QVERIFY2(m_server->isRunning(), qPrintable(m_server->problem()));
}

QModelIndex tst_PeopleViewLive::rowOf(const QTreeView *tree, qint64 practitionerId) {
    const QAbstractItemModel *model = tree->model();
    for (int team = 0; team < model->rowCount(); ++team) {
        const QModelIndex parent = model->index(team, 0);
        for (int row = 0; row < model->rowCount(parent); ++row) {
            const QModelIndex index = model->index(row, PeopleModel::NameColumn, parent);
            if (index.data(PeopleModel::IdRole).toLongLong() == practitionerId)
                return index;
        }
    }
    return {};
}

void tst_PeopleViewLive::anotherPersonsChangeShowsWithTheChosenRowKept() {
    const QString url = m_server->freshDatabaseUrl();
    QVERIFY2(!url.isEmpty(), qPrintable(m_server->problem()));
    Database mine;
    mine.open(url, Database::Mode::ExistingOnly);
    CodingTestFixture fixture;
    fixture.build(mine);
    PractitionerRepository practitioners(mine);
    for (const QString &name : {QStringLiteral("Ben Ode"), QStringLiteral("Cara Lyle")}) {
        Practitioner other;
        other.code = QStringLiteral("P%1").arg(name.left(1));
        other.displayName = name;
        other.role = QStringLiteral("social_worker");
        other.employment = QStringLiteral("permanent");
        practitioners.moveToTeam(practitioners.create(other), fixture.teamId, QDate(2024, 1, 1));
    }

    PeopleView view(mine);
    view.resize(900, 500);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    auto *tree = view.findChild<QTreeView *>(QStringLiteral("peopleTree"));
    QVERIFY(tree);
    QCOMPARE(shownName(tree, fixture.practitionerId), QStringLiteral("Amira Khan"));
    // Choose Amira's row.
    tree->setCurrentIndex(rowOf(tree, fixture.practitionerId));
    QVERIFY(!tree->currentIndex().data(PeopleModel::IsTeamRole).toBool());

    // Someone else, on their own connection, renames her.
    Database theirs;
    theirs.open(url, Database::Mode::ExistingOnly);
    PractitionerRepository theirPractitioners(theirs);
    Practitioner amira = *theirPractitioners.find(fixture.practitionerId);
    amira.displayName = QStringLiteral("Amira Khan-Begum");
    theirPractitioners.update(amira);

    QTRY_COMPARE_WITH_TIMEOUT(shownName(tree, fixture.practitionerId),
                              QStringLiteral("Amira Khan-Begum"), 20000);
    QCOMPARE(tree->currentIndex().data(PeopleModel::IdRole).toLongLong(), fixture.practitionerId);
    QVERIFY(!tree->currentIndex().data(PeopleModel::IsTeamRole).toBool());
}

QTEST_MAIN(tst_PeopleViewLive)
#include "tst_PeopleViewLive.moc"
