#pragma once

#include <QCoreApplication>
#include <QIODevice>
#include <QSaveFile>
#include <QString>

#include <functional>

// Writes one file the user asked for (a report, an export, a PDF, a cache entry) whole or not at
// all. The bytes go to a temporary file that QSaveFile creates exclusively, under a name nobody
// can predict, in the target's own folder, readable by the owner only. Every write is checked,
// the data is flushed to the disk, and only then does commit() put the file in place. After any
// failure the previous file is exactly as it was, nothing temporary is left behind, and
// message() names the cause in words the user can act on ("The disk is full: q3.pdf was not
// changed."). The CLI and the GUI both write through this class.
class OutputFile : public QIODevice {
    Q_DECLARE_TR_FUNCTIONS(OutputFile)

public:
    enum class Failure { None, DiskFull, NoPermission, NoFolder, Other };

    explicit OutputFile(const QString &path);
    // Discards the temporary file unless commit() succeeded.
    ~OutputFile() override;

    // Only QIODevice::WriteOnly (with Text, if wanted) makes sense here.
    bool open(OpenMode mode) override;
    bool isSequential() const override { return true; }
    using QIODevice::write;
    // Puts the file in place; false (and the previous file untouched) after any failure.
    bool commit();

    QString path() const { return m_path; }
    Failure failure() const { return m_failure; }
    // One sentence for the user; empty while nothing has failed.
    QString message() const;

    // Marks the file as failed for this errno, as if a write to it had failed: for a writer
    // that must make the data elsewhere first (a library that writes only to a named file), so
    // that message() names the cause in the same words, and commit() puts nothing in place.
    void failWith(int error) { failWithErrno(error); }

    // Writes path with writer, then commits. On failure returns false with *error set: the
    // writer's own reason, unless the file itself failed (a full disk), which wins.
    using Writer = std::function<bool(QIODevice *device, QString *error)>;
    static bool write(const QString &path, const Writer &writer, QString *error);

    // Creates folder and any missing parents, each readable by the owner only, whatever the
    // umask. Folders that already exist keep their permissions.
    static bool makePrivatePath(const QString &folder);

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 size) override;

private:
    void failWithErrno(int error);

    QString m_path;
    QSaveFile m_file;
    bool m_existed = false;
    Failure m_failure = Failure::None;
    QString m_detail;
};
