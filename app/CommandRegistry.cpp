#include "CommandRegistry.h"

#include "ExportCommand.h"
#include "ImportCommand.h"

namespace CommandRegistry {

std::vector<std::unique_ptr<CliCommand>> all()
{
    std::vector<std::unique_ptr<CliCommand>> commands;
    // One line per subcommand, in the order `--help` lists them.
    commands.push_back(std::make_unique<ImportCommand>());
    commands.push_back(std::make_unique<ExportCommand>());
    return commands;
}

std::unique_ptr<CliCommand> find(const QString &name)
{
    for (auto &command : all()) {
        if (command->name() == name)
            return std::move(command);
    }
    return nullptr;
}

} // namespace CommandRegistry
