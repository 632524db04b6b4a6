#include "app/ServerApp.h"
#include "billing/GuiRuntime.h"

int main(int argc, char** argv)
{
    // QPdfWriter (invoices) needs the QGuiApplication, created here on the main thread.
    const ebm::billing::GuiRuntime gui;
    ebm::app::ServerApp app;
    return app.run(argc, argv);
}
