// What the vnplan commands share: exit codes, the user's language, the office session.
#pragma once

#include "core/common/message.hpp"
#include "office/common/office_process.hpp"

#include <boost/program_options.hpp>

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

namespace vnplan::cli {

// Exit codes, part of the interface (see README).
enum Exit : int {
    ok = 0,           // done, nothing wrong
    found_errors = 1, // the input was read and has errors
    unreadable = 2,   // missing file, not a spreadsheet, no table found, bad usage
};

struct Context {
    Lang lang = Lang::vi;
    std::filesystem::path soffice; // empty: the office found at build time
};

// Prints a message in the user's language to stderr.
void complain(const Context& context, const Message& message);

// A headless office for this command, started on first use and stopped at the end.
office::OfficeProcess& office(const Context& context);
void stop_office() noexcept;

// Parses a command's arguments into the variables `options` names; InputError for bad ones.
void parse_arguments(const std::vector<std::string>& args,
                     const boost::program_options::options_description& options,
                     const boost::program_options::positional_options_description& positional);

int verify_command(const Context& context, const std::vector<std::string>& args);
int generate_command(const Context& context, const std::vector<std::string>& args);
int rank_command(const Context& context, const std::vector<std::string>& args);
int allocate_command(const Context& context, const std::vector<std::string>& args);

} // namespace vnplan::cli
