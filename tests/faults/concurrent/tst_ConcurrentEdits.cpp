#include "SharedDatabase.h"

#include "storage/CodingRepository.h"
#include "storage/ConnectionSpec.h"
#include "storage/Database.h"
#include "storage/MeasuresRepository.h"

#include <QMap>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

// Two people saving at the same moment never lose an edit. Eight editor processes
// (pc_concurrent_editor) make random edits of a few coded sessions and questionnaires at once,
// many on the same rows, each based on the version it read just before. Afterwards every edit
// logged as committed must be in the database exactly once, and every refused edit absent:
// - notes, by their unique body: committed ones present once, refused ones absent;
// - per coded session and per questionnaire, the committed edits' versions are exactly the
//   versions the row went through (none twice, none missing: no edit was lost or applied
//   unlogged), and replaying them in version order gives the stored scores, comment and answers.
class tst_ConcurrentEdits : public QObject {
    Q_OBJECT

private slots:
    void everyCommittedEditIsStoredOnceAndNoRefusedOne_data();
    void everyCommittedEditIsStoredOnceAndNoRefusedOne();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<PostgresTestServer> m_server;
};

namespace {

struct LoggedEdit {
    int worker = 0;
    int number = 0;
    QString kind;
    qint64 target = 0;
    QString detail;
    bool committed = false;
    int version = 0;
};

QStringList run(const QStringList &arguments, int timeoutMs) {
    QProcess process;
    process.start(QStringLiteral(PC_CONCURRENT_EDITOR), arguments);
    if (!process.waitForFinished(timeoutMs) || process.exitCode() != 0)
        return {QStringLiteral("failed: ") + QString::fromUtf8(process.readAllStandardError())};
    return QString::fromUtf8(process.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
}

} // namespace

void tst_ConcurrentEdits::everyCommittedEditIsStoredOnceAndNoRefusedOne_data() {
    QTest::addColumn<bool>("postgres");
    QTest::newRow("sqlite") << false;
    QTest::newRow("postgresql") << true;
}

void tst_ConcurrentEdits::everyCommittedEditIsStoredOnceAndNoRefusedOne() {
    QFETCH(bool, postgres);
    // The database the editors share: an SQLite file, or a fresh database on a throw-away
    // PostgreSQL cluster.
    QString problem;
    const QString location = sharedDatabase(postgres, m_dir, m_server, &problem);
    QVERIFY2(!location.isEmpty(), qPrintable(problem));
    // SQLite takes one writer at a time, so fewer edits keep the run short there.
    const int workers = 8;
    const int edits = qEnvironmentVariableIntValue("PC_CONCURRENT_EDITS") > 0
                          ? qEnvironmentVariableIntValue("PC_CONCURRENT_EDITS")
                          : (postgres ? 500 : 150);

    QStringList codingIds;
    QStringList measureIds;
    for (const QString &line :
         run({QStringLiteral("setup"), location, QStringLiteral("3"), QStringLiteral("2")},
             60000)) {
        const QStringList parts = line.split(u' ');
        QVERIFY2(parts.size() == 2, qPrintable(line));
        if (parts.first() == QLatin1String("coding"))
            codingIds.append(parts.at(1));
        else if (parts.first() == QLatin1String("measure"))
            measureIds.append(parts.at(1));
    }
    QCOMPARE(codingIds.size(), 3);
    QCOMPARE(measureIds.size(), 2);

    const auto spec = ConnectionSpec::parse(location);
    QVERIFY(spec);
    Database database;
    database.open(*spec);
    CodingRepository codings(database);
    MeasuresRepository measures(database);
    QMap<qint64, Coding> before;
    for (const QString &id : codingIds)
        before.insert(id.toLongLong(), *codings.find(id.toLongLong()));
    QMap<qint64, InstrumentResponse> measuresBefore;
    for (const QString &id : measureIds)
        measuresBefore.insert(id.toLongLong(), *measures.find(id.toLongLong()));

    QList<QProcess *> editors;
    for (int worker = 0; worker < workers; ++worker) {
        auto *process = new QProcess(this);
        process->start(QStringLiteral(PC_CONCURRENT_EDITOR),
                       {QStringLiteral("edit"), location, QString::number(worker),
                        QString::number(QRandomGenerator::global()->generate()),
                        QString::number(edits), codingIds.join(u','), measureIds.join(u',')});
        editors.append(process);
    }
    QList<LoggedEdit> log;
    for (QProcess *process : editors) {
        QVERIFY2(process->waitForFinished(240000), "an editor did not finish in time");
        QCOMPARE(process->exitStatus(), QProcess::NormalExit);
        QVERIFY2(process->exitCode() == 0, process->readAllStandardError().constData());
        const QStringList lines =
            QString::fromUtf8(process->readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), edits);
        for (const QString &line : lines) {
            const QStringList f = line.split(u'\t');
            QVERIFY2(f.size() == 7, qPrintable(line));
            // Anything but committed or refused (a busy database, a broken query) is a failure.
            QVERIFY2(f.at(5) == QLatin1String("committed") || f.at(5) == QLatin1String("refused"),
                     qPrintable(line));
            log.append({f.at(0).toInt(), f.at(1).toInt(), f.at(2), f.at(3).toLongLong(), f.at(4),
                        f.at(5) == QLatin1String("committed"), f.at(6).toInt()});
        }
        delete process;
    }
    QCOMPARE(log.size(), workers * edits);

    int refused = 0;
    for (const LoggedEdit &edit : log)
        refused += edit.committed ? 0 : 1;
    qInfo("%lld edits, %d refused as stale", qlonglong(log.size()), refused);
    // Random edits of so few rows must meet; a run without any conflict tested nothing.
    QVERIFY(refused > 0);
    QVERIFY(refused < log.size());

    // Committed edits per row, in the order the row went through them.
    QMap<qint64, QMap<int, LoggedEdit>> byCoding;
    QMap<qint64, QMap<int, LoggedEdit>> byMeasure;
    for (const LoggedEdit &edit : log) {
        if (!edit.committed)
            continue;
        auto &rows = edit.kind == QLatin1String("measure") ? byMeasure : byCoding;
        QVERIFY2(!rows[edit.target].contains(edit.version),
                 qPrintable(QStringLiteral("two committed edits made version %1 of row %2")
                                .arg(edit.version)
                                .arg(edit.target)));
        rows[edit.target].insert(edit.version, edit);
    }

    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        const Coding stored = *codings.find(it.key());
        const QMap<int, LoggedEdit> rowEdits = byCoding.value(it.key());
        // Every version between the first and the last was made by exactly one logged edit.
        QCOMPARE(stored.version, it->version + int(rowEdits.size()));
        if (!rowEdits.isEmpty()) {
            QCOMPARE(rowEdits.firstKey(), it->version + 1);
            QCOMPARE(rowEdits.lastKey(), stored.version);
        }
        QMap<QString, int> scores;
        QString comment = it->comment;
        QSet<QString> notes;
        for (const LoggedEdit &edit : rowEdits) {
            if (edit.kind == QLatin1String("score")) {
                const QStringList parts = edit.detail.split(u'=');
                scores.insert(parts.at(0), parts.at(1).toInt());
            } else if (edit.kind == QLatin1String("comment")) {
                comment = edit.detail;
            } else {
                notes.insert(edit.detail);
            }
        }
        QMap<QString, int> storedScores;
        for (const SkillScore &score : stored.scores)
            storedScores.insert(score.skillKey, score.score);
        QCOMPARE(storedScores, scores);
        QCOMPARE(stored.comment, comment);
        QSet<QString> storedNotes;
        for (const EvidenceNote &note : stored.notes) {
            QVERIFY2(!storedNotes.contains(note.text), qPrintable(note.text));
            storedNotes.insert(note.text);
        }
        QCOMPARE(storedNotes, notes);
    }
    // Refused notes are nowhere, not even on another session.
    QSet<QString> allNotes;
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        const Coding stored = *codings.find(it.key());
        for (const EvidenceNote &note : stored.notes)
            allNotes.insert(note.text);
    }
    for (const LoggedEdit &edit : log) {
        if (edit.kind == QLatin1String("note"))
            QCOMPARE(allNotes.contains(edit.detail), edit.committed);
    }

    for (auto it = measuresBefore.cbegin(); it != measuresBefore.cend(); ++it) {
        const InstrumentResponse stored = *measures.find(it.key());
        const QMap<int, LoggedEdit> rowEdits = byMeasure.value(it.key());
        QCOMPARE(stored.version, it->version + int(rowEdits.size()));
        QMap<int, int> items = it->items;
        for (const LoggedEdit &edit : rowEdits) {
            const QStringList parts = edit.detail.split(u'=');
            items.insert(parts.at(0).toInt(), parts.at(1).toInt());
        }
        QCOMPARE(stored.items, items);
    }
}

QTEST_GUILESS_MAIN(tst_ConcurrentEdits)
#include "tst_ConcurrentEdits.moc"
