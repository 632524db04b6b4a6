#pragma once

#include "app/Settings.h"

#include <functional>

namespace ebm::app
{

// The `serve` command: binds the listening socket, migrates the database, serves HTTP with a
// deliberately sized thread pool and delivers the email outbox in the background until
// termination is requested, then stops delivering, drains and stops.
class HttpServerRunner final
{
public:
    explicit HttpServerRunner(Settings settings);

    void run(const std::function<void()>& waitForTermination);

private:
    Settings m_settings;
};

} // namespace ebm::app
