#pragma once

#include <QStringList>

// Starts the desktop window: `arguments` are the process arguments (no
// subcommand). Creates the QApplication itself and returns its exit code.
namespace GuiStartup {
int run(int& argc, char** argv);
}
