#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>

#include <csignal>
#include <sys/resource.h>

// A full disk, for real and without root: while this lives, no file of this process may grow
// past the limit (RLIMIT_FSIZE), and the write that would fails with EFBIG instead of raising
// SIGXFSZ, which is ignored meanwhile. Files already larger can still be rewritten in place, as
// on a full disk. Restores the limit and the signal's handler when it goes. Only for
// single-threaded moments of a test.
class FileSizeLimit {
public:
    explicit FileSizeLimit(rlim_t bytes) { apply(bytes); }
    // Empties `database`'s write-ahead log first, so that its next commit has to grow the log
    // past the limit however much the log held before.
    explicit FileSizeLimit(const QSqlDatabase &database, rlim_t bytes = 4096) {
        QSqlQuery checkpoint(database);
        checkpoint.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        apply(bytes);
    }
    ~FileSizeLimit() { lift(); }
    FileSizeLimit(const FileSizeLimit &) = delete;
    FileSizeLimit &operator=(const FileSizeLimit &) = delete;

    bool isApplied() const { return m_applied; }
    void lift() {
        if (!m_applied)
            return;
        setrlimit(RLIMIT_FSIZE, &m_before);
        std::signal(SIGXFSZ, m_handler);
        m_applied = false;
    }

private:
    void apply(rlim_t bytes) {
        m_handler = std::signal(SIGXFSZ, SIG_IGN);
        getrlimit(RLIMIT_FSIZE, &m_before);
        rlimit limit = m_before;
        limit.rlim_cur = bytes;
        m_applied = setrlimit(RLIMIT_FSIZE, &limit) == 0;
    }

    rlimit m_before{};
    void (*m_handler)(int) = SIG_DFL;
    bool m_applied = false;
};
