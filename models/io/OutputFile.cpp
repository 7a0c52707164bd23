#include "OutputFile.h"

#include <QDir>
#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <sys/stat.h>
#include <unistd.h>

namespace {

constexpr mode_t PrivateFile = S_IRUSR | S_IWUSR;
constexpr mode_t PrivateFolder = S_IRWXU;

} // namespace

OutputFile::OutputFile(const QString &path)
    : m_path(path)
    , m_file(path) {}

OutputFile::~OutputFile() {
    // QSaveFile removes its temporary file when destroyed while still open.
    if (m_file.isOpen())
        m_file.cancelWriting();
}

bool OutputFile::open(OpenMode mode) {
    if (isOpen() || (mode & ReadOnly) || (mode & Append)) {
        m_failure = Failure::Other;
        m_detail = tr("it can only be opened once, for writing");
        return false;
    }
    const QFileInfo target(m_path);
    m_existed = target.exists();
    if (!target.absoluteDir().exists()) {
        m_failure = Failure::NoFolder;
        return false;
    }
    if (target.isDir()) {
        m_failure = Failure::Other;
        m_detail = tr("it is a folder");
        return false;
    }
    errno = 0;
    if (!m_file.open(QIODevice::WriteOnly)) {
        // QFileDevice keeps only a text, so read the cause from errno (set by the failed open)
        // and from the folder itself.
        const int openError = errno;
        const QByteArray folder = QFile::encodeName(target.absolutePath());
        const bool folderWritable = ::access(folder.constData(), W_OK) == 0;
        if (!folderWritable || (m_existed && !target.isWritable())) {
            m_failure = Failure::NoPermission;
        } else if (openError == ENOSPC || openError == EDQUOT) {
            m_failure = Failure::DiskFull;
        } else {
            m_failure = Failure::Other;
            m_detail = m_file.errorString();
        }
        return false;
    }
    // Set on the open descriptor, before any byte is written, so the data is never readable by
    // others, whatever the umask or the previous file's permissions.
    if (::fchmod(m_file.handle(), PrivateFile) != 0) {
        failWithErrno(errno);
        m_file.cancelWriting();
        return false;
    }
    return QIODevice::open(mode | Unbuffered);
}

qint64 OutputFile::readData(char *, qint64) {
    return -1;
}

qint64 OutputFile::writeData(const char *data, qint64 size) {
    if (m_failure != Failure::None || !m_file.isOpen())
        return -1;
    // Written straight to the descriptor so that the reason for a failure (errno) is exact:
    // QFileDevice reports only "write error".
    qint64 done = 0;
    while (done < size) {
        const ssize_t n = ::write(m_file.handle(), data + done, size_t(size - done));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            failWithErrno(errno);
            setErrorString(message());
            return -1;
        }
        done += n;
    }
    return done;
}

bool OutputFile::commit() {
    if (!isOpen() || !m_file.isOpen()) {
        if (m_failure == Failure::None) {
            m_failure = Failure::Other;
            m_detail = tr("it was not open");
        }
        return false;
    }
    QIODevice::close();
    if (m_failure != Failure::None) {
        m_file.cancelWriting();
        m_file.commit(); // discards the temporary file
        return false;
    }
    // Some file systems (network shares, quotas) report a full disk only when the data is
    // flushed; catch it before the previous file is replaced.
    if (::fsync(m_file.handle()) != 0 && errno != EINVAL) {
        failWithErrno(errno);
        m_file.cancelWriting();
        m_file.commit();
        return false;
    }
    if (!m_file.commit()) {
        m_failure = Failure::Other;
        m_detail = m_file.errorString();
        return false;
    }
    return true;
}

void OutputFile::failWithErrno(int error) {
    switch (error) {
    case ENOSPC:
    case EFBIG:
    case EDQUOT:
        m_failure = Failure::DiskFull;
        break;
    case EACCES:
    case EPERM:
        m_failure = Failure::NoPermission;
        break;
    default:
        m_failure = Failure::Other;
        m_detail = QString::fromLocal8Bit(std::strerror(error));
        break;
    }
}

QString OutputFile::message() const {
    const QString name = QDir::toNativeSeparators(m_path);
    switch (m_failure) {
    case Failure::None:
        return {};
    case Failure::DiskFull:
        return m_existed ? tr("The disk is full: %1 was not changed.").arg(name)
                         : tr("The disk is full: %1 was not written.").arg(name);
    case Failure::NoPermission:
        return m_existed
                   ? tr("You do not have permission to change %1: it was not changed.").arg(name)
                   : tr("You do not have permission to write %1 in that folder.").arg(name);
    case Failure::NoFolder:
        return tr("The folder %1 does not exist: %2 was not written.")
            .arg(QDir::toNativeSeparators(QFileInfo(m_path).absolutePath()), name);
    case Failure::Other:
        break;
    }
    return m_existed ? tr("%1 could not be written (%2): it was not changed.").arg(name, m_detail)
                     : tr("%1 could not be written (%2).").arg(name, m_detail);
}

bool OutputFile::write(const QString &path, const Writer &writer, QString *error) {
    OutputFile file(path);
    QString writerError;
    if (file.open(QIODevice::WriteOnly) && writer(&file, &writerError) && file.commit())
        return true;
    if (error) {
        *error = (file.failure() != Failure::None || writerError.isEmpty()) ? file.message()
                                                                            : writerError;
        if (error->isEmpty())
            *error = tr("%1 could not be written.").arg(QDir::toNativeSeparators(path));
    }
    return false;
}

bool OutputFile::makePrivatePath(const QString &folder) {
    const QString absolute = QDir::cleanPath(QDir(folder).absolutePath());
    if (QFileInfo(absolute).isDir())
        return true;
    const QString parent = QFileInfo(absolute).path();
    if (parent == absolute || !makePrivatePath(parent))
        return false;
    // The umask can only narrow mkdir's mode; chmod afterwards so that a stricter umask still
    // leaves a folder the owner can use.
    const QByteArray native = QFile::encodeName(absolute);
    if (::mkdir(native.constData(), PrivateFolder) != 0)
        return errno == EEXIST && QFileInfo(absolute).isDir();
    return ::chmod(native.constData(), PrivateFolder) == 0;
}
