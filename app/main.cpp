// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QCoreApplication>

#if NPUFLEET_HAS_GUI
#include "app/GuiMain.h"
#endif
#include "core/util/Translations.h"

#include "app/cli/CliIo.h"
#include "app/cli/CliVerbs.h"

using namespace npufleet;

namespace {

void printHelp()
{
    cli::out() << QCoreApplication::translate(
        "npufleet::cli",
        "Usage: npufleet [PROJECT.yaml]          start the GUI (a start page when none is given)\n"
        "       npufleet VERB [options]          run one task without the GUI\n"
        "\n"
        "Verbs:\n"
        "  plan        which TP/PP/DP/EP layouts of a model fit on the NPUs, with weights and KV cache per NPU\n"
        "  inventory   nodes and their NPUs, live over SSH or from a saved npu-smi output\n"
        "  exec        run one command on many nodes at once\n"
        "  export      write a deployment's launch scripts and configs to files\n"
        "  preflight   check nodes, NPUs, links and network before a launch\n"
        "  diagnose    name known failures in a log and their fixes\n"
        "  chat        stream one reply from an OpenAI-compatible endpoint\n"
        "  bench       measure throughput and latency like 'vllm bench serve'\n"
        "  monitor     read a vLLM server's /metrics once or every few seconds\n"
        "  project     create a project file (project new FILE --name NAME)\n"
        "  node        add a node to a project, or remove one\n"
        "  deployment  add, change, remove or show a deployment of a project\n"
        "\n"
        "Options:\n"
        "  -h, --help     show this help ('npufleet VERB --help' for a verb's options)\n"
        "  -v, --version  show the version\n");
    cli::out().flush();
}

} // namespace

int main(int argc, char** argv)
{
    QStringList args;
    for (int i = 0; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);
    const QString first = args.value(1);

    if (cli::isVerb(first) || first == QLatin1String("--help") || first == QLatin1String("-h")
        || first == QLatin1String("--version") || first == QLatin1String("-v")) {
        QCoreApplication app(argc, argv);
        QCoreApplication::setApplicationName(QStringLiteral("npufleet"));
        QCoreApplication::setApplicationVersion(QStringLiteral(NPUFLEET_VERSION));
        installTranslations(preferredLocale());
        if (first == QLatin1String("--version") || first == QLatin1String("-v")) {
            cli::out() << "npufleet " << QStringLiteral(NPUFLEET_VERSION) << Qt::endl;
            return 0;
        }
        if (first == QLatin1String("--help") || first == QLatin1String("-h")) {
            printHelp();
            return 0;
        }
        return cli::dispatch(args);
    }
    if (first.startsWith(QLatin1Char('-'))) {
        QCoreApplication app(argc, argv);
        installTranslations(preferredLocale());
        cli::err() << QCoreApplication::translate("npufleet::cli", "npufleet: unknown option '%1'\n").arg(first);
        printHelp();
        return 2;
    }
#if NPUFLEET_HAS_GUI
    return runGui(argc, argv, first);
#else
    QCoreApplication app(argc, argv);
    installTranslations(preferredLocale());
    cli::err() << QCoreApplication::translate("npufleet::cli",
                                              "npufleet: this build has no GUI (built with NPUFLEET_GUI=OFF); "
                                              "give a verb\n");
    printHelp();
    return 2;
#endif
}
