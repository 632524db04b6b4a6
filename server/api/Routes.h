#pragma once

#include "http/Router.h"

namespace ebm::api
{

class HealthController;
class PlansController;

// The controllers the route table dispatches to.
struct Controllers
{
    HealthController& health;
    PlansController& plans;
};

// Fills the one route table of the server (every endpoint, its method and its handler).
void registerRoutes(http::Router& router, Controllers& controllers);

} // namespace ebm::api
