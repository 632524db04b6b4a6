#include "app/ServerApp.h"

#include "app/AdminCommands.h"
#include "app/HttpServerRunner.h"

#include <Poco/AutoPtr.h>
#include <Poco/ConsoleChannel.h>
#include <Poco/File.h>
#include <Poco/FormattingChannel.h>
#include <Poco/Logger.h>
#include <Poco/PatternFormatter.h>
#include <Poco/Util/HelpFormatter.h>
#include <Poco/Util/IntValidator.h>
#include <Poco/Util/Option.h>
#include <Poco/Util/OptionCallback.h>
#include <Poco/Util/OptionException.h>
#include <iostream>
#include <map>

namespace ebm::app
{

using Poco::Util::Option;
using Poco::Util::OptionCallback;

namespace
{

// Command-line options that set a configuration key directly.
const std::map<std::string, std::string> kSettingOptions{
    {"port", "http.port"},           {"bind", "http.bind"}, {"data-dir", "data.dir"},
    {"port-file", "http.port_file"}, {"env", "app.env"},
};

const char* const kCommands =
    "Commands:\n"
    "  serve (default)   run the HTTP server until SIGTERM/SIGINT\n"
    "  migrate           apply pending database migrations and exit\n"
    "  create-plans      seed the Bronze/Silver/Gold plans from the catalog (idempotent)\n"
    "  create-staff      create or promote a staff user: --email E [--password P]\n"
    "                    (without --password, the password is read from standard input)\n"
    "  routes            print the route table with each route's access policy (JSON)\n"
    "  deliver-outbox    send the due emails of the outbox once, print the counts\n"
    "  check-expirations send renewal reminders, close the periods that have ended\n"
    "  reconcile-payments ask the providers about open payments again, expire stale orders\n"
    "  update-metrics    recount every organization's usage, record and notify the quotas crossed\n"
    "  generate-invoices issue and email the renewal invoices due within the lead days\n"
    "  process-renewals  start the renewal payments with the method on file\n"
    "  deliver-webhooks  send the due outgoing webhook deliveries once, print the counts\n"
    "                    (a job runs once at a time, here or in the server: exit 75 when it\n"
    "                    is already running)\n";

} // namespace

void ServerApp::initialize(Poco::Util::Application& self)
{
    // Poco's own configuration file loading is not used: the layers are resolved by SettingsLoader.
    Poco::Util::ServerApplication::initialize(self);
}

void ServerApp::defineOptions(Poco::Util::OptionSet& options)
{
    Poco::Util::ServerApplication::defineOptions(options);
    options.addOption(Option("help", "h", "show the commands and options, then exit")
                          .callback(OptionCallback<ServerApp>(this, &ServerApp::handleHelp)));
    options.addOption(
        Option("config", "c", "properties file to read (lowest precedence after the defaults)")
            .argument("FILE")
            .callback(OptionCallback<ServerApp>(this, &ServerApp::handleConfigFile)));
    options.addOption(Option("port", "p", "TCP port to listen on; 0 picks a free one (EBM_PORT)")
                          .argument("PORT")
                          .validator(new Poco::Util::IntValidator(0, 65535))
                          .callback(OptionCallback<ServerApp>(this, &ServerApp::handleSetting)));
    options.addOption(Option("bind", "b", "address to listen on (EBM_BIND)")
                          .argument("ADDRESS")
                          .callback(OptionCallback<ServerApp>(this, &ServerApp::handleSetting)));
    options.addOption(
        Option("data-dir", "d", "data directory holding the SQLite database (EBM_DATA_DIR)")
            .argument("DIR")
            .callback(OptionCallback<ServerApp>(this, &ServerApp::handleSetting)));
    options.addOption(Option("env", "e", "development or production (EBM_ENV)")
                          .argument("ENV")
                          .callback(OptionCallback<ServerApp>(this, &ServerApp::handleSetting)));
    options.addOption(Option("port-file", "", "write the listening port to FILE once serving")
                          .argument("FILE")
                          .callback(OptionCallback<ServerApp>(this, &ServerApp::handleSetting)));
    options.addOption(
        Option("define", "D", "set any configuration key, e.g. -D billing.tax_rate=19.25")
            .argument("KEY=VALUE")
            .repeatable(true)
            .callback(OptionCallback<ServerApp>(this, &ServerApp::handleDefine)));
    options.addOption(Option("email", "", "create-staff: the staff user's email")
                          .argument("EMAIL")
                          .callback(OptionCallback<ServerApp>(this, &ServerApp::handleEmail)));
    options.addOption(Option("password", "", "create-staff: the password (prefer standard input)")
                          .argument("PASSWORD")
                          .callback(OptionCallback<ServerApp>(this, &ServerApp::handlePassword)));
}

void ServerApp::handleHelp(const std::string&, const std::string&)
{
    m_helpRequested = true;
    stopOptionsProcessing();
}

void ServerApp::handleConfigFile(const std::string&, const std::string& value)
{
    m_configFile = value;
}

void ServerApp::handleSetting(const std::string& name, const std::string& value)
{
    m_commandLine.emplace_back(kSettingOptions.at(name), value);
}

void ServerApp::handleDefine(const std::string&, const std::string& value)
{
    const std::size_t equals = value.find('=');
    if (equals == std::string::npos || equals == 0)
        throw Poco::Util::InvalidArgumentException("--define expects KEY=VALUE, got \"" + value +
                                                   "\"");
    m_commandLine.emplace_back(value.substr(0, equals), value.substr(equals + 1));
}

void ServerApp::handleEmail(const std::string&, const std::string& value)
{
    m_email = value;
}

void ServerApp::handlePassword(const std::string&, const std::string& value)
{
    m_password = value;
}

void ServerApp::printHelp() const
{
    Poco::Util::HelpFormatter help(options());
    help.setCommand("ebm-server");
    help.setWidth(100);
    help.setUsage("[COMMAND] [OPTIONS]");
    help.setHeader(
        std::string("ESXi Backup Manager Cloud server ") + EBM_VERSION + ".\n\n" + kCommands +
        "\nConfiguration: defaults < --config file < environment < command line.\n\nOptions:");
    help.format(std::cout);
}

void ServerApp::configureLogging(const Settings& settings) const
{
    Poco::AutoPtr<Poco::PatternFormatter> formatter(
        new Poco::PatternFormatter("%Y-%m-%dT%H:%M:%SZ %p %s: %t"));
    Poco::AutoPtr<Poco::ConsoleChannel> console(new Poco::ConsoleChannel(std::cerr));
    Poco::AutoPtr<Poco::FormattingChannel> channel(new Poco::FormattingChannel(formatter, console));
    Poco::Logger::root().setChannel(channel);
    Poco::Logger::root().setLevel(settings.logLevel);
    Poco::Logger::setLevel("", Poco::Logger::parseLevel(settings.logLevel));
}

int ServerApp::main(const std::vector<std::string>& args)
{
    if (m_helpRequested) {
        printHelp();
        return EXIT_OK;
    }
    if (args.size() > 1) {
        std::cerr << "ebm-server: one command at a time, got " << args.size() << ".\n" << kCommands;
        return EXIT_USAGE;
    }
    Settings settings;
    try {
        if (m_configFile)
            m_loader.loadPropertiesFile(*m_configFile);
        m_loader.applyEnvironment(SettingsLoader::processEnvironment());
        for (const auto& [key, value] : m_commandLine)
            m_loader.setCommandLine(key, value);
        settings = m_loader.resolve();
    } catch (const Poco::Exception& error) {
        std::cerr << "ebm-server: " << error.displayText() << '\n';
        return EXIT_CONFIG;
    } catch (const std::exception& error) {
        std::cerr << "ebm-server: " << error.what() << '\n';
        return EXIT_CONFIG;
    }
    configureLogging(settings);
    return runCommand(args.empty() ? "serve" : args.front(), settings);
}

int ServerApp::runCommand(const std::string& command, const Settings& settings)
{
    try {
        AdminCommands admin(settings, std::cout, std::cerr);
        if (command == "serve") {
            HttpServerRunner(settings).run([this] { waitForTerminationRequest(); });
            return EXIT_OK;
        }
        if (command == "migrate")
            return admin.migrate();
        if (command == "create-plans")
            return admin.createPlans();
        if (command == "routes")
            return admin.routes();
        if (command == "deliver-outbox" || command == "check-expirations" ||
            command == "reconcile-payments" || command == "update-metrics" ||
            command == "generate-invoices" || command == "process-renewals" ||
            command == "deliver-webhooks")
            return admin.runJob(command);
        if (command == "create-staff")
            return admin.createStaff(m_email, m_password);
        std::cerr << "ebm-server: unknown command \"" << command << "\".\n" << kCommands;
        return EXIT_USAGE;
    } catch (const Poco::Exception& error) {
        Poco::Logger::get("ebm.server").fatal("%s failed: %s", command, error.displayText());
    } catch (const std::exception& error) {
        Poco::Logger::get("ebm.server").fatal("%s failed: %s", command, std::string(error.what()));
    }
    return EXIT_SOFTWARE;
}

} // namespace ebm::app
