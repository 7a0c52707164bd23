#pragma once

#include "CliCommand.h"

#include <memory>
#include <vector>

// The list of subcommands. Add a command by adding one line to CommandRegistry.cpp.
namespace CommandRegistry {

std::vector<std::unique_ptr<CliCommand>> all();
std::unique_ptr<CliCommand> find(const QString &name);

} // namespace CommandRegistry
