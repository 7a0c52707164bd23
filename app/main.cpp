// PracticeCoder: with no subcommand it opens the application; with one it runs headless.

#include "CommandRegistry.h"
#include "GuiLauncher.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLibraryInfo>
#include <QLocale>
#include <QTextStream>
#include <QTranslator>

#include <sys/stat.h>
#include <unistd.h>

namespace {

void setApplicationIdentity() {
    QCoreApplication::setOrganizationName(QStringLiteral("PracticeCoder"));
    QCoreApplication::setApplicationName(QStringLiteral("PracticeCoder"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PRACTICECODER_VERSION));
}

// Loads the application's and Qt's own translations for the system locale, when we have them.
void installTranslations(QCoreApplication &app) {
    auto *own = new QTranslator(&app);
    if (own->load(QLocale(), QStringLiteral("practicecoder"), QStringLiteral("_"),
                  QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(own);
    auto *qt = new QTranslator(&app);
    if (qt->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
}

// Qt's platform start-up (QGuiApplication) looks in the XDG runtime folder for a Flatpak
// marker. Under cron, su or a root shell without a login session XDG_RUNTIME_DIR is unset, and
// Qt then warns on every run before falling back to a folder in /tmp; a scheduled command that
// succeeded would still mail that line every night. Name a private folder ourselves, the same
// kind Qt falls back to, so there is nothing to warn about. When it cannot be made safely (it
// exists but is not ours alone) the variable stays unset and Qt's warning is a true one.
void provideRuntimeFolder() {
    if (qEnvironmentVariableIsSet("XDG_RUNTIME_DIR"))
        return;
    const QByteArray folder = QFile::encodeName(QDir::tempPath()) + "/practicecoder-runtime-" +
                              QByteArray::number(::geteuid());
    ::mkdir(folder.constData(), 0700);
    struct stat info {};
    if (::lstat(folder.constData(), &info) != 0 || !S_ISDIR(info.st_mode) ||
        info.st_uid != ::geteuid() || (info.st_mode & 0077) != 0)
        return;
    qputenv("XDG_RUNTIME_DIR", folder);
}

QString helpText() {
    QString text;
    QTextStream s(&text);
    s << "Usage: practicecoder [--database PATH | --demo]\n"
         "       practicecoder COMMAND [OPTIONS]\n\n"
         "Opens PracticeCoder, or runs one command without opening a window.\n\n"
         "Options:\n"
         "  --database PATH  Open the practice database at PATH.\n"
         "  --demo           Open the demo database, creating it on first use.\n"
         "  -h, --help       Show this help.\n"
         "  -v, --version    Show the version.\n\n"
         "Commands (practicecoder COMMAND --help for each):\n";
    for (const auto &command : CommandRegistry::all())
        s << "  " << command->name().leftJustified(14) << " " << command->summary() << "\n";
    s << "\nEvery command is described in docs/cli.md.\n";
    return text;
}

int runCommand(int argc, char **argv, const QString &name) {
    auto command = CommandRegistry::find(name);
    if (!command) {
        QTextStream(stderr) << "practicecoder: unknown command '" << name
                            << "'. Try 'practicecoder --help'." << Qt::endl;
        return 2;
    }
    std::unique_ptr<QCoreApplication> app;
    if (command->needsGui()) {
        provideRuntimeFolder();
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") &&
            qEnvironmentVariableIsEmpty("DISPLAY") &&
            qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    setApplicationIdentity();
    installTranslations(*app);
    return command->run(QCoreApplication::arguments());
}

// Qt's own GUI options (-platform, -style ...) are consumed by QApplication, which is created
// after parsing so that --version and bad options work without a display. Drop them here.
QStringList withoutQtOptions(const QStringList &arguments) {
    static const QStringList withValue = {QStringLiteral("platform"),
                                          QStringLiteral("platformpluginpath"),
                                          QStringLiteral("platformtheme"),
                                          QStringLiteral("plugin"),
                                          QStringLiteral("qwindowgeometry"),
                                          QStringLiteral("qwindowtitle"),
                                          QStringLiteral("qwindowicon"),
                                          QStringLiteral("style"),
                                          QStringLiteral("stylesheet"),
                                          QStringLiteral("session"),
                                          QStringLiteral("display"),
                                          QStringLiteral("geometry"),
                                          QStringLiteral("title")};
    static const QStringList flags = {QStringLiteral("reverse"), QStringLiteral("widgetcount"),
                                      QStringLiteral("nograb"), QStringLiteral("dograb"),
                                      QStringLiteral("sync")};
    QStringList kept;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        QString bare = arguments.at(i);
        if (i == 0 || !bare.startsWith(QLatin1Char('-'))) {
            kept.append(arguments.at(i));
            continue;
        }
        while (bare.startsWith(QLatin1Char('-')))
            bare.remove(0, 1);
        const QString name = bare.section(QLatin1Char('='), 0, 0);
        if (withValue.contains(name)) {
            if (!bare.contains(QLatin1Char('=')))
                ++i; // skip the value too
            continue;
        }
        if (flags.contains(name))
            continue;
        kept.append(arguments.at(i));
    }
    return kept;
}

} // namespace

int main(int argc, char **argv) {
    // Everything here is about families in the child-protection system: whatever the user's
    // umask, the files and folders we create (SQLite's own -wal and -shm included) are theirs
    // alone.
    umask(0077);
    // A first argument that is not an option names a subcommand, which runs headless.
    if (argc > 1 && argv[1][0] != '-')
        return runCommand(argc, argv, QString::fromLocal8Bit(argv[1]));

    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));

    QCommandLineParser parser;
    const QCommandLineOption databaseOption(QStringLiteral("database"),
                                            QStringLiteral("Open the database at PATH."),
                                            QStringLiteral("PATH"));
    const QCommandLineOption demoOption(QStringLiteral("demo"),
                                        QStringLiteral("Open the demo database."));
    const QCommandLineOption helpOption({QStringLiteral("h"), QStringLiteral("help")},
                                        QStringLiteral("Show help."));
    const QCommandLineOption versionOption({QStringLiteral("v"), QStringLiteral("version")},
                                           QStringLiteral("Show the version."));
    parser.addOptions({databaseOption, demoOption, helpOption, versionOption});
    if (!parser.parse(withoutQtOptions(arguments))) {
        QString reason = parser.errorText();
        while (reason.endsWith(QLatin1Char('.')))
            reason.chop(1);
        QTextStream(stderr) << "practicecoder: " << reason << ". Try 'practicecoder --help'."
                            << Qt::endl;
        return 2;
    }
    if (parser.isSet(versionOption)) {
        QTextStream(stdout) << "PracticeCoder " << PRACTICECODER_VERSION << Qt::endl;
        return 0;
    }
    if (parser.isSet(helpOption)) {
        QTextStream(stdout) << helpText();
        return 0;
    }
    if (!parser.positionalArguments().isEmpty()) {
        QTextStream(stderr) << "practicecoder: unexpected argument '"
                            << parser.positionalArguments().constFirst()
                            << "'. Try 'practicecoder --help'." << Qt::endl;
        return 2;
    }
    if (parser.isSet(databaseOption) && parser.value(databaseOption).trimmed().isEmpty()) {
        QTextStream(stderr) << "practicecoder: --database was given an empty path. Name the "
                               "database file."
                            << Qt::endl;
        return 2;
    }
    if (parser.isSet(databaseOption) && parser.isSet(demoOption)) {
        QTextStream(stderr) << "practicecoder: use either --database or --demo, not both."
                            << Qt::endl;
        return 2;
    }

    provideRuntimeFolder();
    QApplication app(argc, argv);
    setApplicationIdentity();
    QApplication::setDesktopFileName(QStringLiteral("org.practicecoder.PracticeCoder"));
    installTranslations(app);

    GuiLauncher launcher;
    return launcher.run(parser.value(databaseOption), parser.isSet(demoOption));
}
