#include "Settings.h"

#include "policy/ReportSettings.h"
#include "storage/OrganisationSettingsRepository.h"

#include <QHash>
#include <QtGlobal>

#include <algorithm>

#include <stdexcept>

namespace {

using Key = Settings::Key;
using Scope = Settings::Scope;

QHash<Key, Settings::Entry> makeTable() {
    const QVariant none;
    const QString user = qEnvironmentVariable("USER", QStringLiteral("evaluator"));
    const QList<Settings::Entry> entries = {
        {Key::LastDatabase, QStringLiteral("storage/lastDatabase"), Scope::Machine, QString(), none,
         none},
        {Key::RecordingsRoot, QStringLiteral("storage/recordingsRoot"), Scope::Machine, QString(),
         none, none},
        {Key::SkipShortMs, QStringLiteral("player/skipShortMs"), Scope::Machine, 5000, 500, 60000},
        {Key::SkipLongMs, QStringLiteral("player/skipLongMs"), Scope::Machine, 15000, 1000, 300000},
        {Key::AutoRewindMs, QStringLiteral("player/autoRewindMs"), Scope::Machine, 2000, 0, 10000},
        {Key::Volume, QStringLiteral("player/volume"), Scope::Machine, 1.0, 0.0, 1.0},
        {Key::Shortcut, QStringLiteral("shortcuts"), Scope::Machine, QString(), none, none, true},
        {Key::DefaultWindowMinutes, QStringLiteral("coding/defaultWindowMinutes"), Scope::Machine,
         20, 1, 600},
        {Key::CoderUsername, QStringLiteral("coding/coderUsername"), Scope::Machine, user, none,
         none},
        {Key::ItemTextPack, QStringLiteral("measures/itemTextPack"), Scope::Machine, QString(),
         none, none},
        {Key::WindowGeometry, QStringLiteral("window/geometry"), Scope::Machine, QByteArray(), none,
         none},
        {Key::WindowState, QStringLiteral("window/state"), Scope::Machine, QByteArray(), none,
         none},
        {Key::ViewState, QStringLiteral("views"), Scope::Machine, QByteArray(), none, none, true},
        {Key::SuppressionThreshold, OrganisationSettingsRepository::thresholdKey(),
         Scope::Organisation, ReportSettings::minimumThreshold, ReportSettings::minimumThreshold,
         ReportSettings::maximumThreshold},
        {Key::FollowUpWeeks, OrganisationSettingsRepository::followUpWeeksKey(),
         Scope::Organisation, none, ReportSettings::minimumFollowUpWeeks,
         ReportSettings::maximumFollowUpWeeks},
        {Key::Identity, QStringLiteral("identity"), Scope::Machine, QString(), none, none, true},
        {Key::PauseWhileTyping, QStringLiteral("coding/pauseWhileTyping"), Scope::Machine, false,
         none, none},
        {Key::ServiceConnection, QStringLiteral("storage/serviceConnection"), Scope::Machine,
         QString(), none, none},
        {Key::OrganisationRecordingsRoot, OrganisationSettingsRepository::recordingsRootKey(),
         Scope::Organisation, QString(), none, none},
    };
    QHash<Key, Settings::Entry> table;
    for (const Settings::Entry &entry : entries)
        table.insert(entry.key, entry);
    return table;
}

const QHash<Key, Settings::Entry> &table() {
    static const QHash<Key, Settings::Entry> entries = makeTable();
    return entries;
}

// Machine numbers are held inside their bounds, as the preferences dialog's spin boxes are.
QVariant bounded(const Settings::Entry &entry, const QVariant &value) {
    if (!entry.minimum.isValid())
        return value;
    if (entry.defaultValue.typeId() == QMetaType::Double)
        return qBound(entry.minimum.toDouble(), value.toDouble(), entry.maximum.toDouble());
    return qBound(entry.minimum.toInt(), value.toInt(), entry.maximum.toInt());
}

QVariant typed(const Settings::Entry &entry, const QVariant &value) {
    if (entry.defaultValue.typeId() == QMetaType::QByteArray)
        return value.toByteArray();
    if (entry.defaultValue.typeId() == QMetaType::QString)
        return value.toString();
    return bounded(entry, value);
}

} // namespace

const Settings::Entry &Settings::entry(Key key) {
    const auto found = table().constFind(key);
    if (found == table().cend())
        throw std::logic_error("a settings key without an entry in the table");
    return *found;
}

QList<Settings::Key> Settings::keys() {
    QList<Key> all = table().keys();
    std::sort(all.begin(), all.end());
    return all;
}

Settings::Settings(QObject *parent)
    : QObject(parent)
    , m_settings(std::make_unique<QSettings>()) {}

Settings::Settings(std::unique_ptr<QSettings> backing, QObject *parent)
    : QObject(parent)
    , m_settings(std::move(backing)) {}

Settings::~Settings() = default;

void Settings::attachDatabase(Database *database) {
    m_database = database;
}

QString Settings::storedName(const Entry &entry, const QString &subKey) const {
    return entry.family ? entry.name + QLatin1Char('/') + subKey : entry.name;
}

QVariant Settings::value(Key key, const QString &subKey) const {
    const Entry &e = entry(key);
    if (e.scope == Scope::Organisation)
        return organisationValue(e);
    return typed(e, m_settings->value(storedName(e, subKey), e.defaultValue));
}

void Settings::setValue(Key key, const QVariant &value, const QString &subKey) {
    const Entry &e = entry(key);
    if (e.scope == Scope::Organisation) {
        if (setOrganisationValue(e, value))
            emit changed(key);
        return;
    }
    const QString name = storedName(e, subKey);
    // Compared as typed values: a number read back from an INI file is text until converted.
    const auto stored = [&] {
        return m_settings->contains(name) ? typed(e, m_settings->value(name)) : QVariant();
    };
    const QVariant before = stored();
    if (!value.isValid())
        m_settings->remove(name);
    else
        m_settings->setValue(name, typed(e, value));
    if (stored() != before)
        emit changed(key);
}

Database &Settings::organisationDatabase(const Entry &entry) const {
    if (m_database == nullptr)
        throw std::logic_error(qPrintable(QStringLiteral("the organisation setting %1 needs a "
                                                         "database")
                                              .arg(entry.name)));
    return *m_database;
}

QVariant Settings::organisationValue(const Entry &entry) const {
    if (entry.key == Key::OrganisationRecordingsRoot)
        return OrganisationSettingsRepository(organisationDatabase(entry)).recordingsRoot();
    const ReportSettings stored =
        OrganisationSettingsRepository(organisationDatabase(entry)).reportSettings();
    if (entry.key == Key::SuppressionThreshold)
        return stored.suppressionThreshold;
    return stored.followUpWeeks ? QVariant(*stored.followUpWeeks) : QVariant();
}

// The repository validates and audits; a privacy threshold outside what is allowed is refused
// (StorageError), never quietly clamped.
bool Settings::setOrganisationValue(const Entry &entry, const QVariant &value) {
    OrganisationSettingsRepository repository(organisationDatabase(entry));
    if (entry.key == Key::OrganisationRecordingsRoot)
        return repository.saveRecordingsRoot(value.toString(), coderUsername());
    if (entry.key == Key::SuppressionThreshold) {
        ReportSettings settings = repository.reportSettings();
        settings.suppressionThreshold =
            value.isValid() ? value.toInt() : entry.defaultValue.toInt();
        return repository.saveReportSettings(settings, coderUsername());
    }
    const std::optional<int> before = repository.reportSettings().followUpWeeks;
    const std::optional<int> weeks =
        value.isValid() ? std::optional<int>(value.toInt()) : std::nullopt;
    repository.saveFollowUpWeeks(weeks, coderUsername());
    return weeks != before;
}

QString Settings::lastDatabase() const {
    return value(Key::LastDatabase).toString();
}

void Settings::setLastDatabase(const QString &path) {
    setValue(Key::LastDatabase, path);
}

QString Settings::recordingsRoot() const {
    return value(Key::RecordingsRoot).toString();
}

void Settings::setRecordingsRoot(const QString &path) {
    setValue(Key::RecordingsRoot, path);
}

int Settings::skipShortMs() const {
    return value(Key::SkipShortMs).toInt();
}

void Settings::setSkipShortMs(int ms) {
    setValue(Key::SkipShortMs, ms);
}

int Settings::skipLongMs() const {
    return value(Key::SkipLongMs).toInt();
}

void Settings::setSkipLongMs(int ms) {
    setValue(Key::SkipLongMs, ms);
}

int Settings::autoRewindMs() const {
    return value(Key::AutoRewindMs).toInt();
}

void Settings::setAutoRewindMs(int ms) {
    setValue(Key::AutoRewindMs, ms);
}

double Settings::volume() const {
    return value(Key::Volume).toDouble();
}

void Settings::setVolume(double volume) {
    setValue(Key::Volume, volume);
}

QString Settings::shortcut(const QString &action) const {
    return value(Key::Shortcut, action).toString();
}

void Settings::setShortcut(const QString &action, const QString &sequence) {
    setValue(Key::Shortcut, sequence.isEmpty() ? QVariant() : QVariant(sequence), action);
}

int Settings::defaultWindowMinutes() const {
    return value(Key::DefaultWindowMinutes).toInt();
}

void Settings::setDefaultWindowMinutes(int minutes) {
    setValue(Key::DefaultWindowMinutes, minutes);
}

namespace {

QString &sessionCoder() {
    static QString name;
    return name;
}

} // namespace

QString Settings::coderUsername() const {
    if (!sessionCoder().isEmpty())
        return sessionCoder();
    return value(Key::CoderUsername).toString();
}

QString Settings::sessionCoderUsername() {
    return sessionCoder();
}

void Settings::setSessionCoderUsername(const QString &username) {
    sessionCoder() = username.trimmed();
}

QString Settings::identityFor(const QString &databaseKey) const {
    return value(Key::Identity, databaseKey).toString();
}

void Settings::setIdentityFor(const QString &databaseKey, const QString &username) {
    setValue(Key::Identity, username, databaseKey);
}

void Settings::setCoderUsername(const QString &username) {
    setValue(Key::CoderUsername, username);
}

// The legacy keys are read raw: they are not in the table because nothing may set them now.
std::optional<int> Settings::takeLegacyFollowUpWeeks() {
    const QString key = QStringLiteral("measures/followUpWeeks");
    bool ok = false;
    const int weeks = m_settings->value(key).toInt(&ok);
    m_settings->remove(key);
    return ok ? std::optional<int>(weeks) : std::nullopt;
}

QString Settings::itemTextPackPath() const {
    return value(Key::ItemTextPack).toString();
}

void Settings::setItemTextPackPath(const QString &path) {
    setValue(Key::ItemTextPack, path);
}

// Before the threshold lived in the database, each machine kept it under the same name.
std::optional<int> Settings::legacySuppressionThreshold() const {
    bool ok = false;
    const int threshold = m_settings->value(entry(Key::SuppressionThreshold).name).toInt(&ok);
    return ok ? std::optional<int>(threshold) : std::nullopt;
}

QByteArray Settings::windowGeometry() const {
    return value(Key::WindowGeometry).toByteArray();
}

void Settings::setWindowGeometry(const QByteArray &geometry) {
    setValue(Key::WindowGeometry, geometry);
}

QByteArray Settings::windowState() const {
    return value(Key::WindowState).toByteArray();
}

void Settings::setWindowState(const QByteArray &state) {
    setValue(Key::WindowState, state);
}

QByteArray Settings::viewState(const QString &view) const {
    return value(Key::ViewState, view).toByteArray();
}

void Settings::setViewState(const QString &view, const QByteArray &state) {
    setValue(Key::ViewState, state, view);
}

void Settings::sync() {
    m_settings->sync();
}
