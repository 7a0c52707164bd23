#include "CommandRegistry.h"

namespace CommandRegistry {

std::vector<std::unique_ptr<CliCommand>> all()
{
    std::vector<std::unique_ptr<CliCommand>> commands;
    // One line per subcommand, in the order `--help` lists them.
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
