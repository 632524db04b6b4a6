#include "billing/GuiRuntime.h"

#include <QGuiApplication>

#include <clocale>
#include <cstdio>
#include <stdexcept>
#include <string>

namespace ebm::billing
{

namespace
{

void preferOffscreenPlatform()
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
}

// Qt's start-up notes about the desktop session ("XDG_RUNTIME_DIR not set" …) mean nothing to an
// offscreen server and would precede every command's output: only critical messages pass while
// the application object is constructed.
void criticalOnly(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (type == QtCriticalMsg || type == QtFatalMsg)
        std::fprintf(stderr, "%s\n", qPrintable(qFormatLogMessage(type, context, message)));
}

} // namespace

GuiRuntime::GuiRuntime()
{
    if (QCoreApplication::instance() != nullptr)
        throw std::logic_error("GuiRuntime: a Qt application object already exists");
    preferOffscreenPlatform();
    const std::string locale = std::setlocale(LC_ALL, nullptr);
    const QtMessageHandler previous = qInstallMessageHandler(criticalOnly);
    m_application = std::make_unique<QGuiApplication>(m_argc, m_argv);
    qInstallMessageHandler(previous);
    std::setlocale(LC_ALL, locale.c_str());
}

GuiRuntime::~GuiRuntime() = default;

} // namespace ebm::billing
