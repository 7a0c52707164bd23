#include "CommandRegistry.h"

#include "AudioInfoCommand.h"
#include "BackupCommand.h"
#include "CheckCommand.h"
#include "CopyDatabaseCommand.h"
#include "DemoCommand.h"
#include "ExportCommand.h"
#include "ImportCommand.h"
#include "ReliabilityCommand.h"
#include "ReportCommand.h"
#include "ServerCommand.h"
#include "UsersCommand.h"

namespace CommandRegistry {

std::vector<std::unique_ptr<CliCommand>> all() {
    std::vector<std::unique_ptr<CliCommand>> commands;
    // One line per subcommand, in the order `--help` lists them.
    commands.push_back(std::make_unique<DemoCommand>());
    commands.push_back(std::make_unique<ImportCommand>());
    commands.push_back(std::make_unique<ExportCommand>());
    commands.push_back(std::make_unique<ReportCommand>());
    commands.push_back(std::make_unique<ReliabilityCommand>());
    commands.push_back(std::make_unique<CheckCommand>());
    commands.push_back(std::make_unique<BackupCommand>());
    commands.push_back(std::make_unique<AudioInfoCommand>());
    commands.push_back(std::make_unique<ServerCommand>());
    commands.push_back(std::make_unique<CopyDatabaseCommand>());
    commands.push_back(std::make_unique<UsersCommand>());
    return commands;
}

std::unique_ptr<CliCommand> find(const QString &name) {
    for (auto &command : all()) {
        if (command->name() == name)
            return std::move(command);
    }
    return nullptr;
}

} // namespace CommandRegistry
