#include "Settings.h"

#include <QtGlobal>

Settings::Settings()
    : m_settings(std::make_unique<QSettings>()) {}

Settings::Settings(std::unique_ptr<QSettings> backing)
    : m_settings(std::move(backing)) {}

Settings::~Settings() = default;

QVariant Settings::value(const QString &key, const QVariant &fallback) const {
    return m_settings->value(key, fallback);
}

void Settings::setValue(const QString &key, const QVariant &value) {
    m_settings->setValue(key, value);
}

QString Settings::lastDatabase() const {
    return value(QStringLiteral("storage/lastDatabase"), QString()).toString();
}

void Settings::setLastDatabase(const QString &path) {
    setValue(QStringLiteral("storage/lastDatabase"), path);
}

QString Settings::recordingsRoot() const {
    return value(QStringLiteral("storage/recordingsRoot"), QString()).toString();
}

void Settings::setRecordingsRoot(const QString &path) {
    setValue(QStringLiteral("storage/recordingsRoot"), path);
}

int Settings::skipShortMs() const {
    return qBound(500, value(QStringLiteral("player/skipShortMs"), 5000).toInt(), 60000);
}

void Settings::setSkipShortMs(int ms) {
    setValue(QStringLiteral("player/skipShortMs"), qBound(500, ms, 60000));
}

int Settings::skipLongMs() const {
    return qBound(1000, value(QStringLiteral("player/skipLongMs"), 15000).toInt(), 300000);
}

void Settings::setSkipLongMs(int ms) {
    setValue(QStringLiteral("player/skipLongMs"), qBound(1000, ms, 300000));
}

int Settings::autoRewindMs() const {
    return qBound(0, value(QStringLiteral("player/autoRewindMs"), 2000).toInt(), 10000);
}

void Settings::setAutoRewindMs(int ms) {
    setValue(QStringLiteral("player/autoRewindMs"), qBound(0, ms, 10000));
}

double Settings::volume() const {
    return qBound(0.0, value(QStringLiteral("player/volume"), 1.0).toDouble(), 1.0);
}

void Settings::setVolume(double volume) {
    setValue(QStringLiteral("player/volume"), qBound(0.0, volume, 1.0));
}

QString Settings::shortcut(const QString &action) const {
    return value(QStringLiteral("shortcuts/") + action, QString()).toString();
}

void Settings::setShortcut(const QString &action, const QString &sequence) {
    if (sequence.isEmpty())
        m_settings->remove(QStringLiteral("shortcuts/") + action);
    else
        setValue(QStringLiteral("shortcuts/") + action, sequence);
}

int Settings::defaultWindowMinutes() const {
    return qBound(1, value(QStringLiteral("coding/defaultWindowMinutes"), 20).toInt(), 600);
}

void Settings::setDefaultWindowMinutes(int minutes) {
    setValue(QStringLiteral("coding/defaultWindowMinutes"), qBound(1, minutes, 600));
}

QString Settings::coderUsername() const {
    const QString fallback = qEnvironmentVariable("USER", QStringLiteral("evaluator"));
    return value(QStringLiteral("coding/coderUsername"), fallback).toString();
}

void Settings::setCoderUsername(const QString &username) {
    setValue(QStringLiteral("coding/coderUsername"), username);
}

std::optional<int> Settings::takeLegacyFollowUpWeeks() {
    const QString key = QStringLiteral("measures/followUpWeeks");
    bool ok = false;
    const int weeks = value(key, QVariant()).toInt(&ok);
    m_settings->remove(key);
    return ok ? std::optional<int>(weeks) : std::nullopt;
}

QString Settings::itemTextPackPath() const {
    return value(QStringLiteral("measures/itemTextPack"), QString()).toString();
}

void Settings::setItemTextPackPath(const QString &path) {
    setValue(QStringLiteral("measures/itemTextPack"), path);
}

std::optional<int> Settings::legacySuppressionThreshold() const {
    bool ok = false;
    const int threshold =
        value(QStringLiteral("reports/suppressionThreshold"), QVariant()).toInt(&ok);
    return ok ? std::optional<int>(threshold) : std::nullopt;
}

QByteArray Settings::windowGeometry() const {
    return value(QStringLiteral("window/geometry"), QByteArray()).toByteArray();
}

void Settings::setWindowGeometry(const QByteArray &geometry) {
    setValue(QStringLiteral("window/geometry"), geometry);
}

QByteArray Settings::windowState() const {
    return value(QStringLiteral("window/state"), QByteArray()).toByteArray();
}

void Settings::setWindowState(const QByteArray &state) {
    setValue(QStringLiteral("window/state"), state);
}

QByteArray Settings::viewState(const QString &view) const {
    return value(QStringLiteral("views/") + view, QByteArray()).toByteArray();
}

void Settings::setViewState(const QString &view, const QByteArray &state) {
    setValue(QStringLiteral("views/") + view, state);
}

void Settings::sync() {
    m_settings->sync();
}
