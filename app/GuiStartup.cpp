#include "GuiStartup.h"

#include "MainWindow.h"

#include <QApplication>

namespace GuiStartup {

int run(int& argc, char** argv)
{
    QApplication app(argc, argv);
    MainWindow window;
    window.show();
    return app.exec();
}

}
