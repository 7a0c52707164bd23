#include "ServiceSignIn.h"

#include "PasswordKeychain.h"
#include "SignInDialog.h"
#include "services/ServiceConnection.h"
#include "storage/Database.h"

#include <QApplication>

namespace {

using Outcome = ServiceConnection::Outcome;

ServiceConnection::Attempt attempt(const ConnectionSpec &spec) {
    QApplication::setOverrideCursor(Qt::WaitCursor);
    ServiceConnection::Attempt result = ServiceConnection::open(spec);
    QApplication::restoreOverrideCursor();
    return result;
}

} // namespace

std::unique_ptr<Database> ServiceSignIn::connect(QWidget *parent, const ConnectionSpec &spec,
                                                 QString *problem) {
    problem->clear();
    PasswordKeychain &keychain = PasswordKeychain::instance();
    const QString account = PasswordKeychain::accountFor(spec);
    if (spec.isPostgres()) {
        if (const std::optional<QString> kept = keychain.read(account)) {
            ServiceConnection::Attempt first = attempt(spec.withPassword(*kept));
            if (first.outcome == Outcome::Opened)
                return std::move(first.database);
            // A password changed on the server since it was kept is of no more use.
            if (first.outcome == Outcome::PasswordRefused)
                keychain.forget(account);
        }
    }
    ServiceConnection::Attempt next = attempt(spec);
    while (next.outcome == Outcome::PasswordNeeded || next.outcome == Outcome::PasswordRefused) {
        const std::optional<SignInDialog::Answer> answer = SignInDialog::ask(
            parent, spec, keychain.unavailableReason(), next.outcome == Outcome::PasswordRefused);
        if (!answer)
            return nullptr;
        next = attempt(spec.withPassword(answer->password));
        if (next.outcome == Outcome::Opened && answer->remember)
            keychain.store(account, answer->password);
    }
    if (next.outcome == Outcome::Opened)
        return std::move(next.database);
    *problem = next.problem;
    return nullptr;
}
