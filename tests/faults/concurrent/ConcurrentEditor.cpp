// One editor of the concurrency test (tst_ConcurrentEdits): many random edits of a few coded
// sessions and questionnaires, each based on the version read just before it, as a person's
// edit is based on what their screen shows. Every edit is logged on stdout, one line each, as
// committed (with the version it made) or refused (someone else saved first), so the test can
// check the database against the log afterwards.
//
//   pc_concurrent_editor setup LOCATION CODINGS MEASURES
//       prints "coding ID", "measure ID", and "recording ID" and "coder ID" for one recording
//       nobody has coded yet
//   pc_concurrent_editor edit LOCATION WORKER SEED EDITS CODING_IDS MEASURE_IDS
//   pc_concurrent_editor halfway LOCATION RECORDING_ID CODER_ID ROWS
//
// halfway writes, in one transaction, a whole coding of the recording and then ROWS family
// questionnaires, printing a line after each, then waits to be killed before committing
// (tst_KillMidTransaction): whatever it wrote must vanish with it.
//
// LOCATION is an SQLite file or a postgresql:// URL; the id lists are comma-separated. A log
// line is: worker, edit number, kind, target id, detail, outcome, version, tab-separated.

#include "CodingTestFixture.h"

#include "domain/CodingSchemeLoader.h"
#include "storage/ConnectionSpec.h"
#include "storage/Database.h"
#include "storage/MeasuresRepository.h"
#include "storage/ScopedTransaction.h"
#include "storage/StorageError.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QTextStream>
#include <QThread>

#include <cstdio>

namespace {

QTextStream &out() {
    static QTextStream stream(stdout);
    return stream;
}

QList<qint64> ids(const QString &list) {
    QList<qint64> result;
    for (const QString &id : list.split(QLatin1Char(','), Qt::SkipEmptyParts))
        result.append(id.toLongLong());
    return result;
}

// A mother's SCORE-15 at T1 for the family, every item answered `value`.
InstrumentResponse score15(const QString &familyCode, int value) {
    InstrumentResponse response;
    response.familyCode = familyCode;
    response.respondent = QStringLiteral("mother");
    response.instrumentId = QStringLiteral("score-15");
    response.timepoint = QStringLiteral("T1");
    response.administeredOn = QDate(2026, 1, 5);
    response.mode = QStringLiteral("paper");
    for (int item = 1; item <= 15; ++item)
        response.items.insert(item, value);
    return response;
}

int setup(Database &database, int codings, int measures) {
    CodingTestFixture fixture;
    fixture.build(database);
    const CodingScheme scheme = CodingSchemeLoader::builtIn();
    for (int i = 0; i < codings; ++i) {
        const qint64 recording = fixture.addRecording(database);
        const qint64 id = CodingRepository(database).create(
            recording, fixture.alice, QStringLiteral("primary"), scheme, 0, 1200000);
        out() << "coding " << id << Qt::endl;
    }
    out() << "recording " << fixture.addRecording(database) << Qt::endl;
    out() << "coder " << fixture.bob << Qt::endl;
    MeasuresRepository repository(database);
    for (int i = 0; i < measures; ++i) {
        out() << "measure " << repository.add(score15(QStringLiteral("F-C%1").arg(i), 3))
              << Qt::endl;
    }
    return 0;
}

// The skills edited: few, so that two editors often meet on the same one.
const QStringList skills{QStringLiteral("empathy"), QStringLiteral("autonomy")};

int edit(Database &database, int worker, quint32 seed, int edits, const QList<qint64> &codings,
         const QList<qint64> &measures) {
    QRandomGenerator random(seed);
    CodingRepository codingRepository(database);
    MeasuresRepository measureRepository(database);
    for (int n = 0; n < edits; ++n) {
        const QString tag = QStringLiteral("w%1-e%2").arg(worker).arg(n);
        const int kind = int(random.bounded(measures.isEmpty() ? 3 : 4));
        QString kindName;
        qint64 target = 0;
        QString detail;
        int version = 0;
        try {
            if (kind < 3) {
                target = codings.at(int(random.bounded(qsizetype(codings.size()))));
                const int seen = codingRepository.find(target)->version;
                // A moment between reading and saving, as a person has, so others slip in.
                QThread::usleep(random.bounded(1500));
                if (kind == 0) {
                    kindName = QStringLiteral("score");
                    const QString skill = skills.at(int(random.bounded(qsizetype(2))));
                    const int score = int(random.bounded(1, 6));
                    detail = skill + QLatin1Char('=') + QString::number(score);
                    version = codingRepository.saveSkill(target, seen,
                                                         SkillScore{skill, score, QString(), tag});
                } else if (kind == 1) {
                    kindName = QStringLiteral("note");
                    detail = tag;
                    codingRepository.addNote(
                        EvidenceNote{0, target, n * 10, {}, QStringLiteral("note"), tag, 1}, seen,
                        &version);
                } else {
                    kindName = QStringLiteral("comment");
                    detail = tag;
                    version = codingRepository.setComment(target, seen, tag);
                }
            } else {
                kindName = QStringLiteral("measure");
                target = measures.at(int(random.bounded(qsizetype(measures.size()))));
                InstrumentResponse response = *measureRepository.find(target);
                QThread::usleep(random.bounded(1500));
                const int item = int(random.bounded(1, 4));
                const int value = int(random.bounded(1, 6));
                detail = QString::number(item) + QLatin1Char('=') + QString::number(value);
                response.items.insert(item, value);
                measureRepository.update(response);
                version = response.version + 1;
            }
            out() << worker << '\t' << n << '\t' << kindName << '\t' << target << '\t' << detail
                  << "\tcommitted\t" << version << Qt::endl;
        } catch (const StorageError &error) {
            const QString outcome = error.kind() == StorageError::Kind::StaleEdit
                                        ? QStringLiteral("refused")
                                        : QStringLiteral("failed: ") + error.message();
            out() << worker << '\t' << n << '\t' << kindName << '\t' << target << '\t' << detail
                  << '\t' << outcome << "\t0" << Qt::endl;
        }
    }
    return 0;
}

int halfway(Database &database, qint64 recordingId, qint64 coderId, int rows) {
    const CodingScheme scheme = CodingSchemeLoader::builtIn();
    ScopedTransaction transaction(database.connection());
    Coding coding;
    coding.recordingId = recordingId;
    coding.coderId = coderId;
    coding.schemeId = scheme.id;
    coding.schemeVersion = scheme.version;
    coding.role = QStringLiteral("primary");
    coding.comment = QStringLiteral("half-applied");
    for (const QString &key : scheme.skillKeys())
        coding.scores.append(SkillScore{key, 4, QString(), QStringLiteral("half-applied")});
    coding.notes.append(
        EvidenceNote{0, 0, 1000, {}, QStringLiteral("note"), QStringLiteral("half-applied"), 1});
    CodingRepository(database).insertComplete(coding);
    out() << "coding" << Qt::endl;
    MeasuresRepository measures(database);
    for (int row = 0; row < rows; ++row) {
        measures.addWithinTransaction(score15(QStringLiteral("F-HALF-%1").arg(row), 2));
        out() << "questionnaire " << row << Qt::endl;
    }
    // Never committed: the test kills this process here.
    QThread::sleep(600);
    return 4;
}

} // namespace

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 3) {
        std::fprintf(stderr, "usage: pc_concurrent_editor setup|edit LOCATION ...\n");
        return 2;
    }
    QString problem;
    const auto spec = ConnectionSpec::parse(args.at(2), &problem);
    if (!spec) {
        std::fprintf(stderr, "%s\n", qPrintable(problem));
        return 2;
    }
    try {
        Database database;
        database.open(*spec);
        if (args.at(1) == QLatin1String("setup") && args.size() == 5)
            return setup(database, args.at(3).toInt(), args.at(4).toInt());
        if (args.at(1) == QLatin1String("halfway") && args.size() == 6)
            return halfway(database, args.at(3).toLongLong(), args.at(4).toLongLong(),
                           args.at(5).toInt());
        if (args.at(1) == QLatin1String("edit") && args.size() == 8)
            return edit(database, args.at(3).toInt(), args.at(4).toUInt(), args.at(5).toInt(),
                        ids(args.at(6)), ids(args.at(7)));
    } catch (const StorageError &error) {
        std::fprintf(stderr, "%s\n", qPrintable(error.message()));
        return 1;
    }
    std::fprintf(stderr, "usage: pc_concurrent_editor setup|edit LOCATION ...\n");
    return 2;
}
