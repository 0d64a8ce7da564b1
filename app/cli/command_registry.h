#pragma once
// Each `mrcnn` sub-command lives in its own file and registers itself here at start-up, so
// commands can be added without touching main.cpp.

#include <CLI/CLI.hpp>

#include <functional>
#include <string>
#include <vector>

namespace mrcnn::cli {

// Adds a sub-command to `app`; the callback it installs runs the command and returns the
// process exit code through `exitCode`. Callbacks do not catch: an exception reaches main(),
// which prints "error: <what>" and exits with 1, the same for every command.
using CommandSetup = std::function<void(CLI::App& app, int& exitCode)>;

struct CommandEntry {
    std::string name;
    CommandSetup setup;
};

std::vector<CommandEntry>& commandRegistry();

struct CommandRegistration {
    CommandRegistration(std::string name, CommandSetup setup) {
        commandRegistry().push_back({std::move(name), std::move(setup)});
    }
};

}  // namespace mrcnn::cli
