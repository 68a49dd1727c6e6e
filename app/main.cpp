#include "CommandLine.h"
#include "GuiStartup.h"

int main(int argc, char** argv)
{
    if (CommandLine::isHeadless(argc, argv))
        return CommandLine::run(argc, argv);
    return GuiStartup::run(argc, argv);
}
