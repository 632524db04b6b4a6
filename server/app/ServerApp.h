#pragma once

#include "app/Settings.h"

#include <Poco/Util/ServerApplication.h>
#include <optional>
#include <string>
#include <vector>

namespace ebm::app
{

// The ebm-server process: parses options, resolves the configuration layers, sets up logging
// and runs the chosen command (serve by default, or a management subcommand).
class ServerApp final : public Poco::Util::ServerApplication
{
protected:
    void initialize(Poco::Util::Application& self) override;
    void defineOptions(Poco::Util::OptionSet& options) override;
    int main(const std::vector<std::string>& args) override;

private:
    void handleHelp(const std::string& name, const std::string& value);
    void handleConfigFile(const std::string& name, const std::string& value);
    void handleSetting(const std::string& name, const std::string& value);
    void handleDefine(const std::string& name, const std::string& value);
    void handleEmail(const std::string& name, const std::string& value);
    void handlePassword(const std::string& name, const std::string& value);

    void printHelp() const;
    void configureLogging(const Settings& settings) const;
    int runCommand(const std::string& command, const Settings& settings);

    SettingsLoader m_loader;
    std::optional<std::string> m_configFile;
    std::vector<std::pair<std::string, std::string>> m_commandLine;
    std::string m_email;
    std::optional<std::string> m_password;
    bool m_helpRequested = false;
};

} // namespace ebm::app
