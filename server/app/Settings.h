#pragma once

#include "domain/BasisPoints.h"

#include <Poco/AutoPtr.h>
#include <Poco/Util/LayeredConfiguration.h>
#include <cstddef>
#include <map>
#include <string>

namespace ebm::app
{

// The server's configuration, resolved once at start: defaults in code, overridden by the
// properties file, by the environment (the seed's variable names), then by the command line.
struct Settings
{
    enum class Environment
    {
        Development,
        Production
    };

    std::string bindAddress;
    unsigned short port = 0;
    std::string portFile;
    std::string dataDir;
    std::string databasePath;
    Environment environment = Environment::Development;
    std::string publicBaseUrl;
    std::size_t httpThreads = 0;
    std::size_t httpQueue = 0;
    std::size_t maxBodyBytes = 0;
    std::size_t databasePoolSize = 0;
    std::string catalogFile;
    std::string logLevel;
    BasisPoints taxRate{0};
    int passwordIterations = 0;
    std::string masterKey; // base64; empty = <data.dir>/master.key

    bool isProduction() const
    {
        return environment == Environment::Production;
    }
};

// Builds Settings from the three layers; every key, its environment variable and its default
// live in one table in Settings.cpp (and in installer/ebm-server.properties for operators).
class SettingsLoader final
{
public:
    SettingsLoader();

    void loadPropertiesFile(const std::string& path);
    void applyEnvironment(const std::map<std::string, std::string>& environment);
    void setCommandLine(const std::string& key, const std::string& value);
    Settings resolve() const;
    std::string value(const std::string& key) const;

    static std::map<std::string, std::string> processEnvironment();

private:
    Poco::AutoPtr<Poco::Util::LayeredConfiguration> m_config;
    Poco::AutoPtr<Poco::Util::AbstractConfiguration> m_environment;
    Poco::AutoPtr<Poco::Util::AbstractConfiguration> m_commandLine;
};

} // namespace ebm::app
