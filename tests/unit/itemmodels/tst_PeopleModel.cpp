#include "PracticeFixture.h"
#include "TestDatabase.h"

#include "itemmodels/PeopleModel.h"
#include "storage/Database.h"
#include "storage/PeopleQuery.h"

#include <QAbstractItemModelTester>
#include <QSortFilterProxyModel>
#include <QTemporaryDir>
#include <QTest>

class tst_PeopleModel : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void passesTheModelTester();
    void groupsPractitionersUnderTheirCurrentTeam();
    void showsRoleEmploymentAndTraining();
    void showsTheLastCodedSession();
    void summarisesEachTeam();
    void sortsAndFiltersThroughAProxy();
    void summarisesTraining();

private:
    QModelIndex team(const QString &name) const;
    QModelIndex person(const QString &name) const;
    QStringList members(const QString &teamName) const;

    QTemporaryDir m_dir;
    Database m_db;
    PeopleModel m_model;
};

void tst_PeopleModel::initTestCase() {
    QVERIFY(m_dir.isValid());
    m_db.open(TestDatabase::freshLocation(m_dir, QStringLiteral("practice.sqlite")));
    PracticeFixture::build(m_db, m_dir.path());
    PeopleQuery query(m_db);
    m_model.setPeople(query.teams(), query.practitioners());
}

QModelIndex tst_PeopleModel::team(const QString &name) const {
    for (int row = 0; row < m_model.rowCount(); ++row) {
        if (m_model.index(row, 0).data().toString() == name)
            return m_model.index(row, 0);
    }
    return {};
}

QModelIndex tst_PeopleModel::person(const QString &name) const {
    for (int row = 0; row < m_model.rowCount(); ++row) {
        const QModelIndex parent = m_model.index(row, 0);
        for (int child = 0; child < m_model.rowCount(parent); ++child) {
            if (m_model.index(child, 0, parent).data().toString() == name)
                return m_model.index(child, 0, parent);
        }
    }
    return {};
}

QStringList tst_PeopleModel::members(const QString &teamName) const {
    const QModelIndex parent = team(teamName);
    QStringList names;
    for (int row = 0; row < m_model.rowCount(parent); ++row)
        names.append(m_model.index(row, 0, parent).data().toString());
    return names;
}

void tst_PeopleModel::passesTheModelTester() {
    PeopleModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    PeopleQuery query(m_db);
    model.setPeople(query.teams(), query.practitioners());
    QCOMPARE(model.practitionerCount(), 3);
    model.setPeople({}, {});
    QCOMPARE(model.rowCount(), 0);
    model.setPeople(query.teams(), query.practitioners());

    QSortFilterProxyModel proxy;
    QAbstractItemModelTester proxyTester(&proxy,
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&model);
    proxy.setSortRole(PeopleModel::RawValueRole);
    proxy.sort(PeopleModel::LastCodedColumn, Qt::DescendingOrder);
    proxy.setRecursiveFilteringEnabled(true);
    proxy.setFilterRole(PeopleModel::SearchTextRole);
    proxy.setFilterFixedString(QStringLiteral("Ben"));
    QCOMPARE(proxy.rowCount(), 1);
}

void tst_PeopleModel::groupsPractitionersUnderTheirCurrentTeam() {
    // Three teams (one empty) and a last group for Cara, who has left.
    QCOMPARE(m_model.rowCount(), 4);
    QCOMPARE(m_model.index(3, 0).data().toString(), QStringLiteral("No current team"));
    QCOMPARE(m_model.index(3, 0).data(PeopleModel::IdRole).toLongLong(), 0);
    QCOMPARE(members(QStringLiteral("North CIN")), QStringList{QStringLiteral("Alice Adams")});
    QCOMPARE(members(QStringLiteral("South CP")), QStringList{QStringLiteral("Ben Brown")});
    QCOMPARE(members(QStringLiteral("Fostering")), QStringList());
    QCOMPARE(members(QStringLiteral("No current team")), QStringList{QStringLiteral("Cara Cole")});
    QVERIFY(team(QStringLiteral("North CIN")).data(PeopleModel::IsTeamRole).toBool());
    QVERIFY(!person(QStringLiteral("Alice Adams")).data(PeopleModel::IsTeamRole).toBool());
    QCOMPARE(person(QStringLiteral("Ben Brown")).parent(), team(QStringLiteral("South CP")));
}

void tst_PeopleModel::showsRoleEmploymentAndTraining() {
    const QModelIndex ben = person(QStringLiteral("Ben Brown"));
    auto column = [](const QModelIndex &index, int c) {
        return index.siblingAtColumn(c).data().toString();
    };
    QCOMPARE(column(ben, PeopleModel::CodeColumn), QStringLiteral("P002"));
    QCOMPARE(column(ben, PeopleModel::RoleColumn), QStringLiteral("Senior social worker"));
    QCOMPARE(column(ben, PeopleModel::EmploymentColumn), QStringLiteral("Agency"));
    QVERIFY(ben.data(PeopleModel::IsAgencyRole).toBool());
    QVERIFY(ben.siblingAtColumn(PeopleModel::EmploymentColumn).data(Qt::ForegroundRole).isValid());
    QCOMPARE(column(ben, PeopleModel::CurrentTeamColumn), QStringLiteral("South CP"));
    QCOMPARE(column(ben, PeopleModel::TrainingColumn),
             QStringLiteral("MI in training since 2024-09-01"));
    QVERIFY(ben.siblingAtColumn(PeopleModel::TrainingColumn)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("Motivational interviewing")));

    const QModelIndex alice = person(QStringLiteral("Alice Adams"));
    QVERIFY(!alice.data(PeopleModel::IsAgencyRole).toBool());
    QCOMPARE(column(alice, PeopleModel::TrainingColumn),
             QStringLiteral("MSW completed 2023-06-30 + coaching"));

    const QModelIndex cara = person(QStringLiteral("Cara Cole"));
    QCOMPARE(column(cara, PeopleModel::CurrentTeamColumn), QStringLiteral("Left 2024-12-31"));
    QCOMPARE(column(cara, PeopleModel::TrainingColumn), QStringLiteral("Not trained"));
}

void tst_PeopleModel::showsTheLastCodedSession() {
    auto last = [this](const QString &name) {
        return person(name).siblingAtColumn(PeopleModel::LastCodedColumn);
    };
    auto sessions = [this](const QString &name) {
        return person(name).siblingAtColumn(PeopleModel::CodedSessionsColumn).data().toInt();
    };
    // A session counts once one of its codings is final; drafts do not count.
    QCOMPARE(last(QStringLiteral("Alice Adams")).data().toString(), QStringLiteral("2025-01-05"));
    QCOMPARE(sessions(QStringLiteral("Alice Adams")), 2);
    QCOMPARE(last(QStringLiteral("Ben Brown")).data().toString(), QStringLiteral("Never coded"));
    QVERIFY(!last(QStringLiteral("Ben Brown")).data(PeopleModel::RawValueRole).toDate().isValid());
    QCOMPARE(sessions(QStringLiteral("Ben Brown")), 0);
    QCOMPARE(last(QStringLiteral("Cara Cole")).data(PeopleModel::RawValueRole).toDate(),
             QDate(2024, 11, 20));
    QCOMPARE(sessions(QStringLiteral("Cara Cole")), 1);
}

void tst_PeopleModel::summarisesEachTeam() {
    const QModelIndex north = team(QStringLiteral("North CIN"));
    QCOMPARE(north.siblingAtColumn(PeopleModel::RoleColumn).data().toString(),
             QStringLiteral("Children in Need"));
    QCOMPARE(north.siblingAtColumn(PeopleModel::CodedSessionsColumn).data().toInt(), 2);
    QCOMPARE(north.siblingAtColumn(PeopleModel::LastCodedColumn).data().toString(),
             QStringLiteral("2025-01-05"));
    QCOMPARE(team(QStringLiteral("Fostering"))
                 .siblingAtColumn(PeopleModel::CurrentTeamColumn)
                 .data()
                 .toString(),
             QStringLiteral("0 practitioners"));
}

void tst_PeopleModel::sortsAndFiltersThroughAProxy() {
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&m_model);
    proxy.setSortRole(PeopleModel::RawValueRole);
    proxy.sort(PeopleModel::NameColumn, Qt::AscendingOrder);
    // Team names in order, with "No current team" first ascending (empty raw name) so it is
    // never mixed in among the teams.
    QStringList names;
    for (int row = 0; row < proxy.rowCount(); ++row)
        names.append(proxy.index(row, 0).data().toString());
    QCOMPARE(names, (QStringList{QStringLiteral("No current team"), QStringLiteral("Fostering"),
                                 QStringLiteral("North CIN"), QStringLiteral("South CP")}));

    proxy.setRecursiveFilteringEnabled(true);
    proxy.setFilterRole(PeopleModel::SearchTextRole);
    proxy.setFilterCaseSensitivity(Qt::CaseInsensitive);
    proxy.setFilterFixedString(QStringLiteral("p003"));
    QCOMPARE(proxy.rowCount(), 1);
    const QModelIndex group = proxy.index(0, 0);
    QCOMPARE(proxy.rowCount(group), 1);
    QCOMPARE(proxy.index(0, 0, group).data().toString(), QStringLiteral("Cara Cole"));
}

void tst_PeopleModel::summarisesTraining() {
    QCOMPARE(PeopleModel::trainingSummary({}), QStringLiteral("Not trained"));
    TrainingRecord mi{0, QStringLiteral("mi"), QString(), QDate(2022, 1, 1), QDate(2022, 3, 1)};
    TrainingRecord msw{0, QStringLiteral("msw"), QString(), QDate(2023, 1, 1), QDate()};
    TrainingRecord coaching{0, QStringLiteral("coaching"), QString(), QDate(2023, 1, 1), QDate()};
    // MSW in progress is further on than MI completed.
    QCOMPARE(PeopleModel::trainingSummary({mi, msw}),
             QStringLiteral("MSW in training since 2023-01-01"));
    QCOMPARE(PeopleModel::trainingSummary({coaching}), QStringLiteral("Coaching only"));
}

QTEST_GUILESS_MAIN(tst_PeopleModel)
#include "tst_PeopleModel.moc"
