#include "FileSizeLimit.h"
#include "io/OutputFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

// OutputFile writes a file whole or not at all, readable by its owner only, and says why not.
class tst_OutputFile : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void writesTheWholeFileForTheOwnerOnly();
    void replacesThePreviousFileOnlyOnSuccess();
    void aWriterThatFailsLeavesThePreviousFile();
    void aFullDiskLeavesThePreviousFileAndSaysSo();
    void aFullDiskWithNoPreviousFileLeavesNothing();
    void aMissingFolderIsNamed();
    void aFolderWithoutPermissionIsNamed();
    void makePrivatePathCreatesEveryMissingFolderForTheOwnerOnly();

private:
    static QByteArray read(const QString &path);
    static mode_t modeOf(const QString &path);
    static QStringList entries(const QString &folder);
    static bool writeBytes(const QString &path, const QByteArray &bytes, QString *error);

    QTemporaryDir m_dir;
    mode_t m_umask = 0;
};

QByteArray tst_OutputFile::read(const QString &path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

mode_t tst_OutputFile::modeOf(const QString &path) {
    struct stat info {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return 0;
    return info.st_mode & 07777;
}

QStringList tst_OutputFile::entries(const QString &folder) {
    return QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::System |
                                  QDir::NoDotAndDotDot);
}

bool tst_OutputFile::writeBytes(const QString &path, const QByteArray &bytes, QString *error) {
    return OutputFile::write(
        path,
        [&bytes](QIODevice *device, QString *) { return device->write(bytes) == bytes.size(); },
        error);
}

void tst_OutputFile::init() {
    // A permissive umask, as on many desktops: the class must not rely on it.
    m_umask = ::umask(022);
    QVERIFY(m_dir.isValid());
    const QDir dir(m_dir.path());
    for (const QString &name : entries(m_dir.path()))
        QVERIFY(QFileInfo(dir.filePath(name)).isDir() ? QDir(dir.filePath(name)).removeRecursively()
                                                      : QFile::remove(dir.filePath(name)));
}

void tst_OutputFile::cleanup() {
    ::umask(m_umask);
}

void tst_OutputFile::writesTheWholeFileForTheOwnerOnly() {
    const QString path = m_dir.filePath(QStringLiteral("report.csv"));
    QString error;
    QVERIFY2(writeBytes(path, QByteArrayLiteral("a,b\n1,2\n"), &error), qPrintable(error));
    QCOMPARE(read(path), QByteArrayLiteral("a,b\n1,2\n"));
    QCOMPARE(modeOf(path), mode_t(0600));
    QCOMPARE(entries(m_dir.path()), QStringList{QStringLiteral("report.csv")});
}

void tst_OutputFile::replacesThePreviousFileOnlyOnSuccess() {
    const QString path = m_dir.filePath(QStringLiteral("report.csv"));
    QVERIFY(writeBytes(path, QByteArrayLiteral("old"), nullptr));
    OutputFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(QByteArrayLiteral("new")), qint64(3));
    // Until the commit, the previous file is what a reader sees.
    QCOMPARE(read(path), QByteArrayLiteral("old"));
    QVERIFY(file.commit());
    QCOMPARE(read(path), QByteArrayLiteral("new"));
    QCOMPARE(file.failure(), OutputFile::Failure::None);
}

void tst_OutputFile::aWriterThatFailsLeavesThePreviousFile() {
    const QString path = m_dir.filePath(QStringLiteral("export.csv"));
    QVERIFY(writeBytes(path, QByteArrayLiteral("previous"), nullptr));
    QString error;
    QVERIFY(!OutputFile::write(
        path,
        [](QIODevice *device, QString *writerError) {
            device->write(QByteArrayLiteral("half a file"));
            *writerError = QStringLiteral("the database could not be read");
            return false;
        },
        &error));
    QCOMPARE(error, QStringLiteral("the database could not be read"));
    QCOMPARE(read(path), QByteArrayLiteral("previous"));
    QCOMPARE(entries(m_dir.path()), QStringList{QStringLiteral("export.csv")});
}

void tst_OutputFile::aFullDiskLeavesThePreviousFileAndSaysSo() {
    const QString path = m_dir.filePath(QStringLiteral("q3.pdf"));
    const QByteArray previous(3000, 'p');
    QVERIFY(writeBytes(path, previous, nullptr));
    QString error;
    bool written = true;
    {
        const FileSizeLimit limit(4096);
        QVERIFY(limit.isApplied());
        written = writeBytes(path, QByteArray(100000, 'n'), &error);
    }
    QVERIFY(!written);
    QCOMPARE(error, QStringLiteral("The disk is full: %1 was not changed.").arg(path));
    QCOMPARE(read(path), previous);
    QCOMPARE(entries(m_dir.path()), QStringList{QStringLiteral("q3.pdf")});
}

void tst_OutputFile::aFullDiskWithNoPreviousFileLeavesNothing() {
    const QString path = m_dir.filePath(QStringLiteral("q3.csv"));
    OutputFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    {
        const FileSizeLimit limit(1024);
        QVERIFY(limit.isApplied());
        // A writer that ignores write errors (QTextStream does) must still not commit.
        file.write(QByteArray(5000, 'x'));
        file.write(QByteArray(10, 'y'));
    }
    QVERIFY(!file.commit());
    QCOMPARE(file.failure(), OutputFile::Failure::DiskFull);
    QCOMPARE(file.message(), QStringLiteral("The disk is full: %1 was not written.").arg(path));
    QVERIFY(entries(m_dir.path()).isEmpty());
}

void tst_OutputFile::aMissingFolderIsNamed() {
    const QString folder = m_dir.filePath(QStringLiteral("no-such-folder"));
    QString error;
    QVERIFY(!writeBytes(folder + QStringLiteral("/r.csv"), QByteArrayLiteral("x"), &error));
    QCOMPARE(error,
             QStringLiteral("The folder %1 does not exist: %1/r.csv was not written.").arg(folder));
    QVERIFY(!QFileInfo::exists(folder));
}

void tst_OutputFile::aFolderWithoutPermissionIsNamed() {
    if (::geteuid() == 0)
        QSKIP("root may write anywhere");
    const QString folder = m_dir.filePath(QStringLiteral("locked"));
    QVERIFY(QDir().mkdir(folder));
    QVERIFY(QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner));
    QString error;
    const bool written = writeBytes(folder + QStringLiteral("/r.csv"), "x", &error);
    QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QVERIFY(!written);
    QCOMPARE(
        error,
        QStringLiteral("You do not have permission to write %1/r.csv in that folder.").arg(folder));
}

void tst_OutputFile::makePrivatePathCreatesEveryMissingFolderForTheOwnerOnly() {
    const QString existing = m_dir.filePath(QStringLiteral("shared"));
    QVERIFY(QDir().mkdir(existing));
    QVERIFY(QFile::setPermissions(existing, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                                QFile::ReadGroup | QFile::ExeGroup |
                                                QFile::ReadOther | QFile::ExeOther));
    const QString deepest = existing + QStringLiteral("/cache/peaks/paths");
    QVERIFY(OutputFile::makePrivatePath(deepest));
    QVERIFY(OutputFile::makePrivatePath(deepest)); // already there
    QCOMPARE(modeOf(existing), mode_t(0755));      // not ours to change
    QCOMPARE(modeOf(existing + QStringLiteral("/cache")), mode_t(0700));
    QCOMPARE(modeOf(existing + QStringLiteral("/cache/peaks")), mode_t(0700));
    QCOMPARE(modeOf(deepest), mode_t(0700));
}

QTEST_GUILESS_MAIN(tst_OutputFile)
#include "tst_OutputFile.moc"
