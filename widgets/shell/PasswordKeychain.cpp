#include "PasswordKeychain.h"

#include "storage/ConnectionSpec.h"

#include <QEventLoop>
#include <QTimer>

#include <qt6keychain/keychain.h>

#include <memory>

namespace {

const QString keychainService = QStringLiteral("PracticeCoder service database");
// A keychain service that does not answer (a locked wallet nobody unlocks) must not hang the
// sign-in: after this long the keychain counts as not available.
constexpr int keychainWaitMs = 15000;

// Runs a QtKeychain job to its end (its API is asynchronous) and returns its error.
QKeychain::Error runToEnd(QKeychain::Job &job) {
    job.setAutoDelete(false);
    QEventLoop loop;
    bool finished = false;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, [&] {
        finished = true;
        loop.quit();
    });
    QTimer::singleShot(keychainWaitMs, &loop, &QEventLoop::quit);
    job.start();
    if (!finished)
        loop.exec();
    return finished ? job.error() : QKeychain::OtherError;
}

class SystemKeychain final : public PasswordKeychain {
public:
    QString unavailableReason() override {
        if (!m_reason) {
            // Asking for an entry nobody stored tells a working keychain (not found) from
            // none at all.
            QKeychain::ReadPasswordJob probe(keychainService);
            probe.setKey(QStringLiteral("practicecoder-keychain-probe"));
            const QKeychain::Error error = runToEnd(probe);
            m_reason = error == QKeychain::NoError || error == QKeychain::EntryNotFound
                           ? QString()
                           : tr("This computer has no keychain service that PracticeCoder can "
                                "use, so the password cannot be remembered.");
        }
        return *m_reason;
    }

    std::optional<QString> read(const QString &account) override {
        if (!unavailableReason().isEmpty())
            return std::nullopt;
        QKeychain::ReadPasswordJob job(keychainService);
        job.setKey(account);
        if (runToEnd(job) != QKeychain::NoError)
            return std::nullopt;
        return job.textData();
    }

    bool store(const QString &account, const QString &password) override {
        if (!unavailableReason().isEmpty())
            return false;
        QKeychain::WritePasswordJob job(keychainService);
        job.setKey(account);
        job.setTextData(password);
        return runToEnd(job) == QKeychain::NoError;
    }

    void forget(const QString &account) override {
        if (!unavailableReason().isEmpty())
            return;
        QKeychain::DeletePasswordJob job(keychainService);
        job.setKey(account);
        runToEnd(job);
    }

private:
    std::optional<QString> m_reason;
};

PasswordKeychain *&replacement() {
    static PasswordKeychain *keychain = nullptr;
    return keychain;
}

} // namespace

PasswordKeychain &PasswordKeychain::instance() {
    if (replacement())
        return *replacement();
    static SystemKeychain system;
    return system;
}

void PasswordKeychain::setInstance(PasswordKeychain *keychain) {
    replacement() = keychain;
}

QString PasswordKeychain::accountFor(const ConnectionSpec &spec) {
    // Without the TLS mode: choosing a stricter one is the same account on the same server.
    return spec.displayName();
}
