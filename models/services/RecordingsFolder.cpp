#include "RecordingsFolder.h"

#include "domain/RecordingPaths.h"
#include "settings/Settings.h"
#include "storage/Database.h"
#include "storage/StorageError.h"

#include <QDir>
#include <QFileInfo>

RecordingsFolder::RecordingsFolder(Database &database, Settings *settings)
    : m_database(database)
    , m_settings(settings) {
    if (m_settings == nullptr) {
        m_ownSettings = std::make_unique<Settings>();
        m_settings = m_ownSettings.get();
    }
}

RecordingsFolder::~RecordingsFolder() = default;

QString RecordingsFolder::organisationRoot() const {
    if (!m_database.isOpen())
        return {};
    Settings reader;
    reader.attachDatabase(&m_database);
    try {
        return reader.value(Settings::Key::OrganisationRecordingsRoot).toString().trimmed();
    } catch (const StorageError &) {
        return {};
    }
}

void RecordingsFolder::setOrganisationRoot(const QString &root) {
    // Through the application's settings, so the change is audited under the acting user.
    Settings writer;
    writer.attachDatabase(&m_database);
    writer.setValue(Settings::Key::OrganisationRecordingsRoot, root.trimmed());
}

QString RecordingsFolder::thisComputersRoot() const {
    return m_settings->recordingsRoot().trimmed();
}

void RecordingsFolder::setThisComputersRoot(const QString &root) {
    const QString folder = root.trimmed();
    m_settings->setRecordingsRoot(folder.isEmpty() ? QString() : QDir::cleanPath(folder));
    m_settings->sync();
}

QString RecordingsFolder::rootFrom(const QString &thisComputers, const QString &organisations) {
    return thisComputers.trimmed().isEmpty() ? organisations.trimmed() : thisComputers.trimmed();
}

QString RecordingsFolder::root() const {
    return rootFrom(thisComputersRoot(), organisationRoot());
}

QString RecordingsFolder::resolve(const QString &stored) const {
    return RecordingPaths::resolve(stored, root(), m_database.folder());
}

QString RecordingsFolder::toStored(const QString &absolutePath) const {
    return RecordingPaths::toStored(absolutePath, root());
}
