// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// A mutation fuzzer over every parser of files and remote output (docs/limits.md): mutants of the real
// fixtures go through each parser in-process, with a watchdog per input, and a sample of them through
// the CLI verbs that read such files, which must exit 0, 1 or 2. Deterministic for a given seed.
//   NPUFLEET_FUZZ_SECONDS     total time (default 20)
//   NPUFLEET_FUZZ_ITERATIONS  most inputs per format (default unbounded: the time decides)
//   NPUFLEET_FUZZ_SEED        the seed (default 16)
//   NPUFLEET_FUZZ_INPUT_MS    longest time one input may take (default 2000, 10000 under sanitizers)
//   NPUFLEET_FUZZ_CLI_SAMPLES mutants per CLI verb (default 6)
//   NPUFLEET_FUZZ_REPLAY      a file: read it with every parser and stop (to reproduce a finding)
// A finding is saved as fuzz-findings/<format>-<kind>.bin in the working directory.
#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QtTest>
#include <atomic>
#include <chrono>
#include <csignal>
#include <thread>

#include "FuzzTargets.h"
#include "Mutator.h"
#include "tests/support/CliRun.h"
#include <fcntl.h>
#include <unistd.h>

#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_UNDEFINED__)
#define NPUFLEET_FUZZ_SANITIZED 1
#include <sanitizer/common_interface_defs.h>
#endif

using namespace npufleet::test;

namespace {

qint64 envNumber(const char* name, qint64 fallback)
{
    bool ok = false;
    const qint64 v = qEnvironmentVariable(name).toLongLong(&ok);
    return ok ? v : fallback;
}

qint64 nowMs()
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

// The input being read, for the crash handler and the watchdog to save.
std::atomic<const char*> s_data {nullptr};
std::atomic<qsizetype> s_size {0};
std::atomic<qint64> s_startedMs {0}; // 0: no input in progress
int s_crashFd = -1;

void saveCurrentInput(int fd)
{
    const char* data = s_data.load();
    const qsizetype size = s_size.load();
    if (fd < 0 || !data)
        return;
    if (ftruncate(fd, 0) != 0)
        return;
    qsizetype done = 0;
    while (done < size) {
        const ssize_t n = write(fd, data + done, size_t(size - done));
        if (n <= 0)
            break;
        done += n;
    }
}

#ifdef NPUFLEET_FUZZ_SANITIZED
void onSanitizerDeath()
{
    saveCurrentInput(s_crashFd);
}
#else
void onCrash(int signal)
{
    saveCurrentInput(s_crashFd);
    std::signal(signal, SIG_DFL);
    std::raise(signal);
}
#endif

QString findingsDir()
{
    QDir().mkpath(QStringLiteral("fuzz-findings"));
    return QDir(QStringLiteral("fuzz-findings")).absolutePath();
}

// Stops the process when one input runs too long, saving it first: a hang is a finding.
class Watchdog
{
public:
    explicit Watchdog(qint64 limitMs)
        : m_limitMs(limitMs)
        , m_thread([this] { watch(); })
    {
    }
    ~Watchdog()
    {
        m_stop = true;
        m_thread.join();
    }
    void setTarget(const QString& name)
    {
        m_hangFile = QDir(findingsDir()).filePath(name + QStringLiteral("-hang.bin")).toLocal8Bit();
    }

private:
    void watch()
    {
        while (!m_stop) {
            std::this_thread::sleep_for(std::chrono::milliseconds(100));
            const qint64 started = s_startedMs.load();
            if (started != 0 && nowMs() - started > m_limitMs) {
                const int fd = ::open(m_hangFile.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
                saveCurrentInput(fd);
                fprintf(stderr, "FUZZ HANG: one input took more than %lld ms; saved to %s\n",
                        static_cast<long long>(m_limitMs), m_hangFile.constData());
                std::abort();
            }
        }
    }

    qint64 m_limitMs;
    QByteArray m_hangFile;
    std::atomic_bool m_stop {false};
    std::thread m_thread;
};

} // namespace

class TestFuzzInputs : public QObject
{
    Q_OBJECT

private:
    QList<FuzzTarget> m_targets;
    qint64 m_msPerTarget = 2000;
    qint64 m_iterations = 0;
    quint64 m_seed = 16;
    qint64 m_inputMs = 2000;
    int m_cliSamples = 6;

    quint64 seedFor(const QString& name) const
    {
        const QByteArray h = QCryptographicHash::hash(name.toUtf8(), QCryptographicHash::Sha256);
        quint64 v = 0;
        memcpy(&v, h.constData(), sizeof v);
        return m_seed ^ v;
    }

private slots:
    void initTestCase()
    {
        m_targets = fuzzTargets();
        for (const FuzzTarget& t : std::as_const(m_targets))
            QVERIFY2(!t.seeds.isEmpty(), qPrintable(t.name + QStringLiteral(": no seeds")));
        const qint64 seconds = envNumber("NPUFLEET_FUZZ_SECONDS", 20);
        // Three quarters of the time in-process, the rest for the CLI sample.
        m_msPerTarget = qMax<qint64>(500, seconds * 750 / m_targets.size());
        m_iterations = envNumber("NPUFLEET_FUZZ_ITERATIONS", std::numeric_limits<qint64>::max());
        m_seed = quint64(envNumber("NPUFLEET_FUZZ_SEED", 16));
#ifdef NPUFLEET_FUZZ_SANITIZED
        m_inputMs = envNumber("NPUFLEET_FUZZ_INPUT_MS", 10'000);
#else
        m_inputMs = envNumber("NPUFLEET_FUZZ_INPUT_MS", 2'000);
#endif
        m_cliSamples = int(envNumber("NPUFLEET_FUZZ_CLI_SAMPLES", 6));
        const QByteArray crashFile = QDir(findingsDir()).filePath(QStringLiteral("last-crash.bin")).toLocal8Bit();
        s_crashFd = ::open(crashFile.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
#ifdef NPUFLEET_FUZZ_SANITIZED
        __sanitizer_set_death_callback(onSanitizerDeath);
#else
        for (int sig : {SIGSEGV, SIGFPE, SIGBUS, SIGABRT, SIGILL})
            std::signal(sig, onCrash);
#endif
        qInfo("fuzz: seed %llu, %lld ms per format, %lld ms per input", static_cast<unsigned long long>(m_seed),
              static_cast<long long>(m_msPerTarget), static_cast<long long>(m_inputMs));
    }

    void replay()
    {
        const QString path = qEnvironmentVariable("NPUFLEET_FUZZ_REPLAY");
        if (path.isEmpty())
            QSKIP("NPUFLEET_FUZZ_REPLAY not set");
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        for (const FuzzTarget& t : std::as_const(m_targets)) {
            qInfo("replay through %s", qPrintable(t.name));
            t.read(bytes);
        }
    }

    void parsers_data()
    {
        QTest::addColumn<int>("index");
        for (int i = 0; i < m_targets.size(); ++i)
            QTest::newRow(qPrintable(m_targets.at(i).name)) << i;
    }

    void parsers()
    {
        if (!qEnvironmentVariable("NPUFLEET_FUZZ_REPLAY").isEmpty())
            QSKIP("replaying");
        QFETCH(int, index);
        const FuzzTarget& target = m_targets.at(index);
        Mutator mutator(seedFor(target.name), target.seeds, target.dictionary);
        Watchdog watchdog(m_inputMs);
        watchdog.setTarget(target.name);
        QElapsedTimer timer;
        timer.start();
        qint64 done = 0;
        qint64 slowest = 0;
        while (done < m_iterations && timer.elapsed() < m_msPerTarget) {
            // Every seed as it is first, then mutants.
            const QByteArray input = done < target.seeds.size() ? target.seeds.at(done) : mutator.next();
            s_data = input.constData();
            s_size = input.size();
            const qint64 started = nowMs();
            s_startedMs = started;
            target.read(input);
            s_startedMs = 0;
            slowest = qMax(slowest, nowMs() - started);
            ++done;
        }
        s_data = nullptr;
        qInfo("fuzz %s: %lld inputs in %lld ms (%.0f/s), slowest %lld ms", qPrintable(target.name),
              static_cast<long long>(done), static_cast<long long>(timer.elapsed()),
              double(done) * 1000.0 / double(qMax<qint64>(1, timer.elapsed())), static_cast<long long>(slowest));
        QVERIFY(done > 0);
    }

    void cliVerbs_data()
    {
        QTest::addColumn<int>("index");
        for (int i = 0; i < m_targets.size(); ++i) {
            if (!m_targets.at(i).cliArgs.isEmpty())
                QTest::newRow(qPrintable(m_targets.at(i).cliArgs.first())) << i;
        }
    }

    void cliVerbs()
    {
        if (!qEnvironmentVariable("NPUFLEET_FUZZ_REPLAY").isEmpty())
            QSKIP("replaying");
        QFETCH(int, index);
        const FuzzTarget& target = m_targets.at(index);
        // Another stream of the same generator: not the inputs the in-process run already read.
        Mutator mutator(seedFor(target.name) + 1, target.seeds, target.dictionary, 64 * 1024);
        QTemporaryDir dir;
        const QString file = dir.filePath(target.cliFileName);
        const QString out = dir.filePath(QStringLiteral("out"));
        QMap<int, int> codes;
        for (int i = 0; i < m_cliSamples; ++i) {
            const QByteArray input = mutator.next();
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(input);
            f.close();
            QStringList args;
            for (const QString& a : target.cliArgs)
                args << QString(a).replace(QLatin1String("%1"), file).replace(QLatin1String("%2"), out);
            const CliRun r = runCli(args, {}, environmentWith({QStringLiteral("NPUFLEET_LANG=en")}), 60'000);
            ++codes[r.exitCode];
            if (r.exitCode < 0 || r.exitCode > 2) {
                const QString saved
                    = QDir(findingsDir())
                          .filePath(QStringLiteral("%1-cli-exit%2.bin").arg(target.name).arg(r.exitCode));
                QFile keep(saved);
                if (keep.open(QIODevice::WriteOnly))
                    keep.write(input);
                QFAIL(qPrintable(QStringLiteral("npufleet %1 exited %2 on a mutant (saved to %3): %4")
                                     .arg(args.join(QLatin1Char(' ')))
                                     .arg(r.exitCode)
                                     .arg(saved, r.err.left(2000))));
            }
        }
        QStringList summary;
        for (auto it = codes.cbegin(); it != codes.cend(); ++it)
            summary << QStringLiteral("exit %1 x%2").arg(it.key()).arg(it.value());
        qInfo("fuzz CLI %s: %s", qPrintable(target.cliArgs.first()), qPrintable(summary.join(QStringLiteral(", "))));
    }
};

QTEST_GUILESS_MAIN(TestFuzzInputs)
#include "tst_fuzz_inputs.moc"
