#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLibraryInfo>
#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

// The layers described in docs/architecture.md, checked against the source tree itself, so a
// shortcut across them fails here with the file and the line to change:
// - widgets/ and app/ reach storage only through services and item models;
// - models/ never sees a widget;
// - no two models/ folders include each other, directly or round a longer loop;
// - no source file grows past what one class should hold.
// Each check runs on a small planted tree first, so a check that can no longer fail is caught.
class tst_Layering : public QObject {
    Q_OBJECT

private slots:
    void checksFindWhatIsPlanted();
    void widgetsAndAppDoNotIncludeStorage();
    void modelsDoNotIncludeWidgets();
    void modelFoldersHaveNoIncludeCycle();
    void sourceFilesAreSmall();
};

namespace {

constexpr int maximumLines = 650;

struct Include {
    QString file; // relative to the root
    int line = 0;
    QString target; // as written between the quotes or brackets
    bool angled = false;
};

QStringList sourceFiles(const QString &root, const QString &folder) {
    QStringList files;
    QDirIterator it(root + u'/' + folder, {QStringLiteral("*.h"), QStringLiteral("*.cpp")},
                    QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(QDir(root).relativeFilePath(it.next()));
    files.sort();
    return files;
}

QList<Include> includesOf(const QString &root, const QString &file) {
    static const QRegularExpression pattern(
        QStringLiteral(R"(^\s*#\s*include\s*([<"])([^>"]+)[>"])"));
    QList<Include> includes;
    QFile source(root + u'/' + file);
    if (!source.open(QIODevice::ReadOnly | QIODevice::Text))
        return includes;
    int number = 0;
    while (!source.atEnd()) {
        const QString text = QString::fromUtf8(source.readLine());
        ++number;
        const QRegularExpressionMatch match = pattern.match(text);
        if (match.hasMatch())
            includes.append({file, number, match.captured(2), match.captured(1) == u'<'});
    }
    return includes;
}

QString where(const Include &include) {
    return QStringLiteral("%1:%2 includes %3")
        .arg(include.file)
        .arg(include.line)
        .arg(include.target);
}

// Prints every offender on a line of its own (a failure message is cut short) and returns the
// one-line summary the failure shows.
QString report(const QStringList &offenders, const QString &rule) {
    for (const QString &offender : offenders)
        qWarning("%s: %s", qPrintable(rule), qPrintable(offender));
    return QStringLiteral("%1: %2 offenders, each listed above").arg(rule).arg(offenders.size());
}

// widgets/ and app/ include no storage/*Repository.h or storage/*Query.h.
QStringList storageIncludes(const QString &root) {
    static const QRegularExpression storage(
        QStringLiteral(R"((^|/)storage/\w*(Repository|Query)\.h$)"));
    QStringList offenders;
    for (const QString &folder : {QStringLiteral("widgets"), QStringLiteral("app")}) {
        for (const QString &file : sourceFiles(root, folder)) {
            for (const Include &include : includesOf(root, file)) {
                if (storage.match(include.target).hasMatch())
                    offenders.append(where(include));
            }
        }
    }
    return offenders;
}

// The class headers of Qt Widgets ("QWidget", "QDialog", …), from the installed Qt.
QSet<QString> qtWidgetsHeaders() {
    QSet<QString> names;
    const QDir headers(QLibraryInfo::path(QLibraryInfo::HeadersPath) +
                       QStringLiteral("/QtWidgets"));
    for (const QString &name : headers.entryList(QDir::Files))
        names.insert(name);
    return names;
}

// models/ includes nothing from widgets/ and nothing from Qt Widgets.
QStringList widgetIncludes(const QString &root, const QSet<QString> &qtWidgets) {
    QStringList offenders;
    for (const QString &file : sourceFiles(root, QStringLiteral("models"))) {
        const QString folder = QFileInfo(root + u'/' + file).absolutePath();
        for (const Include &include : includesOf(root, file)) {
            const QString &target = include.target;
            bool widget = false;
            if (include.angled) {
                widget =
                    target.startsWith(QLatin1String("QtWidgets")) || qtWidgets.contains(target);
            } else if (!QFileInfo::exists(folder + u'/' + target) &&
                       !QFileInfo::exists(root + QStringLiteral("/models/") + target)) {
                widget = target.startsWith(QLatin1String("widgets/")) ||
                         QFileInfo::exists(root + QStringLiteral("/widgets/") + target);
            }
            if (widget)
                offenders.append(where(include));
        }
    }
    return offenders;
}

// Each loop of models/ folders that include one another, as "a -> b -> a", with one include
// for each step so the loop can be cut.
QStringList folderCycles(const QString &root) {
    // edges[from][to] = the first include that makes the step
    QMap<QString, QMap<QString, Include>> edges;
    const QString models = root + QStringLiteral("/models");
    for (const QString &file : sourceFiles(root, QStringLiteral("models"))) {
        const QString from = file.section(u'/', 1, 1);
        if (file.count(u'/') < 2)
            continue; // a file directly in models/ belongs to no folder
        edges[from];
        for (const Include &include : includesOf(root, file)) {
            if (include.angled || !include.target.contains(u'/'))
                continue; // a plain "File.h" is the including file's own folder
            const QString to = include.target.section(u'/', 0, 0);
            if (to == from || !QFileInfo::exists(models + u'/' + include.target))
                continue;
            if (!edges[from].contains(to))
                edges[from].insert(to, include);
        }
    }

    // Tarjan's strongly connected components: every folder in a component of two or more is
    // on a loop.
    QHash<QString, int> index;
    QHash<QString, int> low;
    QStringList stack;
    QSet<QString> onStack;
    QList<QStringList> components;
    int next = 0;
    std::function<void(const QString &)> visit = [&](const QString &folder) {
        index[folder] = low[folder] = next++;
        stack.append(folder);
        onStack.insert(folder);
        for (auto it = edges[folder].cbegin(); it != edges[folder].cend(); ++it) {
            if (!index.contains(it.key())) {
                visit(it.key());
                low[folder] = qMin(low[folder], low[it.key()]);
            } else if (onStack.contains(it.key())) {
                low[folder] = qMin(low[folder], index[it.key()]);
            }
        }
        if (low[folder] == index[folder]) {
            QStringList component;
            QString member;
            do {
                member = stack.takeLast();
                onStack.remove(member);
                component.prepend(member);
            } while (member != folder);
            if (component.size() > 1)
                components.append(component);
        }
    };
    const QStringList folders = edges.keys();
    for (const QString &folder : folders) {
        if (!index.contains(folder))
            visit(folder);
    }

    QStringList offenders;
    for (const QStringList &component : components) {
        const QSet<QString> members(component.cbegin(), component.cend());
        QStringList steps;
        for (const QString &from : component) {
            for (auto it = edges[from].cbegin(); it != edges[from].cend(); ++it) {
                if (members.contains(it.key()))
                    steps.append(
                        QStringLiteral("%1 -> %2 (%3)").arg(from, it.key(), where(it.value())));
            }
        }
        offenders.append(QStringLiteral("models/{%1}: ").arg(component.join(u',')) +
                         steps.join(QStringLiteral("; ")));
    }
    return offenders;
}

QStringList longFiles(const QString &root) {
    QStringList offenders;
    for (const QString &folder :
         {QStringLiteral("app"), QStringLiteral("models"), QStringLiteral("widgets")}) {
        for (const QString &file : sourceFiles(root, folder)) {
            QFile source(root + u'/' + file);
            if (!source.open(QIODevice::ReadOnly))
                continue;
            const qsizetype lines = source.readAll().count('\n');
            if (lines > maximumLines)
                offenders.append(QStringLiteral("%1 has %2 lines").arg(file).arg(lines));
        }
    }
    return offenders;
}

bool plant(const QString &root, const QString &file, const QByteArray &text) {
    const QString path = root + u'/' + file;
    QFile out(path);
    return QDir().mkpath(QFileInfo(path).absolutePath()) && out.open(QIODevice::WriteOnly) &&
           out.write(text) == text.size();
}

} // namespace

void tst_Layering::checksFindWhatIsPlanted() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString root = dir.path();
    QVERIFY(plant(root, QStringLiteral("widgets/coding/Page.cpp"),
                  "#include \"storage/CodingRepository.h\"\n#include \"services/Coding.h\"\n"));
    QVERIFY(
        plant(root, QStringLiteral("app/Main.cpp"), "#include \"storage/RecordingListQuery.h\"\n"));
    QVERIFY(plant(root, QStringLiteral("widgets/common/Theme.h"), "#pragma once\n"));
    QVERIFY(plant(root, QStringLiteral("models/a/A.h"),
                  "#include \"b/B.h\"\n#include \"common/Theme.h\"\n#include <QWidget>\n"));
    QVERIFY(plant(root, QStringLiteral("models/b/B.h"), "#include \"c/C.h\"\n#include \"B2.h\"\n"));
    QVERIFY(plant(root, QStringLiteral("models/b/B2.h"), "#pragma once\n"));
    QVERIFY(plant(root, QStringLiteral("models/c/C.h"), "#include \"a/A.h\"\n"));
    QVERIFY(plant(root, QStringLiteral("models/d/D.h"), "#include \"a/A.h\"\n"));
    QVERIFY(plant(root, QStringLiteral("models/b/Long.cpp"),
                  QByteArray("int x;\n").repeated(maximumLines + 1)));
    QVERIFY(plant(root, QStringLiteral("models/b/Fits.cpp"),
                  QByteArray("int y;\n").repeated(maximumLines)));

    QCOMPARE(storageIncludes(root),
             QStringList({QStringLiteral("widgets/coding/Page.cpp:1 includes "
                                         "storage/CodingRepository.h"),
                          QStringLiteral("app/Main.cpp:1 includes storage/RecordingListQuery.h")}));
    QCOMPARE(widgetIncludes(root, {QStringLiteral("QWidget")}),
             QStringList({QStringLiteral("models/a/A.h:2 includes common/Theme.h"),
                          QStringLiteral("models/a/A.h:3 includes QWidget")}));
    const QStringList cycles = folderCycles(root);
    QCOMPARE(cycles.size(), 1);
    QVERIFY2(cycles.constFirst().startsWith(QLatin1String("models/{a,b,c}: a -> b")),
             qPrintable(cycles.constFirst()));
    QCOMPARE(longFiles(root),
             QStringList({QStringLiteral("models/b/Long.cpp has %1 lines").arg(maximumLines + 1)}));
}

void tst_Layering::widgetsAndAppDoNotIncludeStorage() {
    const QStringList offenders = storageIncludes(QStringLiteral(PC_SOURCE_DIR));
    QVERIFY2(offenders.isEmpty(),
             qPrintable(report(offenders, QStringLiteral("widgets/ and app/ must call a service "
                                                         "or an item model, not storage"))));
}

void tst_Layering::modelsDoNotIncludeWidgets() {
    const QSet<QString> qtWidgets = qtWidgetsHeaders();
    QVERIFY2(qtWidgets.contains(QStringLiteral("QWidget")),
             "the Qt Widgets headers were not found");
    const QStringList offenders = widgetIncludes(QStringLiteral(PC_SOURCE_DIR), qtWidgets);
    QVERIFY2(offenders.isEmpty(),
             qPrintable(report(offenders, QStringLiteral("models/ must not include widgets"))));
}

void tst_Layering::modelFoldersHaveNoIncludeCycle() {
    const QStringList offenders = folderCycles(QStringLiteral(PC_SOURCE_DIR));
    QVERIFY2(offenders.isEmpty(),
             qPrintable(report(offenders, QStringLiteral("models/ folders that include each "
                                                         "other"))));
}

void tst_Layering::sourceFilesAreSmall() {
    const QStringList offenders = longFiles(QStringLiteral(PC_SOURCE_DIR));
    QVERIFY2(offenders.isEmpty(),
             qPrintable(report(offenders,
                               QStringLiteral("source files over %1 lines").arg(maximumLines))));
}

QTEST_GUILESS_MAIN(tst_Layering)
#include "tst_Layering.moc"
