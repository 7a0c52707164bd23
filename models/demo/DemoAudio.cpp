#include "DemoAudio.h"

#include "io/OutputFile.h"
#include "storage/StorageError.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

const QString resourceFolder = QStringLiteral(":/demo/");

StorageError manifestError(const QString &detail) {
    return StorageError(StorageError::Kind::Invalid,
                        QStringLiteral("The demo recordings' manifest is damaged: %1").arg(detail));
}

QString sha256OfBytes(const QByteArray &bytes) {
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

} // namespace

QList<DemoAudio::Clip> DemoAudio::clips() {
    QFile file(resourceFolder + QStringLiteral("manifest.json"));
    if (!file.open(QIODevice::ReadOnly))
        throw manifestError(file.errorString());
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (document.isNull())
        throw manifestError(parseError.errorString());
    QList<Clip> result;
    const QJsonArray recordings = document.object().value(QStringLiteral("recordings")).toArray();
    for (const QJsonValue &value : recordings) {
        const QJsonObject object = value.toObject();
        Clip clip;
        clip.file = object.value(QStringLiteral("file")).toString();
        clip.title = object.value(QStringLiteral("title")).toString();
        clip.sessionType = object.value(QStringLiteral("session_type")).toString();
        clip.durationMs = object.value(QStringLiteral("duration_ms")).toInteger();
        if (clip.file.isEmpty() || clip.durationMs <= 0)
            throw manifestError(QStringLiteral("a recording has no file or duration"));
        const QJsonArray turns = object.value(QStringLiteral("turns")).toArray();
        for (const QJsonValue &turnValue : turns) {
            const QJsonObject turnObject = turnValue.toObject();
            Turn turn;
            turn.speaker = turnObject.value(QStringLiteral("speaker")).toString();
            turn.startMs = turnObject.value(QStringLiteral("start_ms")).toInteger();
            turn.endMs = turnObject.value(QStringLiteral("end_ms")).toInteger();
            turn.text = turnObject.value(QStringLiteral("text")).toString();
            if (turn.startMs < 0 || turn.endMs < turn.startMs || turn.endMs > clip.durationMs)
                throw manifestError(
                    QStringLiteral("a turn of %1 lies outside the recording").arg(clip.file));
            const QJsonObject note = turnObject.value(QStringLiteral("note")).toObject();
            if (!note.isEmpty()) {
                turn.noteKind = note.value(QStringLiteral("kind")).toString();
                turn.noteText = note.value(QStringLiteral("text")).toString();
                for (const QJsonValue &skill : note.value(QStringLiteral("skills")).toArray())
                    turn.noteSkills.append(skill.toString());
            }
            clip.turns.append(turn);
        }
        result.append(clip);
    }
    if (result.isEmpty())
        throw manifestError(QStringLiteral("it lists no recordings"));
    return result;
}

QString DemoAudio::install(const Clip &clip, const QString &folder, QString *sha256) {
    QFile source(resourceFolder + clip.file);
    if (!source.open(QIODevice::ReadOnly))
        throw StorageError(
            StorageError::Kind::NotFound,
            QStringLiteral("The demo recording %1 is missing from this build.").arg(clip.file));
    const QByteArray bytes = source.readAll();
    const QString hash = sha256OfBytes(bytes);

    const QDir dir(folder);
    if (!dir.exists() && !OutputFile::makePrivatePath(dir.absolutePath()))
        throw StorageError(StorageError::Kind::CannotOpen,
                           QStringLiteral("The folder %1 could not be created for the demo "
                                          "recordings.")
                               .arg(dir.absolutePath()));
    const QFileInfo name(clip.file);
    QString target = dir.absoluteFilePath(clip.file);
    for (int n = 2; QFileInfo::exists(target); ++n) {
        // An earlier demo may have left the same file behind: reuse it rather than copy again.
        if (sha256Of(target) == hash) {
            *sha256 = hash;
            return target;
        }
        target = dir.absoluteFilePath(
            QStringLiteral("%1-%2.%3").arg(name.completeBaseName()).arg(n).arg(name.suffix()));
    }
    QString error;
    if (!OutputFile::write(
            target,
            [&bytes](QIODevice *device, QString *) { return device->write(bytes) == bytes.size(); },
            &error))
        throw StorageError(
            StorageError::Kind::CannotOpen,
            QStringLiteral("The demo recording could not be written. %1").arg(error));
    *sha256 = hash;
    return target;
}

QString DemoAudio::sha256Of(const QString &path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file))
        return {};
    return QString::fromLatin1(hash.result().toHex());
}
