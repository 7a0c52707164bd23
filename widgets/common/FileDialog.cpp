#include "FileDialog.h"

#include <QFileDialog>

#include <optional>

namespace {

std::optional<QString> &nextFileName() {
    static std::optional<QString> path;
    return path;
}

std::optional<QStringList> &nextFileNames() {
    static std::optional<QStringList> paths;
    return paths;
}

} // namespace

bool FileDialog::takeNext(QString *path) {
    if (!nextFileName())
        return false;
    *path = *nextFileName();
    nextFileName().reset();
    return true;
}

void FileDialog::setNextFileName(const QString &path) {
    nextFileName() = path;
}

QString FileDialog::openFileName(QWidget *parent, const QString &caption, const QString &folder,
                                 const QString &filter) {
    QString path;
    if (takeNext(&path))
        return path;
    return QFileDialog::getOpenFileName(parent, caption, folder, filter);
}

QString FileDialog::saveFileName(QWidget *parent, const QString &caption, const QString &folder,
                                 const QString &filter) {
    QString path;
    if (takeNext(&path))
        return path;
    return QFileDialog::getSaveFileName(parent, caption, folder, filter);
}

QString FileDialog::existingFolder(QWidget *parent, const QString &caption, const QString &folder) {
    QString path;
    if (takeNext(&path))
        return path;
    return QFileDialog::getExistingDirectory(parent, caption, folder);
}

void FileDialog::setNextFileNames(const QStringList &paths) {
    nextFileNames() = paths;
}

QStringList FileDialog::openFileNames(QWidget *parent, const QString &caption,
                                      const QString &folder, const QString &filter) {
    if (nextFileNames()) {
        const QStringList paths = *nextFileNames();
        nextFileNames().reset();
        return paths;
    }
    return QFileDialog::getOpenFileNames(parent, caption, folder, filter);
}
