#pragma once

#include <memory>

class QGuiApplication;

namespace ebm::billing
{

// The process's one QGuiApplication on the offscreen platform, which QPdfWriter needs to render
// invoices. Construct it once, on the main thread, before any request is served; it lives until
// destroyed. The C locale the process started with is kept (Qt would switch to the
// environment's).
class GuiRuntime final
{
public:
    GuiRuntime();
    ~GuiRuntime();
    GuiRuntime(const GuiRuntime&) = delete;
    GuiRuntime& operator=(const GuiRuntime&) = delete;

private:
    // QGuiApplication keeps references to argc and argv: they live as long as it does.
    int m_argc = 1;
    char m_programName[11] = "ebm-server";
    char* m_argv[2] = {m_programName, nullptr};
    std::unique_ptr<QGuiApplication> m_application;
};

} // namespace ebm::billing
