#include "app/ServerApp.h"

int main(int argc, char** argv)
{
    ebm::app::ServerApp app;
    return app.run(argc, argv);
}
