#include "GuiStartup.h"

#include "AppContext.h"
#include "AppSettings.h"
#include "CaseStore.h"
#include "CaseView.h"
#include "Clock.h"
#include "CommandLine.h"
#include "Database.h"
#include "DatabaseLocation.h"
#include "DemoLoader.h"
#include "MainWindow.h"
#include "QueueView.h"
#include "Translator.h"
#include "WelcomeDialog.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QFileDialog>
#include <QMessageBox>
#include <QStatusBar>
#include <QThread>
#include <QTimer>

#include <unistd.h>

#include <cstdio>
#include <memory>

namespace GuiStartup {

namespace {

constexpr int DemoCaseCount = 500;

// Milliseconds this process has existed, from /proc (clock-tick resolution); -1 if unknown.
qint64 processAgeMs()
{
    QFile stat(QStringLiteral("/proc/self/stat"));
    QFile uptime(QStringLiteral("/proc/uptime"));
    if (!stat.open(QIODevice::ReadOnly) || !uptime.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray statLine = stat.readAll();
    // Fields after the command name, which is in parentheses and may contain spaces.
    const QList<QByteArray> fields = statLine.mid(statLine.lastIndexOf(')') + 2).split(' ');
    const long ticks = sysconf(_SC_CLK_TCK);
    if (fields.size() < 20 || ticks <= 0)
        return -1;
    bool ok = false;
    const qint64 startTicks = fields.at(19).toLongLong(&ok); // field 22 of the whole line: starttime
    const double upSeconds = uptime.readAll().split(' ').value(0).toDouble();
    if (!ok || upSeconds <= 0)
        return -1;
    return qMax<qint64>(0, qint64(upSeconds * 1000.0) - startTicks * 1000 / ticks);
}

// Prints the start-up time once every watched widget has been painted, then quits.
class PaintProbe : public QObject
{
public:
    PaintProbe(qint64 ageAtStart, const QElapsedTimer& sinceStart, QObject* parent)
        : QObject(parent)
        , m_ageAtStart(ageAtStart)
        , m_sinceStart(sinceStart)
    {
        m_phases.append({ "main", 0 });
        mark("application");
    }

    // Where the time went, on stderr (stdout has only the total): each phase's milliseconds since the previous mark.
    void mark(const char* phase) { m_phases.append({ phase, m_sinceStart.elapsed() }); }

    void watch(QObject* object)
    {
        object->installEventFilter(this);
        m_pending.append(object);
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint && m_pending.removeOne(watched) && m_pending.isEmpty()) {
            // Queued: runs once the paint event has been handled.
            QTimer::singleShot(0, this, [this] {
                const qint64 ms = qMax<qint64>(0, m_ageAtStart) + m_sinceStart.elapsed();
                mark("painted");
                std::printf("startup-ms: %lld\n", static_cast<long long>(ms));
                std::fprintf(
                    stderr, "startup-phases: before-main %lld", static_cast<long long>(qMax<qint64>(0, m_ageAtStart)));
                for (qsizetype i = 1; i < m_phases.size(); ++i)
                    std::fprintf(stderr, " %s %lld", m_phases.at(i).first,
                        static_cast<long long>(m_phases.at(i).second - m_phases.at(i - 1).second));
                std::fprintf(stderr, "\n");
                std::fflush(stdout);
                QCoreApplication::exit(0);
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    qint64 m_ageAtStart;
    const QElapsedTimer& m_sinceStart;
    QObjectList m_pending;
    QList<QPair<const char*, qint64>> m_phases;
};

// Scripts (--measure-startup) get the error on stderr instead of a dialog nobody can answer.
void printError(const QString& text, const QString& detail)
{
    std::fprintf(stderr, "%s\n%s\n", qPrintable(text), qPrintable(detail));
}

// Opens the desk on `path` (empty: the default database); on failure asks whether to pick another file or quit.
std::unique_ptr<AppContext> openContext(QString path, bool interactive)
{
    for (;;) {
        AppContext::Options options;
        options.databasePath = path;
        auto context = std::make_unique<AppContext>(options);
        if (context->open())
            return context;
        if (!interactive) {
            printError(QCoreApplication::translate("GuiStartup", "The case database %1 cannot be opened.")
                           .arg(context->databasePath()),
                context->error());
            return nullptr;
        }
        QMessageBox box(QMessageBox::Critical, QCoreApplication::translate("GuiStartup", "AppealDesk"),
            QCoreApplication::translate("GuiStartup", "The case database %1 cannot be opened.")
                .arg(context->databasePath()));
        box.setTextFormat(Qt::PlainText);
        box.setInformativeText(context->error());
        QPushButton* other
            = box.addButton(QCoreApplication::translate("GuiStartup", "Open another…"), QMessageBox::AcceptRole);
        box.addButton(QMessageBox::Close);
        box.setDefaultButton(QMessageBox::Close);
        box.exec();
        if (box.clickedButton() != reinterpret_cast<QAbstractButton*>(other))
            return nullptr;
        const QString failed = context->databasePath();
        context.reset();
        path = QFileDialog::getSaveFileName(nullptr, QCoreApplication::translate("GuiStartup", "Case database"),
            QFileInfo(failed).absolutePath(), QCoreApplication::translate("GuiStartup", "SQLite databases (*.sqlite)"),
            nullptr, QFileDialog::DontConfirmOverwrite);
        if (path.isEmpty())
            return nullptr;
    }
}

// A large database was opened with only a structural check; the full check
// reads the whole file, so it runs on its own connection after the window is up.
void verifyInBackground(const QString& path, MainWindow* window)
{
    QThread* thread = QThread::create([path, window] {
        QString problem;
        {
            Database db(path, QStringLiteral("integrity-check"));
            if (!db.open() || !db.verifyIntegrity())
                problem = db.error();
        }
        if (problem.isEmpty())
            return;
        QMetaObject::invokeMethod(window, [window, problem] {
            QMessageBox box(QMessageBox::Critical, QCoreApplication::translate("GuiStartup", "AppealDesk"),
                QCoreApplication::translate("GuiStartup",
                    "The case database is damaged. Do not decide cases in it: quit and restore a backup."),
                QMessageBox::Ok, window);
            box.setTextFormat(Qt::PlainText);
            box.setInformativeText(problem);
            box.exec();
        });
    });
    QObject::connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    // The check cannot be interrupted midway; quitting waits for it rather than crash.
    QObject::connect(qApp, &QCoreApplication::aboutToQuit, thread, [thread] { thread->wait(); });
    thread->start(QThread::LowPriority);
}

} // namespace

int run(int& argc, char** argv)
{
    const qint64 ageAtStart = processAgeMs();
    QElapsedTimer sinceStart;
    sinceStart.start();

    QApplication app(argc, argv);
    AppContext::setApplicationNames();
    QGuiApplication::setApplicationDisplayName(QStringLiteral("AppealDesk"));
    // The installed menu entry (packaging/): Wayland shells match the window to it, and so to its icon.
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.appealdesk.appealdesk"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("GuiStartup", "The appeal desk of the P2P market."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(QStringLiteral("db"),
        QCoreApplication::translate("GuiStartup", "The case database (default: %1).")
            .arg(AppContext::defaultDatabasePath()),
        QStringLiteral("path"));
    // --open and --measure-startup: declared with the command line's, so the top-level --help, the man page
    // and the shell completion list them too.
    const QList<QCommandLineOption> windowOptions = CommandLine::windowOptions();
    const QCommandLineOption& openOption = windowOptions.at(CommandLine::OpenOption);
    const QCommandLineOption& measureOption = windowOptions.at(CommandLine::MeasureStartupOption);
    const QCommandLineOption langOption(QStringLiteral("lang"),
        QCoreApplication::translate("GuiStartup", "The language of the window: en, sv, bg, th."),
        QStringLiteral("code"));
    parser.addOptions({ dbOption, openOption, measureOption, langOption });
    parser.process(app);
    const bool measure = parser.isSet(measureOption);
    PaintProbe* probe = measure ? new PaintProbe(ageAtStart, sinceStart, &app) : nullptr;
    const QString language = Translator::resolveLanguage(parser.value(langOption));
    Translator::install(language);
    if (probe)
        probe->mark("translations");

    QString databasePath = parser.value(dbOption);
    for (;;) {
        const std::unique_ptr<AppContext> context = openContext(databasePath, !measure);
        if (!context)
            return 1;
        if (probe)
            probe->mark("database");
        AppSettings& settings = context->settings();
        // The language chosen in View → Language, unless --lang asks for another one for this start.
        if (!parser.isSet(langOption)) {
            const QString saved = settings.value(AppSettings::UiLanguage).toString();
            if (!saved.isEmpty() && Translator::resolveLanguage(saved) != Translator::currentLanguage())
                Translator::install(Translator::resolveLanguage(saved));
        }

        // Never demo cases on a team server: its cases are the team's (issue 15).
        const bool demoAllowed = !DatabaseLocation::isServerUri(context->databasePath());
        // First start: the agent's name, and the demo cases only when asked for (issue 14, item 11). Cancelling
        // stores nothing and loads nothing: no demo data goes into a real database under the login name.
        // Scripts measure the start on an empty database with the demo in it, as before.
        bool loadDemo = measure && demoAllowed;
        if (settings.agentName().isEmpty()) {
            if (measure) {
                settings.setValue(AppSettings::AgentName, AppSettings::systemUserName());
            } else {
                const WelcomeDialog::Outcome answer
                    = WelcomeDialog::ask(settings, demoAllowed && context->store().cases().isEmpty());
                if (answer == WelcomeDialog::Outcome::Quit)
                    return 0;
                loadDemo = demoAllowed && answer == WelcomeDialog::Outcome::StartWithDemo;
            }
        }

        QString demoNotice = context->notice();
        if (loadDemo && context->store().cases().isEmpty()) {
            const DemoSummary demo
                = DemoLoader::fill(context->database(), context->store(), DemoCaseCount, 1, context->clock().now());
            demoNotice = demo.ok()
                ? QCoreApplication::translate("GuiStartup", "Demo cases loaded. %1").arg(demo.toString())
                : QCoreApplication::translate("GuiStartup", "Loading the demo cases failed: %1").arg(demo.error);
        }

        MainWindow window(context->service(), settings);
        if (probe)
            probe->mark("window");
        if (!window.openQueue()) {
            if (measure) {
                printError(QCoreApplication::translate("GuiStartup", "The queue cannot be read."), window.queueError());
                return 1;
            }
            QMessageBox box(QMessageBox::Critical, QCoreApplication::translate("GuiStartup", "AppealDesk"),
                QCoreApplication::translate("GuiStartup", "The queue cannot be read."), QMessageBox::Close);
            box.setTextFormat(Qt::PlainText);
            box.setInformativeText(window.queueError());
            box.exec();
            return 1;
        }

        if (probe) {
            probe->mark("queue");
            probe->watch(window.queueView()->viewport());
        }
        const QString openId = parser.value(openOption);
        if (!openId.isEmpty()) {
            if (probe)
                probe->watch(window.caseView());
            window.openCase(openId);
        }
        if (!demoNotice.isEmpty())
            window.statusBar()->showMessage(demoNotice);
        window.show();
        if (probe)
            probe->mark("show");
        if (context->database().integrityCheckDeferred() && !measure)
            verifyInBackground(context->databasePath(), &window);
        // File → Connect to a team server… (issue 15, item 1): the window closes and opens again on the server,
        // with a new AppContext; the local database is closed meanwhile.
        QString switchTo;
        QObject::connect(
            &window, &MainWindow::databaseSwitchRequested, &window, [&switchTo, &window](const QString& uri) {
                switchTo = uri;
                window.close();
            });
        const int code = app.exec();
        if (switchTo.isEmpty())
            return code;
        databasePath = switchTo;
        probe = nullptr; // measured once, at the first start
    }
}

} // namespace GuiStartup
