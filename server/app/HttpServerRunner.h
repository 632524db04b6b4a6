#pragma once

#include "app/Settings.h"

#include <functional>

namespace ebm::app
{

// The `serve` command: binds the listening socket, migrates the database, serves HTTP with a
// deliberately sized thread pool until termination is requested, then drains and stops.
class HttpServerRunner final
{
public:
    explicit HttpServerRunner(Settings settings);

    void run(const std::function<void()>& waitForTermination);

private:
    Settings m_settings;
};

} // namespace ebm::app
