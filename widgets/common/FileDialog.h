#pragma once

#include <QString>
#include <QStringList>

class QWidget;

// Every file chooser goes through here, so that GUI tests never block: a test calls
// setNextFileName() and the next chooser returns that path without being shown (an empty
// string stands for the user cancelling).
class FileDialog {
public:
    static QString openFileName(QWidget *parent, const QString &caption, const QString &folder,
                                const QString &filter);
    static QString saveFileName(QWidget *parent, const QString &caption, const QString &folder,
                                const QString &filter);
    static QString existingFolder(QWidget *parent, const QString &caption, const QString &folder);
    // Several files chosen at once (Ctrl or Shift in the chooser); empty when cancelled.
    static QStringList openFileNames(QWidget *parent, const QString &caption, const QString &folder,
                                     const QString &filter);

    static void setNextFileName(const QString &path);
    // The next openFileNames() returns these without being shown.
    static void setNextFileNames(const QStringList &paths);

private:
    static bool takeNext(QString *path);
};
