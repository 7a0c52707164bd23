#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

class ConnectionSpec;

// Service database passwords kept in the operating system's keychain (QtKeychain: the Secret
// Service or KWallet on Linux, the Keychain on macOS, the Credential Manager on Windows), only
// when the user ticks "Remember in this computer's keychain" at the sign-in prompt. A password
// is never written to settings, a log or the URL. Where the computer has no keychain service
// (a CI machine, a desktop without one), unavailableReason() says why and nothing is kept.
class PasswordKeychain {
    Q_DECLARE_TR_FUNCTIONS(PasswordKeychain)

public:
    virtual ~PasswordKeychain() = default;

    // One plain sentence saying why passwords cannot be kept on this computer; empty when they
    // can.
    virtual QString unavailableReason() = 0;
    // The password kept for account, if any.
    virtual std::optional<QString> read(const QString &account) = 0;
    // Keeps it; false when the keychain refused.
    virtual bool store(const QString &account, const QString &password) = 0;
    virtual void forget(const QString &account) = 0;

    // The keychain the GUI uses: the system's, unless a test has put its own in place.
    static PasswordKeychain &instance();
    // Tests only: use keychain (borrowed) instead of the system's; nullptr goes back to it.
    static void setInstance(PasswordKeychain *keychain);
    // The account a connection's password is kept under: its address, which never holds the
    // password.
    static QString accountFor(const ConnectionSpec &spec);
};
